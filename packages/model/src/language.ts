/**
 * Gentle nudges towards strength-based language: labels, diagnoses used as descriptions, absolutes and
 * blame placed on the child. They never block and never change the text; they suggest describing what
 * was seen and heard. Municipalities extend the rules as plain data (JSON): words, never regular
 * expressions, so configuration cannot inject patterns.
 */
import './zod.js';
import * as z from 'zod/mini';
import { Id, parseWith, text } from './common.js';

export const LANGUAGE_FINDING_KINDS = ['label', 'diagnosis', 'absolute', 'blame'] as const;
export type LanguageFindingKind = (typeof LANGUAGE_FINDING_KINDS)[number];
export type LanguageLocale = 'da' | 'en';

/**
 * What a municipality's own rule must look like, so configuration is checked before it is used: words
 * and endings of plain text, never empty (an empty phrase would match everywhere).
 */
export const LanguageRuleSchema = z.object({
  id: Id,
  locale: z.enum(['da', 'en']),
  kind: z.enum(LANGUAGE_FINDING_KINDS),
  phrases: z.array(text(200)).check(z.minLength(1), z.maxLength(500)),
  endings: z.optional(z.array(z.string().check(z.maxLength(20))).check(z.maxLength(20))),
  suggestion: text(1000),
});
export const LanguageRules = z.array(LanguageRuleSchema);

/**
 * A language rule, as `LanguageRuleSchema` checks it: `phrases` are words or phrases, matched whole and
 * case-insensitively (whitespace matches any run of spaces); `endings` are added to each phrase for
 * inflected forms, e.g. `['', 't', 'e']` for umulig/umuligt/umulige.
 */
export type LanguageRule = z.infer<typeof LanguageRuleSchema>;

export interface LanguageFinding {
  start: number;
  end: number;
  /** The words as written in the text. */
  match: string;
  kind: LanguageFindingKind;
  ruleId: string;
  suggestion: string;
}

const describe = {
  da: 'Beskriv hvad du så og hørte, fx "slog ud efter en anden under samling".',
  en: 'Describe what you saw and heard, e.g. "hit out at another child during circle time".',
};

export const DEFAULT_LANGUAGE_RULES: readonly LanguageRule[] = [
  // Danish
  { id: 'da-umulig', locale: 'da', kind: 'label', phrases: ['umulig'], endings: ['', 't', 'e'], suggestion: describe.da },
  { id: 'da-problembarn', locale: 'da', kind: 'label', phrases: ['problembarn', 'problembarnet', 'problembørn', 'problembørnene', 'problembarns', 'er et problem'], suggestion: 'Et barn er ikke et problem. Beskriv situationen og hvad der var svært for barnet.' },
  { id: 'da-doven', locale: 'da', kind: 'label', phrases: ['doven', 'dovent', 'dovne'], suggestion: 'Beskriv hvad barnet gjorde eller ikke gjorde, og hvornår. Hvad kan ligge bag?' },
  { id: 'da-uopdragen', locale: 'da', kind: 'label', phrases: ['uopdragen', 'uopdragent', 'uopdragne', 'uartig', 'uartigt', 'uartige', 'umulius', 'dum', 'dumt', 'dumme'], suggestion: describe.da },
  { id: 'da-forkaelet', locale: 'da', kind: 'label', phrases: ['forkælet', 'forkælede'], suggestion: 'Beskriv den konkrete situation i stedet for en egenskab ved barnet.' },
  { id: 'da-besvaerlig', locale: 'da', kind: 'label', phrases: ['besværlig', 'ondskabsfuld'], endings: ['', 't', 'e'], suggestion: describe.da },
  { id: 'da-diagnose', locale: 'da', kind: 'diagnosis', phrases: ['er adhd', 'er lidt adhd', 'er så adhd', 'er autist', 'er autistisk', 'er lidt autistisk', 'er asperger', 'adhd-barn', 'adhd-barnet', 'adhd-dreng', 'adhd-pige'], suggestion: 'En diagnose beskriver ikke barnet. Beskriv hvad du så og hørte, og hvad der hjalp.' },
  { id: 'da-absolut', locale: 'da', kind: 'absolute', phrases: ['altid', 'aldrig', 'hele tiden', 'konstant', 'hver eneste gang'], suggestion: 'Hvor ofte, præcis? Fx "tre af fem dage i uge 44". Nævn også gange, hvor det gik godt.' },
  { id: 'da-vilje', locale: 'da', kind: 'blame', phrases: ['gør det med vilje', 'gør det bare med vilje', 'gjorde det med vilje', 'gider ikke', 'gad ikke', 'vil bare have opmærksomhed', 'søger bare opmærksomhed', 'opmærksomhedskrævende', 'manipulerende', 'manipulerer', 'egen skyld'], suggestion: 'Vær nysgerrig på, hvad der ligger bag. Hvad har barnet brug for i situationen?' },
  // English
  { id: 'en-label', locale: 'en', kind: 'label', phrases: ['lazy', 'naughty', 'troublemaker', 'troublemakers', 'problem child', 'bad kid', 'spoiled', 'spoilt', 'impossible', 'difficult child'], suggestion: describe.en },
  { id: 'en-diagnosis', locale: 'en', kind: 'diagnosis', phrases: ['is adhd', 'is so adhd', "he's adhd", "she's adhd", 'is autistic', "he's autistic", "she's autistic", 'is a bit autistic', 'adhd kid', 'adhd child'], suggestion: 'A diagnosis does not describe the child. Describe what you saw and heard, and what helped.' },
  { id: 'en-absolute', locale: 'en', kind: 'absolute', phrases: ['always', 'never', 'constantly', 'all the time', 'every single time'], suggestion: 'How often, exactly? E.g. "three of five days in week 44". Mention the times it went well too.' },
  { id: 'en-blame', locale: 'en', kind: 'blame', phrases: ['does it on purpose', 'did it on purpose', 'attention-seeking', 'attention seeking', 'just wants attention', 'manipulative', "can't be bothered", 'own fault'], suggestion: 'Be curious about what lies behind it. What does the child need in that situation?' },
];

function escapeForRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as a pattern: literal characters, flexible whitespace, either kind of apostrophe. */
function phrasePattern(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => escapeForRegex(word).replace(/['’]/g, "['’]"))
    .join('\\s+');
}

interface CompiledRules {
  regex: RegExp;
  rules: LanguageRule[];
}

const cache = new WeakMap<readonly LanguageRule[], Map<string, CompiledRules>>();
const emptyExtra: readonly LanguageRule[] = [];

function compile(locale: LanguageLocale, extra: readonly LanguageRule[], replaceDefaults: boolean): CompiledRules {
  const key = `${locale}:${replaceDefaults}`;
  let perRules = cache.get(extra);
  const cached = perRules?.get(key);
  if (cached) return cached;
  // A host's own rules are configuration: one that does not match `LanguageRuleSchema` is left out.
  const given = parseWith(z.array(z.unknown()), extra);
  const valid = (given.ok ? given.value : []).flatMap((rule) => {
    const parsed = parseWith(LanguageRuleSchema, rule);
    return parsed.ok ? [parsed.value] : [];
  });
  const rules = [...(replaceDefaults ? [] : DEFAULT_LANGUAGE_RULES), ...valid].filter((r) => r.locale === locale && r.phrases.some((phrase) => phrase.trim()));
  // One capturing group per rule, longest forms first so "hele tiden" wins over a shorter overlap.
  const groups = rules.map((rule) => {
    const forms = rule.phrases
      .filter((phrase) => phrase.trim())
      .flatMap((phrase) => (rule.endings?.length ? rule.endings.map((ending) => phrase + ending) : [phrase]));
    const alternatives = [...new Set(forms)].sort((a, b) => b.length - a.length).map(phrasePattern);
    return `(${alternatives.join('|')})`;
  });
  // Letters and digits on either side mean we are inside another word: \b does not know æ, ø and å.
  const source = groups.length ? `(?<![\\p{L}\\p{N}])(?:${groups.join('|')})(?![\\p{L}\\p{N}])` : '(?!)';
  const compiled = { regex: new RegExp(source, 'giu'), rules };
  if (!perRules) cache.set(extra, (perRules = new Map()));
  perRules.set(key, compiled);
  return compiled;
}

/** Findings in reading order. Fast enough for every keystroke: the rules compile once and are cached. */
export function checkLanguage(
  text: string,
  locale: LanguageLocale,
  options: { rules?: readonly LanguageRule[]; replaceDefaults?: boolean } = {},
): LanguageFinding[] {
  if (typeof text !== 'string' || !text) return [];
  let extra: readonly LanguageRule[] = emptyExtra;
  let replaceDefaults = false;
  try {
    if (Array.isArray(options?.rules)) extra = options.rules;
    replaceDefaults = options?.replaceDefaults === true;
  } catch {
    // An unreadable options object: the defaults only.
  }
  const { regex, rules } = compile(locale, extra, replaceDefaults);
  const findings: LanguageFinding[] = [];
  regex.lastIndex = 0;
  for (const match of text.matchAll(regex)) {
    const group = match.findIndex((value, index) => index > 0 && value !== undefined);
    const rule = rules[group - 1];
    if (!rule) continue;
    findings.push({ start: match.index, end: match.index + match[0].length, match: match[0], kind: rule.kind, ruleId: rule.id, suggestion: rule.suggestion });
  }
  return findings;
}
