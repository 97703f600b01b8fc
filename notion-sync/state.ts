// The sync state in the vault, `.follow-through/notion.json`: the targets (what
// syncs where), and per data source the base of the three-way merge.

import { clientNameKey } from '../core/index.js';
import { StateFileError } from './errors.js';

/** Where the state lives, relative to the vault (with `/`, as Obsidian names paths; Node's fs takes it on every platform). */
export const stateFile = '.follow-through/notion.json';

/** One sync target: notes matching it (by note, folder or client) sync to this database. */
export interface Target {
  client?: string;
  folder?: string;
  note?: string;
  databaseId: string;
  dataSourceId: string;
}

/** The last value read from Notion, while it is not yet in the note (a pull that could not be written). */
export interface Seen {
  done: boolean;
  reflection: string | null;
}

/** The base of the three-way merge for one row: what both sides agreed on at the last sync. */
export interface Base {
  /** The row's page, or null while a create is pending (sent, not yet confirmed). */
  pageId: string | null;
  contentHash: string;
  done: boolean;
  reflection: string | null;
  /** Set before a create is sent; a pending key is looked up by Key before it is created again. */
  pending?: true;
  seen?: Seen;
}

/** What the sync keeps per data source. */
export interface DataSourceState {
  /** The integration's bot user, whose own edits the incremental pull skips. */
  botId?: string;
  /** When the last complete pull started (ISO date-time). */
  lastPulledAt?: string;
  rows: Record<string, Base>;
}

/** The whole state file. */
export interface SyncState {
  version: 1;
  targets: Target[];
  /** Put an `obsidian://` link on each row (reveals vault and note names). Default: false. */
  noteLinks?: boolean;
  dataSources: Record<string, DataSourceState>;
}

// The file is checked by hand, strictly (unknown keys are refused), rather
// than with zod: the plugin bundles this, and zod's record, literal and strict
// objects cost it more than this does.

/** A value that does not fit: what was expected, and where. */
class Misfit extends Error {
  constructor(reason: string, at: readonly string[]) {
    super(`${reason}${at.length > 0 ? ` at ${at.join('.')}` : ''}`);
  }
}

type Check = (value: unknown, at: readonly string[]) => void;

const string: Check = (v, at) => {
  if (typeof v !== 'string') throw new Misfit('expected a string', at);
};
const nonEmpty: Check = (v, at) => {
  if (typeof v !== 'string' || v === '') throw new Misfit('expected a non-empty string', at);
};
const boolean: Check = (v, at) => {
  if (typeof v !== 'boolean') throw new Misfit('expected true or false', at);
};
const nullable =
  (check: Check): Check =>
  (v, at) => {
    if (v !== null) check(v, at);
  };
const literal =
  (value: unknown): Check =>
  (v, at) => {
    if (v !== value) throw new Misfit(`expected ${JSON.stringify(value)}`, at);
  };
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** An object with exactly these keys (those marked optional may be missing). */
const strict =
  (required: Record<string, Check>, optional: Record<string, Check> = {}): Check =>
  (v, at) => {
    if (!isRecord(v)) throw new Misfit('expected an object', at);
    const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);
    for (const key of Object.keys(v)) if (!has(required, key) && !has(optional, key)) throw new Misfit(`unknown key "${key}"`, at);
    for (const [key, check] of Object.entries(required)) {
      if (!has(v, key)) throw new Misfit('a required value is missing', [...at, key]);
      check(v[key], [...at, key]);
    }
    for (const [key, check] of Object.entries(optional)) if (v[key] !== undefined) check(v[key], [...at, key]);
  };
const recordOf =
  (check: Check): Check =>
  (v, at) => {
    if (!isRecord(v)) throw new Misfit('expected an object', at);
    for (const [key, value] of Object.entries(v)) check(value, [...at, key]);
  };
const arrayOf =
  (check: Check): Check =>
  (v, at) => {
    if (!Array.isArray(v)) throw new Misfit('expected a list', at);
    v.forEach((value, i) => check(value, [...at, String(i)]));
  };

const checkTarget = strict({ databaseId: nonEmpty, dataSourceId: nonEmpty }, { client: nonEmpty, folder: nonEmpty, note: nonEmpty });
const checkSeen = strict({ done: boolean, reflection: nullable(string) });
const checkBase = strict({ pageId: nullable(string), contentHash: string, done: boolean, reflection: nullable(string) }, { pending: literal(true), seen: checkSeen });
const checkDataSource = strict({ rows: recordOf(checkBase) }, { botId: string, lastPulledAt: string });
const checkState = strict({ version: literal(1), targets: arrayOf(checkTarget), dataSources: recordOf(checkDataSource) }, { noteLinks: boolean });

