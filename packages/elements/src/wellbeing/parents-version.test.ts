import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { type WellbeingCheck, createWellbeingCheck, defaultInstrument } from '@spire/model';
import { exampleAuthor, exampleChild, exampleWellbeingCheck } from '@spire/model/examples';
import { type Locale, formatDate, hasKey, loadLocale, translator } from '../shared/i18n/i18n.js';
import { PARENTS_VERSION, parentsPageText, parentsVersionAvailable, parentsVersionStyles, renderParentsVersion } from './parents-version.js';

// Markup that would run if it were ever parsed as HTML (it sets a flag instead of alert(), which would block the browser).
const HOSTILE = '<img src=x onerror="window.spirePwned=1"><b>fed</b>';

function i18nFor(locale: Locale) {
  return { t: translator(locale), locale, formatDate: (value: string | Date | undefined, options?: Intl.DateTimeFormatOptions) => formatDate(value, locale, options) };
}

function example(patch: Partial<WellbeingCheck> = {}): WellbeingCheck {
  return { ...structuredClone(exampleWellbeingCheck), ...patch };
}

/** The letter rendered by lit into a fixture, with its styles, as a widget's shadow root would hold it. */
async function letter(check: WellbeingCheck = example(), locale: Locale = 'da'): Promise<HTMLElement> {
  if (locale !== 'da') await loadLocale(locale);
  const container = await fixture<HTMLElement>(html`<div lang=${locale}></div>`);
  const sheet = parentsVersionStyles.styleSheet;
  if (sheet && !document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  render(renderParentsVersion(check, defaultInstrument, i18nFor(locale)), container);
  return container;
}

const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const headings = (el: Element, level = 'h3') => [...el.querySelectorAll(level)].map(textOf);

/** What a template shows when something goes wrong: a raw key of ours, undefined, [object Object], NaN, null. */
function problems(el: Element, locale: Locale): string[] {
  const text = textOf(el);
  const keys = (text.match(/\b[a-z][A-Za-z]*(?:\.[A-Za-z0-9_-]+)+\b/g) ?? []).filter((k) => hasKey(k, locale) || /^(wellbeingParents|shared|controls|wellbeing)\./.test(k));
  return [...keys, ...(text.match(/\bundefined\b|\[object Object\]|\bNaN\b|\bnull\b/g) ?? [])];
}

describe('renderParentsVersion', () => {
  after(() => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== parentsVersionStyles.styleSheet)));

  it('renders the example check as an accessible letter to the parents', async () => {
    const el = await letter();
    await expect(el).to.be.accessible();
    expect(textOf(el.querySelector('h2')!)).to.equal('Til forældrene til Ida');
    expect(headings(el)).to.deep.equal(['Det går godt', 'Sådan har Ida det i skolen', 'Det vil vi gerne forstå bedre', 'Det siger Ida selv', 'Det har I fortalt os', 'Det aftaler vi', 'Det sker nu', 'Hvis I vil tale med os']);
    expect(textOf(el)).to.contain('Vurderingen er lavet af Mette Holm (pædagog) og Jonas Berg (lærer).');
    expect(textOf(el)).to.contain(`Skrevet ${formatDate('2026-10-08T13:40:00Z', 'da')}.`);
  });

  it('puts what goes well first: the strengths as written, then the areas that go well before the others', async () => {
    const el = await letter();
    const first = el.querySelector('section')!;
    expect(textOf(first.querySelector('h3')!)).to.equal('Det går godt');
    expect(textOf(first)).to.contain(exampleWellbeingCheck.strengths!.replace(/\s+/g, ' '));
    const areas = [...el.querySelectorAll('.areas > li')].map((li) => textOf(li.querySelector('h4')!));
    // Relationer (the one area with signs to follow) is first in the instrument but comes after the four that go well.
    expect(areas).to.deep.equal(['Følelser og selvværd', 'Leg, læring og deltagelse', 'Krop og sundhed', 'Tryghed og omsorg fra voksne', 'Relationer og fællesskab']);
  });

  it('explains each position in plain words, never as a colour code, and says what we wrote after the explanation', async () => {
    const red = example({ dimensions: exampleWellbeingCheck.dimensions.map((d) => (d.dimensionId === 'feelings' ? { ...d, position: 'red' as const, justification: 'Ida græder tit.' } : d)) });
    const el = await letter(red);
    const text = textOf(el);
    expect(text).to.not.match(/\b(grøn|gul|rød|green|yellow|red)\b/i);
    const area = (label: string) => [...el.querySelectorAll('.areas > li')].find((li) => textOf(li.querySelector('h4')!) === label)!;
    expect(textOf(area('Krop og sundhed').querySelector('.plain')!)).to.equal('Det går godt.');
    const relations = area('Relationer og fællesskab');
    expect(textOf(relations.querySelector('.plain')!)).to.equal('Vi har set nogle tegn, som vi gerne vil følge og hjælpe med.');
    expect(textOf(area('Følelser og selvværd').querySelector('.plain')!)).to.equal('Vi er bekymrede og vil gerne tale med jer om det snarest.');
    // The plain explanation first, then the professionals' own words as written.
    const parts = [...relations.children].map((c) => c.className || c.localName);
    expect(parts).to.deep.equal(['h4', 'plain', 'as-written']);
    expect(textOf(relations.querySelector('.as-written .label')!)).to.equal('Det skrev vi:');
    expect(relations.querySelector('.as-written .text')!.textContent).to.equal(exampleWellbeingCheck.dimensions[0]!.justification);
    expect(textOf(el.querySelector('.overall')!)).to.equal('Samlet set Vi har set nogle tegn, som vi gerne vil følge og hjælpe med.');
    expect(text).to.contain('Det siger noget om hverdagen her – ikke om, hvem Ida er.');
  });

  it('quotes the child’s own words verbatim, in quotation marks', async () => {
    const words = 'Jeg kan godt lide at tegne med Sara.\nI frikvarteret er det  kedeligt.';
    const el = await letter(example({ childPerspective: { ...exampleWellbeingCheck.childPerspective!, ownWords: words } }));
    const quote = el.querySelector('blockquote.quote p')!;
    expect(quote.textContent).to.equal(`„${words}“`);
    // The child's answers on the smiley scale, with the questions as the child heard them.
    const ratings = el.querySelector('.ratings')!;
    expect(textOf(ratings.querySelector('dt')!)).to.equal('Hvordan har du det, når du leger med de andre?');
    expect(textOf(ratings.querySelector('dd')!)).to.equal('Lidt ked af det');
  });

  it('quotes each of the three houses, the good things first', async () => {
    const el = await letter(example({ childPerspective: { method: 'three-houses', threeHouses: { worries: 'Når de siger nej.', goodThings: 'Sara.', dreams: 'En hest.' } } }));
    expect([...el.querySelectorAll('blockquote.quote p')].map((q) => q.textContent)).to.deep.equal(['„Sara.“', '„Når de siger nej.“', '„En hest.“']);
  });

  it('tells what we agree: what, who and when; the parents’ own view as written; and whom to contact', async () => {
    const el = await letter();
    const agreements = [...el.querySelectorAll('.agreements > li')].map(textOf);
    expect(agreements[0]).to.equal(
      `Ida har nogen at lege med i frikvartererne. En voksen sætter en fast leg i gang i to frikvarterer om ugen, hvor Ida og to andre børn er med. Hvem gør det: Mette Holm. Vi taler om, hvordan det går, den ${formatDate('2026-11-06', 'da')}.`,
    );
    expect(agreements).to.have.length(2);
    const texts = [...el.querySelectorAll('.as-written .text')].map((p) => p.textContent);
    expect(texts).to.include(exampleWellbeingCheck.parentPerspective!.view);
    expect(texts).to.include(exampleWellbeingCheck.parentPerspective!.ideas);
    const contact = [...el.querySelectorAll('section')].at(-1)!;
    expect(textOf(contact)).to.contain('Kontakt Mette Holm, pædagog, Østervang Skole.');
    expect(textOf(contact)).to.contain('I har ret til at se alt, hvad vi skriver om Ida.');
  });

  it('tells how last round’s agreements went, with the note as written', async () => {
    const el = await letter(
      example({
        followUps: [
          { recordId: 'wc-2026-1-ida', agreementId: 'agr-0', goal: 'Ida kommer med i legen.', outcome: 'done' },
          { recordId: 'wc-2026-1-ida', agreementId: 'agr-00', goal: 'Fast legeaftale.', outcome: 'not-done', note: 'Sara var syg.' },
        ],
      }),
    );
    const items = [...el.querySelectorAll('.agreements')].at(-1)!.querySelectorAll(':scope > li');
    expect([...items].map(textOf)).to.deep.equal(['Ida kommer med i legen. Det er gjort.', 'Fast legeaftale. Det blev ikke til noget. Det skrev vi: Sara var syg.']);
    expect(problems(el, 'da')).to.deep.equal([]);
    expect(textOf(el)).to.not.contain('wc-2026-1-ida');
  });

  it('shows no ids and no history', async () => {
    const el = await letter();
    const text = textOf(el);
    for (const id of [exampleWellbeingCheck.id, exampleWellbeingCheck.child.id, ...exampleWellbeingCheck.agreements.map((a) => a.id), exampleWellbeingCheck.instrumentId]) expect(text).to.not.contain(id);
    expect(text).to.not.match(/\b(created|completed|edited|amended|oprettet)\b/i);
  });

  it('speaks English', async () => {
    const el = await letter(example(), 'en');
    await expect(el).to.be.accessible();
    expect(textOf(el.querySelector('h2')!)).to.equal('To the parents of Ida');
    expect(headings(el)).to.deep.equal(['What is going well', 'How Ida is doing at school', 'What we would like to understand better', 'What Ida says', 'What you have told us', 'What we agree to do', 'What happens now', 'If you would like to talk with us']);
    const text = textOf(el);
    expect(text).to.contain('We have seen some signs that we would like to keep an eye on and help with.');
    expect(text).to.contain('What we wrote:');
    expect(text).to.contain('The check was made by Mette Holm (pædagog) and Jonas Berg (lærer).');
    expect(text).to.not.match(/\b(Det går godt|Det skrev vi|Kontakt)\b/);
    expect(text).to.not.match(/\b(green|yellow|red)\b/i);
  });

  for (const locale of ['da', 'en'] as const) {
    it(`shows no raw key, undefined, [object Object], NaN or null (${locale}): the example, and a check with almost nothing in it`, async () => {
      expect(problems(await letter(example(), locale), locale)).to.deep.equal([]);
      const empty = createWellbeingCheck({ author: { name: 'Mette Holm', role: 'pædagog' }, child: exampleChild, now: new Date('2026-10-05T08:00:00Z') });
      const el = await letter({ ...empty, nextStep: 'referral', childPerspective: { method: 'declined', reason: 'Ville hellere lege.' } }, locale);
      expect(problems(el, locale)).to.deep.equal([]);
      expect(textOf(el)).to.contain(locale === 'da' ? 'Det her er en kladde.' : 'This is a draft.');
      await expect(el).to.be.accessible();
    });
  }

  it('shows hostile text as text only, never as markup or as strings of ours', async () => {
    const name = `${HOSTILE} {{child}} $t(shared.lang.da)`;
    const check = example({
      child: { ...exampleChild, displayName: name },
      author: { ...exampleAuthor, name: HOSTILE },
      strengths: HOSTILE,
      wonderings: `<script>alert(1)</script>`,
      childPerspective: { method: 'conversation', ownWords: HOSTILE },
      parentPerspective: { informedOn: '2026-10-07', view: HOSTILE },
      agreements: [{ id: 'a', goal: HOSTILE, action: HOSTILE, responsible: HOSTILE, followUpOn: '2026-11-06' }],
      dimensions: exampleWellbeingCheck.dimensions.map((d) => (d.justification ? { ...d, justification: HOSTILE } : d)),
    });
    const el = await letter(check);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.querySelectorAll('img, script, b').length).to.equal(0);
    expect((window as { spirePwned?: number }).spirePwned).to.equal(undefined);
    expect(textOf(el.querySelector('h2')!)).to.equal(`Til forældrene til ${name}`);
    expect(el.querySelector('blockquote.quote p')!.textContent).to.equal(`„${HOSTILE}“`);
    expect(textOf(el)).to.contain(`Kontakt ${HOSTILE}, pædagog`);
    expect(textOf(el)).to.contain('<script>alert(1)</script>');
    expect(textOf(el)).to.not.contain('Dansk');
  });

  it('is not made when abuse by a parent is suspected: the parents are not contacted first', async () => {
    const check = example({ parentPerspective: { notInformedBecause: 'suspected-abuse-by-parent' } });
    expect(parentsVersionAvailable(check)).to.equal(false);
    expect(parentsVersionAvailable(example())).to.equal(true);
    const el = await letter(check);
    expect(textOf(el)).to.match(/^Forældreversionen kan ikke laves: Der er mistanke om overgreb fra en forælder/);
    expect(textOf(el)).to.not.contain(exampleWellbeingCheck.strengths!.slice(0, 20));
    expect(el.querySelector('h3')).to.equal(null);
  });

  it('gives the pages of the letter their own margin text', () => {
    expect(PARENTS_VERSION).to.equal('parents');
    expect(parentsPageText(example(), translator('da'))).to.deep.equal({ child: 'Ida', confidential: 'Til forældrene. Personlige oplysninger om jeres barn.', pageOf: 'Side {{page}} af {{pages}}' });
  });
});
