import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AgeBand, ChildItem } from '@spire/model';
import './define.js';
import type { ChildAnswerDetail, ChildHousesDetail, SpireWellbeingChildView } from './child-view.js';
import type { SpireSmileyScale } from './smiley-scale.js';
import { inlineStyleAttributes } from '../../../../../test/csp.js';
import { DEVICE_VOICES, listenToSpeech } from '../../shared/speech-testing.js';

const items: ChildItem[] = [
  { id: 'friends', text: { da: 'Hvordan har du det, når du leger med de andre?', en: 'How do you feel when you play with the others?' } },
  { id: 'home', text: { da: 'Hvordan har du det, når du er derhjemme?', en: 'How do you feel when you are at home?' } },
];

interface Options {
  ageBand?: AgeBand;
  method?: string;
  readers?: string;
  ratings?: Record<string, number | 'dont-know'>;
  houses?: ChildHousesDetail;
  items?: ChildItem[];
}

async function view(options: Options = {}): Promise<SpireWellbeingChildView> {
  const el = await fixture<SpireWellbeingChildView>(
    html`<spire-wellbeing-child-view
      .items=${options.items ?? items}
      .ratings=${options.ratings ?? {}}
      .ageBand=${options.ageBand}
      .method=${options.method}
      .houses=${options.houses}
      .readers=${options.readers}
    ></spire-wellbeing-child-view>`,
  );
  await settle(el);
  return el;
}

async function settle(el: SpireWellbeingChildView): Promise<void> {
  await el.updateComplete;
  const scale = scaleOf(el);
  if (scale) await scale.updateComplete;
}

