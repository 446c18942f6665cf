import '@spire/elements/define.js';
import { type DraftEntry, type DraftStore, HttpDraftStore, IndexedDbDraftStore, type SubmittedRecord, type SpireConcernNote, type SpireNetworkMap, type SpireProvider, type SpireReferralForm, type SpireReferralStatus, type SpireWellbeingCheck, type SpireWellbeingOverview } from '@spire/elements';
import { type Position, type RecordKind, type ReferralType, type SpireRecord, type WellbeingCheck, concernNoteFromCheck, createConcernNote, createWellbeingCheck, isRecordKind, parseRecord, referralFromRecords } from '@spire/model';
import { exampleAuthor, exampleChild, exampleNetworkMap, exampleWellbeingCheck, exampleWellbeingCheckEarlier, exampleWellbeingCheckV1 } from '@spire/model/examples';

type Lang = 'da' | 'en';
const texts: Record<Lang, Record<string, string>> = {
  da: {
    breadcrumbLabel: 'Brødkrumme',
    crumbHome: 'Forside',
    crumbGroup: '0.B – Østervang Skole',
    crumbChild: 'Ida',
    childFacts: '0.B · Østervang Skole · født 2020',
    pseudonymNote: 'Kun fornavn og klasse vises her. CPR-nummer bruges kun i en indstilling, når modtageren har brug for det.',
    checkTitle: 'Trivselsvurdering, efterår 2026',
    overviewTitle: '0.B – overblik for klassen',
    overviewNote: 'Kun antal for hele klassen. Ingen navne, ingen rangering.',
    embedTitle: 'Sådan indlejres Spire',
    embedForm: 'I en almindelig HTML-formular',
    embedReactWrappers: 'React 18 og ældre (@spire/react)',
    embedVue: 'Vue 3 (som en Aula-widget)',
    embedCdn: 'Uden byggetrin (cdn/)',
    footer: 'Eksempeldata. Alle navne er opdigtede. Kladder gemmes kun i denne browser (IndexedDB); færdige registreringer sendes til demoens server.',
    submitted: 'Trivselsvurderingen er afsluttet. Intranettet har modtaget den færdige registrering.',
    nextStep: 'Næste skridt: {step}. Intranettet kan nu åbne den næste blanket med Idas oplysninger udfyldt.',
    'step.concern-note': 'bekymringsnotat',
    'step.referral': 'indstilling',
    fallback: 'Kladder kan ikke gemmes i denne browser. De gemmes midlertidigt, så længe siden er åben.',
    openNote: 'Skriv et bekymringsnotat',
    networkTitle: 'Netværkskort',
    meetingSent: 'Invitationslisten er sendt til intranettets mødeindkaldelse: {private} fra det private og {professional} fra det professionelle netværk.',
    concernTitle: 'Bekymringsnotat',
    noteSubmitted: 'Bekymringsnotatet er afsluttet. Intranettet har modtaget det færdige notat.',
    'step.underretning': 'underretning',
    openReferral: 'Lav en indstilling eller underretning',
    referralTitle: 'Indstilling eller underretning',
    referralStatusTitle: 'Status for henvendelsen',
    referralSent: 'Sendt. Intranettet har sendt den til kommunen; fristerne ses under status.',
    serverTitle: 'Modtaget af serveren',
    serverNote: 'Færdige registreringer sendes til demoens server, som validerer dem med @spire/model og gemmer dem i en database (PGlite) på disken. Åbn en herfra for at hente serverens kopi tilbage.',
    serverRefresh: 'Opdater',
    serverEmpty: 'Serveren har ikke modtaget noget om Ida endnu.',
    serverCount: 'Serveren har modtaget {count} om Ida.',
    serverOne: '1 registrering',
    serverMany: '{count} registreringer',
    serverDown: 'Serveren svarer ikke lige nu. Det, der er sendt, ligger i browserens udbakke og sendes, når den svarer.',
    serverReceived: 'modtaget {time}',
    serverOpen: 'Åbn serverens kopi',
    serverOpened: 'Åbnet fra serveren: {kind}, modtaget {time}.',
    serverOpenFailed: 'Serverens kopi kunne ikke åbnes.',
    notQueued: 'Ændringen kunne ikke lægges i udbakken til serveren i denne browser.',
    'kind.wellbeing-check': 'Trivselsvurdering',
    'kind.concern-note': 'Bekymringsnotat',
    'kind.network-map': 'Netværkskort',
    'kind.referral': 'Indstilling eller underretning',
    'status.draft': 'kladde',
    'status.completed': 'afsluttet',
    'status.amended': 'rettet',
    'status.entered-in-error': 'registreret ved en fejl',
    'status.sent': 'sendt',
    'status.receipt-confirmed': 'modtagelse bekræftet',
    'status.outcome': 'afgjort',
  },
  en: {
    breadcrumbLabel: 'Breadcrumb',
    crumbHome: 'Home',
    crumbGroup: '0.B – Østervang School',
    crumbChild: 'Ida',
    childFacts: '0.B · Østervang School · born 2020',
    pseudonymNote: 'Only first name and class are shown here. A CPR number is only used in a referral, when the recipient needs it.',
    checkTitle: 'Wellbeing check, autumn 2026',
    overviewTitle: '0.B – class overview',
    overviewNote: 'Counts for the whole class only. No names, no ranking.',
    embedTitle: 'Embedding Spire',
    embedForm: 'In a plain HTML form',
    embedReactWrappers: 'React 18 and earlier (@spire/react)',
    embedVue: 'Vue 3 (as an Aula widget)',
    embedCdn: 'Without a build step (cdn/)',
    footer: 'Example data. All names are invented. Drafts are saved in this browser only (IndexedDB); finished records are sent to the demo’s server.',
    submitted: 'The wellbeing check is completed. The intranet has received the finished record.',
    nextStep: 'Next step: {step}. The intranet can now open the next form with Ida’s details filled in.',
    'step.concern-note': 'concern note',
    'step.referral': 'referral',
    fallback: 'Drafts cannot be saved in this browser. They are kept for as long as the page is open.',
    openNote: 'Write a concern note',
    networkTitle: 'Network map',
    meetingSent: 'The invitation list went to the intranet’s meeting planner: {private} from the private and {professional} from the professional network.',
    concernTitle: 'Concern note',
    noteSubmitted: 'The concern note is completed. The intranet has received the finished note.',
    'step.underretning': 'notification (underretning)',
    openReferral: 'Make a referral or notification',
    referralTitle: 'Referral or notification',
    referralStatusTitle: 'Status',
    referralSent: 'Sent. The intranet sent it to the municipality; the deadlines are under status.',
    serverTitle: 'Received by the server',
    serverNote: 'Finished records are sent to the demo’s server, which validates them with @spire/model and stores them in a database (PGlite) on disk. Open one from here to fetch the server’s copy back.',
    serverRefresh: 'Refresh',
    serverEmpty: 'The server has not received anything about Ida yet.',
    serverCount: 'The server has received {count} about Ida.',
    serverOne: '1 record',
    serverMany: '{count} records',
    serverDown: 'The server is not answering right now. What was sent waits in the browser’s outbox and goes when it answers.',
    serverReceived: 'received {time}',
    serverOpen: 'Open the server’s copy',
    serverOpened: 'Opened from the server: {kind}, received {time}.',
    serverOpenFailed: 'The server’s copy could not be opened.',
    notQueued: 'The change could not be put in the outbox for the server in this browser.',
    'kind.wellbeing-check': 'Wellbeing check',
    'kind.concern-note': 'Concern note',
    'kind.network-map': 'Network map',
    'kind.referral': 'Referral or notification',
    'status.draft': 'draft',
    'status.completed': 'completed',
    'status.amended': 'amended',
    'status.entered-in-error': 'entered in error',
    'status.sent': 'sent',
    'status.receipt-confirmed': 'receipt confirmed',
    'status.outcome': 'outcome recorded',
  },
};

