import type { Messages } from '../types.js';
import type { controls as da } from '../da/controls.js';

export const controls: Messages<typeof da> = {
  optional: '(optional)',
  errorPrefix: 'Error:',
  position: {
    green: 'Green',
    yellow: 'Yellow',
    red: 'Red',
    'not-assessed': 'Not assessed',
    suggested: 'Suggested from the areas: {{position}}',
    showGuidance: 'Show guidance',
    hideGuidance: 'Hide guidance',
    guidanceTitle: 'Guidance for {{label}}',
  },
  smiley: {
    1: 'Very sad',
    2: 'A bit sad',
    3: 'In between',
    4: 'Happy',
    5: 'Very happy',
  },
  text: {
    count: '{{n}} of {{max}} characters',
    countNear: 'You have {{left}} characters left.',
    countOver: 'The text is {{over}} characters too long.',
    verbatimHint: "Write the child's own words, exactly as the child said them.",
    nudgeTitle: 'Suggestions on wording (your choice)',
    nudge: {
      label: 'Words that may label the child',
      diagnosis: 'A diagnosis used as a description',
      absolute: 'An absolute word',
      blame: 'Blame placed on the child',
    },
  },
  date: {
    format: 'dd/mm/yyyy',
    formatSpoken: 'Day, month and year, e.g. 10/11/2026',
    invalid: 'Write the date as dd/mm/yyyy, e.g. 10/11/2026.',
    impossible: 'That date does not exist. Check the day and month, e.g. 10/11/2026.',
    beforeMin: 'The date must be {{min}} or later.',
    afterMax: 'The date must be {{max}} or earlier.',
  },
  list: {
    add: 'Add',
    remove: 'Remove {{item}}',
    moveUp: 'Move {{item}} up',
    moveDown: 'Move {{item}} down',
    removed: '{{item}} removed.',
    undo: 'Undo',
    restored: '{{item}} put back.',
    added: '{{item}} added.',
    moved: '{{item}} moved to position {{position}}.',
    empty: 'None yet.',
  },
};
