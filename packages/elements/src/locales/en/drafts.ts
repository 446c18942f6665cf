import type { Messages } from '../types.js';
import type { drafts as da } from '../da/drafts.js';

export const drafts: Messages<typeof da> = {
  status: {
    saving: 'Saving …',
    saved: 'Draft saved at {{time}}',
    savedOn: 'Draft saved on {{date}} at {{time}}',
    fallback: 'The draft cannot be saved in the browser. It is kept for now and will be lost if you close the page.',
    error: 'The draft could not be saved. What you have written is still here, but it will be lost if you close the page.',
  },
};
