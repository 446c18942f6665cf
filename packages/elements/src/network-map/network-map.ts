import { type PropertyValues, html, nothing, svg } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { property, state } from 'lit/decorators.js';
import {
  type NetworkMap,
  type NetworkPerson,
  type Sphere,
  COMPARED_FIELDS,
  RELATIONS,
  SOURCES,
  SPHERES,
  SUPPORT_DIRECTIONS,
  compareNetworkVersions,
  createNetworkMap,
  invitationList,
  newId,
  snapshotNetworkMap,
  danishDate,
  LIST_LIMITS,
  networkMapDefinition,
} from '@spire/model';
import { SpireRecordElement } from '../shared/elements/record-element.js';
import { emit } from '../shared/events.js';
import { fillable } from '../shared/i18n/i18n.js';
import { canReadAloud, readAloud } from '../shared/speech.js';
import { downloadFile } from '../shared/download.js';
import { type NetworkLayout, angleOf, cellAt, layoutNetwork } from './layout.js';
import { type DrawMemo, INK, drawNetworkMap, initials } from './map-drawing.js';
import { networkMapStyles } from './network-map.styles.js';
import './strings.js';

export type NetworkMapView = 'map' | 'table' | 'both' | 'beside';
const VIEWS: readonly NetworkMapView[] = ['map', 'table', 'both', 'beside'];
/** Who is using the map: the professional (the default), or the child with an adult beside them. */
export type NetworkMapMode = 'professional' | 'child';
const RING_VALUES = ['1', '2', '3'] as const;
/** The values in a person's accessible name (`networkMap.personLabel`). */
const PERSON_LABEL_PARTS = ['name', 'role', 'sphere', 'ring', 'relation', 'support', 'safe', 'source'] as const;
type PersonLabelPart = (typeof PERSON_LABEL_PARTS)[number];

/**
 * The netværkskort: the child in the centre, three closeness rings and a sector per sphere (familie,
 * slægt, venner, dagtilbud/skole, fritid/forening, professionelle), each person with initials, name and
 * role, relation lines in ecomap notation (strong thick, ordinary, weak dashed, stressful zigzag) with
 * arrowheads for the direction of support, "tryg voksen" with a star as well as colour, and a legend.
 *
 * People are added and edited in a form; moved by drag (mouse, touch, pen) or by keyboard (Space picks a
 * person up, arrows change sector and ring, Enter drops, Escape cancels; each step announced); deleted
 * with undo. Placement snaps to ring and sector, and nobody overlaps. The **table twin** holds the same
 * people with the same edits, so the map works without sight or a pointer (`view`: map, table or both).
 *
 * **Child mode** (`mode="child"`): the child places the people on a map of their own with an adult beside
 * them: big buttons for each person and each answer, questions in a child's words read aloud on the
 * device, and what the child says kept verbatim (`childPlacement` on each person, never merged into the
 * adults' placement). `view="beside"` shows the child's map beside the adults' with where they differ.
 *
 * Activation: what each person can do for the child and what was agreed. Versions: save a dated version
 * and compare two (who joined, who left, what changed). Network meeting: the invited people, private and
 * professional network apart, emitted with `spire-network-meeting` and printable. Export with `toSVG()`
 * and `toPNG()` (or the buttons); the browser's print puts the map on one page.
 *
 * @tag spire-network-map
 * @fires input - After every edit; `value` holds the edited record.
 * @fires change - When edits are committed, once, with the new record in `value`: a choice made, a field left after typing, a person added, dropped in a new place or deleted (never for focus moving alone).
 * @fires spire-submit - `{ value }`: the completed, validated map.
 * @fires spire-network-meeting - `{ private, professional, record }`: the invitation list, when the professional sends it on.
 * @fires spire-draft-saved - `{ key, savedAt, store }` after each autosave.
 * @fires spire-draft-restored - `{ key, savedAt }` when a newer draft was brought back.
 * @fires spire-storage-fallback - `{ reason }` when drafts can only be kept in memory.
 * @fires spire-error - `{ source, path, code, message }` for host input the model rejects (a `value`, or an author or child), which is then left unused.
 * @csspart map - The SVG drawing.
 * @csspart legend - How to read the map.
 * @csspart table - The table twin.
 * @csspart section - Each section under the map.
 * @csspart actions - The submit and print buttons.
 * @csspart other-tab-notice - Shown when the record, open in another tab too, was changed there in the same fields: the two versions to choose between.
 * @csspart draft-status - The line that says whether the draft is saved.
 * @csspart textarea - Each text field's text area (the nested `spire-text-area`'s part).
 * @csspart nudges - The language hints under a text field (the nested `spire-text-area`'s part).
 */
export class SpireNetworkMap extends SpireRecordElement<NetworkMap> {
  static override styles = [...SpireRecordElement.styles, networkMapStyles];

  protected readonly definition = networkMapDefinition;

  /** Map, table twin, both (the default), or `beside`: the child's own map beside the adults'. */
  @property({ reflect: true }) view: NetworkMapView = 'both';

  /** `professional` (the default) or `child`: the child places the people, with an adult beside them. */
  @property({ reflect: true }) mode: NetworkMapMode = 'professional';

  /** The person being edited in the form, by id. */
  @state() private editingId?: string;
  /** A person just added: Cancel removes them again. */
  @state() private addedId?: string;
  /** The person the map's roving focus is on. */
  @state() private focusId?: string;
  /** Picked up by keyboard: who, and where they were (for Escape). */
  @state() private picked?: { id: string; sphere: Sphere; ring: number };
  /**
   * Where the picked-up person is shown while the arrows move them: the list as dropping would make it
   * (for the layout), and the list in its old order with the person's new place (for the drawing, so no
   * element moves in the DOM and focus stays). `value` changes only when the person is dropped.
   */
  @state() private preview?: { base: readonly NetworkPerson[]; people: NetworkPerson[]; shown: NetworkPerson[] };

  /** The preview, while it still belongs to the record shown (a host's new value or an edit ends it). */
  private get livePreview() {
    return this.picked && this.preview?.base === this.value?.people ? this.preview : undefined;
  }
  @state() private dragAt?: { id: string; x: number; y: number };
  /** The last deletion, for undo. */
  @state() private deleted?: { person: NetworkPerson; index: number };
  /** The two versions compared (a version id, or `now`). */
  @state() private compareFrom?: string;
  @state() private compareTo = 'now';
  @state() private versionNote = '';
  /** Child mode: the person the questions are about. */
  @state() private childSelected?: string;
  /** Child mode: a person the child is naming, before they are on the map. */
  @state() private childNew = { name: '', role: '' };
  /** Child mode: people the child added this session; the adults' map places them where the child does. */
  private childAdded = new Set<string>();
  /** The people as the child placed them, once per change of the list. */
  private childMapCache?: { people: readonly NetworkPerson[]; placed: NetworkPerson[]; lineless: Set<string> };

