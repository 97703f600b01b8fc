import { describe, expect, it } from 'vitest';
import { heal, rowsByKey } from '../../notion-sync/heal.js';
import type { RemoteRow } from '../../notion-sync/rows.js';

const row = (pageId: string, done: boolean, reflection: string | null): RemoteRow => ({ pageId, key: 'c1/20261123/1', done, reflection, lastEditedTime: '', lastEditedBy: undefined, inTrash: false, contentHash: 'h' });

describe('heal', () => {
  it('should keep the same row on every device, Done if any copy is done, every distinct answer kept', () => {
    const rows = [row('b', true, 'Phone answer'), row('a', false, 'Laptop answer'), row('c', false, 'Laptop answer')];
    const one = heal(rowsByKey(rows), {});
    const other = heal(rowsByKey([...rows].reverse()), {});
    expect(one.heals).toEqual(other.heals);
    expect(one.heals).toEqual([{ key: 'c1/20261123/1', keepPageId: 'a', trashPageIds: ['b', 'c'], write: { done: true, reflection: 'Laptop answer\n\nPhone answer' } }]);
    expect(one.remote.get('c1/20261123/1')).toMatchObject({ pageId: 'a', done: true, reflection: 'Laptop answer\n\nPhone answer' });
  });

  it('should count the row the base names among the copies, and heal nothing for a single row', () => {
    const base = { 'c1/20261123/1': { pageId: 'a', contentHash: 'h', done: true, reflection: null } };
    expect(heal(rowsByKey([row('b', false, null)]), base).heals).toEqual([{ key: 'c1/20261123/1', keepPageId: 'a', trashPageIds: ['b'] }]);
    expect(heal(rowsByKey([row('a', false, null)]), base).heals).toEqual([]);
  });
});
