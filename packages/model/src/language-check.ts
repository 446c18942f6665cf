/**
 * The language check (`checkLanguage`) and Spire's default rules, at an entry point of their own
 * (`@spire/model/language-check`, not in the package index), so a widget loads them after its first
 * render, when a text is first checked. The rules' schema and limits are in `language.ts` (the index).
 */
import { TEXT_LIMITS } from './limits.js';
import { parseWith } from './common.js';
import { LANGUAGE_RULE_LIMITS, type LanguageFinding, type LanguageLocale, type LanguageRule, LanguageRuleSchema } from './language.js';
import { SPACE_CHAR, scan } from './language-scan.js';

const limits = LANGUAGE_RULE_LIMITS;

// ---------------------------------------------------------------------------------------------
// The default rules. Our own wording throughout.

const say = {
  da: {
    label:
      'Ordet siger, hvordan barnet "er", ikke hvad der skete. Beskriv hvad du så og hørte, hvornår og i hvilken situation – fx "skubbede Ali to gange i garderoben, da vi skulle ud".',
    mood: 'Et humør er et øjebliksbillede, ikke en egenskab ved barnet. Hvad så og hørte du, hvornår og i hvilken situation? Fx "svarede ikke og kiggede ned, da hun blev spurgt i samlingen". Hvad kan have været svært lige dér?',
    problem: 'Et barn er ikke et problem. Beskriv situationen: hvad skete der, hvornår, og hvad var svært for barnet?',
    problems: 'Hvilke, helt konkret? Beskriv de situationer, der er svære for barnet, hvornår de opstår – og hvad der hjælper.',
    diagnosis: 'En diagnose beskriver ikke barnet, og et indtryk er ikke en diagnose. Beskriv hvad du så og hørte, i hvilken situation, og hvad der hjalp.',
  },
  en: {
    label:
      'The word says what the child "is", not what happened. Describe what you saw and heard, when, and in which situation – e.g. "pushed Ali twice in the cloakroom when it was time to go out".',
    mood: 'A mood is a snapshot, not a trait of the child. What did you see and hear, when, and in which situation? E.g. "did not answer and looked down when asked during circle time". What might have been hard right then?',
    problem: 'A child is not a problem. Describe the situation: what happened, when, and what was hard for the child?',
    diagnosis: 'A diagnosis does not describe the child, and an impression is not a diagnosis. Describe what you saw and heard, in which situation, and what helped.',
  },
};

// Who a Danish label is about, and what may stand between: "hun er altid sur", "han kan blive meget vild".
const daPerson = ['han', 'hun', 'barnet', 'drengen', 'pigen', 'eleven', 'den unge', 'børnene', 'drengene', 'pigerne'];
const daCopulas = ['er', 'var', 'bliver', 'blev', 'virker', 'virkede', 'fremstår', 'fremstod'];
const daHedges = ['jo', 'nok', 'lidt', 'helt', 'klart', 'så', 'meget', 'bare', 'totalt', 'fuldstændig', 'tydeligvis', 'tydeligt', 'sikkert', 'måske', 'vist', 'da', 'vel', 'også', 'typisk', 'altså', 'egentlig', 'ret', 'ganske', 'nærmest', 'formentlig', 'sandsynligvis', 'garanteret', 'virkelig', 'rigtig', 'mega', 'noget'];
const daOften = ['altid', 'tit', 'ofte', 'generelt', 'stadig', 'let', 'hurtigt', 'nemt', 'utrolig', 'utroligt', 'enormt', 'ekstremt', 'temmelig', 'simpelthen'];
const daPersonBetween = [...daCopulas, 'kan', 'være', 'blive', 'blevet', ...daHedges, ...daOften, 'en', 'et'];
// "sky" is also a cloud ("en grå sky"): only after a verb or a degree, never after an article.
const daShyAfter = [...daCopulas, 'være', 'blive', 'meget', 'så', 'lidt', 'ret', 'temmelig', 'noget', 'for', 'ofte', 'tit', 'altid', 'virkelig', 'rigtig', 'utrolig', 'utroligt', 'ekstremt', 'enormt', 'helt'];
const daShyBetween = ['jo', 'nok', 'lidt', 'helt', 'så', 'meget', 'bare', 'typisk', 'ret', 'ganske', 'virkelig', 'rigtig', 'utrolig', 'utroligt', 'enormt', 'ekstremt', 'temmelig', 'noget', 'altid', 'tit', 'ofte', 'generelt', 'også', 'stadig'];

