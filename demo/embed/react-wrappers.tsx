// @spire/react's wrappers, as a React 18 (or earlier) app uses them; they work the same in React 19.
// Properties are set as properties, Spire's events are typed `onSpire…` props.
import { SpireProvider } from '@spire/react/provider';
import { SpireConcernNote } from '@spire/react/concern-note';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { author, child, lang, nothingYet, receivedText } from './shared.js';

function WrappedConcernNote() {
  const [received, setReceived] = useState(nothingYet);
  return (
    <>
      <h1>{lang === 'da' ? 'Spire i React med @spire/react' : 'Spire in React with @spire/react'}</h1>
      <SpireProvider locale={lang} author={author} child={child}>
        <SpireConcernNote name="note" onSpireSubmit={(event) => setReceived(receivedText('event', [event.detail.value]))} />
      </SpireProvider>
      <output id="received" aria-live="polite">
        {received}
      </output>
    </>
  );
}

createRoot(document.querySelector('#app')!).render(<WrappedConcernNote />);
