// Danish strings for the parents' version of the wellbeing check: a letter in plain language, written to
// the parents ("I", "jer") by the professionals ("vi"). No professional codes (grøn/gul/rød), no jargon.
// Registered as their own area (`wellbeingParents`) by `wellbeing/parents-version.ts`.
export const wellbeingParents = {
  title: 'Til forældrene til {{child}}',
  intro:
    'Vi har talt om, hvordan {{child}} har det {{setting}}. Her fortæller vi med almindelige ord, hvad vi har skrevet i vores trivselsvurdering, og hvad vi aftaler. Det, vi har skrevet, står også her, med vores egne ord.',
  round: 'Trivselsvurdering: {{round}}.',
  written: 'Skrevet {{date}}.',
  draft: 'Det her er en kladde. Vurderingen er ikke færdig endnu.',
  madeBy: 'Vurderingen er lavet af {{names}}.',
  person: '{{name}} ({{role}})',
  /** Where the child is, as the end of a sentence: "… har det i skolen". */
  setting: { dagtilbud: 'i dagtilbuddet', skole: 'i skolen', sfo: 'i SFO’en', fritid: 'i fritiden', hjem: 'derhjemme' },
  weWrote: 'Det skrev vi:',
  quoteOpen: '„',
  quoteClose: '“',
  strengths: {
    title: 'Det går godt',
    none: 'Det har vi ikke skrevet noget om denne gang. Fortæl os gerne, hvad I ser, at {{child}} er glad for og god til.',
  },
  areas: {
    title: 'Sådan har {{child}} det {{setting}}',
    note: 'Vi ser på, hvordan {{child}} har det her hos os lige nu. Det siger noget om hverdagen her – ikke om, hvem {{child}} er.',
    overall: 'Samlet set',
  },
  /** What a position means, said to parents: about the child's days in this setting, never about the child. */
  position: {
    green: 'Det går godt.',
    yellow: 'Vi har set nogle tegn, som vi gerne vil følge og hjælpe med.',
    red: 'Vi er bekymrede og vil gerne tale med jer om det snarest.',
    'not-assessed': 'Det har vi ikke set på denne gang.',
  },
  understand: {
    title: 'Det vil vi gerne forstå bedre',
    note: 'Det er spørgsmål, vi stiller os selv – ikke konklusioner. Vi vil gerne høre, hvad I tænker.',
    wonderings: 'Det undrer vi os over',
    background: 'Det tænker vi kan have betydning',
  },
  child: {
    title: 'Det siger {{child}} selv',
    said: 'Det sagde {{child}}:',
    worries: 'Det er svært:',
    goodThings: 'Det er godt:',
    dreams: 'Det drømmer {{child}} om:',
    ratings: 'Sådan svarede {{child}} på vores spørgsmål:',
    observation: 'Det så vi, da vi var sammen med {{child}}:',
    declined: '{{child}} havde ikke lyst til at svare denne gang. Det er i orden.',
    notPossible: 'Vi kunne ikke spørge {{child}} denne gang.',
    missing: 'Vi har ikke talt med {{child}} om det endnu.',
  },
  parents: {
    title: 'Det har I fortalt os',
    view: 'Sådan ser I det:',
    ideas: 'Jeres idéer:',
    none: 'Vi har ikke skrevet jeres syn ned endnu. Fortæl os gerne, hvad I tænker.',
  },
  agreements: {
    title: 'Det aftaler vi',
    who: 'Hvem gør det: {{responsible}}.',
    when: 'Vi taler om, hvordan det går, den {{date}}.',
    done: 'Det er gjort.',
    none: 'Vi har ikke lavet nye aftaler denne gang.',
  },
  followUps: {
    title: 'Sådan gik det med det, vi aftalte sidst',
    done: 'Det er gjort.',
    'not-done': 'Det blev ikke til noget.',
    continued: 'Det fortsætter vi med.',
  },
  nextStep: {
    title: 'Det sker nu',
    continue: 'Vi fortsætter som nu og ser på det igen ved næste trivselsvurdering.',
    'pedagogical-adjustment': 'Vi ændrer lidt på, hvordan vi gør i hverdagen, så det bliver lettere for {{child}}.',
    'interdisciplinary-meeting': 'Vi vil gerne holde et møde med jer og andre fagfolk, som kan hjælpe – for eksempel en psykolog fra kommunen eller sundhedsplejersken.',
    'network-meeting': 'Vi vil gerne holde et møde med jer og de mennesker, der betyder noget for {{child}}.',
    'concern-note': 'Vi skriver grundigere ned, hvad vi ser, så vi kan følge det tæt. Vi taler med jer om det.',
    referral: 'Vi vil gerne bede andre fagfolk i kommunen om hjælp. Det må vi kun med jeres samtykke, så vi taler med jer om det først.',
    underretning: 'Når vi er bekymrede for et barn, har vi pligt til at give kommunen besked. Det gør vi nu, og vi vil gerne tale med jer om det.',
  },
  contact: {
    title: 'Hvis I vil tale med os',
    who: 'Kontakt {{name}}, {{role}}.',
    whoAt: 'Kontakt {{name}}, {{role}}, {{institution}}.',
    rights: 'I har ret til at se alt, hvad vi skriver om {{child}}. Sig til, hvis noget er uklart, eller hvis I mener, at noget er forkert.',
  },
  /** Instead of the letter when abuse by a parent is suspected: the parents are not contacted first. */
  notAvailable:
    'Forældreversionen kan ikke laves: Der er mistanke om overgreb fra en forælder, og så kontakter vi ikke forældrene først. Følg kommunens beredskab.',
  /** The margins of every page of the letter. */
  pageNote: 'Til forældrene. Personlige oplysninger om jeres barn.',
} as const;