const enPerson = ['he', 'she', 'they', "he's", "she's", "they're", 'the child', 'the boy', 'the girl', 'the pupil', 'the student'];
const enHedges = ['so', 'very', 'just', 'obviously', 'clearly', 'definitely', 'probably', 'totally', 'completely', 'really', 'quite', 'a', 'an', 'bit', 'little', 'kind', 'sort', 'of', 'such', 'typical', 'typically', 'basically', 'likely', 'maybe', 'perhaps', 'surely', 'certainly', 'super', 'pretty', 'also', 'like', 'classic', 'textbook'];
const enPersonBetween = ['is', 'was', 'are', 'were', 'seems', 'seemed', 'looks', 'looked', 'appears', 'appeared', 'can', 'be', 'become', 'becomes', 'became', 'gets', 'got', ...enHedges, 'always', 'often', 'too', 'rather', 'generally', 'easily', 'quickly', 'still', 'incredibly', 'extremely', 'real'];

export const DEFAULT_LANGUAGE_RULES: readonly LanguageRule[] = [
  // Danish labels
  { id: 'da-umulig', locale: 'da', kind: 'label', phrases: ['umulig'], endings: ['', 't', 'e'], notBefore: ['at'], suggestion: say.da.label },
  { id: 'da-problembarn', locale: 'da', kind: 'label', phrases: ['problembarn', 'problembarnet', 'problembørn', 'problembørnene', 'problembarns'], suggestion: say.da.problem },
  { id: 'da-problem', locale: 'da', kind: 'label', phrases: ['et problem', 'et stort problem', 'et kæmpe problem', 'en plage'], after: daPerson, between: daPersonBetween, suggestion: say.da.problem },
  { id: 'da-mange-problemer', locale: 'da', kind: 'label', phrases: ['mange problemer', 'store problemer', 'en masse problemer'], after: daPerson, between: ['har', 'havde', 'haft', ...daHedges, 'altid'], suggestion: say.da.problems },
  { id: 'da-doven', locale: 'da', kind: 'label', phrases: ['doven', 'dovent', 'dovne'], suggestion: 'Beskriv hvad barnet gjorde eller ikke gjorde, hvornår og i hvilken situation. Hvad kan ligge bag?' },
  { id: 'da-uopdragen', locale: 'da', kind: 'label', phrases: ['uopdragen', 'uopdragent', 'uopdragne', 'uartig', 'uartigt', 'uartige', 'umulius', 'uregerlig', 'uregerligt', 'uregerlige'], suggestion: say.da.label },
  { id: 'da-forkaelet', locale: 'da', kind: 'label', phrases: ['forkælet', 'forkælede'], suggestion: 'Beskriv den konkrete situation i stedet for en egenskab ved barnet: hvad skete der, og hvornår?' },
  { id: 'da-aggressiv', locale: 'da', kind: 'label', phrases: ['aggressiv', 'asocial', 'usocial', 'ondskabsfuld'], endings: ['', 't', 'e'], suggestion: say.da.label },
  { id: 'da-udadreagerende', locale: 'da', kind: 'label', phrases: ['udadreagerende'], suggestion: say.da.label },
  { id: 'da-humoer', locale: 'da', kind: 'label', phrases: ['sur', 'sure', 'surt', 'tvær', 'tvært', 'tvære'], after: daPerson, between: daPersonBetween, suggestion: say.da.mood },
  { id: 'da-sky', locale: 'da', kind: 'label', phrases: ['sky'], after: daShyAfter, between: daShyBetween, suggestion: say.da.mood },
  { id: 'da-egenskab', locale: 'da', kind: 'label', phrases: ['dum', 'dumt', 'dumme', 'besværlig', 'besværligt', 'besværlige', 'vanskelig', 'vanskeligt', 'vanskelige', 'vild', 'vilde'], after: daPerson, between: daPersonBetween, notBefore: ['med', 'efter', 'på'], suggestion: say.da.label },
  {
    id: 'da-om-barnet',
    locale: 'da',
    kind: 'label',
    phrases: ['sur dreng', 'sur pige', 'sure dreng', 'sure pige', 'surt barn', 'sure børn', 'sky dreng', 'sky pige', 'sky barn', 'sky børn', 'dum dreng', 'dum pige', 'dumme dreng', 'dumme pige', 'dumt barn', 'dumme børn', 'dumme unge', 'vild dreng', 'vildt barn', 'vilde drenge', 'vilde børn', 'besværligt barn', 'besværlige børn', 'besværlig dreng', 'besværlig pige', 'svært barn', 'svære børn', 'vanskeligt barn', 'vanskelige børn', 'et barn med mange problemer'],
    suggestion: say.da.label,
  },
  // Danish diagnoses used as descriptions: "er ADHD", "er helt klart autist", "er nok lidt autistisk".
  { id: 'da-diagnose', locale: 'da', kind: 'diagnosis', phrases: ['adhd', 'add', 'autist', 'autistisk', 'autistiske', 'asperger', 'aspergers', 'ocd', 'tourette', 'på spektret', 'adhd-barn', 'adhd-dreng', 'adhd-pige'], after: daCopulas, between: [...daHedges, 'en', 'et'], suggestion: say.da.diagnosis },
  { id: 'da-diagnose-ord', locale: 'da', kind: 'diagnosis', phrases: ['adhd-barn', 'adhd-barnet', 'adhd-børn', 'adhd-børnene', 'adhd-dreng', 'adhd-drengen', 'adhd-pige', 'adhd-pigen', 'autistbarn', 'autistbarnet'], suggestion: say.da.diagnosis },
  { id: 'da-absolut', locale: 'da', kind: 'absolute', phrases: ['altid', 'aldrig', 'hele tiden', 'konstant', 'hver eneste gang'], suggestion: 'Hvor ofte, præcis? Fx "tre af fem dage i uge 44". Nævn også gange, hvor det gik godt.' },
  { id: 'da-vilje', locale: 'da', kind: 'blame', phrases: ['gør det med vilje', 'gør det bare med vilje', 'gjorde det med vilje', 'gider ikke', 'gad ikke', 'vil bare have opmærksomhed', 'søger bare opmærksomhed', 'opmærksomhedskrævende', 'manipulerende', 'manipulerer', 'egen skyld'], suggestion: 'Vær nysgerrig på, hvad der ligger bag. Hvad har barnet brug for i situationen?' },
  // English labels
  { id: 'en-label', locale: 'en', kind: 'label', phrases: ['aggressive', 'lazy', 'naughty', 'troublemaker', 'troublemakers', 'problem child', 'problem children', 'bad kid', 'bad kids', 'spoiled', 'spoilt', 'difficult child', 'difficult children', 'defiant', 'disruptive', 'unmanageable', 'antisocial', 'anti-social'], suggestion: say.en.label },
  { id: 'en-mood', locale: 'en', kind: 'label', phrases: ['moody', 'sulky', 'grumpy', 'shy'], notBefore: ['away'], suggestion: say.en.mood },
  { id: 'en-trait', locale: 'en', kind: 'label', phrases: ['impossible', 'stupid', 'dumb', 'difficult', 'wild'], after: enPerson, between: enPersonBetween, notBefore: ['to', 'about', 'for'], suggestion: say.en.label },
  { id: 'en-problem', locale: 'en', kind: 'label', phrases: ['a problem', 'a real problem', 'a big problem', 'a nightmare', 'a handful'], after: enPerson, between: enPersonBetween, notBefore: ['of'], suggestion: say.en.problem },
  // English diagnoses used as descriptions: "is ADHD", "is clearly autistic", "she's so OCD".
  { id: 'en-diagnosis', locale: 'en', kind: 'diagnosis', phrases: ['adhd', 'add', 'ocd', 'autistic', 'autist', 'aspergers', "asperger's", 'on the spectrum', 'adhd kid', 'adhd child'], after: ['is', 'was', 'are', 'seems', 'seemed', 'appears', 'looks', "he's", "she's", "they're", "it's"], between: enHedges, suggestion: say.en.diagnosis },
  { id: 'en-diagnosis-word', locale: 'en', kind: 'diagnosis', phrases: ['adhd kid', 'adhd kids', 'adhd child', 'adhd children', 'adhd boy', 'adhd girl'], suggestion: say.en.diagnosis },
  { id: 'en-absolute', locale: 'en', kind: 'absolute', phrases: ['always', 'never', 'constantly', 'all the time', 'every single time'], suggestion: 'How often, exactly? E.g. "three of five days in week 44". Mention the times it went well too.' },
  { id: 'en-blame', locale: 'en', kind: 'blame', phrases: ['does it on purpose', 'did it on purpose', 'attention-seeking', 'attention seeking', 'just wants attention', 'manipulative', "can't be bothered", 'own fault'], suggestion: 'Be curious about what lies behind it. What does the child need in that situation?' },
];

