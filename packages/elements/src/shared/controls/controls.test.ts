import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import './define.js';
import '../../wellbeing/controls/define.js';
import '../../wellbeing/child-mode/define.js';
import type { SpirePositionPicker } from '../../wellbeing/controls/position-picker.js';
import type { SpireSmileyScale } from '../../wellbeing/child-mode/smiley-scale.js';
import type { SpireTextArea } from './text-area.js';
import { ListEditor, listEditorStyles } from './list-editor.js';
import { LocaleController } from '../i18n/i18n.js';
import { defineElement } from '../define-element.js';
import { themeStyles } from '../theme.js';

const checkedValue = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLInputElement>('input:checked')?.value;

describe('<spire-position-picker>', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'da'));

  it('is accessible and chooses with the arrow keys, firing input and change', async () => {
    const el = await fixture<SpirePositionPicker>(html`<spire-position-picker label="Relationer og fællesskab" value="green"></spire-position-picker>`);
    await expect(el).to.be.accessible();
    const changes: string[] = [];
    el.addEventListener('change', () => changes.push(el.value!));
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('input:checked'));
    await sendKeys({ press: 'ArrowRight' });
    expect(el.value).to.equal('yellow');
    await sendKeys({ press: 'ArrowRight' });
    expect(el.value).to.equal('red');
    expect(changes).to.deep.equal(['yellow', 'red']);
    expect(checkedValue(el)).to.equal('red');
  });

  it('names each option with text and a shape, never colour alone', async () => {
    const el = await fixture<SpirePositionPicker>(html`<spire-position-picker label="Leg"></spire-position-picker>`);
    const options = [...el.shadowRoot!.querySelectorAll('label.option')];
    expect(options.map((o) => o.textContent!.trim())).to.deep.equal(['Grøn', 'Gul', 'Rød', 'Ikke vurderet']);
    expect(options.map((o) => o.querySelector('.position-mark svg')!.firstElementChild!.tagName)).to.deep.equal(['circle', 'path', 'rect', 'rect']);
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.contain('Leg');
  });

  it('shows the suggestion and the guidance on demand, in English too', async () => {
    const el = await fixture<SpirePositionPicker>(html`<spire-position-picker lang="en" label="Play" suggested="yellow" .guidance=${{ green: 'Joins in', yellow: 'Pulls back', red: 'Rarely takes part' }}></spire-position-picker>`);
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('.suggested')!.textContent).to.equal('Suggested from the areas: yellow');
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.guidance-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(el.shadowRoot!.querySelector<HTMLElement>('dl.guidance')!.hidden).to.equal(true);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.querySelector('dl.guidance')!.textContent).to.contain('Pulls back');
  });

  it('shows the value as text when read-only, and cannot change when disabled', async () => {
    const ro = await fixture<SpirePositionPicker>(html`<spire-position-picker readonly label="Leg" value="red"></spire-position-picker>`);
    expect(ro.shadowRoot!.querySelector('input')).to.equal(null);
    expect(ro.shadowRoot!.textContent).to.contain('Rød');
    const disabled = await fixture<SpirePositionPicker>(html`<spire-position-picker disabled label="Leg" value="green"></spire-position-picker>`);
    expect([...disabled.shadowRoot!.querySelectorAll('input')].every((i) => i.matches(':disabled'))).to.equal(true);
  });

  it('shows an error with the "Fejl:" prefix, described by it', async () => {
    const el = await fixture<SpirePositionPicker>(html`<spire-position-picker label="Leg" invalid error-message="Vælg en position."></spire-position-picker>`);
    expect(el.shadowRoot!.querySelector('.error')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Fejl: Vælg en position.');
    expect(el.shadowRoot!.querySelector('fieldset')!.getAttribute('aria-describedby')).to.contain('error');
    await expect(el).to.be.accessible();
  });
});

