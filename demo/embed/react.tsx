// React 19 uses the elements directly: it sets their properties (author, child, value) and listens to
// their events (`onspire-submit`) by itself. The JSX types come from @spire/elements/jsx.
import type {} from '@spire/elements/jsx';
import '@spire/elements/provider/define.js';
import '@spire/elements/concern-note/define.js';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { ConcernNote } from '@spire/model';
import { author, child, lang, nothingYet, receivedText } from './shared.js';

function ConcernNotePage() {
  const [note, setNote] = useState<ConcernNote | undefined>(undefined);
  const [received, setReceived] = useState(nothingYet);
  return (
    <>
      <h1>{lang === 'da' ? 'Spire i React 19' : 'Spire in React 19'}</h1>
      <spire-provider locale={lang} author={author} child={child}>
        <spire-concern-note
          name="note"
          value={note}
          onInput={(event) => setNote(event.currentTarget.value)}
          onspire-submit={(event) => setReceived(receivedText('event', [event.detail.value]))}
        />
      </spire-provider>
      <output id="received" aria-live="polite">
        {received}
      </output>
      <p className="status" id="draft-state">
        {note ? `${note.kind} · ${note.status}` : '–'}
      </p>
    </>
  );
}

createRoot(document.querySelector('#app')!).render(<ConcernNotePage />);
