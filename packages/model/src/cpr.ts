import './zod.js';
import * as z from 'zod/mini';
import { addIssue } from './common.js';

const CPR_PATTERN = /^(\d{2})(\d{2})(\d{2})-?(\d)(\d{3})$/;

/** The shape a CPR number is stored in; the hyphen may be left out when it is typed. */
export const CPR_FORMAT = 'DDMMYY-XXXX';

/**
 * The birth century from the 7th digit (the first of the serial), as the CPR office's table defines it.
 */
function century(seventh: number, yy: number): number {
  if (seventh <= 3) return 1900;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800;
}

/**
 * The birth date (`YYYY-MM-DD`) a CPR number encodes, or `undefined` when the text is not a CPR number
 * with a real calendar date.
 *
 * There is deliberately no modulus-11 check. Since 1 October 2007 the CPR office has issued numbers that
 * fail it, because some birth dates ran out of numbers that pass; a modulus-11 check therefore rejects
 * real children's numbers, and the receiving municipality looks the child up anyway.
 */
export function cprBirthDate(cpr: string): string | undefined {
  if (typeof cpr !== 'string') return undefined;
  const match = CPR_PATTERN.exec(cpr.trim());
  if (!match) return undefined;
  const [, dd, mm, yy, seventh] = match;
  const year = century(Number(seventh), Number(yy)) + Number(yy);
  const date = new Date(Date.UTC(year, Number(mm) - 1, Number(dd)));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== Number(mm) - 1 || date.getUTCDate() !== Number(dd)) return undefined;
  return date.toISOString().slice(0, 10);
}

/** A CPR number in `DDMMYY-XXXX` or `DDMMYYXXXX` form whose first six digits are a real date. */
export function isValidCpr(value: unknown): value is string {
  return typeof value === 'string' && cprBirthDate(value) !== undefined;
}

/** `DDMMYYXXXX` or `DDMMYY-XXXX` → `DDMMYY-XXXX`; anything else is returned unchanged. */
export function normalizeCpr(value: string): string {
  if (typeof value !== 'string') return value;
  const match = CPR_PATTERN.exec(value.trim());
  return match ? `${match[1]}${match[2]}${match[3]}-${match[4]}${match[5]}` : value;
}

/**
 * For display: `DDMMYY-••••`. The serial is what makes a CPR number identify a person, so it is never
 * shown. Text that is not shaped like a CPR number is masked completely rather than shown in part.
 */
export function maskCpr(cpr: string): string {
  const match = typeof cpr === 'string' ? CPR_PATTERN.exec(cpr.trim()) : null;
  return match ? `${match[1]}${match[2]}${match[3]}-••••` : '••••••-••••';
}

/**
 * A CPR number: accepted with or without the hyphen, stored with it, and a real calendar date
 * (issue `cpr_invalid` with `params.format`). The pattern is published in the JSON Schema too, so a back end
 * without our code checks at least the shape.
 */
export const Cpr = z.pipe(
  z.string().check(
    z.trim(),
    z.meta({ pattern: '^\\d{6}-?\\d{4}$', description: `CPR number, ${CPR_FORMAT}; the first six digits are a real date.` }),
    (ctx) => {
      if (!isValidCpr(ctx.value)) addIssue(ctx, 'cpr_invalid', [], { format: CPR_FORMAT });
    },
  ),
  z.transform((value: string) => normalizeCpr(value)),
);