// ---------------------------------------------------------------------------------------------
// Matching. Text and phrases are split into tokens (a run of letters and digits, or one sign); the
// rules compile once per rule set into a trie of token ids. A check reads the note once and walks the
// trie from each word it knows: the cost follows the note, not the number of rules or phrases (a word
// no rule holds costs one lookup). Words with `after` look back at most three words, once per distinct
// `after` list; a step budget caps what is left, so no rule set within the limits can make a check
// slow. No regular expression is ever built from configuration.



const SIGN_KEYS: Record<string, string> = { '’': "'", '‘': "'", 'ʼ': "'", '‐': '-', '‑': '-' };

/** How a token is compared: a word in lower case (composed: "å" typed as a + ring is "å"), a sign as itself. */
function tokenKey(raw: string, word: boolean, composed = false): string {
  return word ? (composed ? raw : raw.normalize('NFC')).toLowerCase() : (SIGN_KEYS[raw] ?? raw);
}

interface Token {
  key: string;
  /** Whitespace before this token (inside a phrase: the phrase's whitespace). */
  gap: boolean;
  word: boolean;
}

function tokenizePhrase(phrase: string): Token[] {
  const tokens: Token[] = [];
  const trimmed = phrase.trim();
  let previousEnd = -1;
  scan(trimmed, (start, end, word) => {
    tokens.push({ key: tokenKey(trimmed.slice(start, end), word), gap: previousEnd >= 0 && start > previousEnd, word });
    previousEnd = end;
  });
  return tokens;
}

