// A small in-memory IndexedDB: the part the plugin's index store uses (open with
// an upgrade, one object store with a key path, getAll, put, delete, in
// transactions that complete once their requests are done). Requests answer
// later, never in the call, as in a browser; values are stored as structured
// clones. test/plugin/index-store.test.ts runs one scenario against this and
// against Chromium's own IndexedDB and holds the two to the same answers.

type Handler = ((event: unknown) => void) | null;

class Request<T> {
  result: T | undefined;
  error: Error | null = null;
  onsuccess: Handler = null;
  onerror: Handler = null;
  onupgradeneeded: Handler = null;
  onblocked: Handler = null;
}

class ObjectStore {
  constructor(
    private readonly rows: Map<unknown, unknown>,
    private readonly keyPath: string,
    private readonly tx: Transaction,
  ) {}

  getAll(): Request<unknown[]> {
    return this.tx.queue(() => [...[...this.rows.entries()].sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1)).map(([, v]) => structuredClone(v))]);
  }

  put(value: unknown): Request<unknown> {
    this.tx.writable();
    const key = (value as Record<string, unknown>)[this.keyPath];
    const copy = structuredClone(value);
    return this.tx.queue(() => {
      this.rows.set(key, copy);
      return key;
    });
  }

  delete(key: unknown): Request<undefined> {
    this.tx.writable();
    return this.tx.queue(() => {
      this.rows.delete(key);
      return undefined;
    });
  }
}

class Transaction {
  oncomplete: Handler = null;
  onerror: Handler = null;
  onabort: Handler = null;
  error: Error | null = null;
  private readonly work: Array<() => void> = [];

  constructor(
    private readonly db: Database,
    private readonly mode: 'readonly' | 'readwrite',
  ) {
    // Requests made in this task run in order, then the transaction completes.
    setTimeout(() => {
      for (const run of this.work) run();
      this.oncomplete?.({});
    }, 0);
  }

  writable(): void {
    if (this.mode !== 'readwrite') throw Object.assign(new Error('The transaction is read-only.'), { name: 'ReadOnlyError' });
  }

  queue<T>(run: () => T): Request<T> {
    const request = new Request<T>();
    this.work.push(() => {
      request.result = run();
      request.onsuccess?.({});
    });
    return request;
  }

  objectStore(name: string): ObjectStore {
    const store = this.db.stores.get(name);
    if (!store) throw Object.assign(new Error(`No object store named ${name}.`), { name: 'NotFoundError' });
    return new ObjectStore(store.rows, store.keyPath, this);
  }
}

class Database {
  readonly stores = new Map<string, { keyPath: string; rows: Map<unknown, unknown> }>();
  version = 0;

  get objectStoreNames(): { contains: (name: string) => boolean } {
    return { contains: (name) => this.stores.has(name) };
  }

  createObjectStore(name: string, options: { keyPath: string }): void {
    this.stores.set(name, { keyPath: options.keyPath, rows: new Map() });
  }

  transaction(name: string, mode: 'readonly' | 'readwrite' = 'readonly'): Transaction {
    if (!this.stores.has(name)) throw Object.assign(new Error(`No object store named ${name}.`), { name: 'NotFoundError' });
    return new Transaction(this, mode);
  }

  close(): void {
    // nothing to let go of in memory
  }
}

/** An IndexedDB factory holding its databases in memory, for as long as the object lives (one "device"). */
export class FakeIndexedDB {
  private readonly databases = new Map<string, Database>();

  open(name: string, version = 1): Request<Database> {
    const request = new Request<Database>();
    setTimeout(() => {
      let db = this.databases.get(name);
      const upgrade = !db || db.version < version;
      if (!db) this.databases.set(name, (db = new Database()));
      request.result = db;
      if (upgrade) {
        db.version = version;
        request.onupgradeneeded?.({});
      }
      request.onsuccess?.({});
    }, 0);
    return request;
  }

  /** Test hook: how many databases were made. */
  get size(): number {
    return this.databases.size;
  }
}

/** The fake as the platform's type, for code that takes a browser's `indexedDB`. */
export function fakeIndexedDB(): IDBFactory & FakeIndexedDB {
  return new FakeIndexedDB() as unknown as IDBFactory & FakeIndexedDB;
}
