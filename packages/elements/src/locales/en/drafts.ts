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
  otherTab: {
    merged: 'This draft is also open in another window. What was written there has been brought in here.',
    conflict_one: 'This draft was also changed in another window. The field {{fields}} was changed in both places. Your version is shown here.',
    conflict_other: 'This draft was also changed in another window. The fields {{fields}} were changed in both places. Your version is shown here.',
    aField: 'a field',
    quoted: '“{{name}}”',
    useTheirs: 'Use the other version',
    keepMine: 'Keep mine',
    tookTheirs: 'The other version is now shown here.',
    keptMine: 'Your version stays. The other window is told.',
  },
};