/** A state with no targets and no rows. */
export function emptyState(): SyncState {
  return { version: 1, targets: [], dataSources: {} };
}

/** What reading the state found. */
export interface StateRead {
  state: SyncState;
  /** False when there was no state file (rows are then found again by key). */
  existed: boolean;
}

/** Parse state text; a broken file is a `StateFileError` that says what is wrong and what to do. */
export function parseState(text: string, file: string): SyncState {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new StateFileError(file, `it is not valid JSON (${(error as Error).message})`);
  }
  try {
    checkState(json, []);
  } catch (error) {
    if (error instanceof Misfit) throw new StateFileError(file, error.message);
    throw error;
  }
  return json as SyncState;
}

/** Read the sync state from its text: empty when there is none (`undefined`), a `StateFileError` when it is broken. */
export function stateFromText(text: string | undefined, file: string): StateRead {
  if (text === undefined) return { state: emptyState(), existed: false };
  return { state: parseState(text, file), existed: true };
}

/** The state as its file holds it: stable, readable JSON. */
export function serializeState(state: SyncState): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}

/** The state of one data source, created when first used. */
export function dataSourceState(state: SyncState, dataSourceId: string): DataSourceState {
  const found = state.dataSources[dataSourceId];
  if (found) return found;
  const fresh: DataSourceState = { rows: {} };
  state.dataSources[dataSourceId] = fresh;
  return fresh;
}

/** The target a note syncs to: the first matching its path (note, then folder), else its client, else a target that names nothing (every note). */
export function targetFor(targets: readonly Target[], file: string, client: string | undefined): Target | undefined {
  const byNote = targets.find((t) => t.note !== undefined && t.note === file);
  if (byNote) return byNote;
  const byFolder = targets
    .filter((t) => t.folder !== undefined && (file === t.folder || file.startsWith(`${t.folder.replace(/\/+$/, '')}/`)))
    .sort((a, b) => (b.folder?.length ?? 0) - (a.folder?.length ?? 0))[0];
  if (byFolder) return byFolder;
  const wanted = client === undefined ? undefined : clientNameKey(client);
  const byClient = wanted === undefined ? undefined : targets.find((t) => t.client !== undefined && clientNameKey(t.client) === wanted && t.folder === undefined && t.note === undefined);
  // A target that names nothing takes every note (one database for the coach's private use).
  return byClient ?? targets.find((t) => t.client === undefined && t.folder === undefined && t.note === undefined);
}

/** What syncs to one database, as the plugin's settings name it: folders (`/` is every note) and clients. */
export interface Selectors {
  folders: readonly string[];
  clients: readonly string[];
}

/** The targets selectors make for one database, as `initDatabase` writes them for a folder or a client. */
export function targetsFor(database: { databaseId: string; dataSourceId: string }, selectors: Selectors): Target[] {
  const ids = { databaseId: database.databaseId, dataSourceId: database.dataSourceId };
  const out: Target[] = [];
  const folderOf = (given: string) => (/^\/+$/.test(given.trim()) ? '/' : given.trim().replace(/^\/+/, '').replace(/\/+$/, ''));
  const folders = [...new Set(selectors.folders.map(folderOf).filter((f) => f !== ''))];
  const clients = [...new Set(selectors.clients.map((c) => c.trim()).filter((c) => c !== ''))];
  for (const folder of folders) out.push(folder === '/' ? { ...ids } : { folder, ...ids });
  for (const client of clients) out.push({ client, ...ids });
  return out;
}

/**
 * Make these the targets of one data source. A target naming the same folder
 * or client for another database is replaced (one target per selector, as
 * `initDatabase` does); other databases' targets stay. Returns whether anything changed.
 */
export function replaceTargets(state: SyncState, dataSourceId: string, targets: readonly Target[]): boolean {
  const before = JSON.stringify(state.targets);
  const selector = (t: Target) => JSON.stringify([t.client ?? null, t.folder ?? null, t.note ?? null]);
  const taken = new Set(targets.map(selector));
  state.targets = [...state.targets.filter((t) => t.dataSourceId !== dataSourceId && !taken.has(selector(t))), ...targets];
  return JSON.stringify(state.targets) !== before;
}
