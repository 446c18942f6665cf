import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ModelIssue } from '@spire/model';
import { type Locale, type Translate, formatDate, formatNumber, hasKey } from '../i18n/i18n.js';

/** A stable key for a field: `['dimensions', 2, 'justification']` → `dimensions.2.justification`. */
export function pathKey(path: readonly (string | number)[]): string {
  return path.join('.');
}

/** An id for the field's element in the widget's shadow root. */
export function fieldId(key: string): string {
  return `field-${key.replace(/[^A-Za-z0-9_-]/g, '-') || 'record'}`;
}

const ENUM_PARAMS: Record<string, string> = { position: 'controls.position' };

/**
 * A localized message for one model issue, with limits, names and enum values filled in. An unknown
 * code gets a general message: the raw code never reaches the user.
 */
export function issueMessage(issue: ModelIssue, t: Translate, locale: Locale): string {
  const params: Record<string, unknown> = { ...issue.params };
  for (const [param, prefix] of Object.entries(ENUM_PARAMS)) {
    const value = params[param];
    if (typeof value === 'string' && hasKey(`${prefix}.${value}`, locale)) params[param] = t(`${prefix}.${value}`).toLocaleLowerCase(locale);
  }
  if (typeof params.after === 'string') params.after = formatDate(params.after, locale);
  if (Array.isArray(params.keys)) params.keys = params.keys.join(', ');
  for (const bound of ['minimum', 'maximum'] as const) {
    if (typeof params[bound] === 'number') params[bound] = formatNumber(params[bound] as number, locale);
  }
  const list = issue.params.origin === 'array';
  const code = list && issue.code === 'too_small' ? 'too_small_array' : list && issue.code === 'too_big' ? 'too_big_array' : issue.code;
  return hasKey(`issues.${code}`, locale) ? t(`issues.${code}`, params) : t('issues.generic');
}

/**
 * Which issues the user should see now. Errors appear beside a field once the user has interacted with
 * it, and all of them after a submit attempt — never while someone is still typing their first word.
 */
export class ValidationController implements ReactiveController {
  issues: ModelIssue[] = [];
  submitted = false;
  private readonly touched = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  set(issues: ModelIssue[]): void {
    this.issues = issues;
  }

  /** The user has interacted with a field: its errors (and those of fields inside it) may show. */
  touch(...keys: string[]): void {
    let changed = false;
    for (const key of keys) {
      if (!this.touched.has(key)) {
        this.touched.add(key);
        changed = true;
      }
    }
    if (changed) this.host.requestUpdate();
  }

  isTouched(key: string): boolean {
    return this.touched.has(key);
  }

  showAll(): void {
    this.submitted = true;
    this.host.requestUpdate();
  }

  reset(): void {
    this.submitted = false;
    this.touched.clear();
    this.host.requestUpdate();
  }

  private visible(issue: ModelIssue): boolean {
    if (this.submitted) return true;
    const key = pathKey(issue.path);
    for (const touched of this.touched) if (key === touched || key.startsWith(`${touched}.`)) return true;
    return false;
  }

  get visibleIssues(): ModelIssue[] {
    return this.issues.filter((issue) => this.visible(issue));
  }

  visibleIssuesFor(key: string): ModelIssue[] {
    return this.issues.filter((issue) => pathKey(issue.path) === key && this.visible(issue));
  }
}
