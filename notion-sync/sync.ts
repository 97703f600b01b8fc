// Apply: sync a vault's tracked notes with Notion. Resolve targets, check the
// schema, read what changed in Notion, merge (plan.ts), then write: rows to
// Notion, ticks and answers into notes, the state after every write.

import type { Client } from '@notionhq/client';
import {
  type AnswerChange,
  type ParseOptions,
  type NoteDocument,
  type TickChange,
  type TrackedNote,
  applyEdits,
  clientNameKey,
  clientOf,
  parseNote,
  planPull,
  readTracking,
  supersededBy,
} from '../core/index.js';
import { applyPlan } from './apply.js';
import type { Clock } from './client.js';
import { countsOf, type ItemFailure, type SyncCounts } from './describe.js';
import { NotionSyncError, explain, notADatabase } from './errors.js';
import { type Healed, heal, rebased, rowsByKey } from './heal.js';
import { type SyncPlan, planSync } from './plan.js';
import { type LocalRow, type RemoteRow, arrayItemLimit, localRows, pageSizeLimit, remoteRow } from './rows.js';
import { P, checkSchema, type RetrievedDataSource } from './schema.js';
import { type Base, type DataSourceState, type SyncState, dataSourceState, serializeState, stateFromText, targetFor } from './state.js';
import type { StoreNote, SyncStore } from './store.js';

/**
 * How far back the incremental pull reaches before the last pull: Notion
 * rounds `last_edited_time` down to the minute, and a new page shows in
 * queries a little after it is made.
 */
export const pullOverlapMs = 120_000;

/** A database and the data source the sync writes to. */
export interface ResolvedDatabase {
  databaseId: string;
  dataSourceId: string;
  /** The database's title, for messages. */
  title: string;
}

