import i18next, { type i18n, type TOptions } from 'i18next';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ParseResult } from '@spire/model';
import { da } from '../../locales/da/index.js';

export const SUPPORTED_LOCALES = ['da', 'en'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'da';

/** Host overrides of any string, per locale, in the same nested shape as our resources. */
export type StringOverrides = Partial<Record<Locale, Record<string, unknown>>>;

const NS = 'spire';

/**
 * Our own i18next instance: never the host's global one, whose configuration and language belong to
 * the host. Danish is bundled and loaded synchronously; another language is a chunk of its own, loaded
 * the first time an element resolves to it (`loadLocale`), and elements hold their update until it is
 * there, so no key and no wrong language ever renders.
 */
const base: i18n = i18next.createInstance();
base.init({
  resources: {},
  ns: [NS],
  defaultNS: NS,
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...SUPPORTED_LOCALES],
  initAsync: false,
  returnNull: false,
  returnEmptyString: false,
  interpolation: { escapeValue: false }, // Lit escapes on render; escaping twice would show entities.
  showSupportNotice: false,
} as Parameters<i18n['init']>[0]);

type Bundle = Record<string, unknown>;
type Loaders = Partial<Record<Locale, () => Promise<Bundle>>>;

/**
 * The string areas on the page: the base's (shared, issues, drafts, controls, provider) and each
 * widget's own, registered by the widget's modules (`registerStrings`), so a page that shows one widget
 * carries no other widget's text. Danish comes with the area; other languages load on first use.
 */
const areas = new Map<string, Loaders>();
/** `locale:area` pairs whose strings are in `base`, and the loads under way. */
const loadedAreas = new Set<string>();
const loading = new Map<string, Promise<void>>();
/** Bumped whenever strings are added: copies with host overrides and cached translators are then stale. */
let generation = 0;

/**
 * Adds an area of strings: Danish at once, other languages when an element first needs them. Idempotent
 * (a second copy of a widget on the page registers nothing twice). `area` is the key path the strings go
 * under (`wellbeing`, or `wellbeing.overview` for a part of it a module shows alone); `''` for the base,
 * whose bundles hold several top-level keys.
 */
export function registerStrings(area: string, danish: Bundle, loaders: Loaders): void {
  if (areas.has(area)) return;
  areas.set(area, loaders);
  base.addResourceBundle(DEFAULT_LOCALE, NS, underArea(area, danish), true, true);
  loadedAreas.add(`${DEFAULT_LOCALE}:${area}`);
  generation++;
}

/** True when every registered area's strings are loaded for a language. */
export function isLocaleLoaded(locale: Locale): boolean {
  for (const area of areas.keys()) if (!loadedAreas.has(`${locale}:${area}`)) return false;
  return true;
}

/**
 * Loads a language's strings for every registered area (each once). Never rejects: a chunk that cannot
 * load (offline, blocked) leaves that text in Danish, the fallback, rather than a broken widget.
 */
export function loadLocale(locale: Locale): Promise<void> {
  const pending: Promise<void>[] = [];
  for (const [area, loaders] of areas) {
    const key = `${locale}:${area}`;
    const loader = loaders[locale];
    if (loadedAreas.has(key) || !loader) continue;
    let load = loading.get(key);
    if (!load) {
      load = loader()
        .then((bundle) => {
          base.addResourceBundle(locale, NS, underArea(area, bundle), true, true);
          loadedAreas.add(key);
          generation++;
        })
        .catch(() => undefined);
      loading.set(key, load);
    }
    pending.push(load);
  }
  return Promise.all(pending).then(() => undefined);
}

/** A bundle placed at its area's key path: `wellbeing.overview` nests it in `wellbeing`, beside the rest. */
function underArea(area: string, bundle: Bundle): Bundle {
  return area ? area.split('.').reduceRight<Bundle>((inner, key) => ({ [key]: inner }), bundle) : bundle;
}

registerStrings('', da, { en: () => import('../../locales/en/index.js').then((module) => module.en as Bundle) });

