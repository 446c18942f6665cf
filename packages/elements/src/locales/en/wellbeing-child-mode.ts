import type { Messages } from '../types.js';
import type { wellbeingChildMode as da } from '../da/wellbeing-child-mode.js';

export const wellbeingChildMode: Messages<typeof da> = {
  bands: {
    small: {
      title: 'How are you?',
      intro: 'Let us look at some faces together. You can point at the face that fits, and the grown-up presses it for you. It is fine to say “don\'t know”.',
      housesIntro: 'Here are three houses. You tell, and the grown-up writes down what you say.',
      thanks: 'Thank you for joining in!',
      readers: '{{readers}} and the other grown-ups who look after you will see your answers. Your parents may see them too.',
      readersNoName: 'The grown-ups who look after you will see your answers. Your parents may see them too.',
    },
    school: {
      title: 'How are you?',
      intro: 'There are no right or wrong answers. You can skip a question or answer “don\'t know”.',
      housesIntro: 'Here are three houses: one for what is hard, one for what is good, and one for what you dream of. The grown-up writes your own words.',
      thanks: 'Thank you for answering!',
      readers: 'Your answers will be read by {{readers}} and the other grown-ups who work together so that you are doing well. Your parents can see them too.',
      readersNoName: 'Your answers will be read by the grown-ups who work together so that you are doing well. Your parents can see them too.',
    },
    young: {
      title: 'How are you?',
      intro: 'There are no right or wrong answers, and you decide what you answer. You can skip or choose “Don\'t know / rather not say”.',
      housesIntro: 'Three houses: what worries you, what is going well, and what you hope for. The adult writes down what you say, in your words. You can skip a house.',
      thanks: 'Thank you for your answers',
      readers: 'Your answers are read by {{readers}} and the other professionals working with you so that you are doing well. If you are under 18, your parents can see them too.',
      readersNoName: 'Your answers are read by the professionals working with you so that you are doing well. If you are under 18, your parents can see them too.',
    },
  },
  progress: 'Question {{n}} of {{total}}',
  readAloud: 'Read aloud',
  noVoice: 'Reading aloud needs a voice on this device.',
  spokenAnswers: 'You can answer: {{answers}}.',
  dontKnowSpoken: "don't know, or rather not say",
  previous: 'Back',
  next: 'Next',
  finish: 'Done',
  back: 'Back to the assessment',
  houses: {
    title: 'The three houses',
    progress: 'House {{n}} of {{total}}',
    worries: 'House of worries',
    goodThings: 'House of good things',
    dreams: 'House of dreams',
    worriesPrompt: 'What is hard? What worries you, or what makes you sad?',
    goodThingsPrompt: 'What is good? What makes you happy?',
    dreamsPrompt: 'What do you dream of? What should happen to make things better?',
    words: 'Your own words',
    wordsHint: "Write the child's own words, exactly as the child says them.",
    wordsHintYoung: "Write the young person's own words, exactly as they are said.",
  },
};
