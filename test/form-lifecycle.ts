// The form-lifecycle suite every Spire widget runs: a widget is a real form control or it is nothing.
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { SpireRecord } from '@spire/model';
import { MemoryDraftStore } from '../packages/elements/src/shared/drafts/memory-store.js';

export interface FormLifecycleOptions {
  /** The widget's tag, already defined. */
  tag: string;
  /** A record that is valid to submit. */
  validValue: () => SpireRecord;
  /** A record the widget must refuse to submit. */
  invalidValue: () => SpireRecord;
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