const LETTERS = /^[\p{L}\p{M}\p{N}]*$/u;
const COMBINING = /\p{M}/u;

/** A trie node; a class, so every node has the same shape and the walk stays fast. */
class Node {
  next: Map<number, Node> | undefined = undefined;
  /** Rules whose phrase ends here, in priority order. */
  hits: Matcher[] | undefined = undefined;
  /** In a reversed `after` trie: an `after` phrase starts here. */
  end = false;
}

/** What must come before a phrase: shared by every rule with the same `after` and `between`. */
interface Context {
  index: number;
  /** The `after` phrases, reversed, so they are read backwards from the phrase found. */
  after: Node;
  between?: Set<number>;
}

interface Matcher {
  rule: LanguageRule;
  context?: Context;
  notBefore?: Set<number>;
}

interface CompiledRules {
  /** Every word a rule holds, in lower case, and its id. */
  vocabulary: Map<string, number>;
  /** Every sign a rule holds, by code point, and its id (’ as '). */
  signs: Map<number, number>;
  root: Node;
  contexts: number;
}

/** A token's edge in the trie: its id, and whether whitespace comes before it. */
const edge = (id: number, gap: boolean | number) => id * 2 + (gap ? 1 : 0);

/** No endings: the phrase as written. */
const AS_WRITTEN = [{ ending: '', letters: true, key: '' }] as const;

