import { describe, expect, it } from 'vitest';
import {
  editPathOf,
  forgetList,
  readRemembered,
  REMEMBERED_KEY,
  rememberList,
} from '@/lib/reading-lists/remembered-lists';

class MemoryStorage {
  values = new Map<string, string>();
  getItem = (key: string) => this.values.get(key) ?? null;
  setItem = (key: string, value: string) => void this.values.set(key, value);
}

const entry = (id: string, title = id) => ({
  id,
  title,
  editToken: `edit-${id}-aaaaaaaaaaaaaaaa`,
  shareToken: `share-${id}-bbbbbbbbbbbbbbbb`,
});

describe('lists remembered in this browser', () => {
  it('remembers newest first, refreshes titles without duplicates, and forgets', () => {
    const storage = new MemoryStorage();
    rememberList(storage, entry('a'));
    rememberList(storage, entry('b'));
    rememberList(storage, entry('a', 'Renamed'));
    expect(readRemembered(storage).map((l) => [l.id, l.title])).toEqual([
      ['a', 'Renamed'],
      ['b', 'b'],
    ]);
    forgetList(storage, 'a');
    expect(readRemembered(storage).map((l) => l.id)).toEqual(['b']);
  });

  it('survives corrupt storage', () => {
    const storage = new MemoryStorage();
    storage.setItem(REMEMBERED_KEY, '{not json');
    expect(readRemembered(storage)).toEqual([]);
    storage.setItem(REMEMBERED_KEY, JSON.stringify([{ id: 'x' }, { ...entry('ok'), savedAt: 'now' }]));
    expect(readRemembered(storage).map((l) => l.id)).toEqual(['ok']);
  });

  it('builds edit links with the token encoded', () => {
    expect(editPathOf({ id: 'abc', editToken: 'a-b_c' })).toBe('/lists/abc/edit?token=a-b_c');
  });
});

describe('lists remembered where the browser allows no storage', () => {
  it('does nothing, and throws nothing, without a storage', () => {
    expect(() => rememberList(null, entry('a'))).not.toThrow();
    expect(() => forgetList(null, 'a')).not.toThrow();
  });
});