const withOverrides = new WeakMap<StringOverrides, { instance: i18n; generation: number }>();

function instanceFor(overrides?: StringOverrides): i18n {
  if (!overrides) return base;
  let known = withOverrides.get(overrides);
  if (!known || known.generation !== generation) {
    const instance = base.cloneInstance({ forkResourceStore: true, initAsync: false } as Parameters<i18n['cloneInstance']>[0]);
    for (const locale of SUPPORTED_LOCALES) {
      const bundle = overrides[locale];
      if (bundle) instance.addResourceBundle(locale, NS, bundle, true, true);
    }
    known = { instance, generation };
    withOverrides.set(overrides, known);
  }
  return known.instance;
}

/**
 * Host string overrides as i18next can take them: per supported locale a plain object of strings and
 * nested objects. Anything else (a string, a number, a locale we do not speak, a non-string leaf) is
 * rejected with the path of the first problem, and the built-in strings stay in force.
 */
export function checkStringOverrides(input: unknown): ParseResult<StringOverrides> {
  const fail = (path: (string | number)[], expected: string): ParseResult<StringOverrides> => ({ ok: false, issues: [{ code: 'invalid_type', path, params: { expected } }] });
  if (!isPlainObject(input)) return fail([], 'object');
  const walk = (value: unknown, path: string[], depth: number): ParseResult<StringOverrides> | undefined => {
    if (typeof value === 'string') return undefined;
    if (!isPlainObject(value) || depth > 8) return fail(path, 'string');
    for (const [key, inner] of Object.entries(value)) {
      const problem = walk(inner, [...path, key], depth + 1);
      if (problem) return problem;
    }
    return undefined;
  };
  for (const [locale, bundle] of Object.entries(input)) {
    if (!(SUPPORTED_LOCALES as readonly string[]).includes(locale)) return { ok: false, issues: [{ code: 'invalid_value', path: [locale], params: { allowed: [...SUPPORTED_LOCALES] } }] };
    if (!isPlainObject(bundle)) return fail([locale], 'object');
    const problem = walk(bundle, [locale], 0);
    if (problem) return problem;
  }
  return { ok: true, value: input as StringOverrides };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

export type Translate = (key: string, options?: TOptions) => string;

/** A translate function for one locale, honouring host overrides. */
export function translator(locale: Locale, overrides?: StringOverrides): Translate {
  const fixed = instanceFor(overrides).getFixedT(locale, NS);
  // A render asks for the same plain strings again and again, and i18next resolves each one anew: a
  // translator lives for one language and one set of strings, so a string without options is looked up once.
  const plain = new Map<string, string>();
  return (key, options) => {
    if (options) return fixed(key, options) as string;
    let text = plain.get(key);
    if (text === undefined) plain.set(key, (text = fixed(key) as string));
    return text;
  };
}

/** True when the key exists in our resources (used by tests that scan for raw keys). */
export function hasKey(key: string, locale: Locale = DEFAULT_LOCALE): boolean {
  return base.exists(key, { lng: locale, ns: NS });
}

/**
 * A translation filled in many times over (a label per person on a map of hundreds): i18next resolves it
 * once, with markers where the values go, and each fill is a join of strings.
 */
export function fillable<K extends string>(t: Translate, key: string, names: readonly K[]): (values: Record<K, string>) => string {
  // Private-use characters: never in our strings, and a value is never read back for markers.
  const text = t(key, Object.fromEntries(names.map((name, i) => [name, `\u{E000}${i}\u{E001}`])));
  const pieces = text.split(/\u{E000}(\d+)\u{E001}/u);
  return (values) => {
    let out = pieces[0]!;
    for (let i = 1; i < pieces.length; i += 2) out += values[names[Number(pieces[i])]!] + pieces[i + 1]!;
    return out;
  };
}

/** `da-DK` → `da`; anything we do not speak → `undefined`. */
export function normalizeLocale(value: unknown): Locale | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  const primary = value.trim().toLowerCase().split(/[-_]/)[0];
  return (SUPPORTED_LOCALES as readonly string[]).includes(primary ?? '') ? (primary as Locale) : undefined;
}

