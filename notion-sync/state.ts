// The sync state in the vault, `.follow-through/notion.json`: the targets (what
// syncs where), and per data source the base of the three-way merge.

import * as z from 'zod/mini';
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

// The file's schema, beside the interfaces it checks (a compile-time check below
// keeps the two the same). Strict: unknown keys are refused. Each schema words
// its own reason, as the hand-written check did before.

/** A reason for a value that does not fit; a missing value says so. */
const says =
  (reason: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? 'a required value is missing' : reason;

const text = z.string({ error: says('expected a string') });
const nonEmpty = z.string({ error: says('expected a non-empty string') }).check(z.minLength(1, { error: 'expected a non-empty string' }));
const yesNo = z.boolean({ error: says('expected true or false') });
const exactly = <const T extends number | boolean>(value: T) => z.literal(value, { error: says(`expected ${JSON.stringify(value)}`) });
const objectError = (issue: { code?: string; keys?: string[]; input?: unknown }): string =>
  issue.code === 'unrecognized_keys' ? `unknown key "${issue.keys?.[0] ?? ''}"` : says('expected an object')(issue);
const strict = <S extends z.core.$ZodLooseShape>(shape: S) => z.strictObject(shape, { error: objectError });
/** An object whose every value fits (a catch-all object: zod's record would cost the plugin 2.5 KB more). */
const recordOf = <V extends z.core.SomeType>(value: V) => z.catchall(z.object({}, { error: says('expected an object') }), value);

// Required keys first, then optional ones, each in the order the file is read.
const TargetSchema = strict({ databaseId: nonEmpty, dataSourceId: nonEmpty, client: z.exactOptional(nonEmpty), folder: z.exactOptional(nonEmpty), note: z.exactOptional(nonEmpty) });
const SeenSchema = strict({ done: yesNo, reflection: z.nullable(text) });
const BaseSchema = strict({ pageId: z.nullable(text), contentHash: text, done: yesNo, reflection: z.nullable(text), pending: z.exactOptional(exactly(true)), seen: z.exactOptional(SeenSchema) });
const DataSourceSchema = strict({ rows: recordOf(BaseSchema), botId: z.exactOptional(text), lastPulledAt: z.exactOptional(text) });
const SyncStateSchema = strict({
  version: exactly(1),
  targets: z.array(TargetSchema, { error: says('expected a list') }),
  dataSources: recordOf(DataSourceSchema),
  noteLinks: z.exactOptional(yesNo),
});

// The schema and the interfaces above say the same: each is assignable to the other.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<z.infer<typeof SyncStateSchema>, SyncState> = true;
void sameShape;

type Issue = z.core.$ZodIssue;

/**
 * The reason to give: the first thing wrong, reading the file from the top. zod
 * names a strict object's unknown keys after what is wrong inside it; a person
 * reads the unknown key first, so the outermost object on the way to the first
 * problem that has an unknown key is named before it.
 */
function firstReason(issues: readonly Issue[]): string {
  const first = issues[0];
  if (!first) return 'it does not fit';
  const within = (outer: readonly PropertyKey[]) => outer.length <= first.path.length && outer.every((key, i) => key === first.path[i]);
  const unknown = issues.filter((i) => i.code === 'unrecognized_keys' && within(i.path)).sort((a, b) => a.path.length - b.path.length)[0];
  const chosen = unknown ?? first;
  return `${chosen.message}${chosen.path.length > 0 ? ` at ${chosen.path.map(String).join('.')}` : ''}`;
}

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
  const checked = SyncStateSchema.safeParse(json);
  if (!checked.success) throw new StateFileError(file, firstReason(checked.error.issues));
  // The value as read, not zod's copy: its keys keep the file's order, so a sync that changes nothing rewrites the same bytes.
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

/** The targets selectors make for one database, as `notion init --folder/--client` writes them. */
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
 * `notion init` does); other databases' targets stay. Returns whether anything changed.
 */
export function replaceTargets(state: SyncState, dataSourceId: string, targets: readonly Target[]): boolean {
  const before = JSON.stringify(state.targets);
  const selector = (t: Target) => JSON.stringify([t.client ?? null, t.folder ?? null, t.note ?? null]);
  const taken = new Set(targets.map(selector));
  state.targets = [...state.targets.filter((t) => t.dataSourceId !== dataSourceId && !taken.has(selector(t))), ...targets];
  return JSON.stringify(state.targets) !== before;
}