describe('<spire-smiley-scale>', () => {
  it('is accessible, with five faces and words, and works by keyboard', async () => {
    const el = await fixture<SpireSmileyScale>(html`<spire-smiley-scale size="large" label="Hvordan har du det, når du leger?"></spire-smiley-scale>`);
    await expect(el).to.be.accessible();
    const faces = [...el.shadowRoot!.querySelectorAll('label.face-option')];
    expect(faces.map((f) => f.textContent!.trim())).to.deep.equal(['Meget ked af det', 'Lidt ked af det', 'Midt imellem', 'Glad', 'Meget glad']);
    expect(faces[0]!.getBoundingClientRect().height).to.be.at.least(64);
    el.focus();
    await sendKeys({ press: 'Space' });
    expect(el.value).to.equal(1);
    const change = oneEvent(el, 'change');
    await sendKeys({ press: 'ArrowRight' });
    await change;
    expect(el.value).to.equal(2);
  });

  it('speaks English', async () => {
    const el = await fixture<SpireSmileyScale>(html`<spire-smiley-scale lang="en" label="How do you feel?"></spire-smiley-scale>`);
    expect(el.shadowRoot!.querySelector('label.face-option')!.textContent!.trim()).to.equal('Very sad');
  });
});

describe('<spire-text-area>', () => {
  it('is accessible, counts characters and fires input with the value', async () => {
    const el = await fixture<SpireTextArea>(html`<spire-text-area label="Hvad går godt" maxlength="2000" optional></spire-text-area>`);
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.contain('(frivilligt)');
    const values: string[] = [];
    el.addEventListener('input', () => values.push(el.value));
    el.focus();
    await sendKeys({ type: 'Hej' });
    expect(values).to.deep.equal(['H', 'He', 'Hej']);
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.equal('3 af 2.000 tegn');
  });

  it('shows gentle language nudges that never change the text', async () => {
    const el = await fixture<SpireTextArea>(html`<spire-text-area label="Hvad undrer vi os over"></spire-text-area>`);
    el.focus();
    await sendKeys({ type: 'Han er altid umulig' });
    await aTimeout(250);
    await el.updateComplete;
    const nudges = el.shadowRoot!.querySelector('.nudges')!;
    expect([...nudges.querySelectorAll('q')].map((q) => q.textContent)).to.deep.equal(['altid', 'umulig']);
    expect(el.value).to.equal('Han er altid umulig');
    expect(el.shadowRoot!.querySelector('textarea')!.getAttribute('aria-describedby')).to.contain('nudges');
    await expect(el).to.be.accessible();
  });

  it('lets each nudge be dismissed by keyboard, keeps it hidden while typing on, and shows it again', async () => {
    const el = await fixture<SpireTextArea>(html`<spire-text-area label="Hvad undrer vi os over"></spire-text-area>`);
    el.focus();
    await sendKeys({ type: 'Han er altid umulig' });
    await aTimeout(250);
    await el.updateComplete;
    const root = el.shadowRoot!;
    const words = () => [...root.querySelectorAll('.nudges q')].map((q) => q.textContent);
    const first = root.querySelector<HTMLButtonElement>('.nudges .dismiss')!;
    expect(first.getAttribute('aria-label')).to.equal('Skjul forslaget om „altid“');
    first.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(words()).to.deep.equal(['umulig']);
    expect(root.querySelector('[role=status]')!.textContent).to.equal('Forslaget om „altid“ er skjult.');
    const focused = root.activeElement as HTMLElement | null;
    expect(focused?.getAttribute('aria-label'), 'focus moves to the next hint').to.equal('Skjul forslaget om „umulig“');
    expect(root.querySelector('.dismissed')!.textContent).to.contain('1 forslag skjult.');
    // Typing on (the word again, even) keeps the dismissed hint quiet; the text is never changed.
    root.querySelector('textarea')!.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ', Altid.' });
    await aTimeout(250);
    await el.updateComplete;
    expect(words()).to.deep.equal(['umulig']);
    expect(el.value).to.equal('Han er altid umulig, Altid.');
    // The last one dismissed: the text keeps focus, nothing points at hints that are not there.
    const last = root.querySelector<HTMLButtonElement>('.nudges .dismiss')!;
    last.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(words()).to.deep.equal([]);
    expect(root.activeElement === root.querySelector('textarea'), 'focus back in the text').to.equal(true);
    expect(root.querySelector('textarea')!.getAttribute('aria-describedby') ?? '').not.to.contain('nudges');
    await expect(el).to.be.accessible();
    root.querySelector<HTMLButtonElement>('.show-again')!.click();
    await el.updateComplete;
    expect(words()).to.deep.equal(['altid', 'umulig', 'Altid']);
  });

  it('names each dismiss button in English', async () => {
    const el = await fixture<SpireTextArea>(html`<spire-text-area lang="en" label="What we wonder about" .value=${'He is always impossible'}></spire-text-area>`);
    await el.updateComplete;
    const labels = [...el.shadowRoot!.querySelectorAll('.nudges .dismiss')].map((b) => b.getAttribute('aria-label'));
    const words = [...el.shadowRoot!.querySelectorAll('.nudges q')].map((q) => q.textContent);
    expect(labels.length).to.be.greaterThan(0);
    expect(labels).to.deep.equal(words.map((w) => `Hide the suggestion about “${w}”`));
    expect(el.shadowRoot!.querySelector('.nudges .dismiss')!.textContent!.trim()).to.equal('Hide');
  });

  it('shows the nudges for a value the host sets once updateComplete resolves (the check loads on demand)', async () => {
    const el = await fixture<SpireTextArea>(html`<spire-text-area label="Hvad undrer vi os over"></spire-text-area>`);
    el.value = 'Hun er doven';
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('.nudges q')].map((q) => q.textContent)).to.deep.equal(['doven']);
  });

  it('waits longer after a slow check, so checking never crowds typing', async () => {
    const el = await fixture<SpireTextArea>(html`<spire-text-area label="Hvad undrer vi os over"></spire-text-area>`);
    el.value = 'Han er altid';
    await el.updateComplete;
    const words = () => [...el.shadowRoot!.querySelectorAll('.nudges q')].map((q) => q.textContent);
    expect(words()).to.deep.equal(['altid']);
    // Every reading of the clock 40 ms after the last: each check now seems to take 40 ms, five times the
    // 8 ms a check may take before the pause after typing grows (200 ms → 1 s).
    const realNow = performance.now.bind(performance);
    let skew = 0;
    performance.now = () => realNow() + (skew += 40);
    try {
      el.focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ type: ' umulig' });
      await aTimeout(300);
      expect(words(), 'the first check after typing: the usual pause').to.deep.equal(['altid', 'umulig']);
      await sendKeys({ type: ' og doven' });
      await aTimeout(400);
      expect(words(), 'after a slow check, a longer pause').to.deep.equal(['altid', 'umulig']);
      await aTimeout(900);
      await el.updateComplete;
      expect(words()).to.deep.equal(['altid', 'umulig', 'doven']);
    } finally {
      performance.now = realNow;
    }
  });

  it("never corrects the child's own words (verbatim)", async () => {
    const el = await fixture<SpireTextArea>(html`<spire-text-area verbatim label="Barnets egne ord" .value=${'Jeg er altid alene'}></spire-text-area>`);
    await aTimeout(250);
    expect(el.shadowRoot!.querySelector('.nudges')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.hint')!.textContent).to.contain('barnets egne ord');
  });

  it('announces the count only near the limit', async () => {
    const el = await fixture<SpireTextArea>(html`<spire-text-area label="Kort" maxlength="30"></spire-text-area>`);
    el.focus();
    await sendKeys({ type: 'ab' });
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('');
    await sendKeys({ type: 'cdefghijklmnopqrstuvwxyzæøå12' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('Teksten er 1 tegn for lang.');
    expect(el.shadowRoot!.querySelector('.count')!.classList.contains('over')).to.equal(true);
  });

  /** A paste as the browser makes it: the paste event, then the text put in (up to the field's maxlength), then input. */
  function paste(textarea: HTMLTextAreaElement, text: string) {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    textarea.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, composed: true }));
    const room = textarea.maxLength >= 0 ? textarea.maxLength - textarea.value.length : text.length;
    textarea.value += text.slice(0, Math.max(room, 0));
    textarea.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true, composed: true }));
  }

  it('takes a long paste beyond the limit, to be shortened after; cuts only absurd ones, and says so', async () => {
    const el = await fixture<SpireTextArea>(html`<spire-text-area label="Kort" maxlength="30"></spire-text-area>`);
    const textarea = el.shadowRoot!.querySelector('textarea')!;
    // The limit plus as much again, at least 2,000: room to paste and shorten.
    expect(textarea.maxLength).to.equal(2030);
    paste(textarea, 'x'.repeat(100));
    await el.updateComplete;
    expect(el.value).to.have.length(100);
    expect(el.shadowRoot!.querySelector('#paste-cut')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.count')!.classList.contains('over')).to.equal(true);

    paste(textarea, 'y'.repeat(1_000_000));
    await el.updateComplete;
    expect(el.value).to.have.length(2030);
    const notice = el.shadowRoot!.querySelector('#paste-cut')!;
    expect(notice.textContent).to.equal('Den indsatte tekst var for lang til feltet: kun de første 1.930 af 1.000.000 tegn kom med. Resten ligger stadig i udklipsholderen.');
    expect(textarea.getAttribute('aria-describedby')).to.contain('paste-cut');
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal(notice.textContent);
    await expect(el).to.be.accessible();

    // The next edit: the notice has been read; the count says how much is too long.
    textarea.focus();
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#paste-cut')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('Teksten er 1.999 tegn for lang.');
  });

  it('says it in English too', async () => {
    const el = await fixture<SpireTextArea>(html`<spire-text-area lang="en" label="Short" maxlength="10"></spire-text-area>`);
    await el.updateComplete;
    paste(el.shadowRoot!.querySelector('textarea')!, 'z'.repeat(5000));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#paste-cut')!.textContent).to.equal('The pasted text was too long for the field: only the first 2,010 of 5,000 characters went in. The rest is still on your clipboard.');
  });
});