/**
 * The element's language: its own `lang`, else the nearest ancestor with `lang` (crossing shadow roots),
 * else `<html lang>`, else Danish. A language we do not speak falls back to Danish.
 */
export function resolveLocale(element: Element): Locale {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      return normalizeLocale(node.getAttribute('lang')) ?? DEFAULT_LOCALE;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return normalizeLocale(document.documentElement.lang) ?? DEFAULT_LOCALE;
}

// One observer for the whole document: any `lang` change anywhere may change some element's locale.
const langListeners = new Set<() => void>();
let langObserver: MutationObserver | undefined;

function watchLang(listener: () => void): () => void {
  langListeners.add(listener);
  if (!langObserver) {
    langObserver = new MutationObserver(() => langListeners.forEach((notify) => notify()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    langListeners.delete(listener);
    if (langListeners.size === 0) {
      langObserver?.disconnect();
      langObserver = undefined;
    }
  };
}

/**
 * Keeps a host's locale current. Re-renders the host when its resolved language changes, whether the
 * change is on the element, an ancestor or `<html>`. `overrides` come from the provider when there is one.
 */
export class LocaleController implements ReactiveController {
  locale: Locale = DEFAULT_LOCALE;
  /** Settles when the current language's strings are loaded; elements hold their update until then. */
  ready: Promise<void> = Promise.resolve();
  private overrides?: StringOverrides;
  private cached?: { t: Translate; generation: number };

  /** Translates in the element's language, with the host's overrides and every area registered so far. */
  get t(): Translate {
    if (!this.cached || this.cached.generation !== generation) this.cached = { t: translator(this.locale, this.overrides), generation };
    return this.cached.t;
  }
  private unwatch?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh();
    this.unwatch = watchLang(() => this.refresh());
  }

  hostDisconnected(): void {
    this.unwatch?.();
    this.unwatch = undefined;
  }

  setOverrides(overrides: StringOverrides | undefined): void {
    if (overrides === this.overrides) return;
    this.overrides = overrides;
    this.cached = undefined;
    this.host.requestUpdate();
  }

  /** Re-reads the language; call after a property that affects it changes. */
  refresh(): void {
    const next = resolveLocale(this.host);
    if (next === this.locale) return;
    this.locale = next;
    this.cached = undefined;
    this.host.requestUpdate();
    this.ensureLoaded();
  }

  /** Loads the language's strings when some are missing (a new area, or the first English element). */
  ensureLoaded(): Promise<void> {
    if (isLocaleLoaded(this.locale)) return Promise.resolve();
    const locale = this.locale;
    this.ready = loadLocale(locale).then(() => {
      if (this.locale === locale) this.host.requestUpdate();
    });
    return this.ready;
  }

  formatDate(value: string | Date | undefined, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
    return formatDate(value, this.locale, options);
  }

  formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(value, this.locale, options);
  }
}

/** A number as the locale writes it: 8.000 in Danish, 8,000 in English. */
export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale(locale), options).format(value);
}

export function intlLocale(locale: Locale): string {
  return locale === 'da' ? 'da-DK' : 'en-GB';
}

/**
 * Dates through Intl. A bare `YYYY-MM-DD` is a calendar date, not an instant: format it at noon UTC in
 * UTC so it never shifts a day in a host's time zone.
 */
export function formatDate(value: string | Date | undefined, locale: Locale, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  if (value === undefined || value === '') return '';
  const calendarDate = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = calendarDate ? new Date(`${value}T12:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return String(value);
  return dateFormat(intlLocale(locale), calendarDate ? { ...options, timeZone: 'UTC' } : options).format(date);
}

/** Formatters are costly to make and the same few are asked for on every render: made once each. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

/** The first letter in upper case, as a choice's label begins ("Skole", "SFO"). */
export function capitalize(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