function build(rules: readonly LanguageRule[]): CompiledRules {
  const vocabulary = new Map<string, number>();
  const signs = new Map<number, number>();
  const idOf = (key: string, word = true) => {
    let id = vocabulary.get(key);
    if (id === undefined) {
      vocabulary.set(key, (id = vocabulary.size));
      if (!word) signs.set(key.codePointAt(0)!, id);
    }
    return id;
  };
  const child = (node: Node, key: number) => {
    node.next ??= new Map();
    let next = node.next.get(key);
    if (!next) node.next.set(key, (next = new Node()));
    return next;
  };
  const words = (list: readonly string[] | undefined) => (list?.length ? new Set(list.map((word) => idOf(tokenKey(word.trim(), true)))) : undefined);
  const contexts = new Map<string, Context>();
  const contextOf = (after: readonly string[], between: readonly string[] | undefined): Context => {
    const key = JSON.stringify([after, between ?? []]);
    let context = contexts.get(key);
    if (context) return context;
    context = { index: contexts.size, after: new Node(), between: words(between) };
    for (const phrase of after) {
      const tokens = tokenizePhrase(phrase);
      if (!tokens.length) continue;
      let node = context.after;
      // Backwards: each step's edge carries the whitespace after the token, as the text is read.
      for (let i = tokens.length - 1; i >= 0; i--) node = child(node, edge(idOf(tokens[i]!.key, tokens[i]!.word), i < tokens.length - 1 && tokens[i + 1]!.gap));
      node.end = true;
    }
    contexts.set(key, context);
    return context;
  };
  /** The node after `tokens[0 … count - 1]`. */
  const walk = (tokens: readonly Token[], count: number, from = root) => {
    let node = from;
    for (let i = 0; i < count; i++) node = child(node, edge(idOf(tokens[i]!.key, tokens[i]!.word), i > 0 && tokens[i]!.gap));
    return node;
  };
  const root = new Node();
  for (const rule of rules) {
    const matcher: Matcher = { rule, notBefore: words(rule.notBefore), context: rule.after?.length ? contextOf(rule.after, rule.between) : undefined };
    const hit = (node: Node) => {
      node.hits ??= [];
      if (!node.hits.includes(matcher)) node.hits.push(matcher);
    };
    const endings = rule.endings?.length ? rule.endings.map((ending) => ({ ending, letters: LETTERS.test(ending), key: tokenKey(ending, true) })) : AS_WRITTEN;
    for (const phrase of rule.phrases) {
      const tokens = tokenizePhrase(phrase);
      if (!tokens.length) continue;
      // An ending of letters changes only the last word, or follows a last sign as a word of its own: the
      // path up to the last token is walked once for all endings, so compiling costs a step per token
      // and one per ending, never tokens × endings.
      const count = tokens.length;
      const last = tokens[count - 1]!;
      const stem = walk(tokens, count - 1);
      let whole: Node | undefined;
      for (const { ending, letters, key } of endings) {
        if (!letters) {
          // The schema allows endings of letters only; an ending of signs in a default rule would be
          // tokens of its own.
          const all = tokenizePhrase(phrase.trim() + ending);
          hit(walk(all, all.length));
        } else if (last.word) hit(child(stem, edge(idOf(ending ? tokenKey(last.key + ending, true) : last.key), count > 1 && last.gap)));
        else {
          whole ??= child(stem, edge(idOf(last.key, false), count > 1 && last.gap));
          hit(ending ? child(whole, edge(idOf(key), false)) : whole);
        }
      }
    }
  }
  for (const [alias, key] of Object.entries(SIGN_KEYS)) {
    const id = vocabulary.get(key);
    if (id !== undefined) signs.set(alias.codePointAt(0)!, id);
  }
  return { vocabulary, signs, root, contexts: contexts.size };
}

