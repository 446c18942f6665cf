import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { SpireDateField } from './date-field.js';
import { formatDateText, isCalendarDate, parseDateText } from './date-parse.js';

const input = (el: SpireDateField) => el.shadowRoot!.querySelector('input')!;
const text = (el: SpireDateField, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent!.replace(/\s+/g, ' ').trim();

/** Types one character at a time into the inner input, as the browser does: value, then an input event. */
async function type(el: SpireDateField, characters: string) {
  const field = input(el);
  for (const character of characters) {
    field.value += character;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: character, inputType: 'insertText' }));
    await el.updateComplete;
  }
}
/** Leaves the field after typing: the browser's change event on the inner input. */
async function commit(el: SpireDateField) {
  input(el).dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}
async function clear(el: SpireDateField) {
  input(el).value = '';
  input(el).dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'deleteContentBackward' }));
  await el.updateComplete;
}
/** A `lang` change reaches the element through a MutationObserver; English strings load on first use. */
async function settle(el: SpireDateField) {
  for (let i = 0; i < 3; i++) {
    await aTimeout(0);
    await el.updateComplete;
  }
}

describe('parseDateText', () => {
  const dates: [string, string][] = [
    ['10112026', '2026-11-10'],
    ['10.11.2026', '2026-11-10'],
    ['10-11-2026', '2026-11-10'],
    ['10/11/2026', '2026-11-10'],
    ['10 11 2026', '2026-11-10'],
    ['10,11,2026', '2026-11-10'],
    ['10. 11. 2026', '2026-11-10'],
    [' 10.11.2026 ', '2026-11-10'],
    ['1.2.2026', '2026-02-01'],
    ['01.02.2026', '2026-02-01'],
    ['10.11.26', '2026-11-10'],
    ['101126', '2026-11-10'],
    ['1.2.26', '2026-02-01'],
    ['2026-11-10', '2026-11-10'],
    ['2026-2-1', '2026-02-01'],
    ['29.02.2028', '2028-02-29'],
    ['29.02.2000', '2000-02-29'],
    ['31.12.2026', '2026-12-31'],
    ['', ''],
    ['   ', ''],
  ];
  for (const [typed, iso] of dates) {
    it(`reads "${typed}" as ${iso || 'empty'}`, () => {
      expect(parseDateText(typed)).to.deep.equal({ ok: true, value: iso });
    });
  }

  it('always reads day before month, whatever the browser says (10/11 is 10 November, 02/03 is 2 March)', () => {
    expect(parseDateText('10/11/2026')).to.deep.equal({ ok: true, value: '2026-11-10' });
    expect(parseDateText('02/03/2026')).to.deep.equal({ ok: true, value: '2026-03-02' });
    expect(parseDateText('11102026')).to.deep.equal({ ok: true, value: '2026-10-11' });
  });

  const impossible = ['31.02.2026', '29.02.2026', '29.02.1900', '00.10.2026', '10.13.2026', '10.00.2026', '32.01.2026', '31.04.2026', '31022026', '2026-02-30', '10.11.0026'];
  for (const typed of impossible) {
    it(`calls "${typed}" a day that does not exist, never rolling it over`, () => {
      expect(parseDateText(typed)).to.deep.equal({ ok: false, error: 'impossible' });
    });
  }

  const unreadable = ['10.11.202', '10.11', '1011', '1011202', '101120266', 'i morgen', '10.11.2026x', '10..11.2026', '10.11.2026.5', '2026-11', '+10.11.2026', '١٠.١١.٢٠٢٦'];
  for (const typed of unreadable) {
    it(`cannot read "${typed}" as a date`, () => {
      expect(parseDateText(typed)).to.deep.equal({ ok: false, error: 'format' });
    });
  }

  it('writes a date in each language’s form, day first, and leaves anything else as it is', () => {
    expect(formatDateText('2026-11-10', 'da')).to.equal('10.11.2026');
    expect(formatDateText('2026-02-01', 'da')).to.equal('01.02.2026');
    expect(formatDateText('2026-11-10', 'en')).to.equal('10/11/2026');
    expect(formatDateText('', 'da')).to.equal('');
    expect(formatDateText('2026-02-31', 'da')).to.equal('2026-02-31');
    // What the field writes, it reads back as the same day.
    for (const [, iso] of dates) {
      if (!iso) continue;
      expect(parseDateText(formatDateText(iso, 'da'))).to.deep.equal({ ok: true, value: iso });
      expect(parseDateText(formatDateText(iso, 'en'))).to.deep.equal({ ok: true, value: iso });
    }
  });

  it('knows a calendar date from a string that only looks like one', () => {
    expect(isCalendarDate('2026-11-10')).to.equal(true);
    expect(isCalendarDate('2026-02-31')).to.equal(false);
    expect(isCalendarDate('2026-1-10')).to.equal(false);
    expect(isCalendarDate(undefined)).to.equal(false);
  });
});