const root = (el: SpireWellbeingChildView) => el.shadowRoot!;
const q = <E extends Element = HTMLElement>(el: SpireWellbeingChildView, selector: string) => root(el).querySelector<E & Element>(selector);
const scaleOf = (el: SpireWellbeingChildView) => q<SpireSmileyScale>(el, 'spire-smiley-scale');
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const faceWords = (el: SpireWellbeingChildView) => [...scaleOf(el)!.shadowRoot!.querySelectorAll('label.face-option')].map((l) => text(l));
const radios = (el: SpireWellbeingChildView) => [...scaleOf(el)!.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const dontKnowOption = (el: SpireWellbeingChildView) => scaleOf(el)!.shadowRoot!.querySelector<HTMLLabelElement>('label.dont-know-option');
const next = (el: SpireWellbeingChildView) => q<HTMLButtonElement>(el, '.nav button.primary')!;
/** What has focus inside the view, as `tag#id.class` (a string, so a failure reads well). */
const name = (node: Element | null | undefined) => (node ? `${node.localName}${node.id ? `#${node.id}` : ''}${[...node.classList].map((c) => `.${c}`).join('')}` : 'nothing');
const activeInView = (el: SpireWellbeingChildView) => name(root(el).activeElement);

/** Collects what would be spoken, without sound; restores the real speech synthesis afterwards. */
async function withSpeech(run: (spoken: { text: string; lang: string }[]) => Promise<void>, voices = DEVICE_VOICES): Promise<void> {
  const speech = listenToSpeech(voices);
  const spoken: { text: string; lang: string }[] = [];
  const listening = window.speechSynthesis.speak;
  window.speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
    listening.call(window.speechSynthesis, u);
    spoken.push({ text: u.text, lang: u.lang });
  };
  try {
    await run(spoken);
  } finally {
    speech.restore();
  }
}

/** Runs a test with `<html lang="en">`, and puts the page language back after. */
async function inEnglish(run: () => Promise<void>): Promise<void> {
  const before = document.documentElement.lang;
  document.documentElement.lang = 'en';
  try {
    await run();
  } finally {
    document.documentElement.lang = before;
  }
}

/** Every button, face, option and text box is at least 44 × 44 px (WCAG 2.5.5). */
function smallTargets(el: SpireWellbeingChildView): string[] {
  const targets = [
    ...root(el).querySelectorAll('button, textarea'),
    ...(scaleOf(el) ? scaleOf(el)!.shadowRoot!.querySelectorAll('label.face-option, label.dont-know-option') : []),
  ];
  return targets
    .filter((t) => {
      const box = t.getBoundingClientRect();
      return box.width < 44 || box.height < 44;
    })
    .map((t) => `${t.localName}.${t.className}: ${text(t)}`);
}

describe('<spire-wellbeing-child-view>: questions and "ved ikke"', () => {
  it('shows one question at a time with five faces and "Ved ikke / vil ikke svare" set apart, and takes focus only when asked', async () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    const el = await view();
    expect(document.activeElement, 'a page that opens in child mode keeps its focus (and scroll)').to.equal(outside);
    outside.remove();
    await el.focusFirst();
    await expect(el).to.be.accessible();
    expect(text(q(el, 'h2'))).to.equal('Hvordan har du det?');
    expect(text(q(el, '.progress'))).to.equal('Spørgsmål 1 af 2');
    const question = q(el, '#question')!;
    expect(question.localName).to.equal('h3');
    expect(question.getAttribute('tabindex')).to.equal('-1');
    expect(question.textContent).to.equal('Hvordan har du det, når du leger med de andre?');
    expect(activeInView(el)).to.equal('h3#question.question');

    expect(faceWords(el)).to.deep.equal(['Meget ked af det', 'Lidt ked af det', 'Midt imellem', 'Glad', 'Meget glad']);
    const dontKnow = dontKnowOption(el)!;
    expect(text(dontKnow.querySelector('span:not(.mark)'))).to.equal('Ved ikke / vil ikke svare');
    expect(Boolean(dontKnow.querySelector('svg')), 'no face drawn for "ved ikke"').to.equal(false);
    expect(Boolean(dontKnow.closest('.faces')), 'not one of the faces').to.equal(false);
    // One radio group: the five faces and "ved ikke"; nothing chosen yet.
    expect(radios(el).map((r) => [r.name, r.value])).to.deep.equal([...['1', '2', '3', '4', '5', 'dont-know'].map((v) => ['smiley', v])]);
    expect(radios(el).some((r) => r.checked)).to.equal(false);
    // Set apart: below the faces, not in their row.
    const lastFace = scaleOf(el)!.shadowRoot!.querySelectorAll('label.face-option')[4]!.getBoundingClientRect();
    expect(dontKnow.getBoundingClientRect().top).to.be.greaterThan(lastFace.bottom);
    expect(inlineStyleAttributes(el)).to.deep.equal([]);
  });

  it('answers "ved ikke" by keyboard in the same radio group, as its own answer (value dont-know)', async () => {
    const el = await view();
    const answers: ChildAnswerDetail[] = [];
    el.addEventListener('child-answer', (e) => answers.push((e as CustomEvent<ChildAnswerDetail>).detail));
    scaleOf(el)!.focus();
    await sendKeys({ press: 'Space' });
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(answers.at(-1)).to.deep.equal({ itemId: 'friends', value: 'dont-know' });
    expect(scaleOf(el)!.value).to.equal('dont-know');
    expect(radios(el).find((r) => r.checked)!.value).to.equal('dont-know');
    // Chosen is shown by more than colour: a thicker solid border and bold text.
    const style = getComputedStyle(dontKnowOption(el)!);
    expect(style.borderTopStyle).to.equal('solid');
    expect(style.borderTopWidth).to.equal('4px');
    expect(Number(style.fontWeight)).to.be.at.least(700);
    await expect(el).to.be.accessible();
    expect(inlineStyleAttributes(el)).to.deep.equal([]);
  });

  it('answers "ved ikke" by pointer too, and keeps it apart from a question left unanswered', async () => {
    const el = await view();
    const answers: ChildAnswerDetail[] = [];
    el.addEventListener('child-answer', (e) => answers.push((e as CustomEvent<ChildAnswerDetail>).detail));
    dontKnowOption(el)!.click();
    await settle(el);
    expect(answers).to.deep.equal([{ itemId: 'friends', value: 'dont-know' }]);
    next(el).click();
    await settle(el);
    // The next question is unanswered: nothing chosen, not even "ved ikke", and no answer sent for it.
    expect(q(el, '#question')!.textContent).to.equal('Hvordan har du det, når du er derhjemme?');
    expect(scaleOf(el)!.value).to.equal(undefined);
    expect(radios(el).some((r) => r.checked)).to.equal(false);
    expect(answers).to.have.length(1);
    // Back again: "ved ikke" is still the answer.
    q<HTMLButtonElement>(el, '.nav button:not(.primary)')!.click();
    await settle(el);
    expect(radios(el).find((r) => r.checked)?.value).to.equal('dont-know');
  });

  it('shows answers given earlier, "dont-know" included, from ratings', async () => {
    const el = await view({ ratings: { friends: 'dont-know', home: 4 } });
    expect(radios(el).find((r) => r.checked)?.value).to.equal('dont-know');
    next(el).click();
    await settle(el);
    expect(radios(el).find((r) => r.checked)?.value).to.equal('4');
  });

  it('sends a face as a number', async () => {
    const el = await view();
    const answer = oneEvent(el, 'child-answer');
    scaleOf(el)!.shadowRoot!.querySelectorAll<HTMLLabelElement>('label.face-option')[3]!.click();
    expect((await answer).detail).to.deep.equal({ itemId: 'friends', value: 4 });
  });

  it('is used by keyboard: Tab to the read-aloud button and the faces, Enter for next, focus on the new question', async () => {
    const el = await view();
    await el.focusFirst();
    expect(activeInView(el)).to.equal('h3#question.question');
    await sendKeys({ press: 'Tab' });
    expect(activeInView(el)).to.equal('button.read-aloud');
    await sendKeys({ press: 'Tab' });
    expect(activeInView(el)).to.equal('spire-smiley-scale');
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(scaleOf(el)!.value).to.equal(1);
    await sendKeys({ press: 'Tab' }); // the group is one tab stop: on to "Tilbage" (disabled) → "Næste"
    expect(activeInView(el)).to.equal('button.primary');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(text(q(el, '.progress'))).to.equal('Spørgsmål 2 af 2');
    expect(activeInView(el)).to.equal('h3#question.question');
    expect(next(el).textContent!.trim()).to.equal('Færdig');
  });

  it('has touch targets of at least 44 px in every state', async () => {
    const el = await view();
    expect(smallTargets(el)).to.deep.equal([]);
    const small = await view({ ageBand: 'small' });
    expect(smallTargets(small)).to.deep.equal([]);
    const houses = await view({ method: 'three-houses' });
    expect(smallTargets(houses)).to.deep.equal([]);
    const end = await view({ items: [] });
    expect(smallTargets(end)).to.deep.equal([]);
  });
});