const cache = new WeakMap<readonly LanguageRule[], Map<string, CompiledRules>>();
const emptyExtra: readonly LanguageRule[] = [];

function compile(locale: LanguageLocale, extra: readonly LanguageRule[], replaceDefaults: boolean): CompiledRules {
  const key = `${locale}:${replaceDefaults}`;
  let perRules = cache.get(extra);
  const cached = perRules?.get(key);
  if (cached) return cached;
  // A host's own rules are configuration: one that does not match `LanguageRuleSchema` is left out, and
  // so is every rule past `LANGUAGE_RULE_LIMITS.rules`.
  let given: unknown[] = [];
  try {
    given = Array.prototype.slice.call(extra, 0, limits.rules);
  } catch {
    // An unreadable list (a throwing Proxy): the defaults only.
  }
  const valid = given.flatMap((rule) => {
    const parsed = parseWith(LanguageRuleSchema, rule);
    return parsed.ok ? [parsed.value] : [];
  });
  const rules = [...(replaceDefaults ? [] : DEFAULT_LANGUAGE_RULES), ...valid].filter((r) => r.locale === locale);
  const compiled = build(rules);
  if (!perRules) cache.set(extra, (perRules = new Map()));
  perRules.set(key, compiled);
  return compiled;
}

/**
 * Steps of matching one check may take beyond reading the note: a few per word with any real rule set,
 * so only a rule set and a note made to defeat each other ever reach it. Then the check stops and
 * returns what it found so far: a nudge may be missed, typing is never slowed.
 */
const STEPS_PER_TOKEN = 2;
const STEPS_BASE = 2_000;

/**
 * How much of a note is read: the longest text any record holds. Past it the text cannot be saved
 * anyway (`too_long`), and reading a pasted megabyte on every keystroke cost about 50 ms and tens of
 * thousands of findings.
 */
const READ_LENGTH = TEXT_LIMITS.description;

/**
 * Findings in reading order. Fast enough for every keystroke: the rules compile once per rule set (the
 * same array, by identity) and each check reads the note once. At each place the longest phrase wins
 * (rules in order break a tie), and matching goes on after it; a finding that needs `after` starts
 * earlier and may include a shorter finding ("hun er altid sur" and "altid"). A note is read up to
 * `TEXT_LIMITS.description` characters (8,000, the longest text a record holds), to the last whitespace
 * before it, so no word is cut in two.
 */
