import { type Locale, intlLocale } from './i18n/i18n.js';

/** Whether this browser has speech synthesis at all; where it has none, no read-aloud button is shown. */
export function canReadAloud(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window;
}

/** The voices, waiting once (briefly) for a browser that lists them only after its first `voiceschanged`. */
async function voices(speech: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = speech.getVoices();
  if (now.length) return now;
  await new Promise<void>((resolve) => {
    const done = () => {
      speech.removeEventListener('voiceschanged', done);
      resolve();
    };
    speech.addEventListener('voiceschanged', done);
    setTimeout(done, 1000);
  });
  return speech.getVoices();
}

/**
 * Reads text aloud in the widget's language with a voice on the device, chosen explicitly. A voice that
 * is a network service (as some browsers list for Danish), or the browser's own pick when it lists none,
 * could send a child's words to a server: then nothing is said and the promise gives `false`, for the
 * widget to say so. Anything still being read is stopped first, so pressing again starts over.
 */
export async function readAloud(text: string, locale: Locale): Promise<boolean> {
  if (!canReadAloud()) return false;
  const speech = window.speechSynthesis;
  const onDevice = (await voices(speech)).find((voice) => voice.localService && voice.lang.toLowerCase().startsWith(locale));
  if (!onDevice) return false;
  speech.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = intlLocale(locale);
  utterance.voice = onDevice;
  utterance.rate = 0.9;
  speech.speak(utterance);
  return true;
}

/** Stops anything being read aloud (when the child moves on, say). */
export function stopReading(): void {
  if (canReadAloud()) window.speechSynthesis.cancel();
}
