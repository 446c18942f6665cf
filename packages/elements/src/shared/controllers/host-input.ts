import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ModelIssue, ParseResult } from '@spire/model';
import type { LocaleController } from '../i18n/i18n.js';
import { issueMessage, pathKey } from '../validation/validation.js';
import { emit } from '../events.js';

interface PendingReport {
  issue: ModelIssue;
  path: string;
  source: 'value' | 'config';
}

/**
 * Checks what a host gives a widget (its `value`, author, child, instrument, earlier records, strings)
 * with the model, once per object. What the model rejects is reported with `spire-error` (the path under
 * the setting's name, a message in the widget's language) and left unused, so one bad setting never
 * breaks a widget or reaches a record.
 *
 * Checks run wherever the input is needed (a setter, `willUpdate`, `render`); the reports are queued
 * and dispatched once the host's update is over, so a host listener that changes the widget again never
 * runs in the middle of a render.
 */
export class HostInputController implements ReactiveController {
  /** What was last checked at each path, and what the model made of it. */
  private readonly checked = new Map<string, { input: unknown; result: ParseResult<unknown> }>();
  private queue: PendingReport[] = [];
  private flushing = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly i18n: LocaleController,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.flush();
  }

  /** The input as the model accepted it (migrated, trimmed), or `undefined` when absent or rejected. */
  usable<V>(path: string, input: unknown, validate: (input: unknown) => ParseResult<V>, optional = true): V | undefined {
    if (optional && (input === undefined || input === null)) return undefined;
    let known = this.checked.get(path);
    if (!known || known.input !== input) {
      known = { input, result: safely(validate, input) };
      this.checked.set(path, known);
      if (!known.result.ok) this.report(known.result.issues[0]!, path);
    }
    return known.result.ok ? (known.result.value as V) : undefined;
  }

  /** The records of a list the model accepts; each one it rejects is reported once and left out. */
  records<R>(path: string, input: unknown, validate: (input: unknown) => ParseResult<R>): R[] {
    if (input === undefined || input === null) return [];
    if (!Array.isArray(input)) {
      this.usable(path, input, () => ({ ok: false, issues: [{ code: 'invalid_type', path: [], params: { expected: 'array' } }] }));
      return [];
    }
    return input.flatMap((record, index) => this.usable<R>(`${path}.${index}`, record, validate, false) ?? []);
  }

  /** Queues one issue with host input for `spire-error`; the data itself never leaves the widget. */
  report(issue: ModelIssue, under = '', source: 'value' | 'config' = 'config'): void {
    this.queue.push({ issue, path: pathKey([...(under ? [under] : []), ...issue.path]), source });
    // Outside an update (a setter, a form callback) nothing else would flush the queue.
    void this.host.updateComplete.then(() => this.flush());
  }

  private flush(): void {
    if (this.flushing) return;
    this.flushing = true;
    try {
      while (this.queue.length) {
        const { issue, path, source } = this.queue.shift()!;
        emit(this.host, 'spire-error', { source, path, code: issue.code, message: issueMessage(issue, this.i18n.t, this.i18n.locale) });
      }
    } finally {
      this.flushing = false;
    }
  }
}

/** A validator that throws (hostile input past the model's guards) counts as a rejection, never a crash. */
function safely<V>(validate: (input: unknown) => ParseResult<V>, input: unknown): ParseResult<V> {
  try {
    return validate(input);
  } catch {
    return { ok: false, issues: [{ code: 'invalid_type', path: [], params: {} }] };
  }
}