/** Read a Notion id out of a pasted URL (page, database, `?v=` view) or a bare id; undefined when there is none. */
export function parseNotionId(input: string): string | undefined {
  const trimmed = input.trim();
  const dashed = /^([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})$/i.exec(trimmed);
  if (dashed) return dashed.slice(1).join('-').toLowerCase();
  let url: URL | undefined;
  try {
    url = new URL(trimmed.replace(/^collection:\/\//, 'https://collection/'));
  } catch {
    return undefined;
  }
  // The path's last 32 hex digits name the page or database; `?v=` names a view (ignored), `?p=` a page opened on top.
  const fromQuery = url.searchParams.get('p');
  const last = url.pathname.split('/').filter(Boolean).pop() ?? '';
  const m = /([0-9a-f]{32})$/i.exec(last.replace(/-/g, '').length >= 32 ? last : '') ?? /([0-9a-f]{32})$/i.exec(last);
  const hex = fromQuery && /^[0-9a-f]{32}$/i.test(fromQuery) ? fromQuery : m?.[1];
  if (!hex) {
    const uuid = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(last);
    return uuid?.[1]?.toLowerCase();
  }
  const h = hex.toLowerCase();
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * Resolve a pasted database URL or id to its data source: a database with one
 * data source resolves to it; with several, the person is asked to name one;
 * a data source id is taken as it is; a page id is named for what it is.
 */
export async function resolveDatabase(client: Client, input: string, integration?: string): Promise<ResolvedDatabase> {
  const id = parseNotionId(input);
  if (!id) {
    throw new NotionSyncError({ code: 'bad-id', input, expected: 'database' });
  }
  try {
    const db = (await client.databases.retrieve({ database_id: id })) as { id: string; title?: Array<{ plain_text?: string }>; data_sources?: Array<{ id: string; name: string }> };
    const sources = db.data_sources ?? [];
    const title = (db.title ?? []).map((t) => t.plain_text ?? '').join('');
    if (sources.length === 1 && sources[0]) return { databaseId: db.id, dataSourceId: sources[0].id, title };
    if (sources.length === 0) throw new NotionSyncError({ code: 'not-shared', object: 'data source', id: db.id, integration: integration ?? 'your integration', inDatabase: title });
    throw new NotionSyncError({ code: 'several-data-sources', title, sources: sources.map((s) => ({ id: s.id, name: s.name })) });
  } catch (error) {
    if (error instanceof NotionSyncError) throw error;
    const first = explain(error, { object: 'database', id: input, ...(integration ? { integration } : {}) });
    const maybeDataSource = /is a data source, not a database/i.test(first.message);
    if (first.code !== 'not-shared' && first.code !== 'not-a-database' && !maybeDataSource) throw first;
    // Perhaps a data source id, or a page.
    try {
      const ds = (await client.dataSources.retrieve({ data_source_id: id })) as { id: string; parent?: { database_id?: string }; title?: Array<{ plain_text?: string }> };
      return { databaseId: ds.parent?.database_id ?? id, dataSourceId: ds.id, title: (ds.title ?? []).map((t) => t.plain_text ?? '').join('') };
    } catch {
      // not a data source either
    }
    if (first.code === 'not-a-database' || maybeDataSource) throw first;
    try {
      await client.pages.retrieve({ page_id: id });
    } catch {
      throw first;
    }
    throw notADatabase(input, { requestId: first.requestId, status: first.status });
  }
}

/** Settings of one sync run. */
export interface SyncOptions {
  /** The notes and the state (`.follow-through/notion.json`): a folder on disk, or an Obsidian vault. */
  store: SyncStore;
  /** How notes are read: the YAML parser, and the headings, tag and defaults that mark commitments. */
  parseOptions: ParseOptions;
  today: string;
  client: Client;
  clock: Clock;
  /** Send everything to this database (URL or id), overriding the targets. */
  database?: string | undefined;
  dryRun: boolean;
  /** The integration's name, for sharing instructions. */
  integration?: string | undefined;
  /** Called as work is done, for a progress bar: steps done, steps in the plan. */
  progress?: ((done: number, total: number) => void) | undefined;
}

/** What a run did, counted from each step's result (a dry run did nothing). */
export interface DoneCounts {
  created: number;
  updated: number;
  pulled: number;
  /** Rows moved to Notion's trash because another row had the same key. */
  duplicatesRemoved: number;
}

/** What a sync did (or, in a dry run, would do). */
export interface SyncResult {
  plans: SyncPlan[];
  failures: ItemFailure[];
  /** Notes that match no target, so were not synced. */
  untargeted: string[];
  /** Pulled changes that could not be written into a note yet (kept, and tried again next time). */
  waiting: ItemFailure[];
  /** What could not be sent whole: an answer longer than Notion holds (the note keeps all of it). */
  unsent: ItemFailure[];
  /** Counted from the steps' results; absent in a dry run. */
  done?: DoneCounts;
  stateExisted: boolean;
}

/** The sync state, saved after every successful write. */
class StateStore {
  constructor(
    private readonly store: SyncStore,
    readonly state: SyncState,
    private readonly dryRun: boolean,
  ) {}
  async save(): Promise<void> {
    if (this.dryRun) return;
    await this.store.writeState(serializeState(this.state));
  }
}

/** A note read and parsed for the sync. */
interface SyncNote {
  path: string;
  text: string;
  note: NoteDocument;
}

/** Every note's tracking, as `track` reads it: today, and when a newer session of the same client takes over. */
function trackedOf(notes: readonly SyncNote[], today: string, parseOptions: ParseOptions): TrackedNote<NoteDocument>[] {
  const ends = supersededBy(notes.map((n) => ({ file: n.path, meta: n.note.meta })));
  return notes.map((n) => ({ file: n.path, note: n.note, tracking: readTracking(n.note, { ...parseOptions, today, endBefore: ends.get(n.path) }) }));
}

/** Read every page a query returns, 100 at a time. */
async function queryAll(client: Client, dataSourceId: string, filter: Record<string, unknown> | undefined): Promise<unknown[]> {
  const out: unknown[] = [];
  let cursor: string | undefined;
  do {
    const response = (await client.dataSources.query({
      data_source_id: dataSourceId,
      page_size: pageSizeLimit,
      ...(filter ? { filter: filter as never } : {}),
      ...(cursor ? { start_cursor: cursor } : {}),
    })) as { results: unknown[]; has_more: boolean; next_cursor: string | null };
    out.push(...response.results);
    cursor = response.has_more && response.next_cursor ? response.next_cursor : undefined;
  } while (cursor);
  return out;
}

/** Look rows up by key, up to 100 keys a query. */
export async function lookUpKeys(client: Client, dataSourceId: string, keys: readonly string[]): Promise<RemoteRow[]> {
  const out: RemoteRow[] = [];
  for (let i = 0; i < keys.length; i += arrayItemLimit) {
    const chunk = keys.slice(i, i + arrayItemLimit);
    const conditions = chunk.map((key) => ({ property: P.key, rich_text: { equals: key } }));
    for (const page of await queryAll(client, dataSourceId, conditions.length === 1 ? conditions[0] : { or: conditions })) {
      const row = remoteRow(page);
      if (row) out.push(row);
    }
  }
  return out;
}

interface Group {
  target: { databaseId: string; dataSourceId: string };
  notes: TrackedNote<NoteDocument>[];
  /** Every note read (the group's and the others, whose sessions decide when a commitment ends). */
  all: SyncNote[];
}

/** Which notes sync to which data source: nothing syncs until named; `options.database` overrides the targets. */
async function groupsOf(options: SyncOptions, state: SyncState, tracked: TrackedNote<NoteDocument>[], all: SyncNote[], result: SyncResult): Promise<Map<string, Group>> {
  const groups = new Map<string, Group>();
  if (options.database !== undefined) {
    const id = parseNotionId(options.database);
    const known = state.targets.find((t) => t.databaseId === id || t.dataSourceId === id);
    const target = known ?? (await resolveDatabase(options.client, options.database, options.integration));
    groups.set(target.dataSourceId, { target: { databaseId: target.databaseId, dataSourceId: target.dataSourceId }, notes: tracked, all });
    return groups;
  }
  if (state.targets.length === 0) throw new NotionSyncError({ code: 'no-target', operation: 'sync' });
  for (const note of tracked) {
    const target = targetFor(state.targets, note.file, note.note.meta.client ?? undefined);
    if (!target) {
      result.untargeted.push(note.file);
      continue;
    }
    const group = groups.get(target.dataSourceId) ?? { target, notes: [], all };
    group.notes.push(note);
    groups.set(target.dataSourceId, group);
  }
  return groups;
}


/** Sync a vault's notes with Notion. Throws a `NotionSyncError` for what stops the whole run; per-item failures are in the result. */
export async function syncVault(options: SyncOptions): Promise<SyncResult> {
  const release = options.dryRun ? undefined : await options.store.lock?.();
  try {
    const { state, existed } = stateFromText(await options.store.readState(), options.store.stateLocation);
    const store = new StateStore(options.store, state, options.dryRun);
    const all: SyncNote[] = (await options.store.notes()).map((n) => ({ path: n.path, text: n.text, note: parseNote(n.text, options.parseOptions) }));
    const tracked = trackedOf(all, options.today, options.parseOptions).filter((t) => t.note.commitments.length > 0);
    const result: SyncResult = { plans: [], failures: [], untargeted: [], waiting: [], unsent: [], stateExisted: existed, ...(options.dryRun ? {} : { done: { created: 0, updated: 0, pulled: 0, duplicatesRemoved: 0 } }) };
    for (const group of (await groupsOf(options, state, tracked, all, result)).values()) {
      result.plans.push(await syncDataSource(group, options, store, result));
    }
    return result;
  } finally {
    await release?.();
  }
}

/** Who the integration is, and whether the data source has the properties the sync needs. */
async function checkTarget(group: Group, options: SyncOptions, ds: DataSourceState): Promise<void> {
  const { client } = options;
  if (!ds.botId) {
    const me = (await client.users.me({})) as { id: string };
    ds.botId = me.id;
  }
  const retrieved = (await client.dataSources.retrieve({ data_source_id: group.target.dataSourceId })) as unknown as RetrievedDataSource;
  const check = checkSchema(retrieved);
  if (!check.ok) {
    const databaseId = group.target.databaseId;
    throw new NotionSyncError({ code: 'schema-mismatch', databaseId, repairable: check.repairable, problems: check.problems });
  }
}

/** What Notion holds, as read before planning. */
interface Fetched {
  /** When the pull's query started: the next pull starts from here (less the overlap). */
  pulledAt: string;
  healed: Healed;
}

/**
 * Read what changed in Notion: every row with a key when there is no state,
 * else every row edited since the last pull, by anyone (a person's change is a
 * difference from what the sync last wrote, whoever edited last); pending
 * creates are looked up by key. Rows sharing a key are healed.
 */
async function fetchRemote(group: Group, options: SyncOptions, ds: DataSourceState, local: readonly LocalRow[]): Promise<Fetched> {
  const { client, clock } = options;
  const dataSourceId = group.target.dataSourceId;
  const pulledAt = new Date(clock.now()).toISOString();
  const full = Object.keys(ds.rows).length === 0 || ds.lastPulledAt === undefined;
  const since = new Date(Date.parse(ds.lastPulledAt ?? pulledAt) - pullOverlapMs).toISOString();
  const filter = full ? { property: P.key, rich_text: { is_not_empty: true } } : { timestamp: 'last_edited_time', last_edited_time: { on_or_after: since } };
  const rows = (await queryAll(client, dataSourceId, filter)).map(remoteRow);
  const groups = rowsByKey(rows);
  // Creates sent before whose answer never came: look them up by key before creating again.
  const pending = local.filter((r) => ds.rows[r.key]?.pending && !groups.has(r.key)).map((r) => r.key);
  if (pending.length > 0 && !full) for (const [key, found] of rowsByKey(await lookUpKeys(client, dataSourceId, pending))) groups.set(key, found);
  return { pulledAt, healed: heal(groups, ds.rows, await trashedBaseRows(client, groups, ds)) };
}

/**
 * The rows the base names that Notion did not return while it returned another
 * row with the same key: most often a copy another device's sync already moved
 * to the trash. Each is read (one request, only after two devices made rows for
 * one key), so it is not trashed again and counted as this sync's doing.
 */
async function trashedBaseRows(client: Client, groups: ReadonlyMap<string, readonly RemoteRow[]>, ds: DataSourceState): Promise<Set<string>> {
  const gone = new Set<string>();
  for (const [key, rows] of groups) {
    const pageId = ds.rows[key]?.pageId;
    if (!pageId || ds.rows[key]?.pending || rows.length === 0 || rows.some((r) => r.pageId === pageId)) continue;
    try {
      const page = (await client.pages.retrieve({ page_id: pageId })) as { in_trash?: boolean; archived?: boolean };
      if (page.in_trash === true || page.archived === true) gone.add(pageId);
    } catch (error) {
      if ((error as { code?: unknown }).code === 'object_not_found') gone.add(pageId);
      else throw error;
    }
  }
  return gone;
}

/** A note's text before and after the plan's pulls. */
interface NoteWrite {
  before: string;
  after: string;
  keys: string[];
}

/** The one plan of a data source, and what applying it needs. */
interface DataSourcePlan {
  plan: SyncPlan;
  /** The base the plan starts from (healed, adopted, unchanged rows moved on). */
  base: Record<string, Base>;
  /** Each note the pulls write. */
  writes: Map<string, NoteWrite>;
  /** The base of each pulled row once its note is written. */
  pulled: Record<string, Base>;
  /** Pulls that cannot be written (the item or prompt is gone): kept as `seen`. */
  held: ItemFailure[];
}

/** The pulls of one note, planned: the text after them, and the keys that could not be written. */
function pullsOfNote(plan: SyncPlan, file: string, source: SyncNote): { after: string; failed: Set<string> } {
  const pulls = plan.pulls.filter((p) => p.file === file);
  const ticks: TickChange[] = [];
  const answers: AnswerChange[] = [];
  for (const pull of pulls) {
    if (pull.done !== undefined) ticks.push({ commitmentId: pull.row.commitmentId, periodStart: pull.row.periodStart, n: pull.row.n, done: pull.done });
    if (pull.answer) answers.push({ commitmentId: pull.row.commitmentId, periodStart: pull.row.periodStart, answer: pull.answer.text, mode: pull.answer.mode });
  }
  const planned = planPull(source.note, ticks, answers);
  const failed = new Set<string>();
  for (const problem of planned.problems) {
    // Tick problems name the item's key; answer problems name the period.
    for (const pull of pulls) {
      const itemKey = `${pull.row.commitmentId}/${pull.row.periodStart}/${pull.row.n}`;
      const periodKey = `${pull.row.commitmentId}/${pull.row.periodStart}`;
      if (problem.key === itemKey || (problem.key === periodKey && pull.answer)) failed.add(pull.key);
    }
  }
  return { after: planned.edits.length > 0 ? applyEdits(source.text, planned.edits) : source.text, failed };
}

/** Work out, without writing, what the pulls do to the notes and to the base. */
function predictPulls(first: SyncPlan, group: Group, base: Record<string, Base>): Pick<DataSourcePlan, 'writes' | 'pulled' | 'held'> {
  const writes = new Map<string, NoteWrite>();
  const pulled: Record<string, Base> = {};
  const held: ItemFailure[] = [];
  for (const file of new Set(first.pulls.map((p) => p.file))) {
    const source = group.all.find((n) => n.path === file);
    if (!source || !group.notes.some((n) => n.file === file)) continue;
    const { after, failed } = pullsOfNote(first, file, source);
    const keys: string[] = [];
    for (const pull of first.pulls.filter((p) => p.file === file)) {
      const b = base[pull.key];
      if (failed.has(pull.key)) {
        if (b) base[pull.key] = { ...b, seen: { done: pull.remote.done, reflection: pull.remote.reflection } };
        const message = pull.answer && pull.done === undefined ? 'An answer in Notion waits for the note to have this period’s prompt; it is written once the prompt is there.' : 'The item is no longer in the note; Notion’s change was left as it is.';
        held.push({ key: pull.key, file, message });
        continue;
      }
      keys.push(pull.key);
      pulled[pull.key] = { pageId: pull.pageId, contentHash: b?.contentHash ?? pull.row.contentHash, done: pull.remote.done, reflection: pull.remote.reflection };
    }
    writes.set(file, { before: source.text, after, keys });
  }
  return { writes, pulled, held };
}

/** After the pulls, what Notion holds for every row it returned is now the base, but for answers typed on a period's other rows (cleared there). */
function pulledRemote(remote: ReadonlyMap<string, RemoteRow>, base: Readonly<Record<string, Base>>): Map<string, RemoteRow> {
  const out = new Map<string, RemoteRow>();
  for (const [key, row] of remote) {
    const b = base[key];
    if (b && !b.pending && b.pageId !== null && !(b.reflection === null && row.reflection !== null)) continue; // agreed on: the merge reads the base
    out.set(key, row);
  }
  return out;
}

/**
 * Plan once: merge, work out the notes after the pulls, merge again with them
 * (so the progress a pulled tick changes is pushed in the same run). Pure; the
 * dry run prints this plan and the real run applies it.
 */
function planDataSource(group: Group, fetched: Fetched, ds: DataSourceState, options: SyncOptions, noteLinks: boolean): DataSourcePlan {
  const dataSourceId = group.target.dataSourceId;
  const rowOptions = noteLinks ? { noteLinks: { vault: options.store.vaultName } } : {};
  const { remote } = fetched.healed;
  const start = rebased(ds.rows, fetched.healed);
  const first = planSync({ dataSourceId, local: localRows(group.notes, rowOptions), remote, base: start, foldStrays: true });
  const base: Record<string, Base> = { ...start, ...first.bases };
  for (const adopt of first.adopts) {
    const row = remote.get(adopt.key);
    if (row) base[adopt.key] = { pageId: row.pageId, contentHash: row.contentHash, done: row.done, reflection: row.reflection };
  }
  const predicted = predictPulls(first, group, base);
  const withPulls = { ...base, ...predicted.pulled };
  const renewed = group.all.map((n) => {
    const write = predicted.writes.get(n.path);
    return write === undefined || write.after === n.text ? n : { ...n, text: write.after, note: parseNote(write.after, options.parseOptions) };
  });
  const local = localRows(trackedOf(renewed, options.today, options.parseOptions).filter((t) => group.notes.some((g) => g.file === t.file)), rowOptions);
  const second = first.pulls.length > 0 ? planSync({ dataSourceId, local, remote: pulledRemote(remote, withPulls), base: withPulls }) : first;
  const plan: SyncPlan = {
    ...second,
    pulls: first.pulls,
    conflicts: first.pulls.length > 0 ? [...first.conflicts, ...second.conflicts] : first.conflicts,
    adopts: first.adopts,
    heals: fetched.healed.heals,
    tooLong: second.tooLong,
  };
  return { plan, base, ...predicted };
}

async function syncDataSource(group: Group, options: SyncOptions, store: StateStore, result: SyncResult): Promise<SyncPlan> {
  const context = { object: 'database' as const, id: group.target.databaseId, ...(options.integration ? { integration: options.integration } : {}) };
  const ds = dataSourceState(store.state, group.target.dataSourceId);
  let fetched: Fetched;
  try {
    await checkTarget(group, options, ds);
    fetched = await fetchRemote(group, options, ds, localRows(group.notes));
  } catch (error) {
    throw explain(error, context);
  }
  const planned = planDataSource(group, fetched, ds, options, store.state.noteLinks === true);
  const { plan } = planned;
  for (const long of plan.tooLong) {
    result.unsent.push({ key: long.key, file: long.file, message: `The answer is ${long.length.toLocaleString('en')} characters; Notion holds the first 200,000, the note all of it.` });
  }
  result.waiting.push(...planned.held);
  if (options.dryRun) return plan;
  await applyPlan({ group, options, store, ds, planned, result, context });
  // The pull is complete: the next one starts from here (less the overlap).
  ds.lastPulledAt = fetched.pulledAt;
  await store.save();
  return plan;
}

/** Counts of a finished sync, for the summary: what was done in a real run (each step's result), what would be in a dry run. */
export function resultCounts(result: SyncResult): SyncCounts & { duplicatesRemoved: number } {
  const planned = countsOf(result.plans, []);
  const duplicatesRemoved = result.done?.duplicatesRemoved ?? result.plans.reduce((n, p) => n + p.heals.reduce((m, h) => m + h.trashPageIds.length, 0), 0);
  if (!result.done) return { ...planned, duplicatesRemoved };
  return { ...planned, created: result.done.created, updated: result.done.updated, pulled: result.done.pulled, failed: result.failures.length, duplicatesRemoved };
}

/** The exit code of a sync: 0 when everything synced, 1 when any item failed. */
export function exitCodeOf(result: SyncResult): number {
  return result.failures.length > 0 ? 1 : 0;
}

export type { Group, DataSourcePlan, StateStore };

/** The keys of every row a client's notes make (the client named as everywhere: trimmed, any case); empty when no note is theirs. */
export function clientRowKeys(notes: readonly StoreNote[], parseOptions: ParseOptions, today: string, name: string): string[] {
  const all: SyncNote[] = notes.map((n) => ({ path: n.path, text: n.text, note: parseNote(n.text, parseOptions) }));
  const theirs = trackedOf(all, today, parseOptions).filter((t) => t.note.commitments.length > 0 && clientNameKey(clientOf(t)) === clientNameKey(name));
  return localRows(theirs).map((r) => r.key);
}
