// For tests only: speech synthesis without sound, with a list of voices standing in for the device's.

export interface Spoken {
  text: string;
  lang: string;
  voice: string | undefined;
}

/** On-device voices for both languages: what a device that can read aloud offers. */
export const DEVICE_VOICES: Partial<SpeechSynthesisVoice>[] = [
  { name: 'Dansk (enheden)', lang: 'da-DK', localService: true },
  { name: 'English (device)', lang: 'en-GB', localService: true },
];

/**
 * Collects what would be spoken instead of speaking, with `voices` as the device's list; `restore()` puts
 * the real speech synthesis back.
 */
export function listenToSpeech(voices: Partial<SpeechSynthesisVoice>[] = DEVICE_VOICES): { spoken: Spoken[]; restore: () => void } {
  const spoken: Spoken[] = [];
  const speech = window.speechSynthesis;
  const original = { speak: speech.speak, getVoices: speech.getVoices };
  // A stand-in voice is no SpeechSynthesisVoice: the utterance keeps whatever it is given.
  const voiceProperty = Object.getOwnPropertyDescriptor(SpeechSynthesisUtterance.prototype, 'voice')!;
  const chosen = new WeakMap<SpeechSynthesisUtterance, SpeechSynthesisVoice>();
  Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
    configurable: true,
    get(this: SpeechSynthesisUtterance) {
      return chosen.get(this) ?? null;
    },
    set(this: SpeechSynthesisUtterance, voice: SpeechSynthesisVoice) {
      chosen.set(this, voice);
    },
  });
  speech.speak = (u: SpeechSynthesisUtterance) => void spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name });
  speech.getVoices = () => voices as SpeechSynthesisVoice[];
  return {
    spoken,
    restore: () => {
      Object.assign(speech, original);
      Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', voiceProperty);
    },
  };
}
