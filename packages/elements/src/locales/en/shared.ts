import type { Messages } from '../types.js';
import type { shared as da } from '../da/shared.js';

export const shared: Messages<typeof da> = {
  lang: { da: 'Dansk', en: 'English' },
  field: { optional: '(optional)', required: '(required)' },
  errors: {
    summaryTitle: 'Error: There is {{count}} problem to fix',
    summaryTitle_one: 'Error: There is {{count}} problem to fix',
    summaryTitle_other: 'Error: There are {{count}} problems to fix',
    prefix: 'Error:',
  },
  /** Where the child is seen (a record's context). */
  context: { dagtilbud: 'daycare', skole: 'school', sfo: 'after-school club', fritid: 'leisure', hjem: 'home' },
  status: { draft: 'Draft', completed: 'Completed', amended: 'Amended after completion', 'entered-in-error': 'Entered in error' },
  actions: { print: 'Print', saveAmendment: 'Save correction' },
  submitted: 'Saved and completed.',
  draftRestored: 'Your draft has been brought back.',
  missingContext: 'The widget is missing valid details of {{what}}. The page must give it through <spire-provider> or the author and child properties.',
  missing: { author: 'the professional who is writing', child: 'the child' },
  /** Only on paper: page 1 says when and by whom the record was completed; every page's margins carry the child, confidentiality and the page. */
  print: {
    completed: 'Completed {{date}} by {{name}}, {{role}}.',
    amended: 'Amended {{date}} by {{name}}, {{role}}.',
    completedUnknown: 'Completed. When and by whom is not recorded.',
    draft: 'Draft – not completed.',
    unsaved: 'This printout contains corrections that have not been saved yet.',
    confidential: 'Confidential: contains information about a child. Keep and share it according to the municipality’s rules.',
    pageOf: 'Page {{page}} of {{pages}}',
  },
  safeguarding: {
    acute: 'If the child is in acute danger: phone the municipality now; outside office hours, the police on 114.',
    acuteNow: 'Phone the municipality now; outside office hours, the police on 114.',
    lifeDanger: 'If a life is in danger: call 112.',
    duty: 'As a public employee you have a heightened duty to notify (Barnets lov § 133): if you have reason to believe a child needs special support or has been subjected to violence or abuse, you must notify the municipality. You cannot notify anonymously, and the parents may read a notification.',
    parentsFirst: 'Contact the parents first only if abuse or violence by a parent is not suspected. If it is, follow the municipality’s procedure and do not inform the parents yourself.',
    suspectedParents: 'The municipality informs the parents – not you.',
    reportToday: 'Notify the municipality today: phone its duty service; outside office hours, the police on 114.',
    beredskab: 'The municipality’s procedure',
    call: 'Call {{phone}}',
    more: 'Read the municipality’s procedure',
    noBeredskab: 'The municipality’s procedure has not been added here. Ask your manager and follow the municipality’s guidelines for concerns about abuse.',
  },
};