describe('<spire-wellbeing-child-view>: focus', () => {
  it('focusFirst() moves focus to the question heading', async () => {
    const el = await view();
    q<HTMLButtonElement>(el, '.read-aloud')!.focus();
    expect(activeInView(el)).to.equal('button.read-aloud');
    await el.focusFirst();
    expect(activeInView(el)).to.equal('h3#question.question');
  });

  it('focusFirst() goes to the end screen heading when there is nothing to ask', async () => {
    const el = await view({ items: [] });
    await el.focusFirst();
    expect(activeInView(el)).to.equal('h2#end-title');
    q<HTMLButtonElement>(el, '.thanks button')!.focus();
    await el.focusFirst();
    expect(activeInView(el)).to.equal('h2#end-title');
  });
});

describe('<spire-wellbeing-child-view>: age bands', () => {
  it('small: three bigger faces, bigger buttons, and words for a small child and the adult beside them', async () => {
    const el = await view({ ageBand: 'small' });
    await expect(el).to.be.accessible();
    expect(el.getAttribute('age-band')).to.equal('small');
    expect(text(q(el, '.intro'))).to.equal(
      'Vi kigger på nogle ansigter sammen. Du kan pege på det ansigt, der passer, og så trykker den voksne for dig. Du må gerne sige „ved ikke“.',
    );
    expect(faceWords(el)).to.deep.equal(['Meget ked af det', 'Midt imellem', 'Meget glad']);
    expect(radios(el).map((r) => r.value)).to.deep.equal(['1', '3', '5', 'dont-know']);
    const faceBox = scaleOf(el)!.shadowRoot!.querySelector('label.face-option')!.getBoundingClientRect();
    expect(faceBox.height).to.be.at.least(160);
    expect(next(el).getBoundingClientRect().height).to.be.at.least(64);

    const school = await view({ ageBand: 'school' });
    const schoolBox = scaleOf(school)!.shadowRoot!.querySelector('label.face-option')!.getBoundingClientRect();
    expect(faceBox.width * faceBox.height).to.be.greaterThan(schoolBox.width * schoolBox.height);

    const answer = oneEvent(el, 'child-answer');
    scaleOf(el)!.shadowRoot!.querySelectorAll<HTMLLabelElement>('label.face-option')[2]!.click();
    expect((await answer).detail).to.deep.equal({ itemId: 'friends', value: 5 });
  });

  it('small: an answer given earlier on five faces (2 or 4) is still shown', async () => {
    const el = await view({ ageBand: 'small', ratings: { friends: 2 } });
    expect(radios(el).map((r) => r.value)).to.deep.equal(['1', '2', '3', '5', 'dont-know']);
    expect(radios(el).find((r) => r.checked)?.value).to.equal('2');
  });

  it('school is the default: five faces and the school-age intro', async () => {
    const el = await view();
    expect(text(q(el, '.intro'))).to.equal('Der er ingen rigtige eller forkerte svar. Du kan springe et spørgsmål over eller svare „ved ikke“.');
    expect(faceWords(el)).to.have.length(5);
  });

  it('young: a respectful tone for 13–25, five faces, and the choice to skip', async () => {
    const el = await view({ ageBand: 'young' });
    await expect(el).to.be.accessible();
    expect(text(q(el, 'h2'))).to.equal('Hvordan har du det?');
    const intro = text(q(el, '.intro'));
    expect(intro).to.equal(
      'Der er ingen rigtige eller forkerte svar, og du bestemmer selv, hvad du svarer på. Du kan springe over eller vælge „Ved ikke / vil ikke svare“.',
    );
    expect(intro).not.to.match(/voksne|pege/);
    expect(faceWords(el)).to.have.length(5);
  });

  it('speaks English in every band', async () => {
    await inEnglish(async () => {
      const small = await view({ ageBand: 'small' });
      expect(text(q(small, 'h2'))).to.equal('How are you?');
      expect(text(q(small, '.intro'))).to.equal(
        'Let us look at some faces together. You can point at the face that fits, and the grown-up presses it for you. It is fine to say “don\'t know”.',
      );
      expect(faceWords(small)).to.deep.equal(['Very sad', 'In between', 'Very happy']);
      expect(text(dontKnowOption(small)!.querySelector('span:not(.mark)'))).to.equal("Don't know / rather not say");
      expect(q(small, '#question')!.textContent).to.equal('How do you feel when you play with the others?');
      const young = await view({ ageBand: 'young' });
      expect(text(q(young, '.intro'))).to.equal(
        'There are no right or wrong answers, and you decide what you answer. You can skip or choose “Don\'t know / rather not say”.',
      );
      expect(text(q(young, '.progress'))).to.equal('Question 1 of 2');
      await expect(young).to.be.accessible();
    });
  });
});

