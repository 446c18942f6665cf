import { LitElement, type PropertyValues, html } from 'lit';
import { Beredskab, parseWith } from '@spire/model';
import { state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { LocaleController, type StringOverrides, checkStringOverrides, isLocaleLoaded } from '../i18n/i18n.js';
import { HostInputController } from '../controllers/host-input.js';
import { type SpireConfig, configContext, stringsContext } from '../context.js';
import { themeStyles } from '../theme.js';
import { keepInputEventsInside } from '../input-events.js';

/**
 * The lower layer of every Spire element: language (its own i18next instance, `lang` resolved up the
 * tree), the host's string overrides and the municipality's configuration from `<spire-provider>`,
 * host-input checking (`spire-error`), and the theme. Views that only display — the group overview, a
 * status view — extend it directly; widgets that edit a record extend `SpireRecordElement` on top of it.
 */
export abstract class SpireElement extends LitElement {
  static override styles = [themeStyles];

  /** Host string overrides from `<spire-provider strings>`. */
  @consume({ context: stringsContext, subscribe: true }) @state() protected strings?: StringOverrides;
  /** The municipality's configuration from `<spire-provider config>`. */
  @consume({ context: configContext, subscribe: true }) @state() protected config?: SpireConfig;

  protected readonly i18n = new LocaleController(this);
  /** Everything the host gives, checked by the model before use; rejections reported with `spire-error`. */
  protected readonly hostInput = new HostInputController(this, this.i18n);

  override connectedCallback(): void {
    super.connectedCallback();
    keepInputEventsInside(this.ownerDocument.defaultView);
  }

  /**
   * Parts this render needs that load on demand (child mode, the trend): the update waits for them, so
   * `updateComplete` means the whole widget is there.
   */
  protected partsNeeded(): Promise<unknown>[] {
    return [];
  }

  protected override async scheduleUpdate(): Promise<void> {
    const parts = [...(isLocaleLoaded(this.i18n.locale) ? [] : [this.i18n.ensureLoaded()]), ...this.partsNeeded()];
    if (parts.length) {
      try {
        await Promise.all(parts);
      } catch {
        // A chunk that cannot load (offline, blocked) leaves that part out; the rest still renders.
      }
    }
    super.scheduleUpdate();
  }

  /** The municipality's beredskab from the provider's configuration, when the model accepts it. */
  protected get beredskab(): Beredskab | undefined {
    return this.hostInput.usable('beredskab', this.config?.beredskab, (input) => parseWith(Beredskab, input));
  }

  /** A polite live region; `announce()` puts text in it. Render it once, always. */
  protected renderLiveRegion() {
    return html`<div class="visually-hidden live-region" role="status" aria-live="polite" aria-atomic="true"></div>`;
  }

  /**
   * Says `text` in the live region once the update under way is done. The text is set on the region, not
   * rendered: a message is no reason to render the whole widget again (on a map of hundreds of people,
   * that would double the cost of every move).
   */
  protected announce(text: string): void {
    const region = () => this.renderRoot?.querySelector?.('.live-region');
    // Clearing first makes a repeated message be read again.
    const now = region();
    if (now) now.textContent = '';
    void this.updateComplete.then(() => {
      const after = region();
      if (after) after.textContent = text;
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.i18n.setOverrides(this.hostInput.usable('strings', this.strings, checkStringOverrides));
  }
}
