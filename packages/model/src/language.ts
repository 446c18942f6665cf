/**
 * Gentle nudges towards strength-based language: labels, diagnoses used as descriptions, absolutes and
 * blame placed on the child. They never block and never change the text; they suggest describing what
 * was seen and heard. Municipalities extend the rules as plain data (JSON): words, never regular
 * expressions, so configuration cannot inject patterns — and, bounded by `LANGUAGE_RULE_LIMITS`, can
 * never make typing slow.
 *
 * This module is what configuration needs (the rules' schema and limits, the findings' shape); the check
 * itself and the default rules are in `language-check.ts`, its own entry point
 * (`@spire/model/language-check`), so a page loads them only when a text field first checks its text.
 */
import './zod.js';
import * as z from 'zod/mini';
import { TEXT_LIMITS } from './limits.js';
import { Id, addIssue, text } from './common.js';
import { scan } from './language-scan.js';

export const LANGUAGE_FINDING_KINDS = ['label', 'diagnosis', 'absolute', 'blame'] as const;
export type LanguageFindingKind = (typeof LANGUAGE_FINDING_KINDS)[number];
export type LanguageLocale = 'da' | 'en';

/**
 * What one rule set may hold: a municipality's own rules, on top of the defaults. Each limit is above what
 * the largest default rule uses (30 phrases of at most 5 words and signs, 3 endings, 27 `after` phrases
 * of at most 3, 61 `between` and 3 `notBefore` words), and together they are low enough that the worst
 * rule set they allow checks a 4,000-character note in well under a millisecond and compiles in about ten
 * (a few tens the first time a page runs the code; `npm run bench` prints all three). Compiling costs a
 * step per word of every phrase and one per form (phrase × ending), and the validation before it a step
 * per word in every list, so rules × (phrases × words + forms + `after` × words + `between` +
 * `notBefore`) is what these bound. No phrase is ever "98 words".
 */
export const LANGUAGE_RULE_LIMITS = Object.freeze({
  /** Rules in one rule set (the defaults have 17 in Danish; a municipality adds a few of its own). */
  rules: 30,
  /** Phrases in one rule. */
  phrases: 40,
  /** Characters in one phrase. */
  phraseLength: 48,
  /** Words and signs in one phrase or `after` phrase ("can't be bothered" is five: can ' t be bothered). */
  phraseTokens: 8,
  /** Endings in one rule, and characters in one ending: letters only, as an inflection is. */
  endings: 8,
  endingLength: 8,
  /**
   * Forms of the phrases in one rule: phrases × endings (one per phrase without endings) — 40 phrases
   * with 4 endings, or 20 with 8. Each form is a word to compile; the largest default rule has 30.
   */
  forms: 160,
  /** Phrases in `after`, and characters and words and signs in one: what stands right before ("he's", "den unge"). */
  after: 30,
  afterLength: 30,
  afterTokens: 4,
  /** Words in `between` and in `notBefore`, and characters in one word. */
  between: 64,
  notBefore: 10,
  wordLength: 30,
  /** `between` words that may stand in a row between `after` and the phrase. */
  wordsBetween: 3,
});
const limits = LANGUAGE_RULE_LIMITS;

/** One word: letters and digits only (no spaces, no signs), so it is compared as a whole word. */
const Word = z.string().check(z.trim(), z.minLength(1), z.maxLength(limits.wordLength), z.regex(/^[\p{L}\p{M}\p{N}]*$/u));

/** A phrase of at most `length` characters and `maxTokens` words and signs (else `too_big`, origin `tokens`). */
const Phrase = (length: number, maxTokens: number) =>
  text(length).check((ctx) => {
    // A text already too long has its own issue; counting a megabyte's tokens would only cost time.
    if (ctx.value.length > length) return;
    let tokens = 0;
    scan(ctx.value, () => tokens++);
    if (tokens > maxTokens) addIssue(ctx, 'too_big', [], { maximum: maxTokens, origin: 'tokens' });
  });

/**
 * What a municipality's own rule must look like, so configuration is checked before it is used: words
 * and endings of plain text, never empty (an empty phrase would match everywhere), within
 * `LANGUAGE_RULE_LIMITS`.
 */
export const LanguageRuleSchema = z
  .object({
    id: Id,
    locale: z.enum(['da', 'en']),
    kind: z.enum(LANGUAGE_FINDING_KINDS),
    phrases: z.array(Phrase(limits.phraseLength, limits.phraseTokens)).check(z.minLength(1), z.maxLength(limits.phrases)),
    endings: z.optional(z.array(z.string().check(z.maxLength(limits.endingLength), z.regex(/^[\p{L}\p{M}\p{N}]*$/u))).check(z.maxLength(limits.endings))),
    after: z.optional(z.array(Phrase(limits.afterLength, limits.afterTokens)).check(z.minLength(1), z.maxLength(limits.after))),
    between: z.optional(z.array(Word).check(z.maxLength(limits.between))),
    notBefore: z.optional(z.array(Word).check(z.maxLength(limits.notBefore))),
    suggestion: text(TEXT_LIMITS.note),
  })
  .check((ctx) => {
    const { phrases, endings } = ctx.value;
    const forms = (Array.isArray(phrases) ? phrases.length : 0) * Math.max(1, Array.isArray(endings) ? endings.length : 0);
    if (forms > limits.forms) addIssue(ctx, 'too_big', ['endings'], { maximum: limits.forms, origin: 'forms' });
  });
export const LanguageRules = z.array(LanguageRuleSchema).check(z.maxLength(limits.rules));

/**
 * A language rule, as `LanguageRuleSchema` checks it. `phrases` are words or phrases, matched whole and
 * case-insensitively (whitespace matches any run of spaces; a word joined by a hyphen to another, as in
 * "ADHD-udredt", is a different word); `endings` (letters only) are added to each phrase for inflected
 * forms, e.g. `['', 't', 'e']` for umulig/umuligt/umulige.
 *
 * For a word that is a label only when it is about a person ("sky" is also a cloud, "sur" also sour
 * milk), `after` lists what must come right before it ("han", "hun", "er"), and `between` the words
 * that may stand in between, at most three of them ("hun er altid sur", "er helt klart autist"); the
 * finding then covers both. `notBefore` lists words that, right after the phrase, mean something else
 * ("vild med fodbold").
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

