import { type Locale, intlLocale } from './i18n/i18n.js';

/** Whether this browser has speech synthesis at all; where it has none, no read-aloud button is shown. */
export function canReadAloud(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window;
}

/**
 * Reads text aloud in the widget's language with the browser's own speech synthesis, on the device only.
 * A voice that is a network service (as some browsers list for Danish) would send a child's words to a
 * server: when the voices for the language are all of that kind, nothing is said and `false` returned.
 * Anything still being read is stopped first, so pressing again starts over.
 */
export function readAloud(text: string, locale: Locale): boolean {
  if (!canReadAloud()) return false;
  const speech = window.speechSynthesis;
  const voices = speech.getVoices();
  const forLanguage = voices.filter((voice) => voice.lang.toLowerCase().startsWith(locale));
  const onDevice = forLanguage.find((voice) => voice.localService);
  if (forLanguage.length > 0 && !onDevice) return false;
  speech.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = intlLocale(locale);
  if (onDevice) utterance.voice = onDevice;
  utterance.rate = 0.9;
  speech.speak(utterance);
  return true;
}

/** Stops anything being read aloud (when the child moves on, say). */
export function stopReading(): void {
  if (canReadAloud()) window.speechSynthesis.cancel();
}
