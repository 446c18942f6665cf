// Danish strings for draft autosave. Danish is the source language; English mirrors it.
export const drafts = {
  status: {
    saving: 'Gemmer …',
    saved: 'Kladde gemt kl. {{time}}',
    savedOn: 'Kladde gemt {{date}} kl. {{time}}',
    fallback:
      'Kladden kan ikke gemmes i browseren. Den gemmes midlertidigt og forsvinder, hvis du lukker siden.',
    error: 'Kladden kunne ikke gemmes. Det, du har skrevet, står stadig her, men forsvinder, hvis du lukker siden.',
  },
  otherTab: {
    merged: 'Kladden er også åben i et andet vindue. Det, der er skrevet der, er kommet med her.',
    conflict_one: 'Kladden er også ændret i et andet vindue. Feltet {{fields}} er ændret begge steder. Her står din udgave.',
    conflict_other: 'Kladden er også ændret i et andet vindue. Felterne {{fields}} er ændret begge steder. Her står din udgave.',
    aField: 'et felt',
    quoted: '»{{name}}«',
    useTheirs: 'Brug den anden udgave',
    keepMine: 'Behold min',
    tookTheirs: 'Den anden udgave står nu her.',
    keptMine: 'Din udgave bliver stående. Det andet vindue får besked.',
  },
} as const;
