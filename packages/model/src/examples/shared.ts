import type { Author, ChildRef } from '../common.js';

/** The fictional child of every example: pseudonymous, as Spire records are by default. */
export const exampleChild: ChildRef = { id: 'child-7f3a', displayName: 'Ida', birthYear: 2020, context: 'skole', group: '0.B' };
export const exampleAuthor: Author = { name: 'Mette Holm', role: 'pædagog', institution: 'Østervang Skole' };