describe('<spire-date-field>', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'da'));

  it('is accessible, a numeric text input with a visible Danish format hint, and spells out the date', async () => {
    const el = await fixture<SpireDateField>(html`<spire-date-field label="Opfølgning" hint="Hvornår ser I på det igen?" value="2026-12-01"></spire-date-field>`);
    await expect(el).to.be.accessible();
    const field = input(el);
    expect(field.type).to.equal('text');
    expect(field.getAttribute('inputmode')).to.equal('numeric');
    expect(field.getAttribute('autocomplete')).to.equal('off');
    expect(field.getAttribute('part')).to.equal('input');
    expect(field.value).to.equal('01.12.2026');
    expect(el.shadowRoot!.querySelector('.format [aria-hidden="true"]')!.textContent).to.equal('dd.mm.åååå');
    expect(el.shadowRoot!.querySelector('.format .visually-hidden')!.textContent).to.equal('Dag, måned og år, fx 10.11.2026');
    expect(text(el, '.spelled')).to.equal('tirsdag den 1. december 2026');
    expect(field.getAttribute('aria-describedby')).to.equal('hint format spelled');
    expect(field.getBoundingClientRect().height).to.be.at.least(44);
    const label = el.shadowRoot!.querySelector('label')!;
    expect(label.htmlFor).to.equal(field.id);
  });

  it('reads Danish typing "10112026" as 10 November 2026, keeping the text as typed until it is committed', async () => {
    const el = await fixture<SpireDateField>(html`<spire-date-field label="Opfølgning"></spire-date-field>`);
    const values: string[] = [];
    const changes: string[] = [];
    el.addEventListener('input', () => values.push(el.value));
    el.addEventListener('change', () => changes.push(el.value));
    await type(el, '1011');
    expect(input(el).value).to.equal('1011');
    expect(el.value).to.equal('');
    await type(el, '2026');
    expect(input(el).value).to.equal('10112026');
    expect(el.value).to.equal('2026-11-10');
    expect(values.at(-1)).to.equal('2026-11-10');
    expect(text(el, '.spelled')).to.equal('tirsdag den 10. november 2026');
    expect(el.shadowRoot!.querySelector('.error')).to.equal(null);
    await commit(el);
    expect(input(el).value).to.equal('10.11.2026');
    expect(el.value).to.equal('2026-11-10');
    expect(changes).to.deep.equal(['2026-11-10']);
    await clear(el);
    expect(el.value).to.equal('');
    expect(values.at(-1)).to.equal('');
    expect(el.shadowRoot!.querySelector('.spelled')).to.equal(null);
  });

  it('reads English typing in the same order, day first, and writes it dd/mm/yyyy', async () => {
    const el = await fixture<SpireDateField>(html`<spire-date-field lang="en" label="Follow-up"></spire-date-field>`);
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('.format [aria-hidden="true"]')!.textContent).to.equal('dd/mm/yyyy');
    await type(el, '10112026');
    expect(el.value).to.equal('2026-11-10');
    expect(input(el).value).to.equal('10112026');
    await commit(el);
    expect(input(el).value).to.equal('10/11/2026');
    expect(text(el, '.spelled')).to.equal('Tuesday, 10 November 2026');
    await clear(el);
    await type(el, '1.2.26');
    await commit(el);
    expect(el.value).to.equal('2026-02-01');
    expect(input(el).value).to.equal('01/02/2026');
  });

  it('shows a value set from outside in the language’s form, and follows a new value', async () => {
    const da = await fixture<SpireDateField>(html`<spire-date-field label="Opfølgning" .value=${'2026-03-02'}></spire-date-field>`);
    expect(input(da).value).to.equal('02.03.2026');
    const en = await fixture<SpireDateField>(html`<div lang="en"><spire-date-field label="Follow-up" .value=${'2026-03-02'}></spire-date-field></div>`).then((div) => div.querySelector('spire-date-field')!);
    expect(input(en).value).to.equal('02/03/2026');
    da.value = '2026-12-24';
    await da.updateComplete;
    expect(input(da).value).to.equal('24.12.2026');
    da.value = '';
    await da.updateComplete;
    expect(input(da).value).to.equal('');
  });

  it('rewrites the date when the language changes on an ancestor, leaving half-typed text alone', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="da">
      <spire-date-field id="shown" label="Opfølgning" value="2026-11-10"></spire-date-field>
      <spire-date-field id="typing" label="Samtale"></spire-date-field>
    </div>`);
    const shown = wrapper.querySelector<SpireDateField>('#shown')!;
    const typing = wrapper.querySelector<SpireDateField>('#typing')!;
    await type(typing, '10.11.2');
    wrapper.setAttribute('lang', 'en');
    await settle(shown);
    await settle(typing);
    expect(input(shown).value).to.equal('10/11/2026');
    expect(shown.shadowRoot!.querySelector('.format [aria-hidden="true"]')!.textContent).to.equal('dd/mm/yyyy');
    expect(text(shown, '.spelled')).to.equal('Tuesday, 10 November 2026');
    expect(input(typing).value).to.equal('10.11.2');
    wrapper.setAttribute('lang', 'da');
    await settle(shown);
    expect(input(shown).value).to.equal('10.11.2026');
    expect(shown.value).to.equal('2026-11-10');
  });

  it('keeps text that is not a date, empties the value on commit and shows and announces the error', async () => {
    const el = await fixture<SpireDateField>(html`<spire-date-field label="Opfølgning" value="2026-12-04"></spire-date-field>`);
    const values: string[] = [];
    el.addEventListener('input', () => values.push(el.value));
    await clear(el);
    await type(el, '10.11.202');
    expect(el.shadowRoot!.querySelector('.error')).to.equal(null); // no error while typing
    await commit(el);
    expect(input(el).value).to.equal('10.11.202');
    expect(el.value).to.equal('');
    expect(values.at(-1)).to.equal('');
    expect(text(el, '.error')).to.equal('Fejl: Skriv datoen som dd.mm.åååå, fx 10.11.2026.');
    expect(el.shadowRoot!.querySelector('[aria-live="polite"] .error')).to.not.equal(null);
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(input(el).getAttribute('aria-describedby')).to.equal('format error');
    await expect(el).to.be.accessible();
    // Typing the last digit is enough: the error goes as soon as the text is a date.
    await type(el, '6');
    expect(el.value).to.equal('2026-11-10');
    expect(el.shadowRoot!.querySelector('.error')).to.equal(null);
    expect(input(el).getAttribute('aria-invalid')).to.equal('false');
  });

  it('calls an impossible day an error instead of rolling it over, in both languages', async () => {
    const el = await fixture<SpireDateField>(html`<spire-date-field label="Opfølgning"></spire-date-field>`);
    await type(el, '31.02.2026');
    expect(el.value).to.equal('');
    await commit(el);
    expect(el.value).to.equal('');
    expect(input(el).value).to.equal('31.02.2026');
    expect(text(el, '.error')).to.equal('Fejl: Den dato findes ikke. Tjek dag og måned, fx 10.11.2026.');
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(text(el, '.error')).to.equal('Error: That date does not exist. Check the day and month, e.g. 10/11/2026.');
    expect(input(el).value).to.equal('31.02.2026');
  });

  it('explains a date outside the range, in Danish and English, keeping the date', async () => {
    const el = await fixture<SpireDateField>(html`<spire-date-field label="Opfølgning" min="2026-11-22" max="2027-06-30"></spire-date-field>`);
    await type(el, '01.11.2026');
    await commit(el);
    expect(el.value).to.equal('2026-11-01');
    expect(text(el, '.error')).to.equal('Fejl: Datoen skal være 22. november 2026 eller senere.');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(text(el, '.error')).to.equal('Error: The date must be 22 November 2026 or later.');
    await clear(el);
    await type(el, '1.7.2027');
    await commit(el);
    expect(text(el, '.error')).to.equal('Error: The date must be 30 June 2027 or earlier.');
    await clear(el);
    await type(el, '22.11.2026');
    await commit(el);
    expect(el.shadowRoot!.querySelector('.error')).to.equal(null);
    expect(el.value).to.equal('2026-11-22');
  });

  it('shows the widget’s own error when it has none of its own, with a real space after "Fejl:"', async () => {
    const el = await fixture<SpireDateField>(html`<spire-date-field label="Opfølgning" invalid error-message="Vælg en dato for opfølgning."></spire-date-field>`);
    expect(text(el, '.error')).to.equal('Fejl: Vælg en dato for opfølgning.');
    expect(el.shadowRoot!.querySelector('.error')!.textContent).to.match(/Fejl: /);
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('cannot be changed when read-only or disabled', async () => {
    const el = await fixture<SpireDateField>(html`<spire-date-field label="Opfølgning" readonly value="2026-11-10"></spire-date-field>`);
    expect(input(el).readOnly).to.equal(true);
    expect(input(el).value).to.equal('10.11.2026');
    el.focus();
    await sendKeys({ type: '1' });
    await sendKeys({ press: 'Backspace' });
    expect(input(el).value).to.equal('10.11.2026');
    expect(el.value).to.equal('2026-11-10');
    await expect(el).to.be.accessible();
    const disabled = await fixture<SpireDateField>(html`<spire-date-field label="Opfølgning" disabled value="2026-11-10"></spire-date-field>`);
    expect(input(disabled).disabled).to.equal(true);
  });

  it('is reached with Tab and typed into from the keyboard; leaving it writes the date out', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <button>Før</button>
      <spire-date-field label="Opfølgning"></spire-date-field>
      <button>Efter</button>
    </div>`);
    const el = wrapper.querySelector<SpireDateField>('spire-date-field')!;
    const changes: string[] = [];
    el.addEventListener('change', () => changes.push(el.value));
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    await sendKeys({ type: '10112026' });
    expect(el.value).to.equal('2026-11-10');
    expect(input(el).value).to.equal('10112026');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(document.activeElement).to.equal(wrapper.querySelectorAll('button')[1]);
    expect(input(el).value).to.equal('10.11.2026');
    expect(changes).to.deep.equal(['2026-11-10']);
  });
});
