import { z } from './zod.js';
import { addIssue } from './common.js';

const CPR_PATTERN = /^(\d{2})(\d{2})(\d{2})-?(\d)(\d{3})$/;

/**
 * The birth century from the 7th digit, as the CPR office defines it. There is deliberately no
 * modulus-11 check: numbers without it have been issued since 2007, so the check would reject real
 * children.
 */
function century(seventh: number, yy: number): number {
  if (seventh <= 3) return 1900;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800;
}

/** The birth date (`YYYY-MM-DD`) a CPR number encodes, or undefined when it is not a valid number. */
export function cprBirthDate(value: string): string | undefined {
  const match = CPR_PATTERN.exec(value.trim());
  if (!match) return undefined;
  const [, dd, mm, yy, seventh] = match;
  const year = century(Number(seventh), Number(yy)) + Number(yy);
  const date = new Date(Date.UTC(year, Number(mm) - 1, Number(dd)));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== Number(mm) - 1 || date.getUTCDate() !== Number(dd)) return undefined;
  return date.toISOString().slice(0, 10);
}

export function isValidCpr(value: string): boolean {
  return cprBirthDate(value) !== undefined;
}

/** `DDMMYYXXXX` or `DDMMYY-XXXX` → `DDMMYY-XXXX`. */
export function normalizeCpr(value: string): string {
  const match = CPR_PATTERN.exec(value.trim());
  return match ? `${match[1]}${match[2]}${match[3]}-${match[4]}${match[5]}` : value;
}

/** For display: the birth date part only, the serial masked. */
export function maskCpr(value: string): string {
  const normalized = normalizeCpr(value);
  return `${normalized.slice(0, 6)}-••••`;
}

/** A CPR number: accepted with or without the hyphen, stored with it, and a real calendar date. */
export const Cpr = z.pipe(
  z.string().check(
    z.trim(),
    (ctx) => {
      if (!isValidCpr(ctx.value)) addIssue(ctx, 'cpr_invalid', [], { format: 'DDMMYY-XXXX' });
    },
  ),
  z.transform((value: string) => normalizeCpr(value)),
);
