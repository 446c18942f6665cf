// What every embedding page shares: the fictional author and child (never a real one), the page's language
// from ?lang=en|da (a setting, never personal data in the URL), and a line saying what the host received.
import { exampleAuthor, exampleChild } from '@spire/model/examples';

export type Lang = 'da' | 'en';
export const lang: Lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'da';
document.documentElement.lang = lang;
export const author = exampleAuthor;
export const child = exampleChild;

const said = {
  da: { event: 'Modtaget som hændelse', form: 'Sendt med formularen', none: 'Intet modtaget endnu.' },
  en: { event: 'Received as an event', form: 'Sent with the form', none: 'Nothing received yet.' },
} as const;

/** The text the host shows: how it got a record, and only its kind, status and id — never its content. */
export function receivedText(how: 'event' | 'form', records: readonly { kind: string; status: string; id: string }[]): string {
  if (!records.length) return said[lang].none;
  return `${said[lang][how]}: ${records.map((r) => `${r.kind} (${r.status}) ${r.id}`).join(', ')}`;
}
export const nothingYet: string = said[lang].none;
