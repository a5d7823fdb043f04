// The list editor's typed-but-not-yet-saved text, kept outside the item cards: a card is remounted when its item
// moves to another section, and what the lecturer typed must survive that. One entry per field
// ("item-12-note"); the cards read their entry through useSyncExternalStore.

export type FieldState = 'saved' | 'unsaved' | 'saving' | 'conflict' | 'failed';

export interface FieldEntry {
  /** The text in the field; null while the field shows the saved value. */
  draft: string | null;
  /** The saved value the draft was started from: a conflict is harmless when the server still has it. */
  base: string;
  state: FieldState;
}

const CLEAN: FieldEntry = { draft: null, base: '', state: 'saved' };

export class DraftStore {
  private entries = new Map<string, FieldEntry>();
  private listeners = new Set<() => void>();

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** Whether the field was typed in since the page loaded (its "Saved" then stays shown). */
  has = (key: string): boolean => this.entries.has(key);

  /** The same object until the entry changes, as useSyncExternalStore requires. */
  get = (key: string): FieldEntry => this.entries.get(key) ?? CLEAN;

  update(key: string, change: Partial<FieldEntry>) {
    this.entries.set(key, { ...this.get(key), ...change });
    this.listeners.forEach((listener) => listener());
  }

  /** The user typed: the field is unsaved unless it is back to its saved text. */
  type(key: string, text: string, saved: string) {
    const entry = this.get(key);
    const base = entry.draft === null ? saved : entry.base;
    const state = sameText(text, saved) && entry.state !== 'conflict' ? 'saved' : 'unsaved';
    this.update(key, { draft: text, base, state: entry.state === 'conflict' ? 'conflict' : state });
  }

  /** Forgets the draft so the field shows the saved value again. */
  drop(key: string) {
    this.entries.delete(key);
    this.listeners.forEach((listener) => listener());
  }

  /** True while any field holds text that is not on the server. */
  anyUnsaved(): boolean {
    return [...this.entries.values()].some((entry) => entry.state !== 'saved');
  }

  keys(): string[] {
    return [...this.entries.keys()];
  }
}

/** The server trims text and stores an empty field as null. */
export const sameText = (draft: string, saved: string | null) => draft.trim() === (saved ?? '');

export const fieldKey = (itemId: number, field: 'note' | 'question') => `item-${itemId}-${field}`;
