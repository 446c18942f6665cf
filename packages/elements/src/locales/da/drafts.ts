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
} as const;
