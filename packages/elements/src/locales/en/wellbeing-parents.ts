import type { Messages } from '../types.js';
import type { wellbeingParents as da } from '../da/wellbeing-parents.js';

export const wellbeingParents: Messages<typeof da> = {
  title: 'To the parents of {{child}}',
  intro:
    'We have talked about how {{child}} is doing {{setting}}. Here we tell you in everyday words what we wrote in our wellbeing check and what we agree to do. What we wrote is here too, in our own words.',
  round: 'Wellbeing check: {{round}}.',
  written: 'Written {{date}}.',
  draft: 'This is a draft. The check is not finished yet.',
  madeBy: 'The check was made by {{names}}.',
  person: '{{name}} ({{role}})',
  /** Where the child is, as the end of a sentence: "… is doing at school". */
  setting: { dagtilbud: 'at daycare', skole: 'at school', sfo: 'at the after-school club', fritid: 'in their free time', hjem: 'at home' },
  weWrote: 'What we wrote:',
  quoteOpen: '“',
  quoteClose: '”',
  strengths: {
    title: 'What is going well',
    none: 'We did not write about this this time. Please tell us what you see {{child}} enjoys and is good at.',
  },
  areas: {
    title: 'How {{child}} is doing {{setting}}',
    note: 'We look at how {{child}} is doing here with us right now. It says something about everyday life here – not about who {{child}} is.',
    overall: 'All in all',
  },
  position: {
    green: 'Things are going well.',
    yellow: 'We have seen some signs that we would like to keep an eye on and help with.',
    red: 'We are worried and would like to talk with you about it soon.',
    'not-assessed': 'We did not look at this this time.',
  },
  understand: {
    title: 'What we would like to understand better',
    note: 'These are questions we ask ourselves – not conclusions. We would like to hear what you think.',
    wonderings: 'What we wonder about',
    background: 'What we think may play a part',
  },
  child: {
    title: 'What {{child}} says',
    said: 'What {{child}} said:',
    worries: 'What is hard:',
    goodThings: 'What is good:',
    dreams: 'What {{child}} dreams of:',
    ratings: 'How {{child}} answered our questions:',
    observation: 'What we saw when we were with {{child}}:',
    declined: '{{child}} did not want to answer this time. That is all right.',
    notPossible: 'We could not ask {{child}} this time.',
    missing: 'We have not talked with {{child}} about it yet.',
  },
  parents: {
    title: 'What you have told us',
    view: 'How you see it:',
    ideas: 'Your ideas:',
    none: 'We have not written down your view yet. Please tell us what you think.',
  },
  agreements: {
    title: 'What we agree to do',
    who: 'Who does it: {{responsible}}.',
    when: 'We will talk about how it is going on {{date}}.',
    done: 'This is done.',
    none: 'We have not made new agreements this time.',
  },
  followUps: {
    title: 'How it went with what we agreed last time',
    done: 'This is done.',
    'not-done': 'This did not happen.',
    continued: 'We are carrying on with this.',
  },
  nextStep: {
    title: 'What happens now',
    continue: 'We carry on as now and look at it again at the next wellbeing check.',
    'pedagogical-adjustment': 'We are changing a little in how we do things every day, to make it easier for {{child}}.',
    'interdisciplinary-meeting': 'We would like to hold a meeting with you and other professionals who can help – for example a psychologist from the municipality or the health visitor.',
    'network-meeting': 'We would like to hold a meeting with you and the people who matter to {{child}}.',
    'concern-note': 'We are writing down more carefully what we see, so we can follow it closely. We will talk with you about it.',
    referral: 'We would like to ask other professionals in the municipality for help. We may only do so with your consent, so we will talk with you about it first.',
    underretning: 'When we are worried about a child, we have a duty to tell the municipality. We are doing so now, and we would like to talk with you about it.',
  },
  contact: {
    title: 'If you would like to talk with us',
    who: 'Contact {{name}}, {{role}}.',
    whoAt: 'Contact {{name}}, {{role}}, {{institution}}.',
    rights: 'You have the right to see everything we write about {{child}}. Tell us if anything is unclear, or if you think something is wrong.',
  },
  notAvailable:
    'The parents’ version cannot be made: abuse by a parent is suspected, and then we do not contact the parents first. Follow the municipality’s emergency procedure.',
  pageNote: 'For the parents. Personal information about your child.',
};
