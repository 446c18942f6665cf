/// <reference types="mocha" />
// The hostile-input suite every record widget runs (see hostile.ts for the strings and the checks).
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import { type RecordKind, type SpireRecord, openRecord, parseRecord } from '@spire/model';
import { exampleAuthor, exampleChild } from '@spire/model/examples';
import { MemoryDraftStore } from '../../packages/elements/src/shared/drafts/memory-store.js';
import '../../packages/elements/src/shared/provider/define.js';
import {
  type Inspection,
  type Path,
  PAYLOADS,
  armCanary,
  asField,
  classifyLeaves,
  deepText,
  fieldKey,
  getAt,
  hostileStrings,
  idle,
  injected,
  inspect,
  listenForErrors,
  pageMarginProblems,
  pathKey,
  rounds,
  setAt,
  textFields,
  typeInto,
  userText,
  whilePrinting,
} from './hostile.js';

export type RecordWidget = HTMLElement & {
  value?: SpireRecord;
  updateComplete: Promise<boolean>;
  submit(): Promise<SpireRecord | undefined>;
};

export interface HostileRecordOptions {
  tag: string;
  kind: RecordKind;
  /** Drafts, valid to submit, that together show every text field (a field shown only for one choice needs a draft with that choice). */
  values: () => SpireRecord[];
  /**
   * Places in the widget that show other fields (a step, an open form, child mode), each entered from
   * the widget as it opens. Without them, only where it opens.
   */
  states?: { name: string; enter(el: RecordWidget): Promise<void> }[];
  /** The child's earlier records in the provider (for prefill, trends, follow-ups). */
  records?: () => SpireRecord[];
}