  /** Layouts per list of people: the record's and, during a keyboard move, the one shown. */
  private layouts = new WeakMap<readonly NetworkPerson[], NetworkLayout>();
  /** Each person's drawn parts, reused while unchanged (see `DrawOptions.memo`). */
  private drawMemo: DrawMemo = new WeakMap();
  /** Each person's table row, reused while unchanged. */
  private rowMemo = new WeakMap<NetworkPerson, { key: string; row: unknown }>();
  /** The invitation list for the current people, computed once per change of the list. */
  private invitationCache?: { people: readonly NetworkPerson[]; list: ReturnType<typeof invitationList> };
  private drag?: { id: string; pointerId: number; startX: number; startY: number; moved: boolean };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A person picked up by keyboard is put back when what they were picked from is gone: a new value, a
    // restored draft, a reset, or a map that can no longer be edited (disabled, read-only, printing).
    if (this.picked) {
      const stale = this.preview !== undefined && this.preview.base !== this.value?.people;
      const gone = !this.value?.people.some((p) => p.id === this.picked!.id);
      if (stale || gone || this.isDisabled || this.asText || this.isChildMode) {
        const was = this.picked;
        const name = this.value?.people.find((p) => p.id === was.id)?.name;
        this.picked = undefined;
        this.preview = undefined;
        if (name !== undefined) this.announce(this.i18n.t('networkMap.moving.cancelled', { name, ...this.placeText(was) }));
      }
    }
  }

  protected createEmpty(): NetworkMap | undefined {
    const author = this.currentAuthor;
    const child = this.currentChild;
    return author && child ? createNetworkMap({ author, child }) : undefined;
  }

  /** The layout for the current people, computed once per change of the list. */
  private layoutFor(people: readonly NetworkPerson[]): NetworkLayout {
    let layout = this.layouts.get(people);
    if (!layout) this.layouts.set(people, (layout = layoutNetwork(people)));
    return layout;
  }

  protected override fieldLabel(key: string): string {
    const { t } = this.i18n;
    const parts = key.split('.');
    if (parts[0] === 'people' && parts.length >= 3) {
      const person = this.value?.people[Number(parts[1])];
      const field: Record<string, string> = { name: 'networkMap.person.name', role: 'networkMap.person.role', canDo: 'networkMap.person.canDo', agreed: 'networkMap.person.agreed' };
      const name = person?.name.trim() || t('networkMap.person.unnamed');
      return `${name} – ${field[parts[2]!] ? t(field[parts[2]!]!) : parts[2]}`;
    }
    return '';
  }

  protected override async focusField(key: string): Promise<void> {
    // A person's field lives in the form: open it for that person first.
    const parts = key.split('.');
    const person = parts[0] === 'people' ? this.value?.people[Number(parts[1])] : undefined;
    // The error summary's links lead to the adults' form: child mode and the side-by-side view have none.
    if (this.isChildMode || this.view === 'beside') {
      this.mode = 'professional';
      if (this.view === 'beside') this.view = 'both';
      await this.updateComplete;
    }
    if (person && this.editingId !== person.id) {
      this.editingId = person.id;
      await this.updateComplete;
    }
    return super.focusField(key);
  }

  // ---- edits -------------------------------------------------------------------------------------

  private setPeople(people: NetworkPerson[], touched: readonly string[] = [], commit = false): void {
    const current = this.value;
    if (!current) return;
    this.edit({ ...current, people }, touched, { commit });
  }

  private updatePerson(id: string, patch: Partial<NetworkPerson>, commit = false): void {
    const people = this.value?.people ?? [];
    const index = people.findIndex((p) => p.id === id);
    if (index < 0) return;
    const next = people.slice();
    next[index] = { ...people[index]!, ...patch };
    this.setPeople(next, Object.keys(patch).map((k) => `people.${index}.${k}`), commit);
  }

  /**
   * Moves a person to a cell; within it, before the first person drawn after `angle` (a drop point), or
   * last. The list order is the order around the cell, so the map stays as it was drawn.
   */
  private movePerson(id: string, sphere: Sphere, ring: number, angle?: number): void {
    const moved = this.placed(this.value?.people ?? [], id, sphere, ring, angle);
    if (moved) this.setPeople(moved, [], true);
  }

  /** The list with a person moved to a cell, placed as `movePerson` describes; undefined for an unknown id. */
  private placed(people: readonly NetworkPerson[], id: string, sphere: Sphere, ring: number, angle?: number): NetworkPerson[] | undefined {
    const person = people.find((p) => p.id === id);
    if (!person) return undefined;
    const rest = people.filter((p) => p.id !== id);
    const layout = this.layoutFor(people);
    const mates = rest.filter((p) => p.sphere === sphere && p.ring === ring);
    let at = rest.length;
    if (mates.length) {
      const after = angle === undefined ? undefined : mates.find((p) => {
        const node = layout.nodes.get(p.id);
        return node !== undefined && angleOf(node.x, node.y) > angle;
      });
      at = after ? rest.indexOf(after) : rest.indexOf(mates[mates.length - 1]!) + 1;
    }
    rest.splice(at, 0, { ...person, sphere, ring });
    return rest;
  }

  /** The map holds as many people as the model takes: adding stops there, and says why. */
  private get mapFull(): boolean {
    return (this.value?.people.length ?? 0) >= LIST_LIMITS.people;
  }

  private addPerson(): void {
    if (this.mapFull) return;
    const { t } = this.i18n;
    const person: NetworkPerson = {
      id: newId(),
      name: '',
      role: '',
      sphere: 'familie',
      ring: 1,
      relation: 'ordinary',
      support: 'to-child',
      safeAdult: false,
      source: 'fagperson',
      invite: false,
    };
    this.setPeople([...(this.value?.people ?? []), person], [], true);
    this.editingId = person.id;
    this.addedId = person.id;
    this.announce(t('networkMap.person.addTitle'));
    void this.focusIn('.person-form input, .person-form spire-text-area');
  }

  private closeForm(cancel: boolean): void {
    const id = this.editingId;
    if (cancel && id && id === this.addedId) this.setPeople((this.value?.people ?? []).filter((p) => p.id !== id), [], true);
    else if (id) {
      const person = this.value?.people.find((p) => p.id === id);
      if (person && id === this.addedId) this.announce(this.i18n.t('networkMap.actions.added', { name: person.name || this.i18n.t('networkMap.person.unnamed') }));
    }
    this.editingId = undefined;
    this.addedId = undefined;
    const back = id && !cancel ? `.map .person[data-id="${CSS.escape(id)}"], tr[data-id="${CSS.escape(id)}"] button.edit` : '[data-action="add-person"]';
    this.focusId = id && !cancel ? id : this.focusId;
    void this.focusIn(`${back}, [data-action="add-person"]`);
  }

  private deletePerson(id: string): void {
    const people = this.value?.people ?? [];
    const index = people.findIndex((p) => p.id === id);
    if (index < 0) return;
    const person = people[index]!;
    this.deleted = { person, index };
    if (this.editingId === id) this.editingId = undefined;
    const neighbour = people[index + 1] ?? people[index - 1];
    this.focusId = neighbour?.id;
    this.setPeople(people.filter((p) => p.id !== id), [], true);
    this.announce(this.i18n.t('networkMap.actions.deleted', { name: person.name }));
    void this.focusIn('[data-action="undo"]');
  }

  private undoDelete(): void {
    const deleted = this.deleted;
    if (!deleted) return;
    const people = (this.value?.people ?? []).slice();
    people.splice(Math.min(deleted.index, people.length), 0, deleted.person);
    this.deleted = undefined;
    this.focusId = deleted.person.id;
    this.setPeople(people, [], true);
    this.announce(this.i18n.t('networkMap.actions.restored', { name: deleted.person.name }));
    void this.focusIn(`.map .person[data-id="${CSS.escape(deleted.person.id)}"], tr[data-id="${CSS.escape(deleted.person.id)}"] button.edit`);
  }

  private async focusIn(selector: string): Promise<void> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement | SVGElement>(selector);
    // Focusing again what has focus would only cost a style and layout pass.
    if (target && (this.renderRoot as ShadowRoot).activeElement !== target) target.focus();
  }

  // ---- keyboard on the map -------------------------------------------------------------------------

  private placeText(person: Pick<NetworkPerson, 'sphere' | 'ring'>) {
    const { t } = this.i18n;
    return { sphere: t(`networkMap.spheres.${person.sphere}`), ring: t(`networkMap.rings.${person.ring}`).toLocaleLowerCase(this.i18n.locale) };
  }

  private onMapKeydown(event: KeyboardEvent): void {
    const target = (event.target as Element).closest?.('.person') as SVGGElement | null;
    const people = this.value?.people ?? [];
    const id = target?.dataset.id;
    const person = people.find((p) => p.id === id);
    if (!person || this.isDisabled || this.asText) return;
    const { t } = this.i18n;
    const picked = this.picked?.id === person.id;
    const key = event.key;
    if (picked) {
      // Where the person is shown now (their place before the first arrow is their place in `value`).
      const now = this.livePreview?.people.find((p) => p.id === person.id) ?? person;
      let sphere = now.sphere;
      let ring = now.ring;
      if (key === 'ArrowLeft' || key === 'ArrowRight') {
        const i = SPHERES.indexOf(sphere);
        sphere = SPHERES[(i + (key === 'ArrowRight' ? 1 : SPHERES.length - 1)) % SPHERES.length]!;
      } else if (key === 'ArrowUp' || key === 'ArrowDown') {
        ring = Math.min(3, Math.max(1, ring + (key === 'ArrowUp' ? -1 : 1)));
      } else if (key === 'Enter' || key === ' ') {
        this.dropPicked();
        event.preventDefault();
        return;
      } else if (key === 'Escape') {
        const was = this.picked!;
        this.picked = undefined;
        this.preview = undefined;
        this.announce(t('networkMap.moving.cancelled', { name: person.name, ...this.placeText(was) }));
        event.preventDefault();
        return;
      } else return;
      event.preventDefault();
      const moved = this.placed(people, person.id, sphere, ring);
      if (!moved) return;
      const shownPerson = moved.find((p) => p.id === person.id)!;
      this.preview = { base: people, people: moved, shown: people.map((p) => (p.id === person.id ? shownPerson : p)) };
      this.announce(t('networkMap.moving.at', { name: person.name, ...this.placeText({ sphere, ring }) }));
      return;
    }
    const order = this.drawOrder(people);
    const at = order.findIndex((p) => p.id === person.id);
    let next: NetworkPerson | undefined;
    if (key === 'ArrowRight' || key === 'ArrowDown') next = order[(at + 1) % order.length];
    else if (key === 'ArrowLeft' || key === 'ArrowUp') next = order[(at - 1 + order.length) % order.length];
    else if (key === 'Home') next = order[0];
    else if (key === 'End') next = order[order.length - 1];
    else if (key === 'Enter' || key === ' ') {
      this.picked = { id: person.id, sphere: person.sphere, ring: person.ring };
      this.preview = undefined;
      this.announce(t('networkMap.moving.picked', { name: person.name }));
    } else if (key === 'Delete' || key === 'Backspace') {
      this.deletePerson(person.id);
    } else if (key === 'e' || key === 'E' || key === 'F2') {
      this.editingId = person.id;
      this.addedId = undefined;
      void this.focusIn('.person-form input');
    } else return;
    event.preventDefault();
    if (next) {
      this.focusId = next.id;
      void this.focusIn(`.map .person[data-id="${CSS.escape(next.id)}"]`);
    }
  }

  /**
   * Puts the picked-up person down where the arrows took them: one edit (and one `change`), announced.
   * Also when focus leaves the map mid-move, so a move is never lost.
   */
  private dropPicked(refocus = true): void {
    const picked = this.picked;
    if (!picked) return;
    const preview = this.livePreview;
    this.picked = undefined;
    this.preview = undefined;
    const person = (preview?.people ?? this.value?.people ?? []).find((p) => p.id === picked.id);
    if (!person) return;
    if (preview) this.setPeople(preview.people, [], true);
    this.announce(this.i18n.t('networkMap.moving.dropped', { name: person.name, ...this.placeText(person) }));
    // Focus that left the map stays where it went (a table cell, a button): never pulled back.
    if (refocus) void this.focusIn(`.map .person[data-id="${CSS.escape(picked.id)}"]`);
  }

  /** People in the order they are drawn: clockwise by sector, inner ring first. */
  private drawOrder(people: readonly NetworkPerson[]): NetworkPerson[] {
    return [...people].sort((a, b) => SPHERES.indexOf(a.sphere) - SPHERES.indexOf(b.sphere) || a.ring - b.ring);
  }

  // ---- pointer drag -------------------------------------------------------------------------------

  private toDrawing(event: PointerEvent): { x: number; y: number } | undefined {
    const svgEl = this.renderRoot.querySelector<SVGSVGElement>('svg.map');
    const matrix = svgEl?.getScreenCTM();
    if (!svgEl || !matrix) return undefined;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return { x: point.x, y: point.y };
  }

  private onPointerDown(event: PointerEvent): void {
    const node = (event.target as Element).closest?.('.person') as SVGGElement | null;
    if (!node || this.isDisabled || this.asText || event.button !== 0) return;
    const id = node.dataset.id!;
    this.focusId = id;
    // Never scroll under a pointer that is about to drag.
    node.focus({ preventScroll: true });
    node.setPointerCapture?.(event.pointerId);
    this.drag = { id, pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, moved: false };
    event.preventDefault();
  }

  private onPointerMove(event: PointerEvent): void {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    if (!drag.moved && Math.hypot(event.clientX - drag.startX, event.clientY - drag.startY) < 4) return;
    drag.moved = true;
    const at = this.toDrawing(event);
    if (at) this.dragAt = { id: drag.id, ...at };
  }

  private onPointerUp(event: PointerEvent): void {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    this.drag = undefined;
    const at = this.dragAt;
    this.dragAt = undefined;
    if (!drag.moved || !at) return;
    const people = this.value?.people ?? [];
    const person = people.find((p) => p.id === drag.id);
    if (!person) return;
    const cell = cellAt(this.layoutFor(people), at.x, at.y);
    this.movePerson(drag.id, cell.sphere, cell.ring, angleOf(at.x, at.y));
    this.announce(this.i18n.t('networkMap.moving.dropped', { name: person.name, ...this.placeText(cell) }));
  }

  private onPointerCancel(): void {
    this.drag = undefined;
    this.dragAt = undefined;
  }

  // ---- export -------------------------------------------------------------------------------------

  /** The map as a standalone SVG document (the drawing's own colours, no page styles). */
  toSVG(): string {
    const drawing = this.renderRoot.querySelector<SVGSVGElement>('svg.map');
    if (!drawing) return '';
    const copy = drawing.cloneNode(true) as SVGSVGElement;
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    const [, , w, h] = (copy.getAttribute('viewBox') ?? '0 0 800 800').split(/\s+/).map(Number);
    copy.setAttribute('width', String(w));
    copy.setAttribute('height', String(h));
    copy.setAttribute('font-family', 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif');
    for (const ring of copy.querySelectorAll('.focus-ring')) ring.remove();
    for (const node of copy.querySelectorAll('[tabindex]')) node.removeAttribute('tabindex');
    const white = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    const [x, y] = (copy.getAttribute('viewBox') ?? '0 0').split(/\s+/);
    white.setAttribute('x', x!);
    white.setAttribute('y', y!);
    white.setAttribute('width', String(w));
    white.setAttribute('height', String(h));
    white.setAttribute('fill', INK.paper);
    copy.insertBefore(white, copy.firstChild);
    return new XMLSerializer().serializeToString(copy).replace(/<!--[^>]*-->/g, '');
  }

  /** The map as a PNG, drawn from the SVG at `scale` times its size. */
  async toPNG(scale = 2): Promise<Blob> {
    const source = this.toSVG();
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    const context = canvas.getContext('2d')!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG export failed'))), 'image/png'));
  }

  private download(blob: Blob, extension: string): void {
    downloadFile(blob, `${this.i18n.t('networkMap.export.file')}.${extension}`);
  }


  // ---- versions and meeting ----------------------------------------------------------------------

  private saveVersion(): void {
    const current = this.value;
    if (!current) return;
    // A version is the map as it is today, dated today.
    const date = danishDate(new Date());
    const next = snapshotNetworkMap(current, date, this.versionNote.trim() || undefined);
    this.edit(next, [`versions.${next.versions.length - 1}.date`], { commit: true });
    this.versionNote = '';
    this.announce(this.i18n.t('networkMap.versions.saved', { date: this.i18n.formatDate(date) }));
  }

  private sendInvitations(): void {
    const record = this.value;
    if (!record) return;
    const list = invitationList(record);
    emit(this, 'spire-network-meeting', { ...list, record });
    this.announce(this.i18n.t('networkMap.meeting.sent', { count: list.private.length + list.professional.length }));
  }

  // ---- render ------------------------------------------------------------------------------------

  override render() {
    const map = this.value;
    if (!map) return this.renderSetupProblem();
    const { t } = this.i18n;
    this.refreshWords();
    if (this.print.printing && this.print.version === 'invitation') return this.renderInvitationPrint(map);
    if (this.isChildMode) {
      return this.renderShell({
        title: t('networkMap.childMode.title'),
        about: t('networkMap.about', { child: map.child.displayName, count: map.people.length }),
        body: this.renderChildMode(map),
        submitLabel: t('networkMap.submit'),
        completedNotice: t('networkMap.completedNotice'),
        byline: t('networkMap.by', { name: map.author.name, role: map.author.role }),
      });
    }
    if (this.view === 'beside' && !this.asText) {
      return this.renderShell({
        title: t('networkMap.title'),
        about: t('networkMap.about', { child: map.child.displayName, count: map.people.length }),
        body: html`${this.renderViewChooser()} ${this.renderBeside(map)}`,
        submitLabel: t('networkMap.submit'),
        completedNotice: t('networkMap.completedNotice'),
        byline: t('networkMap.by', { name: map.author.name, role: map.author.role }),
      });
    }
    const showMap = this.view !== 'table' || this.print.printing;
    // On paper the map comes first and the table after it: every word on the map, never cut short.
    const showTable = this.view !== 'map' || this.asText;
    return this.renderShell({
      title: t('networkMap.title'),
      about: t('networkMap.about', { child: map.child.displayName, count: map.people.length }),
      body: html`${this.asText ? nothing : this.renderViewChooser()}
        ${showMap ? this.renderMap(map) : nothing} ${this.asText ? nothing : this.renderToolbar()} ${this.renderPersonForm(map)}
        ${showTable ? this.renderTable(map) : nothing} ${this.asText && map.people.some((p) => p.childPlacement) ? this.renderBeside(map) : nothing} ${this.renderSections(map)}`,
      submitLabel: t('networkMap.submit'),
      completedNotice: t('networkMap.completedNotice'),
      byline: t('networkMap.by', { name: map.author.name, role: map.author.role }),
    });
  }

  /**
   * The sections under the map change with the people, the versions and their own controls, never with a
   * move being shown: while a person is carried across the map they are not made again (guard).
   */
  private renderSections(map: NetworkMap) {
    const deps = [map.people, map.versions, this.i18n.t, this.asText, this.isDisabled, this.compareFrom, this.compareTo, this.versionNote];
    return guard(deps, () => html`${this.renderActivation(map)} ${this.renderVersions(map)} ${this.renderMeeting(map)} ${this.asText ? nothing : this.renderExport()}`);
  }

  private renderViewChooser() {
    const { t } = this.i18n;
    return html`<fieldset class="choices inline view-chooser">
      <legend class="h">${t('networkMap.view.legend')}</legend>
      ${VIEWS.map(
        (view) => html`<label><input type="radio" name="view" .value=${view} .checked=${this.view === view} ?disabled=${this.isDisabled} @change=${() => (this.view = view)} />${t(`networkMap.view.${view}`)}</label>`,
      )}
    </fieldset>`;
  }

  /**
   * Each person's labels, composed once per person and wording: with hundreds of people, translating
   * every label on every render would cost more than drawing. The wording is checked once per render.
   */
  private words?: {
    /** The translate function they were made with: a new one comes with a new language, new overrides or new strings. */
    t: unknown;
    generation: number;
    cache: WeakMap<NetworkPerson, { label: string; fieldFor: Map<string, string> }>;
    personLabel: (values: Record<PersonLabelPart, string>) => string;
    fieldFor: (values: Record<'field' | 'name', string>) => string;
  };

  /** Drops the cached labels when the wording changed (language, overrides, strings); called at the start of a render. */
  private refreshWords(): NonNullable<SpireNetworkMap['words']> {
    const { t } = this.i18n;
    if (this.words?.t !== t) {
      this.words = {
        t,
        generation: (this.words?.generation ?? 0) + 1,
        cache: new WeakMap(),
        personLabel: fillable(t, 'networkMap.personLabel', PERSON_LABEL_PARTS),
        fieldFor: fillable(t, 'networkMap.table.fieldFor', ['field', 'name']),
      };
    }
    return this.words;
  }

  private cachedFor(person: NetworkPerson): { label: string; fieldFor: Map<string, string> } {
    const { cache } = this.words ?? this.refreshWords();
    let entry = cache.get(person);
    if (!entry) cache.set(person, (entry = { label: this.composeLabel(person), fieldFor: new Map() }));
    return entry;
  }

  private personLabel(person: NetworkPerson): string {
    return this.cachedFor(person).label;
  }

  /** "Område for Lene": a table control's name, cached with the person. */
  private fieldFor(person: NetworkPerson, field: string): string {
    const entry = this.cachedFor(person);
    let text = entry.fieldFor.get(field);
    if (text === undefined) {
      const { t } = this.i18n;
      text = (this.words ?? this.refreshWords()).fieldFor({ field: t(`networkMap.table.${field}`), name: person.name || t('networkMap.person.unnamed') });
      entry.fieldFor.set(field, text);
    }
    return text;
  }

  private composeLabel(person: NetworkPerson): string {
    const { t } = this.i18n;
    return (this.words ?? this.refreshWords()).personLabel({
      name: person.name || t('networkMap.person.unnamed'),
      role: person.role,
      ...this.placeText(person),
      relation: t(`networkMap.relations.${person.relation}`),
      support: t(`networkMap.support.${person.support}`).toLocaleLowerCase(this.i18n.locale),
      safe: person.safeAdult ? t('networkMap.safeSuffix') : '',
      source: t(`networkMap.sources.${person.source}`),
    });
  }

  private renderMap(map: NetworkMap) {
    const { t } = this.i18n;
    const people = map.people;
    // A person picked up by keyboard is shown where the arrows took them.
    const preview = this.livePreview;
    const layout = this.layoutFor(preview?.people ?? people);
    const interactive = !this.asText && !this.isDisabled;
    const focusId = people.some((p) => p.id === this.focusId) ? this.focusId : this.drawOrder(people)[0]?.id;
    const e = layout.extent;
    return html`<div class="map-container"><div class="map-area">
      <div class="map-scroll" tabindex=${interactive ? nothing : '0'} role=${interactive ? nothing : 'group'} aria-label=${interactive ? nothing : t('networkMap.mapLabel', { child: map.child.displayName })}>
      <svg
        class="map"
        part="map"
        viewBox="${-e} ${-e} ${2 * e} ${2 * e}"
        role="group"
        aria-label=${t('networkMap.mapLabel', { child: map.child.displayName })}
        aria-describedby=${interactive ? 'map-keys' : nothing}
        @keydown=${this.onMapKeydown}
        @pointerdown=${this.onPointerDown}
        @pointermove=${this.onPointerMove}
        @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerCancel}
        @focusin=${(event: FocusEvent) => {
          const id = ((event.target as Element).closest?.('.person') as SVGGElement | null)?.dataset.id;
          if (id) this.focusId = id;
        }}
        @focusout=${(event: FocusEvent) => {
          const to = (event.relatedTarget as Element | null)?.closest?.('.person') as SVGGElement | null;
          if (this.picked && to?.dataset.id !== this.picked.id) this.dropPicked(false);
        }}
        @dblclick=${(event: MouseEvent) => {
          const id = ((event.target as Element).closest?.('.person') as SVGGElement | null)?.dataset.id;
          if (id && interactive) {
            this.editingId = id;
            this.addedId = undefined;
          }
        }}
      >
        ${drawNetworkMap({
          layout,
          people: preview?.shown ?? people,
          childName: map.child.displayName,
          label: (p) => this.personLabel(p),
          sphereName: (s) => t(`networkMap.spheres.${s}`),
          focusId,
          movingId: this.picked?.id ?? this.dragAt?.id,
          dragAt: this.dragAt,
          interactive,
          memo: this.drawMemo,
        })}
      </svg>
      </div>
      ${interactive ? html`<p class="visually-hidden" id="map-keys">${t('networkMap.keyboard')}</p>` : nothing}
      ${people.length === 0 ? html`<p class="note">${t('networkMap.empty')}</p>` : nothing} ${guard([this.i18n.t], () => this.renderLegend())}
    </div></div>`;
  }

  private renderLegend() {
    const { t } = this.i18n;
    const sample = (relation: string) => {
      const d = relation === 'stressful' ? 'M 2 10 L 8 4 L 14 16 L 20 4 L 26 16 L 32 4 L 38 10' : 'M 2 10 L 38 10';
      return svg`<path d=${d} fill="none" class="relation ${relation}" stroke-width=${relation === 'strong' ? 5 : 2} stroke-dasharray=${relation === 'weak' ? '7 6' : nothing} />`;
    };
    return html`<div class="legend" part="legend">
      <h3>${t('networkMap.legend.title')}</h3>
      <ul>
        ${RELATIONS.map((r) => html`<li><svg class="sample" viewBox="0 0 40 20" aria-hidden="true">${sample(r)}</svg>${t(`networkMap.legend.${r}`)}</li>`)}
        <li>
          <svg class="sample" viewBox="0 0 40 20" aria-hidden="true"><path d="M 4 10 L 30 10" class="relation ordinary" stroke-width="2" /><path d="M 28 4 L 38 10 L 28 16 z" class="arrowhead" /></svg>${t('networkMap.legend.arrow')}
        </li>
        <li>
          <svg class="sample" viewBox="0 0 40 20" aria-hidden="true"><circle cx="18" cy="11" r="8" class="safe-disc" /><polygon points="30,1 31.8,6 37,6 32.8,9 34.4,14 30,11 25.6,14 27.2,9 23,6 28.2,6" class="safe-star" /></svg>${t('networkMap.legend.safeAdult')}
        </li>
        <li><svg class="sample" viewBox="0 0 40 20" aria-hidden="true"><circle cx="20" cy="10" r="8" class="compact-disc" /></svg>${t('networkMap.legend.compact')}</li>
      </ul>
    </div>`;
  }

  private renderToolbar() {
    const { t } = this.i18n;
    return html`<div class="toolbar">
      <button type="button" data-action="add-person" ?disabled=${this.isDisabled || this.mapFull} aria-describedby=${this.mapFull ? 'map-full' : nothing} @click=${() => this.addPerson()}>${t('networkMap.add')}</button>
      ${this.mapFull ? html`<p class="map-full" id="map-full">${t('networkMap.full', { max: this.i18n.formatNumber(LIST_LIMITS.people) })}</p>` : nothing}
      <button type="button" data-action="child-mode" ?disabled=${this.isDisabled} @click=${() => this.switchMode('child')}>${t('networkMap.childMode.enter')}</button>
      ${this.deleted
        ? html`<p class="undo-bar">
            ${t('networkMap.actions.deleted', { name: this.deleted.person.name })}
            <button type="button" data-action="undo" @click=${() => this.undoDelete()}>${t('networkMap.actions.undo')}</button>
          </p>`
        : nothing}
    </div>`;
  }

  private renderPersonForm(map: NetworkMap) {
    const index = map.people.findIndex((p) => p.id === this.editingId);
    if (index < 0 || this.asText) return nothing;
    const person = map.people[index]!;
    const { t } = this.i18n;
    const key = (field: string) => `people.${index}.${field}`;
    const set = (patch: Partial<NetworkPerson>, commit = false) => this.updatePerson(person.id, patch, commit);
    const title = this.addedId === person.id ? t('networkMap.person.addTitle') : t('networkMap.person.editTitle', { name: person.name || t('networkMap.person.unnamed') });
    return html`<section class="person-form" part="section" aria-labelledby="person-form-title" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.closeForm(this.addedId === person.id)}>
      <h3 id="person-form-title">${title}</h3>
      <div class="row">
        ${this.fields.line(key('name'), t('networkMap.person.name'), person.name, (name) => set({ name }), { hint: t('networkMap.person.nameHint') })}
        ${this.fields.line(key('role'), t('networkMap.person.role'), person.role, (role) => set({ role }), { hint: t('networkMap.person.roleHint') })}
      </div>
      ${this.fields.choices(key('sphere'), t('networkMap.person.sphere'), SPHERES, person.sphere, (s) => t(`networkMap.spheres.${s}`), (sphere) => this.movePerson(person.id, sphere, person.ring), { inline: true })}
      ${this.fields.choices(key('ring'), t('networkMap.person.ring'), RING_VALUES, String(person.ring) as '1', (r) => t(`networkMap.rings.${r}`), (r) => this.movePerson(person.id, person.sphere, Number(r)), { inline: true })}
      ${this.fields.choices(key('relation'), t('networkMap.person.relation'), RELATIONS, person.relation, (r) => t(`networkMap.relations.${r}`), (relation) => set({ relation }, true), { inline: true })}
      ${this.fields.choices(key('support'), t('networkMap.person.support'), SUPPORT_DIRECTIONS, person.support, (s) => t(`networkMap.support.${s}`), (support) => set({ support }, true), { inline: true })}
      ${this.fields.checkbox(key('safeAdult'), t('networkMap.person.safeAdult'), person.safeAdult, (safeAdult) => set({ safeAdult }, true))}
      ${this.fields.choices(key('source'), t('networkMap.person.source'), SOURCES, person.source, (s) => t(`networkMap.sources.${s}`), (source) => set({ source }, true), { inline: true })}
      ${this.fields.text(key('canDo'), t('networkMap.person.canDo'), person.canDo, (canDo) => set({ canDo }), { hint: t('networkMap.person.canDoHint'), max: 1000, rows: 2 })}
      ${this.fields.text(key('agreed'), t('networkMap.person.agreed'), person.agreed, (agreed) => set({ agreed }), { max: 1000, rows: 2 })}
      ${this.fields.checkbox(key('invite'), t('networkMap.person.invite'), person.invite, (invite) => set({ invite }, true))}
      ${person.invite
        ? html`<div class="row">
            ${this.fields.line(key('contact.phone'), t('networkMap.person.phone'), person.contact?.phone, (phone) => set({ contact: { ...person.contact, phone } }), { hint: t('networkMap.person.contactHint'), optional: true })}
            ${this.fields.line(key('contact.email'), t('networkMap.person.email'), person.contact?.email, (email) => set({ contact: { ...person.contact, email } }), { optional: true })}
          </div>`
        : nothing}
      <div class="form-actions">
        <button type="button" class="primary" data-action="done" @click=${() => this.closeForm(false)}>${t('networkMap.person.done')}</button>
        ${this.addedId === person.id ? html`<button type="button" data-action="cancel" @click=${() => this.closeForm(true)}>${t('networkMap.person.cancel')}</button>` : nothing}
      </div>
    </section>`;
  }

  private renderTable(map: NetworkMap) {
    const { t } = this.i18n;
    const vocabulary = new Map<string, string>();
    const word = (key: string) => {
      let text = vocabulary.get(key);
      if (text === undefined) vocabulary.set(key, (text = t(key)));
      return text;
    };
    const ro = this.asText || this.isDisabled;
    const select = <V extends string>(person: NetworkPerson, field: string, values: readonly V[], current: V, label: (v: V) => string, onPick: (v: V) => void) =>
      ro
        ? label(current)
        : html`<select
            aria-label=${this.fieldFor(person, field)}
            @change=${(e: Event) => onPick((e.target as HTMLSelectElement).value as V)}
          >
            ${values.map((v) => html`<option .value=${v} ?selected=${v === current}>${label(v)}</option>`)}
          </select>`;
    const check = (person: NetworkPerson, field: 'safeAdult' | 'invite', value: boolean) =>
      ro
        ? value
          ? '✓'
          : '–'
        : html`<input
            type="checkbox"
            aria-label=${this.fieldFor(person, field)}
            .checked=${value}
            @change=${(e: Event) => this.updatePerson(person.id, { [field]: (e.target as HTMLInputElement).checked }, true)}
          />`;
    const text = (person: NetworkPerson, field: 'name' | 'role', value: string) => {
      const index = map.people.indexOf(person);
      return html`<input
        type="text"
        class="cell-text"
        maxlength="100"
        data-field=${this.editingId === person.id ? nothing : `people.${index}.${field}`}
        aria-label=${this.fieldFor(person, field)}
        aria-invalid=${this.errorsFor(`people.${index}.${field}`).length ? 'true' : 'false'}
        .value=${value}
        @input=${(e: Event) => this.updatePerson(person.id, { [field]: (e.target as HTMLInputElement).value })}
        @change=${() => this.touch(`people.${index}.${field}`)}
      />`;
    };
    return html`<div class="table-wrap" part="table" role="region" aria-label=${t('networkMap.table.caption')} tabindex="0">
      <table>
        <caption>${t('networkMap.table.caption')}</caption>
        <thead>
          <tr>
            ${(['name', 'role', 'sphere', 'ring', 'relation', 'support', 'safeAdult', 'source', 'invite'] as const).map((c) => html`<th scope="col">${t(`networkMap.table.${c}`)}</th>`)}
            ${ro ? nothing : html`<th scope="col">${t('networkMap.table.actions')}</th>`}
          </tr>
        </thead>
        <tbody>
          ${this.drawOrder(map.people).map((p) => {
            // A row is made again only when its person, place in the list, errors or wording changed.
            const index = map.people.indexOf(p);
            const key = `${index}|${ro}|${this.editingId === p.id}|${this.errorsFor(`people.${index}.name`).join()}|${this.errorsFor(`people.${index}.role`).join()}|${this.words?.generation}`;
            const kept = this.rowMemo.get(p);
            if (kept?.key === key) return kept.row;
            const row = html`<tr data-id=${p.id}>
              <th scope="row">${ro ? p.name || t('networkMap.person.unnamed') : text(p, 'name', p.name)}</th>
              <td>${ro ? p.role : text(p, 'role', p.role)}</td>
              <td>${select(p, 'sphere', SPHERES, p.sphere, (s) => word(`networkMap.spheres.${s}`), (sphere) => this.movePerson(p.id, sphere, p.ring))}</td>
              <td>${select(p, 'ring', RING_VALUES, String(p.ring) as '1', (r) => word(`networkMap.rings.${r}`), (r) => this.movePerson(p.id, p.sphere, Number(r)))}</td>
              <td>${select(p, 'relation', RELATIONS, p.relation, (r) => word(`networkMap.relations.${r}`), (relation) => this.updatePerson(p.id, { relation }, true))}</td>
              <td>${select(p, 'support', SUPPORT_DIRECTIONS, p.support, (s) => word(`networkMap.support.${s}`), (support) => this.updatePerson(p.id, { support }, true))}</td>
              <td>${check(p, 'safeAdult', p.safeAdult)}</td>
              <td>${select(p, 'source', SOURCES, p.source, (s) => word(`networkMap.sources.${s}`), (source) => this.updatePerson(p.id, { source }, true))}</td>
              <td>${check(p, 'invite', p.invite)}</td>
              ${ro
                ? nothing
                : html`<td class="row-actions">
                    <button type="button" class="edit" aria-label=${t('networkMap.actions.edit', { name: p.name || t('networkMap.person.unnamed') })} @click=${() => {
                      this.editingId = p.id;
                      this.addedId = undefined;
                      void this.focusIn('.person-form input');
                    }}>${t('networkMap.actions.editShort')}</button>
                    <button type="button" class="delete" aria-label=${t('networkMap.actions.delete', { name: p.name || t('networkMap.person.unnamed') })} @click=${() => this.deletePerson(p.id)}>${t('networkMap.actions.deleteShort')}</button>
                  </td>`}
            </tr>`;
            this.rowMemo.set(p, { key, row });
            return row;
          })}
        </tbody>
      </table>
    </div>`;
  }

  private renderActivation(map: NetworkMap) {
    const { t } = this.i18n;
    const active = map.people.filter((p) => p.canDo?.trim() || p.agreed?.trim());
    return html`<section part="section" class="activation">
      <h3>${t('networkMap.activation.legend')}</h3>
      <p class="note">${t('networkMap.activation.intro')}</p>
      ${active.length
        ? html`<ul>
            ${active.map(
              (p) => html`<li>
                <strong>${p.name}</strong> (${p.role})
                ${p.canDo?.trim() ? html`<br /><span class="label">${t('networkMap.activation.canDo')}:</span> ${p.canDo}` : nothing}
                ${p.agreed?.trim() ? html`<br /><span class="label">${t('networkMap.activation.agreed')}:</span> ${p.agreed}` : nothing}
              </li>`,
            )}
          </ul>`
        : html`<p class="note">${t('networkMap.activation.none')}</p>`}
    </section>`;
  }

  private renderVersions(map: NetworkMap) {
    const { t } = this.i18n;
    const versions = map.versions;
    const from = versions.find((v) => v.id === this.compareFrom) ?? versions[versions.length - 1];
    const to = this.compareTo === 'now' ? { people: map.people } : versions.find((v) => v.id === this.compareTo) ?? { people: map.people };
    const name = (v: { date: string; people: unknown[] }) => t('networkMap.versions.item', { date: this.i18n.formatDate(v.date), count: v.people.length });
    return html`<section part="section" class="versions">
      <h3>${t('networkMap.versions.legend')}</h3>
      ${versions.length
        ? html`<ul>
            ${versions.map((v) => html`<li>${name(v)}${v.note ? html` – ${v.note}` : nothing}</li>`)}
          </ul>`
        : html`<p class="note">${t('networkMap.versions.none')}</p>`}
      ${this.asText
        ? nothing
        : html`<div class="row version-save">
            <label class="inline-field"
              >${t('networkMap.versions.note')}
              <input type="text" maxlength="1000" .value=${this.versionNote} ?disabled=${this.isDisabled} @input=${(e: Event) => (this.versionNote = (e.target as HTMLInputElement).value)}
            /></label>
            <button type="button" data-action="save-version" ?disabled=${this.isDisabled} @click=${() => this.saveVersion()}>${t('networkMap.versions.save')}</button>
          </div>`}
      ${from ? this.renderComparison(map, from, to) : nothing}
    </section>`;
  }

  private renderComparison(map: NetworkMap, from: NetworkMap['versions'][number], to: { people: NetworkPerson[] }) {
    const { t } = this.i18n;
    const comparison = compareNetworkVersions(from, to);
    const value = (field: (typeof COMPARED_FIELDS)[number], person: NetworkPerson) => {
      if (field === 'sphere') return t(`networkMap.spheres.${person.sphere}`);
      if (field === 'ring') return t(`networkMap.rings.${person.ring}`);
      if (field === 'relation') return t(`networkMap.relations.${person.relation}`);
      if (field === 'support') return t(`networkMap.support.${person.support}`);
      return t(person.safeAdult ? 'networkMap.versions.yes' : 'networkMap.versions.no');
    };
    const options = (selected: string | undefined, withNow: boolean) => html`${map.versions.map(
      (v) => html`<option .value=${v.id} ?selected=${v.id === selected}>${t('networkMap.versions.item', { date: this.i18n.formatDate(v.date), count: v.people.length })}</option>`,
    )}
    ${withNow ? html`<option value="now" ?selected=${selected === 'now'}>${t('networkMap.versions.now')}</option>` : nothing}`;
    const nothingChanged = !comparison.joined.length && !comparison.left.length && !comparison.changed.length;
    return html`<div class="compare">
      <h4>${t('networkMap.versions.compare')}</h4>
      ${this.asText
        ? nothing
        : html`<div class="row">
            <label class="inline-field">${t('networkMap.versions.from')} <select data-action="compare-from" ?disabled=${this.isDisabled} @change=${(e: Event) => (this.compareFrom = (e.target as HTMLSelectElement).value)}>${options(from.id, false)}</select></label>
            <label class="inline-field">${t('networkMap.versions.to')} <select data-action="compare-to" ?disabled=${this.isDisabled} @change=${(e: Event) => (this.compareTo = (e.target as HTMLSelectElement).value)}>${options(this.compareTo, true)}</select></label>
          </div>`}
      <div class="comparison" aria-live="polite">
        ${nothingChanged ? html`<p>${t('networkMap.versions.nothing')}</p>` : nothing}
        ${comparison.joined.length
          ? html`<h5>${t('networkMap.versions.joined')}</h5>
              <ul class="joined">
                ${comparison.joined.map((p) => html`<li>${p.name} (${p.role})</li>`)}
              </ul>`
          : nothing}
        ${comparison.left.length
          ? html`<h5>${t('networkMap.versions.left')}</h5>
              <ul class="left">
                ${comparison.left.map((p) => html`<li>${p.name} (${p.role})</li>`)}
              </ul>`
          : nothing}
        ${comparison.changed.length
          ? html`<h5>${t('networkMap.versions.changed')}</h5>
              <ul class="changed">
                ${comparison.changed.map(
                  (c) => html`<li>
                    ${c.after.name}:
                    ${c.fields.map((f) => t('networkMap.versions.change', { field: t(`networkMap.versions.fields.${f}`), before: value(f, c.before), after: value(f, c.after) })).join('; ')}
                  </li>`,
                )}
              </ul>`
          : nothing}
      </div>
    </div>`;
  }

  private invitationsFor(map: NetworkMap): ReturnType<typeof invitationList> {
    if (this.invitationCache?.people !== map.people) this.invitationCache = { people: map.people, list: invitationList(map) };
    return this.invitationCache.list;
  }

  private renderMeeting(map: NetworkMap) {
    const { t } = this.i18n;
    const list = this.invitationsFor(map);
    const group = (title: string, people: NetworkPerson[], kind: string) => html`<div class="invite-group ${kind}">
      <h4>${title}</h4>
      ${this.renderInvitees(people)}
    </div>`;
    return html`<section part="section" class="meeting">
      <h3>${t('networkMap.meeting.legend')}</h3>
      ${this.asText ? nothing : html`<p class="note">${t('networkMap.meeting.intro')}</p>`}
      <div class="row">${group(t('networkMap.meeting.private'), list.private, 'private')} ${group(t('networkMap.meeting.professional'), list.professional, 'professional')}</div>
      ${this.asText
        ? nothing
        : html`<div class="form-actions">
            <button type="button" data-action="send-invitations" ?disabled=${this.isDisabled} @click=${() => this.sendInvitations()}>${t('networkMap.meeting.send')}</button>
            <button type="button" data-action="print-invitations" ?disabled=${this.isDisabled} @click=${() => this.print.print('invitation')}>${t('networkMap.meeting.print')}</button>
          </div>`}
    </section>`;
  }

  /** Who is invited: name, role and the contact details the invitation needs. */
  private renderInvitees(people: readonly NetworkPerson[]) {
    if (!people.length) return html`<p class="note">${this.i18n.t('networkMap.meeting.nobody')}</p>`;
    return html`<ul>
      ${people.map((p) => html`<li>${p.name} (${p.role})${p.contact?.phone ? html` · ${p.contact.phone}` : nothing}${p.contact?.email ? html` · ${p.contact.email}` : nothing}</li>`)}
    </ul>`;
  }

  private renderInvitationPrint(map: NetworkMap) {
    const { t } = this.i18n;
    const list = invitationList(map);
    return html`<article class="invitation-print">
      <h2>${t('networkMap.meeting.printTitle', { child: map.child.displayName })}</h2>
      <h3>${t('networkMap.meeting.private')}</h3>
      ${this.renderInvitees(list.private)}
      <h3>${t('networkMap.meeting.professional')}</h3>
      ${this.renderInvitees(list.professional)}
    </article>`;
  }

  // ---- child mode and the child's map beside the adults' ---------------------------------------

  /** Child mode, when the host asked for it (an unknown mode is the professional's). */
  private get isChildMode(): boolean {
    return this.mode === 'child';
  }

  /**
   * The people as the child placed them: where the child put them, the child's word for how it is to be
   * with them, and nothing the child did not say (no arrows, no star; no line until the child has said).
   */
  private childMap(people: readonly NetworkPerson[]): { placed: NetworkPerson[]; lineless: Set<string> } {
    if (this.childMapCache?.people !== people) {
      const placed: NetworkPerson[] = [];
      const lineless = new Set<string>();
      for (const p of people) {
        const c = p.childPlacement;
        if (!c) continue;
        if (!c.relation) lineless.add(p.id);
        // Drawn in the adults' sector until the child says where they know the person from.
        placed.push({ ...p, sphere: c.sphere ?? p.sphere, ring: c.ring, relation: c.relation ?? 'ordinary', support: 'none', safeAdult: false });
      }
      this.childMapCache = { people, placed, lineless };
    }
    return this.childMapCache;
  }

  /** A drawing that is looked at, not edited: the child's map, or either map in the side-by-side view. */
  /** `label` names the drawing, or `labelledBy` the id of a caption that does. */
  private renderStillMap(people: NetworkPerson[], label: { text?: string; labelledBy?: string }, lineless?: ReadonlySet<string>, childWords = false) {
    const layout = this.layoutFor(people);
    const e = layout.extent;
    return html`<div class="map-scroll" tabindex="0" role="group" aria-label=${label.text ?? nothing} aria-labelledby=${label.labelledBy ?? nothing}>
      <svg class="map still" viewBox="${-e} ${-e} ${2 * e} ${2 * e}">
        ${drawNetworkMap({
          layout,
          people,
          childName: this.value!.child.displayName,
          label: (p) => (lineless ? this.childLabel(p, lineless, childWords) : this.personLabel(p)),
          sphereName: (sphere) => this.i18n.t(`networkMap.spheres.${sphere}`),
          interactive: false,
          lineless,
        })}
      </svg>
    </div>`;
  }

  /** A person on the child's map, named by what the child said only. */
  private childLabel(person: NetworkPerson, lineless: ReadonlySet<string>, toChild: boolean): string {
    const { t } = this.i18n;
    const relation = t(`networkMap.childMode.relations.${person.relation}`);
    const says = lineless.has(person.id) ? '' : t(toChild ? 'networkMap.childMode.youSay' : 'networkMap.childMode.says', { relation });
    // Read to the child in the child's words; to the adults beside the adults' map in theirs.
    const place = toChild ? { sphere: t(`networkMap.childMode.spheres.${person.sphere}`), ring: t(`networkMap.childMode.rings.${person.ring}`) } : this.placeText(person);
    return t('networkMap.childMode.personLabel', { name: person.name || t('networkMap.person.unnamed'), role: person.role, ...place, says });
  }

  private renderReadAloud(text: () => string) {
    if (!canReadAloud()) return nothing;
    const { t, locale } = this.i18n;
    return html`<button type="button" class="read-aloud" @click=${async () => {
      if (!(await readAloud(text(), locale))) this.announce(t('networkMap.childMode.noVoice'));
    }}>
      <svg class="speaker" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
        <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
      </svg>
      ${t('networkMap.childMode.readAloud')}
    </button>`;
  }

  private renderChildMode(map: NetworkMap) {
    const { t } = this.i18n;
    const child = map.child.displayName;
    const { placed, lineless } = this.childMap(map.people);
    const selected = map.people.find((p) => p.id === this.childSelected);
    const ro = this.asText || this.isDisabled;
    const intro = t('networkMap.childMode.intro', { child });
    return html`<div class="child-mode">
      ${this.asText ? nothing : html`<div class="toolbar"><button type="button" data-action="adult-mode" @click=${() => this.switchMode('professional')}>${t('networkMap.childMode.leave')}</button></div>`}
      <div class="child-intro">
        <p class="child-lead" tabindex="-1">${intro}</p>
        ${this.asText ? nothing : this.renderReadAloud(() => intro)}
        <p class="note">${t('networkMap.childMode.adultNote')}</p>
      </div>
      <div class="map-container child-map">${this.renderStillMap(placed, { text: t('networkMap.childMode.mapLabel', { child }) }, lineless, true)}</div>
      <h3 id="child-people-title">${t('networkMap.childMode.people')}</h3>
      ${map.people.length && placed.length === map.people.length ? html`<p class="note">${t('networkMap.childMode.allPlaced')}</p>` : nothing}
      <ul class="child-people" aria-labelledby="child-people-title">
        ${map.people.map((p) => {
          const name = p.name || t('networkMap.person.unnamed');
          const state = t(p.childPlacement ? 'networkMap.childMode.placed' : 'networkMap.childMode.notPlaced');
          return html`<li>
            <button
              type="button"
              class="child-person ${p.childPlacement ? 'placed' : ''}"
              data-id=${p.id}
              aria-pressed=${selected?.id === p.id ? 'true' : 'false'}
              ?disabled=${ro}
              @click=${() => this.chooseForChild(p.id)}
            >
              <span class="badge" aria-hidden="true">${initials(name)}</span>
              <span class="who"><span class="name">${name}</span> <span class="role">${p.role}</span></span>
              <span class="state">${p.childPlacement ? '✓ ' : ''}${state}</span>
            </button>
          </li>`;
        })}
      </ul>
      ${selected ? this.renderChildQuestions(map, selected) : nothing} ${ro ? nothing : this.renderChildAdd()}
    </div>`;
  }

  /** Between the adults' map and child mode; focus goes to the top of what is shown now. */
  private switchMode(mode: NetworkMapMode): void {
    this.mode = mode;
    this.picked = undefined;
    this.preview = undefined;
    this.editingId = undefined;
    void this.updateComplete.then(() => {
      const root = this.renderRoot;
      const target = mode === 'child' ? root.querySelector<HTMLElement>('.child-lead') : (root.querySelector<HTMLElement>('[data-action="child-mode"]') ?? root.querySelector<HTMLElement>('.view-chooser input:checked'));
      target?.focus();
    });
  }

  private chooseForChild(id: string): void {
    this.childSelected = id;
    void this.focusIn('#child-questions-title');
  }

  private renderChildQuestions(map: NetworkMap, person: NetworkPerson) {
    const { t } = this.i18n;
    const index = map.people.indexOf(person);
    const key = (field: string) => `people.${index}.childPlacement.${field}`;
    const name = person.name || t('networkMap.person.unnamed');
    const placement = person.childPlacement;
    const spoken = () => {
      const ask = (question: string, choices: string[]) => `${question} ${t('networkMap.childMode.spokenChoices', { choices: choices.join(', ') })}`;
      const parts = [ask(t('networkMap.childMode.ring', { name }), RING_VALUES.map((r) => t(`networkMap.childMode.rings.${r}`)))];
      if (placement) {
        parts.push(ask(t('networkMap.childMode.sphere', { name }), SPHERES.map((sphere) => t(`networkMap.childMode.spheres.${sphere}`))));
        parts.push(ask(t('networkMap.childMode.relation', { name }), RELATIONS.map((r) => t(`networkMap.childMode.relations.${r}`))));
      }
      return parts.join(' ');
    };
    const next = map.people.slice(index + 1).concat(map.people.slice(0, index)).find((p) => !p.childPlacement) ?? map.people[(index + 1) % map.people.length];
    return html`<section class="child-questions" part="section" aria-labelledby="child-questions-title">
      <h3 id="child-questions-title" tabindex="-1">${t('networkMap.childMode.askTitle', { name })}</h3>
      ${this.asText ? nothing : this.renderReadAloud(spoken)}
      <div class="child-choices">
        ${this.fields.choices(key('ring'), t('networkMap.childMode.ring', { name }), RING_VALUES, placement ? (String(placement.ring) as '1') : undefined, (r) => t(`networkMap.childMode.rings.${r}`), (r) => this.placeForChild(person, { ring: Number(r) }), { optional: false })}
      </div>
      ${placement
        ? html`<div class="child-choices">
              ${this.fields.choices(key('sphere'), t('networkMap.childMode.sphere', { name }), SPHERES, placement.sphere, (sphere) => t(`networkMap.childMode.spheres.${sphere}`), (sphere) => this.placeForChild(person, { sphere }), { optional: false })}
            </div>
            <div class="child-choices">
              ${this.fields.choices(key('relation'), t('networkMap.childMode.relation', { name }), RELATIONS, placement.relation, (r) => t(`networkMap.childMode.relations.${r}`), (relation) => this.placeForChild(person, { relation }), { optional: false })}
            </div>
            ${this.fields.text(key('words'), t('networkMap.childMode.words', { name }), placement.words, (words) => this.placeForChild(person, { words }, false), {
              verbatim: true,
              optional: false,
              max: 1000,
              rows: 3,
            })}`
        : nothing}
      ${this.asText || !next || next.id === person.id
        ? nothing
        : html`<div class="form-actions"><button type="button" class="primary next-person" ?disabled=${this.isDisabled} @click=${() => this.chooseForChild(next.id)}>${t('networkMap.childMode.next')}</button></div>`}
    </section>`;
  }

  /**
   * Writes what the child said about a person into `childPlacement` (the adults' placement stays as it
   * is, except for someone the child added now: the adults' map has them where the child put them).
   */
  private placeForChild(person: NetworkPerson, patch: Partial<NonNullable<NetworkPerson['childPlacement']>>, commit = true): void {
    const current = this.value?.people.find((p) => p.id === person.id) ?? person;
    const before = current.childPlacement;
    const placement = { ring: before?.ring ?? current.ring, ...before, ...patch };
    if (!placement.words) delete placement.words;
    const adults = this.childAdded.has(person.id) ? { ring: placement.ring, ...(placement.sphere ? { sphere: placement.sphere } : {}) } : {};
    this.updatePerson(person.id, { childPlacement: placement, ...adults }, commit);
    const { t } = this.i18n;
    const name = current.name || t('networkMap.person.unnamed');
    // The answer just given, in the child's words.
    const said = patch.ring !== undefined ? t(`networkMap.childMode.rings.${patch.ring}`) : patch.sphere ? t(`networkMap.childMode.spheres.${patch.sphere}`) : patch.relation ? t(`networkMap.childMode.relations.${patch.relation}`) : undefined;
    if (said) this.announce(t('networkMap.childMode.placedAt', { name, ring: said }));
  }

  private renderChildAdd() {
    const { t } = this.i18n;
    const draft = this.childNew;
    return html`<section class="child-add" part="section" aria-labelledby="child-add-title">
      <h3 id="child-add-title">${t('networkMap.childMode.add')}</h3>
      <div class="row">
        <label class="inline-field">${t('networkMap.childMode.addName')}
          <input type="text" name="child-new-name" maxlength="100" .value=${draft.name} @input=${(e: Event) => (this.childNew = { ...this.childNew, name: (e.target as HTMLInputElement).value })}
            @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && (e.preventDefault(), this.addForChild())} />
        </label>
        <label class="inline-field">${t('networkMap.childMode.addRole')}
          <input type="text" name="child-new-role" maxlength="100" .value=${draft.role} @input=${(e: Event) => (this.childNew = { ...this.childNew, role: (e.target as HTMLInputElement).value })}
            @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && (e.preventDefault(), this.addForChild())} />
        </label>
      </div>
      <div class="form-actions"><button type="button" data-action="child-add" ?disabled=${!draft.name.trim() || this.mapFull} @click=${() => this.addForChild()}>${t('networkMap.childMode.addButton')}</button></div>
    </section>`;
  }

  /** Someone the child names is on the map at once, told by the child; the questions about them follow. */
  private addForChild(): void {
    const name = this.childNew.name.trim();
    if (!name || !this.value || this.mapFull) return;
    const person: NetworkPerson = {
      id: newId(),
      name,
      role: this.childNew.role.trim(),
      sphere: 'familie',
      ring: 2,
      relation: 'ordinary',
      support: 'none',
      safeAdult: false,
      source: 'barnet',
      invite: false,
    };
    this.childAdded.add(person.id);
    this.childNew = { name: '', role: '' };
    this.setPeople([...this.value.people, person], [], true);
    this.announce(this.i18n.t('networkMap.childMode.added', { name }));
    this.chooseForChild(person.id);
  }

  /** The adults' map and the child's own, side by side, with where they differ and the child's words. */
  private renderBeside(map: NetworkMap) {
    const { t } = this.i18n;
    const child = map.child.displayName;
    const { placed, lineless } = this.childMap(map.people);
    const ring = (r: number) => t(`networkMap.rings.${r}`);
    const differences: string[] = [];
    const notPlaced: string[] = [];
    for (const p of map.people) {
      const c = p.childPlacement;
      const name = p.name || t('networkMap.person.unnamed');
      if (!c) {
        notPlaced.push(name);
        continue;
      }
      if (c.ring !== p.ring) differences.push(t(c.ring < p.ring ? 'networkMap.beside.closer' : 'networkMap.beside.further', { name, adults: ring(p.ring), child: ring(c.ring) }));
      if (c.sphere && c.sphere !== p.sphere) differences.push(t('networkMap.beside.sphere', { name, adults: t(`networkMap.spheres.${p.sphere}`), child: t(`networkMap.spheres.${c.sphere}`) }));
      if (c.relation && c.relation !== p.relation) differences.push(t('networkMap.beside.relation', { name, adults: t(`networkMap.relations.${p.relation}`), child: t(`networkMap.childMode.relations.${c.relation}`) }));
    }
    const words = map.people.filter((p) => p.childPlacement?.words?.trim());
    return html`<div class="beside">
        <figure class="beside-map">
          <figcaption id="beside-adults">${t('networkMap.beside.adults')}</figcaption>
          ${this.renderStillMap(map.people, { labelledBy: 'beside-adults' })}
        </figure>
        <figure class="beside-map">
          <figcaption id="beside-child">${t('networkMap.beside.child', { child })}</figcaption>
          ${this.renderStillMap(placed, { labelledBy: 'beside-child' }, lineless)}
        </figure>
      </div>
      <section part="section" class="differences">
        <h3>${t('networkMap.beside.differences')}</h3>
        ${!placed.length
          ? html`<p class="note">${t('networkMap.beside.nobody')}</p>
              ${this.asText ? nothing : html`<button type="button" data-action="child-mode" ?disabled=${this.isDisabled} @click=${() => this.switchMode('child')}>${t('networkMap.childMode.enter')}</button>`}`
          : html`${differences.length ? html`<ul>${differences.map((d) => html`<li>${d}</li>`)}</ul>` : html`<p>${t('networkMap.beside.none')}</p>`}
            ${notPlaced.length ? html`<p>${t('networkMap.beside.notPlaced', { names: notPlaced.join(', ') })}</p>` : nothing}`}
        ${words.length
          ? html`<h4>${t('networkMap.beside.words')}</h4>
              <ul class="child-words">
                ${words.map((p) => html`<li><strong>${p.name}:</strong> <q class="verbatim">${p.childPlacement!.words}</q></li>`)}
              </ul>`
          : nothing}
      </section>`;
  }

  private renderExport() {
    const { t } = this.i18n;
    return html`<section part="section" class="export">
      <h3>${t('networkMap.export.legend')}</h3>
      <div class="form-actions">
        <button type="button" data-action="export-svg" ?disabled=${this.isDisabled} @click=${() => this.download(new Blob([this.toSVG()], { type: 'image/svg+xml' }), 'svg')}>${t('networkMap.export.svg')}</button>
        <button type="button" data-action="export-png" ?disabled=${this.isDisabled} @click=${async () => this.download(await this.toPNG(), 'png')}>${t('networkMap.export.png')}</button>
      </div>
    </section>`;
  }
}
