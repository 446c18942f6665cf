// A plain HTML form: the widgets are form fields, the form's own submit button sends them. The page reads
// FormData as a server would receive it; it never posts children's data anywhere from this demo page.
import '@spire/elements/define.js';
import type { SpireProvider } from '@spire/elements';
import { author, child, lang, nothingYet, receivedText } from './shared.js';

const provider = document.querySelector<SpireProvider>('spire-provider')!;
provider.locale = lang;
provider.author = author;
provider.child = child;
if (lang === 'en') {
  document.title = 'Spire in a plain HTML form';
  document.querySelector('#title')!.textContent = 'Spire in a plain HTML form';
  document.querySelector('#intro')!.textContent =
    "All four widgets are form fields: the form's own button sends them, and each is in FormData as JSON under its name.";
  document.querySelector('#send')!.textContent = 'Send the form';
}
const received = document.querySelector('#received')!;
received.textContent = nothingYet;

document.querySelector<HTMLFormElement>('#host-form')!.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(event.target as HTMLFormElement);
  const records = [...data.entries()].map(([, json]) => JSON.parse(String(json)) as { kind: string; status: string; id: string });
  received.textContent = receivedText('form', records);
});
