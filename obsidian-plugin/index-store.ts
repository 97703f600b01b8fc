// The plugin's index kept between launches, in the browser's IndexedDB (where
// Dataview keeps its cache too): per note, keyed by its path, size and
// modification time, with the reading options and the plugin's version. It is on
// this device only, never in the vault, so no sync service carries it. A record
// that is not of this shape is passed over; an IndexedDB that fails only costs
// the next launch its speed (the notes are read again).
import type { KeptReading } from '../core/index.js';

/** One note as kept between launches. */
export interface StoredNote {
  path: string;
  size: number;
  mtime: number;
  /** The reading options and the plugin's version it was read with: any other reads it again. */
  key: string;
  /** The reading (see core's `keepReading`), or null for a note that holds no commitments. */
  kept: KeptReading | null;
}

/** Where the plugin keeps its index between launches. */
export interface IndexStore {
  /** Every note kept (none when there is nothing yet, or nothing that reads). */
  load(): Promise<Map<string, StoredNote>>;
  /** Keep these notes (replacing what was kept under their paths), and forget these paths. */
  update(put: readonly StoredNote[], remove: readonly string[]): Promise<void>;
}

const notesStore = 'notes';

function isStoredNote(value: unknown): value is StoredNote {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<StoredNote>;
  const kept = v.kept;
  return (
    typeof v.path === 'string' &&
    typeof v.size === 'number' &&
    typeof v.mtime === 'number' &&
    typeof v.key === 'string' &&
    (kept === null || (!!kept && typeof kept === 'object' && typeof kept.head === 'string' && typeof kept.body === 'string'))
  );
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/** The index in IndexedDB database `name` (one per vault); undefined where the platform has no IndexedDB. */
export function indexedDbStore(factory: IDBFactory | undefined, name: string): IndexStore | undefined {
  if (!factory) return undefined;
  let database: Promise<IDBDatabase> | undefined;
  const open = (): Promise<IDBDatabase> =>
    (database ??= new Promise((resolve, reject) => {
      const request = factory.open(name, 1);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(notesStore)) request.result.createObjectStore(notesStore, { keyPath: 'path' });
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB would not open'));
      request.onblocked = () => reject(new Error('IndexedDB is held by another window'));
    }));
  return {
    async load() {
      const db = await open();
      const all = await done(db.transaction(notesStore, 'readonly').objectStore(notesStore).getAll());
      const out = new Map<string, StoredNote>();
      for (const value of all as unknown[]) if (isStoredNote(value)) out.set(value.path, value);
      return out;
    },
    async update(put, remove) {
      if (put.length === 0 && remove.length === 0) return;
      const db = await open();
      const tx = db.transaction(notesStore, 'readwrite');
      const store = tx.objectStore(notesStore);
      for (const path of remove) store.delete(path);
      for (const note of put) store.put(note);
      await committed(tx);
    },
  };
}
