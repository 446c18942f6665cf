import type { ModelIssue, ParseResult } from '@spire/model';
import type { LocaleController } from './i18n.js';
import { issueMessage, pathKey } from './validation.js';
import { emit } from './events.js';

/**
 * Checks what a host gives a widget besides its `value` (author, child, instrument, earlier records)
 * with the model, once per object. What the model rejects is reported with `spire-error` (source
 * `config`, the path under the setting's name, a message in the widget's language) and left unused, so
 * one bad setting never breaks a widget or reaches a record.
 */
export class HostInputChecker {
  /** What was last checked at each path, and what the model made of it. */
  private readonly checked = new Map<string, { input: unknown; result: ParseResult<unknown> }>();

  constructor(
    private readonly host: HTMLElement,
    private readonly i18n: LocaleController,
  ) {}

  /** The input as the model accepted it (migrated, trimmed), or `undefined` when absent or rejected. */
  usable<V>(path: string, input: V | null | undefined, validate: (input: unknown) => ParseResult<unknown>, optional = true): V | undefined {
    if (optional && (input === undefined || input === null)) return undefined;
    let known = this.checked.get(path);
    if (!known || known.input !== input) {
      known = { input, result: validate(input) };
      this.checked.set(path, known);
      if (!known.result.ok) this.report(known.result.issues[0]!, path);
    }
    return known.result.ok ? (known.result.value as V) : undefined;
  }

  /** The records of a list the model accepts; each one it rejects is reported once and left out. */
  records<R>(path: string, input: readonly unknown[] | null | undefined, validate: (input: unknown) => ParseResult<R>): R[] {
    if (input === undefined || input === null) return [];
    if (!Array.isArray(input)) {
      this.usable(path, input, () => ({ ok: false, issues: [{ code: 'invalid_type', path: [], params: { expected: 'array' } }] }));
      return [];
    }
    return input.flatMap((record, index) => this.usable<R>(`${path}.${index}`, record as R, validate, false) ?? []);
  }

  /** Reports one issue with host input; the data itself never leaves the widget. */
  report(issue: ModelIssue, under = '', source: 'value' | 'config' = 'config'): void {
    const message = issueMessage(issue, this.i18n.t, this.i18n.locale);
    emit(this.host, 'spire-error', { source, path: pathKey([...(under ? [under] : []), ...issue.path]), code: issue.code, message });
  }
}