describe('<spire-wellbeing-child-view>: read aloud', () => {
  it('reads the question and the answer words in Danish, only when the button is pressed', () =>
    withSpeech(async (spoken) => {
      const el = await view();
      scaleOf(el)!.shadowRoot!.querySelector<HTMLLabelElement>('label.face-option')!.click();
      next(el).click();
      await settle(el);
      expect(spoken, 'nothing is read by itself').to.deep.equal([]);
      q<HTMLButtonElement>(el, '.read-aloud')!.click();
      await aTimeout(0);
      expect(spoken).to.deep.equal([
        {
          text: 'Hvordan har du det, når du er derhjemme? Du kan svare: Meget ked af det, Lidt ked af det, Midt imellem, Glad, Meget glad, ved ikke, eller vil ikke svare.',
          lang: 'da-DK',
        },
      ]);
    }));

  it('reads the three answers the youngest see', () =>
    withSpeech(async (spoken) => {
      const el = await view({ ageBand: 'small' });
      q<HTMLButtonElement>(el, '.read-aloud')!.click();
      await aTimeout(0);
      expect(spoken.map((s) => s.text)).to.deep.equal([
        'Hvordan har du det, når du leger med de andre? Du kan svare: Meget ked af det, Midt imellem, Meget glad, ved ikke, eller vil ikke svare.',
      ]);
    }));

  it('reads in English when the page is English', () =>
    inEnglish(() =>
      withSpeech(async (spoken) => {
        const el = await view();
        expect(spoken).to.deep.equal([]);
        expect(text(q(el, '.read-aloud'))).to.equal('Read aloud');
        q<HTMLButtonElement>(el, '.read-aloud')!.click();
        await aTimeout(0);
        expect(spoken).to.deep.equal([
          {
            text: "How do you feel when you play with the others? You can answer: Very sad, A bit sad, In between, Happy, Very happy, don't know, or rather not say.",
            lang: 'en-GB',
          },
        ]);
      }),
    ));

  it('reads a house and its question in De tre huse', () =>
    withSpeech(async (spoken) => {
      const el = await view({ method: 'three-houses' });
      expect(spoken).to.deep.equal([]);
      q<HTMLButtonElement>(el, '.read-aloud')!.click();
      await aTimeout(0);
      expect(spoken).to.deep.equal([{ text: 'Bekymringernes hus. Hvad er svært? Hvad bekymrer dig, eller hvad er du ked af?', lang: 'da-DK' }]);
    }));
});

