import './zod.js';
import * as z from 'zod/mini';
import { TEXT_LIMITS } from './limits.js';
import type { Instrument } from './instrument.js';
import type { WellbeingCheck } from './wellbeing-check.js';

/**
 * The municipality's beredskab: whom a professional calls when a child may be unsafe. The link must be
 * a web address (http or https): anything else (a `javascript:` URL, say) would run in the host's page.
 */
export const Beredskab = z.object({
  /** A phone number as people write it: digits, spaces, +, -, parentheses. */
  phone: z.string().check(z.trim(), z.minLength(3), z.maxLength(TEXT_LIMITS.phone), z.regex(/^[0-9+()\s-]+$/)),
  url: z.optional(z.string().check(z.maxLength(TEXT_LIMITS.text), z.regex(/^https?:\/\/[^\s]+$/i))),
  /** Whom the number reaches, e.g. "Familierådgivningen, Thisted Kommune". */
  label: z.optional(z.string().check(z.maxLength(TEXT_LIMITS.name))),
});
export type Beredskab = z.infer<typeof Beredskab>;

/**
 * The safeguarding dimensions (the instrument marks them) a check rates rød: where the child may not be
 * safe. Empty when there is no such concern. Reads any check without throwing.
 */
export function safeguardingConcerns(check: Pick<WellbeingCheck, 'dimensions'>, instrument: Instrument): string[] {
  const marked = new Set(Array.isArray(instrument?.dimensions) ? instrument.dimensions.filter((d) => d?.safeguarding === true).map((d) => d.id) : []);
  if (!Array.isArray(check?.dimensions)) return [];
  return check.dimensions.filter((d) => d?.position === 'red' && marked.has(d.dimensionId)).map((d) => d.dimensionId);
}

/** `tel:` link target for a phone number as written (spaces and dashes dropped). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}
