import type { Locale } from '../i18n/i18n.js';

/**
 * What a typed date means: a calendar date (`YYYY-MM-DD`, or `''` for empty text), or why it is not one.
 * `format`: the text cannot be read as a date; `impossible`: it reads as a day that does not exist
 * (31.02.2026, 00.10.2026, month 13) — never rolled over into another day.
 */
export type DateParse = { ok: true; value: string } | { ok: false; error: 'format' | 'impossible' };

/** Separators people type between day, month and year: dot, dash, slash, space, and the Danish numpad's comma. */
const SEPARATED = /^(\d{1,2})\s*[.\-/, ]\s*(\d{1,2})\s*[.\-/, ]\s*(\d{4}|\d{2})\.?$/;
/** Year first (ISO `2026-11-10`): a four-digit first part can only be a year. */
const YEAR_FIRST = /^(\d{4})\s*[.\-/, ]\s*(\d{1,2})\s*[.\-/, ]\s*(\d{1,2})$/;
const DIGITS = /^(\d{2})(\d{2})(\d{4}|\d{2})$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads a date as a person in Denmark writes it: always day, month, year — whatever the browser's locale.
 * Accepts `10112026`, `101126`, `10.11.2026`, `10-11-2026`, `10/11/2026`, `10 11 2026`, `1.2.2026`,
 * `10.11.26` (a two-digit year is 20xx) and ISO `2026-11-10`. Pure: no DOM, no clock, no locale.
 */
export function parseDateText(text: string): DateParse {
  const trimmed = text.trim();
  if (!trimmed) return { ok: true, value: '' };
  const yearFirst = YEAR_FIRST.exec(trimmed);
  if (yearFirst) return calendarDate(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
  const parts = SEPARATED.exec(trimmed) ?? DIGITS.exec(trimmed);
  if (!parts) return { ok: false, error: 'format' };
  const [, day, month, year] = parts as unknown as [string, string, string, string];
  return calendarDate(year.length === 2 ? 2000 + Number(year) : Number(year), Number(month), Number(day));
}

function calendarDate(year: number, month: number, day: number): DateParse {
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { ok: false, error: 'impossible' };
  return { ok: true, value: `${year}-${pad(month)}-${pad(day)}` };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** True for a real calendar date in `YYYY-MM-DD` (not 2026-02-31). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const parts = ISO.exec(value);
  return !!parts && calendarDate(Number(parts[1]), Number(parts[2]), Number(parts[3])).ok;
}

/** Between day, month and year in each language's written form: `10.11.2026`, `10/11/2026`. */
export const DATE_SEPARATOR: Record<Locale, string> = { da: '.', en: '/' };

/**
 * A `YYYY-MM-DD` date in the language's written form, day first (`10.11.2026`, `10/11/2026`). Anything
 * that is not a calendar date is returned as it is, so nothing a host passes in is silently hidden.
 */
export function formatDateText(value: string, locale: Locale): string {
  if (!isCalendarDate(value)) return value;
  const [year, month, day] = value.split('-');
  const separator = DATE_SEPARATOR[locale];
  return `${day}${separator}${month}${separator}${year}`;
}
