// The tokenizer the language rules and the language check share (internal: not in the package index).
// A rule's phrase is counted in the same tokens a note is read in.

const SPACE = 1;
const WORD = 2;
const SIGN = 3;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
export const SPACE_CHAR = /^\s$/u;
const classOf = (char: string) => (WORD_CHAR.test(char) ? WORD : SPACE_CHAR.test(char) ? SPACE : SIGN);
/** Each UTF-16 code unit's class, learnt on first sight: letters of every script, not only a–z. */
const classes = new Uint8Array(0x10000);

/**
 * Splits text into tokens: a run of letters, marks and digits (a word), or one other character that
 * is not whitespace (a sign). Phrases and notes are split alike. Calls `token` for each, in order.
 */
export function scan(text: string, token: (start: number, end: number, word: boolean) => void): void {
  const length = text.length;
  let wordStart = -1;
  for (let i = 0; i < length; ) {
    const code = text.charCodeAt(i);
    let size = 1;
    let kind: number;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      size = 2;
      kind = classOf(text.slice(i, i + 2));
    } else {
      kind = classes[code]!;
      if (!kind) classes[code] = kind = classOf(text[i]!);
    }
    if (kind === WORD) {
      if (wordStart < 0) wordStart = i;
    } else {
      if (wordStart >= 0) token(wordStart, i, true);
      wordStart = -1;
      if (kind === SIGN) token(i, i + size, false);
    }
    i += size;
  }
  if (wordStart >= 0) token(wordStart, length, true);
}
