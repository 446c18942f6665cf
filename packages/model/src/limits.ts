/**
 * The limits every record's schema holds, in one place. A real record never reaches them; they are there
 * so absurd input — a pasted megabyte, ten thousand agreements, a hostile back end — is rejected by
 * `parseRecord` with the usual issue codes (`too_long` with `params.maximum` for a text, `too_big` with
 * `params.maximum` and `params.origin: 'array'` for a list) before a widget tries to show it. A widget can
 * use the same constants for `maxlength`; the JSON Schemas carry them as `maxLength` and `maxItems`.
 *
 * The character limits are the ones each field has had since it was added, now named by the kind of
 * field: stored records were validated against them and the widgets count against them, so lowering one
 * would reject saved work, and raising one would buy nothing (the longest, 8,000 characters, is about
 * three printed pages).
 */
export const TEXT_LIMITS = Object.freeze({
  /** A phone number as people write it. */
  phone: 40,
  /** A few words: a role ("pædagog"), a group ("0.B"), a round, a language, a name or initials on a network map. */
  label: 100,
  /** A name: of a person, an institution, a place; an e-mail address; a field in a record's history. */
  name: 200,
  /** One line: an address, how the reporter knows the child. */
  line: 300,
  /** A short note: a goal, a reason, how often, what a person can do, a follow-up. */
  note: 1000,
  /** A paragraph: an action, a justification, the parents' view, a consent's scope; an instrument's texts; a web address. */
  text: 2000,
  /** A full account: strengths, worries, the child's own words, the parents' view in a check. */
  longText: 4000,
  /** The main account of a record: a concern note's observations, what has been tried. */
  account: 6000,
  /** The longest text any record holds: a referral's description of the concern. */
  description: 8000,
});

/**
 * How many entries each list in a record may hold: several times what the busiest real record has, and
 * low enough that a record at every limit still parses and renders in a moment. One record is in any case
 * read only up to 200,000 values (`unreadable_input`, reason `size`).
 */
export const LIST_LIMITS = Object.freeze({
  /** A record's history: one entry per completion or amendment, so a few in a real record. */
  history: 1000,
  /** Fields named in one history entry. */
  historyFields: 500,
  /** People in a joint assessment: a team. */
  participants: 50,
  /** Areas assessed in one check, and dimensions in an instrument (the default has 5). */
  dimensions: 50,
  /** Questions for the child in an instrument, and the child's ratings in a check (the default has 18). */
  childItems: 200,
  /** Age bands a question is worded for (there are 3). */
  ageBands: 10,
  /** Agreements in one check, and last round's agreements followed up. */
  agreements: 200,
  /** People on a network map, and in each of its dated versions. */
  people: 500,
  /** Dated versions of a network map: one per network meeting. */
  versions: 100,
  /** Professionals a concern was discussed with. */
  discussedWith: 100,
  /** Records a note links to, and records attached to a referral. */
  links: 100,
  /** Parents, with or without custody, in a referral. */
  parents: 20,
  /** Consents in a referral: one per custody holder, withdrawn ones kept. */
  consents: 50,
  /** A referral's status history: draft, sent, receipt confirmed, outcome. */
  statusHistory: 20,
});
