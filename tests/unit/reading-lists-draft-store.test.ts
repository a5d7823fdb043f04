import { describe, expect, it } from 'vitest';
import { DraftStore, fieldKey } from '@/components/reading-lists/draft-store';

describe('the list editor draft store', () => {
  const key = fieldKey(7, 'note');

  it('keeps the saved value a draft started from, and marks the field unsaved until it matches again', () => {
    const store = new DraftStore();
    store.type(key, 'Read chapter 3', 'old note');
    expect(store.get(key)).toEqual({ draft: 'Read chapter 3', base: 'old note', state: 'unsaved' });
    expect(store.anyUnsaved()).toBe(true);
    store.type(key, 'old note ', 'old note'); // the server trims: this is the saved text
    expect(store.get(key).state).toBe('saved');
    expect(store.get(key).base).toBe('old note');
    expect(store.anyUnsaved()).toBe(false);
  });

  it('keeps a conflict until the user chooses to save, however much they type', () => {
    const store = new DraftStore();
    store.type(key, 'mine', '');
    store.update(key, { state: 'conflict', base: 'theirs' });
    store.type(key, 'mine, longer', 'theirs');
    expect(store.get(key)).toMatchObject({ draft: 'mine, longer', state: 'conflict' });
    expect(store.anyUnsaved()).toBe(true);
  });

  it('returns the same entry object until it changes, and tells its subscribers when it does', () => {
    const store = new DraftStore();
    let calls = 0;
    const unsubscribe = store.subscribe(() => calls++);
    const before = store.get(key);
    expect(store.get(key)).toBe(before);
    store.type(key, 'x', '');
    expect(store.get(key)).not.toBe(before);
    store.drop(key);
    expect(calls).toBe(2);
    unsubscribe();
    store.type(key, 'y', '');
    expect(calls).toBe(2);
  });
});
