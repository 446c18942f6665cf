/// <reference types="mocha" />
// The form-lifecycle suite every Spire widget runs: a widget is a real form control or it is nothing.
import { aTimeout, expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { SpireRecord } from '@spire/model';
import { MemoryDraftStore } from '../shared/drafts/memory-store.js';

export interface FormLifecycleOptions {
  /** The widget's tag, already defined. */
  tag: string;
  /** A record that is valid to submit. */
  validValue: () => SpireRecord;
  /** A record the widget must refuse to submit. */
  invalidValue: () => SpireRecord;
  /** Values of the right kind whose structure is broken, each with the path `spire-error` must name. */
  hostileValues?: (valid: SpireRecord) => { value: unknown; path: string }[];
}

/** Broken values every record kind must refuse with a path (the widget adds its own through `hostileValues`). */
function commonHostileValues(valid: SpireRecord): { value: unknown; path: string }[] {
  const cyclic: Record<string, unknown> = { ...structuredClone(valid) };
  cyclic.self = cyclic;
  const throwingGetter = { ...structuredClone(valid) };
  Object.defineProperty(throwingGetter, 'author', { enumerable: true, get: () => { throw new Error('no'); } });
  return [
    { value: { ...structuredClone(valid), status: 'weird' }, path: 'status' },
    { value: { ...structuredClone(valid), status: '__proto__' }, path: 'status' },
    { value: { ...structuredClone(valid), status: 'toString' }, path: 'status' },
    { value: { ...structuredClone(valid), author: null }, path: 'author' },
    { value: { ...structuredClone(valid), history: [null] }, path: 'history.0' },
    { value: { ...structuredClone(valid), id: 12345 }, path: 'id' },
    { value: cyclic, path: 'self' },
    { value: throwingGetter, path: 'author' },
    { value: new Proxy({}, { ownKeys: () => { throw new Error('no'); } }), path: '' },
  ];
}

/** Types one character into the widget's first text field, as a user would. */
async function typeInFirstField(el: HTMLElement, text = 'x'): Promise<void> {
  const field = el.shadowRoot!.querySelector<HTMLElement>('spire-text-area, textarea, input[type=text]')!;
  field.focus();
  await sendKeys({ type: text });
}

type FormWidget = HTMLElement & {
  value?: SpireRecord;
  store?: unknown;
  updateComplete: Promise<boolean>;
  formStateRestoreCallback(state: string, reason: string): void;
  checkValidity(): boolean;
};

export function runFormLifecycleSuite(options: FormLifecycleOptions): void {
  const tag = unsafeStatic(options.tag);

  async function formWith(value: SpireRecord, disabled = false) {
    const form = await fixture<HTMLFormElement>(
      staticHtml`<form><fieldset ?disabled=${disabled}><${tag} name="record" .store=${new MemoryDraftStore()} .value=${value}></${tag}></fieldset><button>Send</button></form>`,
    );
    const el = form.querySelector(options.tag) as FormWidget;
    await el.updateComplete;
    return { form, el, fieldset: form.querySelector('fieldset')! };
  }

  describe(`form lifecycle: <${options.tag}>`, () => {
    it('has FormData current inside an input listener (set with each edit, not after the render)', async () => {
      const { form, el } = await formWith(options.validValue());
      const seen: string[] = [];
      el.addEventListener('input', () => seen.push(String(new FormData(form).get('record'))));
      await typeInFirstField(el, 'Qz7');
      expect(seen.length).to.be.greaterThan(0);
      // The listener of the last keystroke already sees all three characters.
      expect(seen.at(-1)).to.contain('Qz7');
    });

    it('has FormData current right after the value setter', async () => {
      const { form, el } = await formWith(options.validValue());
      const other = { ...options.validValue(), id: 'set-by-host' };
      el.value = other;
      expect(JSON.parse(String(new FormData(form).get('record'))).id).to.equal('set-by-host');
    });

    it('is invalid (valueMissing) when required and without a record', async () => {
      const form = await fixture<HTMLFormElement>(staticHtml`<form><${tag} name="record" required .store=${null}></${tag}></form>`);
      const el = form.querySelector(options.tag) as FormWidget & { validity: ValidityState; willValidate: boolean };
      await el.updateComplete;
      expect(el.value).to.equal(undefined);
      expect(el.willValidate).to.equal(true);
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.checkValidity()).to.equal(false);
      expect(el.matches(':state(required)')).to.equal(true);
    });

    it('never lets an older draft replace a newer value', async () => {
      const store = new MemoryDraftStore();
      const value = options.validValue();
      const older = { ...value, updatedAt: '2000-01-01T00:00:00.000Z', status: 'draft' };
      await store.put(`spire:${value.kind}:${value.id}`, older);
      const el = await fixture<FormWidget>(staticHtml`<${tag} .store=${store} .value=${value}></${tag}>`);
      await el.updateComplete;
      await aTimeout(20);
      expect(el.value!.updatedAt).to.equal(value.updatedAt);
    });

    it('hides shown errors again on form.reset()', async () => {
      const { form, el } = await formWith(options.invalidValue());
      form.addEventListener('submit', (event) => event.preventDefault());
      form.requestSubmit();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.error-summary')).to.exist;
      form.reset();
      await el.updateComplete;
      expect(Boolean(el.shadowRoot!.querySelector('.error-summary')), 'summary after reset').to.equal(false);
      expect(el.shadowRoot!.querySelectorAll('.field-error').length, 'field errors after reset').to.equal(0);
      expect(el.matches(':state(user-invalid)')).to.equal(false);
    });

    it('saves a completed record again only after a change, as amended with an amended history entry', async () => {
      const { el } = await formWith(options.validValue());
      const widget = el as FormWidget & { submit(): Promise<SpireRecord | undefined> };
      const first = await widget.submit();
      expect(first!.status).to.equal(first!.kind === 'referral' ? first!.status : 'completed');
      await el.updateComplete;
      const root = el.shadowRoot!;
      const button = root.querySelector<HTMLButtonElement>('.actions button.primary');
      if (button) {
        // The shared shell: the confirmation has focus, and the button now saves a correction, after a change.
        expect(root.activeElement?.classList.contains('completed'), 'focus on the confirmation').to.equal(true);
        expect(button.textContent!.trim()).to.match(/^(Gem rettelse|Save correction)$/);
        expect(button.disabled, 'nothing to save yet').to.equal(true);
      }
      expect(await widget.submit(), 'nothing changed: no second entry').to.equal(undefined);
      expect(el.value!.history.length).to.equal(first!.history.length);
      await typeInFirstField(el, ' Rettet.');
      if (button) expect(button.disabled, 'a change to save').to.equal(false);
      const second = await widget.submit();
      expect(second, 'second submit').to.exist;
      expect(second!.history.at(-1)!.action).to.equal('amended');
      if (second!.kind !== 'referral') expect(second!.status).to.equal('amended');
      expect(second!.history.length).to.equal(first!.history.length + 1);
    });

    it('keeps the record open, draft and all, when the host cancels spire-submit', async () => {
      const store = new MemoryDraftStore();
      const value = { ...options.validValue(), status: 'draft' } as SpireRecord;
      const el = await fixture<FormWidget & { submit(): Promise<SpireRecord | undefined> }>(staticHtml`<${tag} .store=${store} .value=${value}></${tag}>`);
      await typeInFirstField(el, 'k');
      el.addEventListener('spire-submit', (event) => event.preventDefault());
      expect(await el.submit()).to.equal(undefined);
      expect(el.value!.status).to.equal('draft');
      await aTimeout(600);
      expect(await store.get(`spire:${value.kind}:${value.id}`), 'draft kept').to.exist;
    });

    it('flushes a pending draft when it is removed from the page, without an explicit flush', async () => {
      const store = new MemoryDraftStore();
      const value = options.validValue();
      const el = await fixture<FormWidget>(staticHtml`<${tag} .store=${store} .value=${value}></${tag}>`);
      await typeInFirstField(el, 'z');
      el.remove();
      await aTimeout(0);
      const saved = await store.get<SpireRecord>(`spire:${value.kind}:${value.id}`);
      expect(saved, 'draft saved on disconnect').to.exist;
      expect(JSON.stringify(saved!.value)).to.contain('z');
    });

    it('blocks the form with setCustomValidity, like a native control', async () => {
      const { form, el } = await formWith(options.validValue());
      const widget = el as FormWidget & { setCustomValidity(m: string): void; validationMessage: string; validity: ValidityState };
      widget.setCustomValidity('Vælg en modtager først');
      expect(widget.checkValidity()).to.equal(false);
      expect(widget.validity.customError).to.equal(true);
      expect(widget.validationMessage).to.equal('Vælg en modtager først');
      expect(form.checkValidity()).to.equal(false);
      widget.setCustomValidity('');
      expect(widget.checkValidity()).to.equal(true);
    });

    it('belongs to the form named by form="id", and knows its labels', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        staticHtml`<div><form id="elsewhere"></form><label for="w">Vurdering</label><${tag} id="w" form="elsewhere" name="record" .store=${null} .value=${options.validValue()}></${tag}></div>`,
      );
      const el = wrapper.querySelector(options.tag) as FormWidget & { form: HTMLFormElement | null; labels: NodeList };
      await el.updateComplete;
      expect(el.form).to.equal(wrapper.querySelector('#elsewhere'));
      expect(new FormData(el.form!).has('record')).to.equal(true);
      expect([...el.labels].map((l) => l.textContent)).to.deep.equal(['Vurdering']);
    });

    it('takes optional fields sent as null as absent, and submits', async () => {
      const valid = options.validValue();
      const { form, el } = await formWith({ ...valid, author: { ...valid.author, institution: null } } as unknown as SpireRecord);
      expect(el.checkValidity()).to.equal(true);
      expect(String(new FormData(form).get('record'))).not.to.contain('null');
    });

    it('refuses every broken value with spire-error and a path, stays usable and never changes the host object', async function () {
      // A fresh widget and a keystroke for each broken value, in two languages: longer than one test's usual 10 s on a busy machine.
      this.timeout(40_000);
      const valid = options.validValue();
      for (const lang of ['da', 'en']) {
        document.documentElement.setAttribute('lang', lang);
        for (const { value, path } of [...commonHostileValues(valid), ...(options.hostileValues?.(valid) ?? [])]) {
          const { el } = await formWith(valid);
          const errors: { path: string; code: string; message: string; source: string }[] = [];
          el.addEventListener('spire-error', (e) => errors.push((e as CustomEvent).detail));
          let snapshot = '';
          try {
            snapshot = JSON.stringify(value);
          } catch {
            snapshot = 'unserializable';
          }
          el.value = value as SpireRecord;
          await el.updateComplete;
          await aTimeout(0);
          expect(errors.map((e) => [e.source, e.path]), `${lang} ${path}`).to.deep.include(['value', path]);
          for (const error of errors) expect(error.message, error.path).to.be.a('string').and.not.match(/^[a-z_.]+$|undefined|\[object/);
          expect(el.value!.id, `${path}: keeps the record it had`).to.equal(valid.id);
          const text = el.shadowRoot!.textContent!;
          expect(text, `${path}: no broken text`).not.to.match(/undefined|\[object Object\]|function |NaN/);
          await typeInFirstField(el, 'y');
          let after = '';
          try {
            after = JSON.stringify(value);
          } catch {
            after = 'unserializable';
          }
          expect(after, `${path}: host object unchanged`).to.equal(snapshot);
        }
      }
      document.documentElement.setAttribute('lang', 'da');
    });

    it('makes ids without a secure context (no crypto.randomUUID)', async () => {
      const original = crypto.randomUUID;
      Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true, writable: true });
      try {
        const el = await fixture<FormWidget>(
          staticHtml`<${tag} .store=${null} .author=${{ name: 'Mette Holm', role: 'pædagog' }} .child=${{ id: 'c-1', displayName: 'Ida', context: 'skole' }}></${tag}>`,
        );
        await el.updateComplete;
        expect(el.value, 'a fresh record').to.exist;
        expect(el.value!.id).to.match(/^[A-Za-z0-9._:-]+$/);
      } finally {
        Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true, writable: true });
      }
    });

    it('saves drafts in the embedded default store when none is configured, and none with store = null', async () => {
      const value = { ...options.validValue(), id: `default-store-${Date.now()}` } as SpireRecord;
      const el = await fixture<FormWidget>(staticHtml`<${tag} .value=${value}></${tag}>`);
      const saved = oneEvent(el, 'spire-draft-saved');
      await typeInFirstField(el, 'd');
      const { detail } = await saved;
      expect(['indexeddb', 'memory']).to.include(detail.store);
      expect(detail.store).to.equal('indexeddb');
      const off = await fixture<FormWidget>(staticHtml`<${tag} .store=${null} .value=${{ ...value, id: `${value.id}-off` }}></${tag}>`);
      let savedOff = false;
      off.addEventListener('spire-draft-saved', () => (savedOff = true));
      await typeInFirstField(off, 'd');
      await aTimeout(600);
      expect(savedOff).to.equal(false);
    });

    it('is accessible inside a form', async () => {
      const { el } = await formWith(options.validValue());
      await expect(el).to.be.accessible();
    });

    it('puts the record in FormData as JSON under its name when the form is submitted', async () => {
      const valid = options.validValue();
      const { form, el } = await formWith(valid);
      expect(el.checkValidity()).to.equal(true);
      let submitted = false;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted = true;
        const json = new FormData(form).get('record');
        expect(json).to.be.a('string');
        const record = JSON.parse(json as string) as SpireRecord;
        expect(record.id).to.equal(valid.id);
        expect(record.kind).to.equal(valid.kind);
      });
      form.requestSubmit();
      expect(submitted).to.equal(true);
    });

    it('blocks the submit of an invalid record and moves focus to the error summary', async () => {
      const { form, el } = await formWith(options.invalidValue());
      expect(el.checkValidity()).to.equal(false);
      let submitted = false;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted = true;
      });
      form.requestSubmit();
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(submitted).to.equal(false);
      const summary = el.shadowRoot!.querySelector('.error-summary');
      expect(summary, 'error summary').to.exist;
      expect(el.shadowRoot!.activeElement).to.equal(summary);
      expect(summary!.textContent).to.match(/Fejl:|Error:/);
      expect(el.matches(':state(user-invalid)')).to.equal(true);
    });

    it('returns to the first value on form.reset()', async () => {
      const valid = options.validValue();
      const { form, el } = await formWith(valid);
      el.value = options.invalidValue();
      await el.updateComplete;
      form.reset();
      await el.updateComplete;
      expect(el.value!.id).to.equal(valid.id);
      expect(JSON.stringify(el.value)).to.equal(JSON.stringify(valid));
    });

    it('is disabled by a disabled fieldset, and then leaves FormData out', async () => {
      const { form, el, fieldset } = await formWith(options.validValue(), true);
      expect(el.matches(':disabled')).to.equal(true);
      expect(new FormData(form).has('record')).to.equal(false);
      const controls = () => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input, textarea, select, button')];
      expect(controls().length).to.be.greaterThan(0);
      expect(controls().filter((c) => !c.matches(':disabled') && !c.readOnly).map((c) => c.outerHTML.slice(0, 80)), 'inner controls disabled').to.deep.equal([]);
      fieldset.disabled = false;
      await el.updateComplete;
      expect(el.matches(':disabled')).to.equal(false);
      expect(controls().some((c) => !c.matches(':disabled'))).to.equal(true);
      expect(new FormData(form).has('record')).to.equal(true);
    });

    it('restores its state from the browser (back/forward, autocomplete)', async () => {
      const valid = options.validValue();
      const { el } = await formWith(options.invalidValue());
      el.formStateRestoreCallback(JSON.stringify(valid), 'restore');
      await el.updateComplete;
      expect(el.value!.id).to.equal(valid.id);
      expect(el.checkValidity()).to.equal(true);
    });

    it('reports unusable host input with spire-error and keeps working', async () => {
      const { el } = await formWith(options.validValue());
      const event = oneEvent(el, 'spire-error');
      el.value = { kind: 'something-else' } as unknown as SpireRecord;
      const { detail } = await event;
      expect(detail).to.include({ source: 'value', code: 'unknown_kind', path: 'kind' });
      expect(detail.message).to.be.a('string').and.not.match(/^[a-z_]+$/);
      await el.updateComplete;
      expect(el.value?.kind).to.equal(options.validValue().kind);
    });
  });
}