describe('<spire-wellbeing-child-view>: no voice on the device', () => {
  it('says nothing rather than use a network voice, and tells the adult why', () =>
    withSpeech(
      async (spoken) => {
        const el = await view();
        q<HTMLButtonElement>(el, '.read-aloud')!.click();
        await aTimeout(0);
        await settle(el);
        expect(spoken).to.deep.equal([]);
        expect(text(q(el, '.no-voice'))).to.equal('Oplæsning kræver en stemme på denne enhed.');
      },
      [{ name: 'Google dansk', lang: 'da-DK', localService: false }],
    ));
});

describe('<spire-wellbeing-child-view method="three-houses">', () => {
  it('shows the three houses one at a time, with a drawing, the name as text and a large text box for the child’s words', async () => {
    const el = await view({ method: 'three-houses' });
    await el.focusFirst();
    await expect(el).to.be.accessible();
    expect(text(q(el, 'h2'))).to.equal('De tre huse');
    expect(text(q(el, '.progress'))).to.equal('Hus 1 af 3');
    expect(q(el, '#question')!.textContent).to.equal('Bekymringernes hus');
    expect(activeInView(el)).to.equal('h3#question.question');
    expect(q(el, 'svg.house-drawing')!.getAttribute('aria-hidden')).to.equal('true');
    expect(Boolean(q(el, 'spire-smiley-scale')), 'no faces with the houses').to.equal(false);
    const box = q<HTMLTextAreaElement>(el, 'textarea')!;
    expect(box.labels[0]!.textContent).to.equal('Dine egne ord');
    expect(text(q(el, '#words-hint'))).to.equal('Skriv barnets egne ord, præcis som barnet siger dem.');
    expect(box.getAttribute('aria-describedby')).to.equal('prompt words-hint');
    expect(box.getBoundingClientRect().height).to.be.at.least(150);
    expect(inlineStyleAttributes(el)).to.deep.equal([]);

    const names: string[] = [];
    for (let i = 0; i < 3; i++) {
      names.push(q(el, '#question')!.textContent!);
      if (i < 2) {
        next(el).click();
        await settle(el);
      }
    }
    expect(names).to.deep.equal(['Bekymringernes hus', 'De gode tings hus', 'Drømmenes hus']);
    expect(next(el).textContent!.trim()).to.equal('Færdig');
  });

  it('sends all three houses, verbatim, as the adult writes', async () => {
    const el = await view({ method: 'three-houses', houses: { dreams: 'en hund' } });
    const sent: ChildHousesDetail[] = [];
    el.addEventListener('child-houses', (e) => sent.push((e as CustomEvent<ChildHousesDetail>).detail));
    q<HTMLTextAreaElement>(el, 'textarea')!.focus();
    await sendKeys({ type: 'når mor  råber' });
    expect(sent.at(-1)).to.deep.equal({ worries: 'når mor  råber', dreams: 'en hund' });
    next(el).click();
    await settle(el);
    const good = q<HTMLTextAreaElement>(el, 'textarea')!;
    expect(good.value).to.equal('');
    good.focus();
    await sendKeys({ type: 'Bo' });
    expect(sent.at(-1)).to.deep.equal({ worries: 'når mor  råber', goodThings: 'Bo', dreams: 'en hund' });
    next(el).click();
    await settle(el);
    expect(q<HTMLTextAreaElement>(el, 'textarea')!.value).to.equal('en hund');
    // Back to the first house: the words are still there; emptied, the house is left out.
    q<HTMLButtonElement>(el, '.nav button:not(.primary)')!.click();
    await settle(el);
    q<HTMLButtonElement>(el, '.nav button:not(.primary)')!.click();
    await settle(el);
    const worries = q<HTMLTextAreaElement>(el, 'textarea')!;
    expect(worries.value).to.equal('når mor  råber');
    worries.value = '';
    worries.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(sent.at(-1)).to.deep.equal({ goodThings: 'Bo', dreams: 'en hund' });
  });

  it('speaks English, with the young person’s hint for young people', async () => {
    await inEnglish(async () => {
      const el = await view({ method: 'three-houses', ageBand: 'young' });
      expect(text(q(el, 'h2'))).to.equal('The three houses');
      expect(q(el, '#question')!.textContent).to.equal('House of worries');
      expect(text(q(el, '#words-hint'))).to.equal("Write the young person's own words, exactly as they are said.");
      expect(text(q(el, '.progress'))).to.equal('House 1 of 3');
      await expect(el).to.be.accessible();
    });
  });

  it('ends after the third house', async () => {
    const el = await view({ method: 'three-houses', readers: 'Mette Holm (pædagog)' });
    for (let i = 0; i < 3; i++) {
      next(el).click();
      await settle(el);
    }
    expect(text(q(el, '.thanks h2'))).to.equal('Tak fordi du svarede!');
    expect(activeInView(el)).to.equal('h2#end-title');
    await expect(el).to.be.accessible();
  });
});

