// One scenario for the plugin's index store, run by test/plugin/index-store.test.ts
// against the fake IndexedDB (in Node) and against Chromium's own (in a page):
// what it answers must be the same in both.
import { indexedDbStore } from '../../obsidian-plugin/index-store.js';

const a = { path: 'clients/dana/2026-11-23 session.md', size: 120, mtime: 1700000000000, key: '1|0.1.0|[]', kept: { head: '{"meta":{}}', body: '{"commitments":[]}' } };
const b = { path: 'journal/2026-11-24.md', size: 40, mtime: 1700000000500, key: '1|0.1.0|[]', kept: null };

/** Put a record of another shape straight into the database, as a damaged or foreign one would be. */
function putRaw(factory: IDBFactory, name: string, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = factory.open(name, 1);
    open.onsuccess = () => {
      const tx = open.result.transaction('notes', 'readwrite');
      tx.objectStore('notes').put(value);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('put failed'));
    };
    open.onerror = () => reject(open.error ?? new Error('open failed'));
  });
}

export async function indexStoreScenario(factory: IDBFactory): Promise<unknown[]> {
  const answers: unknown[] = [];
  const name = 'follow-through/index/scenario';
  const store = indexedDbStore(factory, name);
  if (!store) return ['no store'];
  const seen = async () => [...(await store.load()).values()].sort((x, y) => (x.path < y.path ? -1 : 1));
  answers.push(await seen());
  await store.update([a, b], []);
  answers.push(await seen());
  await store.update([{ ...a, size: 121 }], [b.path, 'never kept.md']);
  answers.push(await seen());
  await putRaw(factory, name, { path: 'odd.md', size: 'big', mtime: 1, key: 'k', kept: null });
  await putRaw(factory, name, { path: 'odd kept.md', size: 1, mtime: 1, key: 'k', kept: { head: 1 } });
  answers.push(await seen());
  await store.update([], []);
  // A new launch: the same database, opened again.
  const again = indexedDbStore(factory, name);
  answers.push(again ? [...(await again.load()).values()] : 'no store');
  answers.push(indexedDbStore(undefined, name) === undefined);
  return answers;
}