const LANG_KEY = 'spire-demo-lang';
function currentLang(): Lang {
  return document.documentElement.lang === 'en' ? 'en' : 'da';
}
function setLang(lang: Lang): void {
  document.documentElement.lang = lang;
  localStorage.setItem(LANG_KEY, lang);
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = texts[lang][el.dataset.i18n!] ?? el.textContent;
  // The embedding pages open in the language chosen here (a setting in the URL, nothing personal).
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.embed-links a')) link.search = lang === 'en' ? '?lang=en' : '';
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-attr]')) {
    const [attr, key] = el.dataset.i18nAttr!.split(':') as [string, string];
    el.setAttribute(attr, texts[lang][key]!);
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('.lang button')) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  renderReceived();
}
// The intranet's back end: the demo's own server (demo/server/, mounted in the dev server). A completed
// record goes into an HttpDraftStore's outbox in this browser and is sent with an Idempotency-Key; the
// server validates it with @spire/model, refuses it with the model's issues or stores it (PGlite, on
// disk). One endpoint for sending and two reads; the URLs hold ids only, never a name.
//
// Drafts stay in this browser's embedded IndexedDB store: half-written notes about a child need not leave
// the device before someone completes them. The HttpDraftStore could keep and send them too (the server
// speaks draft.put/delete/get, and a reload right after typing keeps every character, as
// packages/elements/src/shared/drafts/http-store-draft-reload.test.ts shows); an intranet that wants drafts
// on its server gives the widgets the HttpDraftStore alone. The widgets find the sending half by its shape
// (`submit`, `status`, `statuschange`).
const API = '/api/spire';
const outbox = new HttpDraftStore({ endpoint: API, name: 'spire-demo-outbox' });
class DemoStore implements DraftStore {
  readonly kind = 'indexeddb';
  private readonly drafts = new IndexedDbDraftStore();
  get<T>(key: string): Promise<DraftEntry<T> | undefined> {
    return this.drafts.get<T>(key);
  }
  put<T>(key: string, value: T): Promise<DraftEntry<T>> {
    return this.drafts.put(key, value);
  }
  delete(key: string): Promise<void> {
    return this.drafts.delete(key);
  }
  submit(record: SubmittedRecord): Promise<{ idempotencyKey: string }> {
    return outbox.submit(record);
  }
  get status() {
    return outbox.status;
  }
  addEventListener(type: 'statuschange', listener: (event: Event) => void): void {
    outbox.addEventListener(type, listener);
  }
  removeEventListener(type: 'statuschange', listener: (event: Event) => void): void {
    outbox.removeEventListener(type, listener);
  }
}
const store = new DemoStore();