export function runHostileRecordSuite(options: HostileRecordOptions): void {
  const tag = unsafeStatic(options.tag);
  const states = options.states ?? [{ name: 'opened', enter: async () => {} }];

  async function open(value: SpireRecord) {
    const provider = await fixture<HTMLElement>(
      staticHtml`<spire-provider locale="da" .author=${exampleAuthor} .child=${exampleChild} .store=${new MemoryDraftStore()} .records=${options.records?.() ?? []}>
        <form><${tag} name="record" .value=${value}></${tag}></form>
      </spire-provider>`,
    );
    const el = provider.querySelector(options.tag) as RecordWidget;
    const form = provider.querySelector('form')!;
    const errors = listenForErrors(el);
    await idle(el);
    return { el, form, errors, formData: () => JSON.parse(String(new FormData(form).get('record'))) as unknown };
  }

  /** Still usable: a clean record opens and is submitted (`spire-submit`), the widget's own way. */
  async function usable(el: RecordWidget, value: SpireRecord, what: string) {
    el.value = structuredClone(value);
    await idle(el);
    let submitted: SpireRecord | undefined;
    el.addEventListener('spire-submit', (e) => (submitted = (e as CustomEvent).detail.value), { once: true });
    const result = await el.submit();
    expect(result, `${what}: a clean record is submitted afterwards`).to.exist;
    expect(submitted?.id, `${what}: spire-submit`).to.equal(value.id);
  }

  describe(`hostile input: <${options.tag}>`, function () {
    this.timeout(60_000);
    let strings: string[];
    let canary: ReturnType<typeof armCanary>;
    before(async () => (strings = await hostileStrings()));
    beforeEach(() => (canary = armCanary()));
    afterEach(() => canary.disarm());

    it('shows every text of a record set as `value` as text — the whole list through the texts of a full draft, each payload in all of them at once, the payloads through the texts other drafts add — in its fields, FormData and print (page margins too); nothing runs, nothing is injected', async () => {
      const variants = options.values();
      for (const [variantIndex, valid] of variants.entries()) {
        const { el, errors, formData } = await open(valid);
        const { text } = classifyLeaves(valid, options.kind);
        // A clean run, a marker in every text: where each one is shown, and what the widget is made of.
        const marked = text.reduce((record, path, i) => setAt(record, path, `zq${i}qz`), valid);
        el.value = marked;
        await idle(el);
        const cleanForm = inspect(el);
        const inField = text.filter((_, i) => textFields(el).some((f) => f.value.includes(`zq${i}qz`)));
        const { cleanPrint, inPrint } = await whilePrinting(el, () => ({ cleanPrint: inspect(el), inPrint: text.filter((_, i) => deepText(el).includes(`zq${i}qz`)) }));
        expect(inPrint.length, 'texts of the record on paper').to.be.greaterThan(0);

        // The first draft takes the whole list, and each payload in every text at once; the others (which
        // add a text or two) the payloads, shared out over their texts.
        const batches =
          variantIndex === 0 ? [...rounds(strings, text.length), ...PAYLOADS.filter((p) => p.length <= 2000).map((p) => text.map(() => p))] : rounds(PAYLOADS, text.length);
        for (const batch of batches) {
          let record = text.reduce((r, path, i) => setAt(r, path, batch[i]), valid);
          // What the model refuses to open is reported with its path, and the record stays: leave it out and go on.
          for (let opened = openRecord(record, options.kind); !opened.ok; opened = openRecord(record, options.kind)) {
            const issue = opened.issues[0]!;
            errors.length = 0;
            el.value = record;
            await idle(el);
            expect(errors.map((e) => [e.source, e.path]), `refused ${JSON.stringify(getAt(record, issue.path as Path))?.slice(0, 80)}`).to.deep.include(['value', pathKey(issue.path as Path)]);
            const at = text.findIndex((p) => pathKey(issue.path as Path).startsWith(pathKey(p)));
            expect(at, `the refused path ${pathKey(issue.path as Path)} is a text`).to.be.at.least(0);
            record = setAt(record, text[at]!, `zq${at}qz`);
          }
          errors.length = 0;
          el.value = record;
          await idle(el);
          expect(errors.map((e) => `${e.source} ${e.path} ${e.code}`), 'no spire-error for text').to.deep.equal([]);
          checkRendered(el, cleanForm, canary.ran);
          const fields = textFields(el).map((f) => asField(f.value));
          const data = formData();
          for (const path of text) {
            const given = getAt(record, path) as string;
            const held = getAt(el.value, path) as string;
            expect([given, given.trim()], `${pathKey(path)} held as given`).to.include(held);
            expect(getAt(data, path), `${pathKey(path)} in FormData`).to.equal(held);
            if (inField.includes(path)) expect(fields.includes(asField(held)), `${pathKey(path)} in its field: ${JSON.stringify(held.slice(0, 60))}`).to.equal(true);
          }
          await whilePrinting(el, () => {
            checkRendered(el, cleanPrint, canary.ran);
            expect(pageMarginProblems(), 'the page margins').to.deep.equal([]);
            const printed = userText(deepText(el));
            for (const path of inPrint) {
              const shown = userText(getAt(el.value, path));
              if (shown) expect(printed.includes(shown), `${pathKey(path)} printed as text: ${JSON.stringify(shown.slice(0, 60))}`).to.equal(true);
            }
          });
        }
        await usable(el, valid, `variant ${variantIndex + 1}`);
      }
    });

    it('refuses the list in every other part of a record (ids, kinds, states, dates, numbers, flags) with spire-error and its path, never a throw, and keeps its record', async () => {
      const valid = options.values()[0]!;
      const { el, errors } = await open(valid);
      const { structure } = classifyLeaves(valid, options.kind);
      const sets = rounds(strings, structure.length);
      for (const set of sets) {
        for (const [i, path] of structure.entries()) {
          const record = setAt(valid, path, set[i]);
          const opened = openRecord(record, options.kind);
          errors.length = 0;
          el.value = record;
          // The report waits for the update the setter asked for.
          await el.updateComplete;
          await null;
          if (opened.ok) {
            // Structure is no one's unfinished work: it opens only as what the model reads as valid.
            expect(parseRecord(record, options.kind).ok, `${pathKey(path)} opened as ${JSON.stringify(set[i]!.slice(0, 40))}, which the model does not read as valid`).to.equal(true);
            // Taken (a text after all): back to the record the next part is judged against.
            el.value = valid;
            await idle(el);
            continue;
          }
          const issue = pathKey(opened.issues[0]!.path as Path);
          expect(errors.map((e) => [e.source, e.path]), `${pathKey(path)} = ${JSON.stringify(set[i]!.slice(0, 40))}`).to.deep.include(['value', issue]);
          expect(issue.startsWith(pathKey(path)) || pathKey(path).startsWith(issue), `the path names the part (${issue} for ${pathKey(path)})`).to.equal(true);
          expect(el.value?.id, 'the record stays').to.equal(valid.id);
        }
        expect(canary.ran).to.deep.equal([]);
      }
      await usable(el, valid, 'after refusals');
    });

    it('takes every payload, and its share of the Big List, typed into every text field in every state (value + input): FormData has each at once, the field keeps it, paper shows it as text; nothing runs, nothing is injected', async () => {
      const valid = options.values()[0]!;
      const naughty = strings.filter((s) => !PAYLOADS.includes(s));
      for (const state of states) {
        const { el, form } = await open(valid);
        await state.enter(el);
        await idle(el);
        const record = () => String(new FormData(form).get('record'));
        // Clean typing first: which fields reach the record and the paper, and the widget as it is.
        for (const [i, field] of textFields(el).entries()) {
          typeInto(field, `zq${i}qz`);
          await el.updateComplete;
        }
        await idle(el);
        const cleanForm = inspect(el);
        const marked = [...keyedFields(el)].map(([key, field]) => [key, field.value] as const);
        const json = record();
        const printedClean = await whilePrinting(el, () => ({ inspection: inspect(el), text: deepText(el) }));
        const calibration = new Map(marked.map(([key, value]) => [key, { inRecord: json.includes(value), inPrint: printedClean.text.includes(value) }]));
        expect(marked.length, `${state.name}: text fields`).to.be.greaterThan(0);

        // Field after field, as a person moves through the form: every payload and a share of the Big List,
        // one after the other (FormData follows each edit at once), then the widget renders the last.
        const last = new Map<string, string>();
        for (const [index, [key]] of marked.entries()) {
          const field = keyedFields(el).get(key);
          if (!field) continue;
          for (const text of [...PAYLOADS, ...naughty.filter((_, i) => i % marked.length === index)]) {
            typeInto(field, text);
            // A widget may trim what it keeps (a CPR number); it keeps nothing else from the text.
            if (calibration.get(key)!.inRecord) expect(inJson(record(), field.value), `${state.name} ${key}: FormData has ${JSON.stringify(text.slice(0, 60))}`).to.equal(true);
          }
          last.set(key, field.value);
          await idle(el);
          checkRendered(el, cleanForm, canary.ran);
          expect(asField(keyedFields(el).get(key)?.value ?? ''), `${state.name} ${key} keeps what was typed`).to.equal(asField(field.value));
        }
        // On paper: the text each field left in the record (two fields may edit one text: a name in the table
        // and in the person form; the later one holds it).
        const kept = record();
        await whilePrinting(el, () => {
          checkRendered(el, printedClean.inspection, canary.ran);
          const printed = userText(deepText(el));
          for (const [key, value] of last) {
            const shown = userText(value);
            if (calibration.get(key)!.inPrint && shown && (!calibration.get(key)!.inRecord || inJson(kept, value)))
              expect(printed.includes(shown), `${state.name} ${key} printed as text: ${JSON.stringify(shown.slice(0, 60))}`).to.equal(true);
          }
        });
        await usable(el, valid, state.name);
      }
    });

    it('takes payloads typed key by key (sendKeys) into its first fields as text', async () => {
      const valid = options.values()[0]!;
      const { el, formData } = await open(valid);
      await states[0]!.enter(el);
      await idle(el);
      const clean = inspect(el);
      const sample = ['<img src=x onerror=alert(1)>', "\"><svg onload=spireCanary(1)>{{constructor.constructor('x')()}}"];
      const fields = textFields(el).slice(0, 2);
      expect(fields.length).to.be.greaterThan(0);
      for (const [i, text] of sample.entries()) {
        const field = textFields(el).find((f) => fieldKey(f) === fieldKey(fields[i % fields.length]!))!;
        field.focus();
        field.select();
        await sendKeys({ press: 'Backspace' });
        await sendKeys({ type: text });
        await idle(el);
        expect(field.value, 'typed').to.equal(text);
        expect(JSON.stringify(formData()), 'in FormData').to.contain(JSON.stringify(text).slice(1, -1));
        checkRendered(el, clean, canary.ran);
      }
      await usable(el, valid, 'after typing');
    });
  });
}

/** Whether a text is in a record's JSON, as typed or trimmed. */
function inJson(json: string, text: string): boolean {
  return json.includes(JSON.stringify(text).slice(1, -1)) || json.includes(JSON.stringify(text.trim()).slice(1, -1));
}

/** The text fields by a name that stays across renders (their `data-field`, and a count where names repeat). */
function keyedFields(el: Element): Map<string, HTMLInputElement | HTMLTextAreaElement> {
  const fields = new Map<string, HTMLInputElement | HTMLTextAreaElement>();
  for (const field of textFields(el)) {
    const base = fieldKey(field);
    let key = base;
    for (let n = 2; fields.has(key); n++) key = `${base} (${n})`;
    fields.set(key, field);
  }
  return fields;
}

/** Nothing ran and nothing was injected compared with the clean run. */
export function checkRendered(el: Element, clean: Inspection, ran: string[]): void {
  expect(ran, 'script ran').to.deep.equal([]);
  expect(injected(clean, inspect(el)), 'injected').to.deep.equal([]);
}
