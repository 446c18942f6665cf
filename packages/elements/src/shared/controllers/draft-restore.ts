import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DraftController } from '../drafts/draft-controller.js';
import type { DraftEntry } from '../drafts/draft-store.js';

interface RestorableRecord {
  id: string;
  updatedAt?: string;
}

export interface DraftRestoreOptions<T extends RestorableRecord> {
  drafts: DraftController<T>;
  /** The record the widget holds now. */
  current: () => T | undefined;
  /** False while drafts must not change the record (read-only, disabled). */
  enabled: () => boolean;
  /** The stored draft as the widget can use it (opened by the model), or `undefined` when it cannot. */
  open: (stored: unknown) => T | undefined;
  /** Puts a newer draft in place (and tells the host and the user). */
  apply: (draft: T, entry: DraftEntry<T>) => void;
}

/**
 * Brings a saved draft back when a widget opens a record: once per record id, after the update that
 * opened it, and only when the draft is newer than what the widget holds and nothing was typed while it
 * was looked up — an older draft never replaces newer work, and nothing typed meanwhile is lost. For a
 * record the widget started itself, the draft it started earlier for the same child and author is
 * brought back instead (see `DraftControllerOptions.openDraft`).
 */
export class DraftRestoreController<T extends RestorableRecord> implements ReactiveController {
  /** The record id a draft was last looked up for. */
  private lookedUpFor?: string;
  /** The record's `updatedAt` when the lookup began: a later one means the user edited while we looked. */
  private updatedAtWhenLooked?: string;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: DraftRestoreOptions<T>,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const value = this.options.current();
    if (!value || this.lookedUpFor === value.id || !this.options.enabled()) return;
    this.lookedUpFor = value.id;
    this.updatedAtWhenLooked = value.updatedAt;
    // After this update: looking for the draft first saves a pending edit, which re-renders the status.
    queueMicrotask(() => void this.restore(value.id));
  }

  private async restore(id: string): Promise<void> {
    const entry = await this.options.drafts.restore();
    const current = this.options.current();
    if (!entry || !current || current.id !== id) return;
    // Typed while the store was being asked (a slow store, or a second tab saving at once): what is on the
    // screen stays. Another tab's save reaches this one as it happens, field by field, not by restoring.
    if (current.updatedAt !== this.updatedAtWhenLooked) return;
    const draft = this.options.open(entry.value);
    if (!draft) return;
    // A draft of another record is the one this widget started earlier for the same child (the host gave
    // none): it replaces the empty record just made, in which nothing was typed.
    if (draft.id === current.id && (draft.updatedAt ?? '') <= (current.updatedAt ?? '')) return;
    this.options.apply(draft, entry);
  }
}