interface Received {
  seq: number;
  id: string;
  kind: string;
  status: string;
  receivedAt: string;
}
const serverPanel = document.querySelector<HTMLElement>('#server-panel')!;
const serverState = serverPanel.querySelector<HTMLElement>('[data-server-state]')!;
const serverList = serverPanel.querySelector<HTMLOListElement>('[data-server-list]')!;
let received: Received[] | 'down' | undefined;

/** What the server has received for this child (newest first), read again after each record it took. */
async function refreshReceived(): Promise<void> {
  try {
    const response = await fetch(`${API}/children/${encodeURIComponent(exampleChild.id)}/records`, { headers: { Accept: 'application/json' }, cache: 'no-store' });
    const answer = (await response.json()) as { ok?: boolean; records?: Received[] };
    received = response.ok && answer.ok && Array.isArray(answer.records) ? answer.records : 'down';
  } catch {
    received = 'down';
  }
  renderReceived();
}

function renderReceived(): void {
  if (!serverList) return;
  const lang = currentLang();
  const t = texts[lang];
  const time = new Intl.DateTimeFormat(lang === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' });
  if (received === undefined) return;
  if (received === 'down') {
    serverState.textContent = t.serverDown!;
    serverList.replaceChildren();
    return;
  }
  const count = received.length === 1 ? t.serverOne! : t.serverMany!.replace('{count}', String(received.length));
  serverState.textContent = received.length === 0 ? t.serverEmpty! : t.serverCount!.replace('{count}', count);
  serverList.replaceChildren(
    ...received.slice(0, 20).map((item) => {
      const li = document.createElement('li');
      li.dataset.recordId = item.id;
      li.dataset.kind = item.kind;
      const label = document.createElement('span');
      label.id = `received-${item.seq}`;
      label.className = 'received-label';
      const kind = document.createElement('strong');
      kind.textContent = t[`kind.${item.kind}`] ?? item.kind;
      const meta = document.createElement('span');
      meta.className = 'muted';
      meta.textContent = ` · ${t[`status.${item.status}`] ?? item.status} · ${t.serverReceived!.replace('{time}', time.format(new Date(item.receivedAt)))}`;
      const id = document.createElement('code');
      id.textContent = item.id;
      label.append(kind, meta, document.createElement('br'), id);
      const open = document.createElement('button');
      open.type = 'button';
      open.className = 'action small';
      open.textContent = t.serverOpen!;
      open.setAttribute('aria-describedby', label.id);
      open.addEventListener('click', () => void openFromServer(item.id));
      li.append(label, open);
      return li;
    }),
  );
}

/** The path back: the server's copy of a record, checked with the model again, opened in its widget. */
async function openFromServer(id: string): Promise<void> {
  const t = texts[currentLang()];
  try {
    const response = await fetch(`${API}/records/${encodeURIComponent(id)}`, { headers: { Accept: 'application/json' }, cache: 'no-store' });
    const answer = (await response.json()) as { ok?: boolean; kind?: unknown; receivedAt?: string; record?: unknown };
    const kind = answer.kind;
    if (!response.ok || !answer.ok || !isRecordKind(kind)) throw new Error('not found');
    const parsed = parseRecord(answer.record, kind);
    if (!parsed.ok) throw new Error('invalid');
    const panel = openRecord(kind, parsed.value);
    const when = new Intl.DateTimeFormat(currentLang() === 'da' ? 'da-DK' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' }).format(new Date(answer.receivedAt ?? Date.now()));
    show(t.serverOpened!.replace('{kind}', t[`kind.${kind}`] ?? kind).replace('{time}', when));
    panel.scrollIntoView({ block: 'start' });
    panel.focus({ preventScroll: true });
  } catch {
    show(t.serverOpenFailed!, 'warning');
  }
}

/** Puts a record in the widget that shows its kind, and returns that widget's panel. */
function openRecord(kind: RecordKind, record: SpireRecord): HTMLElement {
  switch (kind) {
    case 'wellbeing-check':
      check.value = record as WellbeingCheck;
      return check.closest<HTMLElement>('.panel')!;
    case 'concern-note':
      note.value = record as NonNullable<SpireConcernNote['value']>;
      notePanel.hidden = false;
      return notePanel;
    case 'network-map':
      networkMap.value = record as NonNullable<SpireNetworkMap['value']>;
      return networkMap.closest<HTMLElement>('.panel')!;
    case 'referral':
      referralStatus.value = record as NonNullable<SpireReferralStatus['value']>;
      statusPanel.hidden = false;
      return statusPanel;
  }
}

// Read again whenever the outbox has delivered a record (`sentAt` moves), and on the button.
let lastSent: string | undefined;
store.addEventListener('statuschange', () => {
  if (store.status.sentAt !== lastSent) {
    lastSent = store.status.sentAt;
    void refreshReceived();
  }
});
serverPanel.querySelector('[data-action="refresh-server"]')!.addEventListener('click', () => void refreshReceived());
void refreshReceived();

setLang(localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'da');
for (const button of document.querySelectorAll<HTMLButtonElement>('.lang button')) button.addEventListener('click', () => setLang(button.dataset.lang as Lang));

// Earlier rounds for the trend: spring 2026, and autumn 2025 stored by the first pilot (schema v1).
const migrated = parseRecord(exampleWellbeingCheckV1);
// Spring's agreements are followed up this round; a colleague has made her own assessment of this round,
// which is shown beside each area when the joint assessment is written.
const spring: WellbeingCheck = {
  ...structuredClone(exampleWellbeingCheckEarlier),
  agreements: [
    { id: 'demo-a-play', goal: 'Ida har nogen at lege med i frikvartererne', action: 'En voksen sætter en fast leg i gang to gange om ugen.', responsible: 'Mette Holm', followUpOn: '2026-05-01' },
  ],
};
const colleagueOwn: WellbeingCheck = {
  ...structuredClone(exampleWellbeingCheck),
  id: 'wc-2026-2-ida-jonas',
  author: { name: 'Jonas Berg', role: 'lærer' },
  status: 'completed',
  assessment: { type: 'individual', participants: [] },
};
const earlier = [spring, colleagueOwn, ...(migrated.ok ? [migrated.value as WellbeingCheck] : [])];

const provider = document.querySelector<SpireProvider>('#provider')!;
provider.author = exampleAuthor;
provider.child = exampleChild;
provider.store = store;
provider.records = earlier;
// The municipality's beredskab, shown by the guard-rails (acute danger; suspected abuse by a parent).
provider.config = { overviewThreshold: 3, beredskab: { phone: '99 99 99 99', url: 'https://kommune.example/beredskab', label: 'Eksempel Kommune, Familierådgivningen (døgnvagt)' } };

// The intranet opens this round's check with a stable id, so a draft is found again after a reload.
const check = document.querySelector<SpireWellbeingCheck>('spire-wellbeing-check')!;
check.value = createWellbeingCheck({ id: 'wc-2026-2-ida-demo', author: exampleAuthor, child: exampleChild, roundLabel: 'Efterår 2026', now: new Date('2026-10-01T08:00:00Z') });

const banner = document.querySelector<HTMLElement>('.banner')!;
function show(message: string, tone: 'success' | 'warning' = 'success'): void {
  banner.hidden = false;
  banner.dataset.tone = tone;
  banner.textContent = message;
}
check.addEventListener('spire-submit', () => show(texts[currentLang()].submitted!));
function showNextStep(step: string): void {
  const t = texts[currentLang()];
  show(t.nextStep!.replace('{step}', t[`step.${step}`] ?? step));
}
check.addEventListener('spire-next-step', (event) => {
  showNextStep(event.detail.step);
  // The check's next step is a concern note: the intranet opens one, prefilled from the completed check.
  if (event.detail.step === 'concern-note' && event.detail.record.kind === 'wellbeing-check') openNote(event.detail.record);
});
check.addEventListener('spire-storage-fallback', () => show(texts[currentLang()].fallback!, 'warning'));

// The concern note. The intranet opens it with a stable id (a draft is found again after a reload) and
// remembers, for this tab only, that it is open and which check it came from; a real intranet keeps its
// records on its own server.
const NOTE_KEY = 'spire-demo-open-note';
const notePanel = document.querySelector<HTMLElement>('#concern-panel')!;
const note = document.querySelector<SpireConcernNote>('spire-concern-note')!;
interface OpenNote {
  fromCheck: WellbeingCheck | null;
  /** When the intranet opened the note: reopened with the same time, a newer draft of it is restored. */
  openedAt: string;
}
function openNote(fromCheck?: WellbeingCheck, { focus = true, openedAt = new Date().toISOString() } = {}): void {
  const options = { id: 'cn-2026-ida-demo', author: exampleAuthor, locale: currentLang(), now: new Date(openedAt) };
  if (fromCheck) note.fromCheck = fromCheck;
  note.value = fromCheck ? concernNoteFromCheck(fromCheck, options) : createConcernNote({ ...options, child: exampleChild });
  notePanel.hidden = false;
  sessionStorage.setItem(NOTE_KEY, JSON.stringify({ fromCheck: fromCheck ?? null, openedAt } satisfies OpenNote));
  if (!focus) return;
  notePanel.scrollIntoView({ block: 'start' });
  notePanel.focus({ preventScroll: true });
}
document.querySelector('[data-action="open-note"]')!.addEventListener('click', () => {
  if (notePanel.hidden) openNote(undefined);
  else notePanel.focus();
});
note.addEventListener('spire-submit', () => {
  show(texts[currentLang()].noteSubmitted!);
  sessionStorage.removeItem(NOTE_KEY);
});
note.addEventListener('spire-next-step', (event) => {
  showNextStep(event.detail.step);
  // The note's decision is an indstilling or an underretning: the intranet opens the referral, prefilled.
  if (event.detail.record.kind === 'concern-note') {
    completedRecords.set(event.detail.record.id, event.detail.record);
    openReferral(event.detail.step === 'underretning' ? 'underretning' : 'indstilling');
  }
});
note.addEventListener('spire-submit', (event) => completedRecords.set(event.detail.value.id, event.detail.value));
check.addEventListener('spire-submit', (event) => completedRecords.set(event.detail.value.id, event.detail.value));
note.addEventListener('spire-storage-fallback', () => show(texts[currentLang()].fallback!, 'warning'));
try {
  const open = JSON.parse(sessionStorage.getItem(NOTE_KEY) ?? 'null') as OpenNote | null;
  if (open && typeof open.openedAt === 'string' && !Number.isNaN(Date.parse(open.openedAt))) {
    const fromCheck = open.fromCheck ? parseRecord(open.fromCheck, 'wellbeing-check') : undefined;
    openNote(fromCheck?.ok ? (fromCheck.value as WellbeingCheck) : undefined, { focus: false, openedAt: open.openedAt });
  }
} catch {
  sessionStorage.removeItem(NOTE_KEY);
}

// Printing one widget prints its panel alone: the one holding focus (its print button) when printing begins.
window.addEventListener('beforeprint', () => {
  const active = document.activeElement?.closest('.panel');
  for (const panel of document.querySelectorAll<HTMLElement>('.panel')) panel.toggleAttribute('data-not-printed', Boolean(active) && panel !== active);
});
window.addEventListener('afterprint', () => {
  for (const panel of document.querySelectorAll<HTMLElement>('.panel')) panel.removeAttribute('data-not-printed');
});

// Ida's network map, as she and her mother drew it with the pædagog (updated before the network meeting).
const networkMap = document.querySelector<SpireNetworkMap>('spire-network-map')!;
networkMap.value = { ...structuredClone(exampleNetworkMap), id: 'nm-ida-demo', status: 'draft' };
networkMap.addEventListener('spire-network-meeting', (event) => {
  const t = texts[currentLang()];
  show(t.meetingSent!.replace('{private}', String(event.detail.private.length)).replace('{professional}', String(event.detail.professional.length)));
});

// The class: 22 children, 20 assessed. Generated from the example so the overview has something to count.
const pattern: Position[] = ['green', 'green', 'yellow', 'green', 'green', 'green', 'red', 'green', 'yellow', 'green'];
const classChecks = Array.from({ length: 20 }, (_, i): WellbeingCheck => {
  const c = structuredClone(exampleWellbeingCheck);
  c.id = `wc-class-${i}`;
  c.child = { ...c.child, id: `class-child-${i}`, displayName: `Elev ${i + 1}` };
  c.dimensions = c.dimensions.map((d, j) => {
    const position = pattern[(i + j * 3) % pattern.length]!;
    return { dimensionId: d.dimensionId, position, ...(position === 'green' ? {} : { justification: 'Se noter.' }) };
  });
  c.overall = { position: pattern[(i * 7) % pattern.length]! };
  return c;
});
const overview = document.querySelector<SpireWellbeingOverview>('spire-wellbeing-overview')!;
overview.checks = classChecks;

// The referral: check → note → map → referral. The intranet gives it the child's records so far (the
// completed check and note, the network map) in a provider of its own, opens it with a stable id, and
// remembers for this tab that it is open. Sent, it shows where it stands.
const REFERRAL_KEY = 'spire-demo-open-referral';
const completedRecords = new Map<string, SpireRecord>();
const referralPanel = document.querySelector<HTMLElement>('#referral-panel')!;
const referralProvider = document.querySelector<SpireProvider>('#referral-provider')!;
const referral = document.querySelector<SpireReferralForm>('spire-referral-form')!;
const statusPanel = document.querySelector<HTMLElement>('#referral-status-panel')!;
const referralStatus = document.querySelector<SpireReferralStatus>('spire-referral-status')!;
interface OpenReferral {
  type: ReferralType;
  openedAt: string;
  /** A new referral gets a new id: a sent one is never opened again as a draft. */
  id: string;
}
function childRecords(): SpireRecord[] {
  return [...earlier, ...completedRecords.values(), ...(networkMap.value ? [networkMap.value] : [])];
}
function openReferral(type: ReferralType, { focus = true, openedAt = new Date().toISOString(), id = `ref-ida-demo-${Date.parse(openedAt)}` } = {}): void {
  // One open at a time: a draft in progress is shown, never replaced by a fresh one.
  if (!referralPanel.hidden && referral.value?.status === 'draft') {
    if (focus) referralPanel.focus();
    return;
  }
  const records = childRecords();
  referralProvider.author = exampleAuthor;
  referralProvider.child = exampleChild;
  referralProvider.store = store;
  referralProvider.config = provider.config;
  referralProvider.records = records;
  referral.value = referralFromRecords({ id, author: exampleAuthor, child: exampleChild, referralType: type, records, locale: currentLang(), now: new Date(openedAt) });
  referralPanel.hidden = false;
  sessionStorage.setItem(REFERRAL_KEY, JSON.stringify({ type, openedAt, id } satisfies OpenReferral));
  if (!focus) return;
  referralPanel.scrollIntoView({ block: 'start' });
  referralPanel.focus({ preventScroll: true });
}
document.querySelector('[data-action="open-referral"]')!.addEventListener('click', () => {
  openReferral('indstilling');
});
referral.addEventListener('spire-submit', (event) => {
  show(texts[currentLang()].referralSent!);
  sessionStorage.removeItem(REFERRAL_KEY);
  if (event.detail.value.kind === 'referral') referralStatus.value = event.detail.value;
  statusPanel.hidden = false;
  void referral.updateComplete.then(() => statusPanel.scrollIntoView({ block: 'start' }));
});
// The referral's receipt and outcome are new versions of the record: they go to the server too.
referralStatus.addEventListener('spire-referral-status', (event) => {
  const value = event.detail.value;
  void store.submit({ kind: value.kind, id: value.id, value }).catch(() => show(texts[currentLang()].notQueued!, 'warning'));
});
referral.addEventListener('spire-storage-fallback', () => show(texts[currentLang()].fallback!, 'warning'));
try {
  const open = JSON.parse(sessionStorage.getItem(REFERRAL_KEY) ?? 'null') as OpenReferral | null;
  if (open && (open.type === 'indstilling' || open.type === 'underretning') && !Number.isNaN(Date.parse(open.openedAt)) && typeof open.id === 'string') {
    openReferral(open.type, { focus: false, openedAt: open.openedAt, id: open.id });
  }
} catch {
  sessionStorage.removeItem(REFERRAL_KEY);
}
