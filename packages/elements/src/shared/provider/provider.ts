import { LitElement, css, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import type { Author, ChildRef, SpireRecord } from '@spire/model';
import { LocaleController, type StringOverrides, normalizeLocale, SUPPORTED_LOCALES } from '../i18n/i18n.js';
import { HostInputController } from '../controllers/host-input.js';
import { type SpireConfig, authorContext, childContext, configContext, draftStoreContext, recordsContext, stringsContext } from '../context.js';
import type { DraftStore } from '../drafts/draft-store.js';

/**
 * Gives every Spire widget inside it the same context: language, string overrides, the professional,
 * the child, the municipality's configuration, the draft store and the child's earlier records (for
 * trends and prefill). Widgets also work without it, with their own properties and defaults.
 *
 * @tag spire-provider
 * @slot - The widgets (and any other content) that share this context.
 * @fires spire-error - `{ source: 'config', path: 'locale', code, message }` for a language Spire does not speak.
 */
export class SpireProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /**
   * `da` or `en`; set as `lang` on the provider so every widget inside resolves it. Anything else is
   * reported with `spire-error` (path `locale`) and the language stays as it was.
   */
  @property({ reflect: true }) locale?: string;

  /** Host overrides of any string, per locale, in the shape of Spire's resources. */
  @provide({ context: stringsContext }) @property({ attribute: false }) strings?: StringOverrides;

  /** The professional who writes (name, role, institution — work details only). */
  @provide({ context: authorContext }) @property({ attribute: false }) author?: Author;

  /** The child: the host's opaque id and a display name, never a CPR number. */
  @provide({ context: childContext }) @property({ attribute: false }) child?: ChildRef;

  /** The municipality's configuration: instrument, recipients, language rules, beredskab, holidays. */
  @provide({ context: configContext }) @property({ attribute: false }) config?: SpireConfig;

  /** Where drafts are saved. By default each widget uses the embedded IndexedDB store; `null` turns drafts off. */
  @provide({ context: draftStoreContext }) @property({ attribute: false }) store?: DraftStore | null;

  /** The child's earlier records, for trends across rounds and for prefilling a referral. */
  @provide({ context: recordsContext }) @property({ attribute: false }) records?: readonly SpireRecord[];

  private readonly i18n = new LocaleController(this);
  private readonly hostInput = new HostInputController(this, this.i18n);

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale')) {
      const locale = normalizeLocale(this.locale);
      if (locale) this.setAttribute('lang', locale);
      else if (this.locale === undefined || this.locale === null) this.removeAttribute('lang');
      else this.hostInput.report({ code: 'invalid_value', path: [], params: { allowed: [...SUPPORTED_LOCALES] } }, 'locale');
    }
  }

  override render() {
    return html`<slot></slot>`;
  }
}