interface Item {
  text: string;
}
class ListHost extends LitElement {
  static override styles = [themeStyles, listEditorStyles];
  items: Item[] = [{ text: 'a' }, { text: 'b' }, { text: 'c' }];
  announced: string[] = [];
  private readonly i18n = new LocaleController(this);
  readonly list = new ListEditor<Item>(this, {
    key: 'items',
    items: () => this.items,
    onChange: (items) => {
      this.items = items;
      this.requestUpdate();
    },
    create: () => ({ text: '' }),
    itemLabel: (_item, index) => `Aftale ${index + 1}`,
    announce: (text) => this.announced.push(text),
    t: () => this.i18n.t,
  });
  override render() {
    return this.list.render(
      (item, index, update) => html`<label for=${`t${index}`}>Mål</label><input id=${`t${index}`} .value=${item.text} @input=${(e: Event) => update({ text: (e.target as HTMLInputElement).value })} />`,
      'Tilføj aftale',
    );
  }
}
defineElement('spire-test-list-host', ListHost);

describe('ListEditor', () => {
  const texts = (el: ListHost) => el.items.map((i) => i.text);

  it('adds, focusing the new item', async () => {
    const el = await fixture<ListHost>(html`<spire-test-list-host></spire-test-list-host>`);
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('.list-add')!.click();
    await el.updateComplete;
    await aTimeout(0);
    expect(el.items).to.have.length(4);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('#t3'));
    expect(el.announced.at(-1)).to.equal('Aftale 4 er tilføjet.');
  });

  it('removes with undo, moving focus sensibly', async () => {
    const el = await fixture<ListHost>(html`<spire-test-list-host></spire-test-list-host>`);
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.list-remove')[1]!.click();
    await el.updateComplete;
    await aTimeout(0);
    expect(texts(el)).to.deep.equal(['a', 'c']);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('#t1'));
    expect(el.shadowRoot!.querySelector('.list-undo')!.textContent).to.contain('Aftale 2 er fjernet.');
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('.list-undo-button')!.click();
    await el.updateComplete;
    await aTimeout(0);
    expect(texts(el)).to.deep.equal(['a', 'b', 'c']);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('#t1'));
    expect(el.shadowRoot!.querySelector('.list-undo')).to.equal(null);
  });

  it('focuses the add button after removing the last item', async () => {
    const el = await fixture<ListHost>(html`<spire-test-list-host></spire-test-list-host>`);
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.list-remove')[2]!.click();
    await el.updateComplete;
    await aTimeout(0);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('.list-add'));
  });

  it('reorders with the move buttons, from the keyboard', async () => {
    const el = await fixture<ListHost>(html`<spire-test-list-host></spire-test-list-host>`);
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.list-down')[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await aTimeout(0);
    expect(texts(el)).to.deep.equal(['b', 'a', 'c']);
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelectorAll('.list-down')[1]);
    expect(el.announced.at(-1)).to.equal('Aftale 1 er flyttet til plads 2.');
    expect(el.shadowRoot!.querySelector('.list-up')!.hasAttribute('disabled')).to.equal(true);
  });
});
