// Danish strings for the wellbeing check's child mode, an area of its own (keys `wellbeing.childMode.…`):
// a page carries them once child mode is loaded.
export const wellbeingChildMode = {
  // Per age band: the youngest (0–5) answer with an adult beside them, school age (6–12), young people (13–25).
  bands: {
    small: {
      title: 'Hvordan har du det?',
      intro: 'Vi kigger på nogle ansigter sammen. Du kan pege på det ansigt, der passer, og så trykker den voksne for dig. Du må gerne sige „ved ikke“.',
      housesIntro: 'Her er tre huse. Du fortæller, og den voksne skriver det, du siger.',
      thanks: 'Tak fordi du var med!',
      readers: '{{readers}} og de andre voksne, der passer på dig, får dine svar at se. Dine forældre må også gerne se dem.',
      readersNoName: 'De voksne, der passer på dig, får dine svar at se. Dine forældre må også gerne se dem.',
    },
    school: {
      title: 'Hvordan har du det?',
      intro: 'Der er ingen rigtige eller forkerte svar. Du kan springe et spørgsmål over eller svare „ved ikke“.',
      housesIntro: 'Her er tre huse: ét for det, der er svært, ét for det, der er godt, og ét for det, du drømmer om. Den voksne skriver dine egne ord.',
      thanks: 'Tak fordi du svarede!',
      readers: 'Dine svar bliver læst af {{readers}} og de andre voksne, der arbejder sammen om, at du har det godt. Dine forældre kan også få dem at se.',
      readersNoName: 'Dine svar bliver læst af de voksne, der arbejder sammen om, at du har det godt. Dine forældre kan også få dem at se.',
    },
    young: {
      title: 'Hvordan har du det?',
      intro: 'Der er ingen rigtige eller forkerte svar, og du bestemmer selv, hvad du svarer på. Du kan springe over eller vælge „Ved ikke / vil ikke svare“.',
      housesIntro: 'Tre huse: det, der bekymrer dig, det, der går godt, og det, du håber på. Den voksne skriver det, du siger, med dine ord. Du kan springe et hus over.',
      thanks: 'Tak for dine svar',
      readers: 'Dine svar læses af {{readers}} og de andre fagpersoner, der arbejder sammen med dig om, at du har det godt. Er du under 18, kan dine forældre også få dem at se.',
      readersNoName: 'Dine svar læses af de fagpersoner, der arbejder sammen med dig om, at du har det godt. Er du under 18, kan dine forældre også få dem at se.',
    },
  },
  progress: 'Spørgsmål {{n}} af {{total}}',
  readAloud: 'Læs op',
  noVoice: 'Oplæsning kræver en stemme på denne enhed.',
  /** Read aloud after the question: the answers the child can choose, in the order they are shown. */
  spokenAnswers: 'Du kan svare: {{answers}}.',
  dontKnowSpoken: 'ved ikke, eller vil ikke svare',
  previous: 'Tilbage',
  next: 'Næste',
  finish: 'Færdig',
  back: 'Tilbage til vurderingen',
  houses: {
    title: 'De tre huse',
    progress: 'Hus {{n}} af {{total}}',
    worries: 'Bekymringernes hus',
    goodThings: 'De gode tings hus',
    dreams: 'Drømmenes hus',
    worriesPrompt: 'Hvad er svært? Hvad bekymrer dig, eller hvad er du ked af?',
    goodThingsPrompt: 'Hvad er godt? Hvad er du glad for?',
    dreamsPrompt: 'Hvad drømmer du om? Hvad skal der ske, så det bliver bedre?',
    words: 'Dine egne ord',
    wordsHint: 'Skriv barnets egne ord, præcis som barnet siger dem.',
    wordsHintYoung: 'Skriv den unges egne ord, præcis som de bliver sagt.',
  },
} as const;