describe('<spire-wellbeing-child-view>: the end screen', () => {
  async function finished(options: Options) {
    const el = await view({ ...options, items: [items[0]!] });
    next(el).click();
    await settle(el);
    return el;
  }

  it('says who reads the answers, takes focus, and goes back when asked', async () => {
    const el = await finished({ readers: 'Mette Holm (pædagog)' });
    await expect(el).to.be.accessible();
    expect(text(q(el, '.thanks h2'))).to.equal('Tak fordi du svarede!');
    expect(text(q(el, '.readers'))).to.equal(
      'Dine svar bliver læst af Mette Holm (pædagog) og de andre voksne, der arbejder sammen om, at du har det godt. Dine forældre kan også få dem at se.',
    );
    expect(activeInView(el)).to.equal('h2#end-title');
    expect(inlineStyleAttributes(el)).to.deep.equal([]);
    await sendKeys({ press: 'Tab' });
    expect(activeInView(el)).to.equal('button.primary');
    const done = oneEvent(el, 'child-done');
    await sendKeys({ press: 'Enter' });
    await done;
  });

  it('without readers, says it without a name', async () => {
    const el = await finished({});
    expect(text(q(el, '.readers'))).to.equal(
      'Dine svar bliver læst af de voksne, der arbejder sammen om, at du har det godt. Dine forældre kan også få dem at se.',
    );
  });

  it('is worded for the youngest and for young people', async () => {
    const small = await finished({ ageBand: 'small', readers: 'Mette Holm (pædagog)' });
    expect(text(q(small, '.thanks h2'))).to.equal('Tak fordi du var med!');
    expect(text(q(small, '.readers'))).to.equal('Mette Holm (pædagog) og de andre voksne, der passer på dig, får dine svar at se. Dine forældre må også gerne se dem.');
    const young = await finished({ ageBand: 'young', readers: 'Ali Demir (UU-vejleder)' });
    expect(text(q(young, '.thanks h2'))).to.equal('Tak for dine svar');
    expect(text(q(young, '.readers'))).to.equal(
      'Dine svar læses af Ali Demir (UU-vejleder) og de andre fagpersoner, der arbejder sammen med dig om, at du har det godt. Er du under 18, kan dine forældre også få dem at se.',
    );
    const youngNoName = await finished({ ageBand: 'young' });
    expect(text(q(youngNoName, '.readers'))).to.equal(
      'Dine svar læses af de fagpersoner, der arbejder sammen med dig om, at du har det godt. Er du under 18, kan dine forældre også få dem at se.',
    );
    await expect(young).to.be.accessible();
  });

  it('speaks English', async () => {
    await inEnglish(async () => {
      const el = await finished({ readers: 'Mette Holm (pedagogue)' });
      expect(text(q(el, '.thanks h2'))).to.equal('Thank you for answering!');
      expect(text(q(el, '.readers'))).to.equal(
        'Your answers will be read by Mette Holm (pedagogue) and the other grown-ups who work together so that you are doing well. Your parents can see them too.',
      );
      expect(text(q(el, '.thanks button'))).to.equal('Back to the assessment');
      const young = await finished({ ageBand: 'young' });
      expect(text(q(young, '.readers'))).to.equal(
        'Your answers are read by the professionals working with you so that you are doing well. If you are under 18, your parents can see them too.',
      );
      await expect(el).to.be.accessible();
    });
  });
});
