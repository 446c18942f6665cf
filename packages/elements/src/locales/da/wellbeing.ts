export const wellbeing = {} as const;