export function checkLanguage(
  text: string,
  locale: LanguageLocale,
  options: { rules?: readonly LanguageRule[]; replaceDefaults?: boolean } = {},
): LanguageFinding[] {
  if (typeof text !== 'string' || !text) return [];
  if (text.length > READ_LENGTH) {
    let end = READ_LENGTH;
    while (end > 0 && !SPACE_CHAR.test(text[end]!)) end--;
    text = text.slice(0, end || READ_LENGTH);
  }
  let extra: readonly LanguageRule[] = emptyExtra;
  let replaceDefaults = false;
  try {
    if (Array.isArray(options?.rules)) extra = options.rules;
    replaceDefaults = options?.replaceDefaults === true;
  } catch {
    // An unreadable options object: the defaults only.
  }
  const { vocabulary, signs, root, contexts } = compile(locale, extra, replaceDefaults);
  if (!root.next) return [];

  // The note as tokens: id (-1: in no rule), where it is, whether whitespace comes before it. Text with
  // combining marks (letters typed or pasted decomposed) has its words composed one by one, so positions
  // stay those of the text as written.
  const composed = !COMBINING.test(text);
  const ids = new Int32Array(text.length);
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  const gaps = new Uint8Array(text.length);
  const isWord = new Uint8Array(text.length);
  let n = 0;
  scan(text, (start, end, word) => {
    ids[n] = (word ? vocabulary.get(tokenKey(text.slice(start, end), true, composed)) : signs.get(text.codePointAt(start)!)) ?? -1;
    gaps[n] = n > 0 && start > ends[n - 1]! ? 1 : 0;
    starts[n] = start;
    ends[n] = end;
    isWord[n] = word ? 1 : 0;
    n++;
  });
  let steps = STEPS_BASE + STEPS_PER_TOKEN * n;
  const isHyphen = (i: number) => text[starts[i]!] === '-' || SIGN_KEYS[text[starts[i]!]!] === '-';

  /** A finding may not start inside a word: glued to a word before it, or the tail of "x-word". */
  const startsFree = (i: number) =>
    i === 0 || gaps[i] || (isWord[i] ? !(isHyphen(i - 1) && i > 1 && !gaps[i - 1] && isWord[i - 2]) : !isWord[i - 1]);
  /** …nor end inside one: "ADHD" in "ADHD-udredt" is another word. */
  const endsFree = (last: number) => {
    const i = last + 1;
    return i >= n || gaps[i] || (isWord[last] ? !(isHyphen(i) && i + 1 < n && !gaps[i + 1] && isWord[i + 1]) : !isWord[i]);
  };

  /** Where an `after` phrase ending at token `last` starts (the longest), or -1. */
  const afterStart = (after: Node, last: number): number => {
    let node = after.next?.get(edge(ids[last]!, false));
    let start = -1;
    for (let i = last; node && --steps > 0; ) {
      if (node.end && startsFree(i)) start = i;
      if (--i < 0 || ids[i]! < 0) break;
      node = node.next?.get(edge(ids[i]!, gaps[i + 1]!));
    }
    return start;
  };

  // Where each context's finding starts, for the phrase starting at `memoFor[context]`.
  const memoFor = new Int32Array(contexts).fill(-1);
  const memoStart = new Int32Array(contexts);
  /** The token where a finding that needs `context` starts, the phrase starting at `first`; or -1. */
  const contextStart = (context: Context, first: number): number => {
    if (memoFor[context.index] === first) return memoStart[context.index]!;
    let start = -1;
    for (let k = 0; k <= limits.wordsBetween; k++) {
      const last = first - 1 - k;
      if (last < 0 || !gaps[last + 1] || ids[last]! < 0 || --steps <= 0) break;
      start = afterStart(context.after, last);
      if (start >= 0 || !isWord[last] || !context.between?.has(ids[last]!)) break;
    }
    memoFor[context.index] = first;
    memoStart[context.index] = start;
    return start;
  };

  const findings: LanguageFinding[] = [];
  for (let first = 0; first < n && steps > 0; first++) {
    if (ids[first]! < 0 || !startsFree(first)) continue;
    let best: { start: number; last: number; rule: LanguageRule } | undefined;
    let node = root.next.get(edge(ids[first]!, false));
    for (let last = first; node && --steps > 0; ) {
      if (node.hits && endsFree(last)) {
        const following = last + 1 < n && isWord[last + 1] ? ids[last + 1]! : -1;
        for (const matcher of node.hits) {
          if (--steps <= 0) break;
          if (matcher.notBefore?.has(following)) continue;
          const start = matcher.context ? contextStart(matcher.context, first) : first;
          if (start < 0) continue;
          best = { start, last, rule: matcher.rule };
          break;
        }
      }
      if (++last >= n || ids[last]! < 0) break;
      node = node.next?.get(edge(ids[last]!, gaps[last]!));
    }
    if (!best) continue;
    const { start, last, rule } = best;
    findings.push({ start: starts[start]!, end: ends[last]!, match: text.slice(starts[start]!, ends[last]!), kind: rule.kind, ruleId: rule.id, suggestion: rule.suggestion });
    first = last;
  }
  return findings.sort((a, b) => a.start - b.start);
}
