// Apply: sync a vault's tracked notes with Notion. Resolve targets, check the
// schema, read what changed in Notion, merge (plan.ts), then write: rows to
// Notion, ticks and answers into notes, the state after every write.

import type { Client } from '@notionhq/client';
import {
  type AnswerChange,
  type ParseOptions,
  type ReadNote,
  type TickChange,
  type TrackedNote,
  applyEdits,
  parseNote,
  planPull,
  readTracking,
  supersededBy,
} from '../core/index.js';
import type { Clock } from './client.js';
import { countsOf, type ItemFailure } from './describe.js';
import { NotionSyncError, explain, notADatabase } from './errors.js';
import { type SyncPlan, planSync } from './plan.js';
import { type RemoteRow, arrayItemLimit, contentValues, createValues, doneValue, localRows, pageSizeLimit, reflectionValue, remoteRow } from './rows.js';
import { P, checkSchema, type RetrievedDataSource } from './schema.js';
import { type Base, type SyncState, dataSourceState, serializeState, stateFile, stateFromText, targetFor } from './state.js';
import type { SyncStore } from './store.js';

/** How far back the incremental pull reaches before the last pull: Notion rounds `last_edited_time` down to the minute. */
export const pullOverlapMs = 60_000;

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
    throw new NotionSyncError('bad-id', `“${input}” is not a Notion link or id. Open the database as a full page in Notion, ••• → Copy link, and paste that link.`);
  }
  try {
    const db = (await client.databases.retrieve({ database_id: id })) as { id: string; title?: Array<{ plain_text?: string }>; data_sources?: Array<{ id: string; name: string }> };
    const sources = db.data_sources ?? [];
    const title = (db.title ?? []).map((t) => t.plain_text ?? '').join('');
    if (sources.length === 1 && sources[0]) return { databaseId: db.id, dataSourceId: sources[0].id, title };
    if (sources.length === 0) throw new NotionSyncError('not-shared', `The database “${title}” has no data source the integration can see. Open it in Notion, ••• → Connections, add ${integration ?? 'your integration'}.`);
    throw new NotionSyncError(
      'several-data-sources',
      `The database “${title}” holds ${sources.length} data sources. Say which one to sync with --database <data source id>: ${sources.map((s) => `${s.id} (${s.name})`).join(', ')}.`,
    );
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
  /** Called as work is done, for a progress bar. */
  progress?: ((done: number, total: number) => void) | undefined;
}

/** What a sync did (or, in a dry run, would do). */
export interface SyncResult {
  plans: SyncPlan[];
  failures: ItemFailure[];
  /** Notes that match no target, so were not synced. */
  untargeted: string[];
  /** Pulled changes that could not be written into a note yet (kept, and tried again next time). */
  waiting: ItemFailure[];
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
  note: ReadNote;
}

/** Every note's tracking, as `track` reads it: today, and when a newer session of the same client takes over. */
function trackedOf(notes: readonly SyncNote[], today: string, parseOptions: ParseOptions): TrackedNote[] {
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
async function lookUpKeys(client: Client, dataSourceId: string, keys: readonly string[]): Promise<unknown[]> {
  const out: unknown[] = [];
  for (let i = 0; i < keys.length; i += arrayItemLimit) {
    const chunk = keys.slice(i, i + arrayItemLimit);
    const conditions = chunk.map((key) => ({ property: P.key, rich_text: { equals: key } }));
    out.push(...(await queryAll(client, dataSourceId, conditions.length === 1 ? conditions[0] : { or: conditions })));
  }
  return out;
}

/** Index pages by key; of two pages with one key, the one the base names wins, else the first. */
function byKey(pages: readonly unknown[], base: Readonly<Record<string, Base>>): Map<string, RemoteRow> {
  const out = new Map<string, RemoteRow>();
  for (const page of pages) {
    const row = remoteRow(page);
    if (!row || row.inTrash) continue;
    const seen = out.get(row.key);
    if (!seen || base[row.key]?.pageId === row.pageId) out.set(row.key, row);
  }
  return out;
}

interface Group {
  target: { databaseId: string; dataSourceId: string };
  notes: TrackedNote[];
  /** Every note read (the group's and the others, whose sessions decide when a commitment ends). */
  all: SyncNote[];
}

/** Sync a vault's notes with Notion. Throws a `NotionSyncError` for what stops the whole run; per-item failures are in the result. */
export async function syncVault(options: SyncOptions): Promise<SyncResult> {
  const { client } = options;
  const integration = options.integration;
  const { state, existed } = stateFromText(await options.store.readState(), options.store.stateLocation);
  const store = new StateStore(options.store, state, options.dryRun);
  const all: SyncNote[] = (await options.store.notes()).map((n) => ({ path: n.path, text: n.text, note: parseNote(n.text, options.parseOptions) }));
  const tracked = trackedOf(all, options.today, options.parseOptions).filter((t) => t.note.commitments.length > 0);
  const result: SyncResult = { plans: [], failures: [], untargeted: [], waiting: [], stateExisted: existed };

  // 1. Targets: nothing syncs until named; --database overrides them all.
  const groups = new Map<string, Group>();
  if (options.database !== undefined) {
    const id = parseNotionId(options.database);
    const known = state.targets.find((t) => t.databaseId === id || t.dataSourceId === id);
    const target = known ?? (await resolveDatabase(client, options.database, integration));
    groups.set(target.dataSourceId, { target: { databaseId: target.databaseId, dataSourceId: target.dataSourceId }, notes: tracked, all });
  } else {
    if (state.targets.length === 0) {
      throw new NotionSyncError(
        'no-target',
        'Nothing syncs until you say what syncs. Create a database with: follow-through notion init --parent <page link> [--client NAME], or name one for this run with --database <database link>.',
      );
    }
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
  }

  for (const group of groups.values()) {
    result.plans.push(await syncDataSource(group, options, store, result));
  }
  return result;
}

async function syncDataSource(group: Group, options: SyncOptions, store: StateStore, result: SyncResult): Promise<SyncPlan> {
  const { client, clock } = options;
  const dataSourceId = group.target.dataSourceId;
  const context = { object: 'database' as const, id: group.target.databaseId, ...(options.integration ? { integration: options.integration } : {}) };
  const ds = dataSourceState(store.state, dataSourceId);

  // 2. Who the integration is (its own edits are skipped by the incremental pull), and the schema.
  try {
    if (!ds.botId) {
      const me = (await client.users.me({})) as { id: string };
      ds.botId = me.id;
    }
    const retrieved = (await client.dataSources.retrieve({ data_source_id: dataSourceId })) as unknown as RetrievedDataSource;
    const check = checkSchema(retrieved);
    if (!check.ok) {
      throw new NotionSyncError(
        'schema-mismatch',
        `The database is not set up the way the sync needs:\n${check.problems.map((p) => `  - ${p.message}`).join('\n')}\n${check.repairable ? `Run: follow-through notion check --database ${group.target.databaseId} --repair` : 'Fix the properties named above in Notion, then run: follow-through notion check --database ' + group.target.databaseId + ' --repair'}`,
      );
    }
  } catch (error) {
    throw explain(error, context);
  }

  // 3. What changed in Notion: everything with a key when there is no state, else what others edited since the last pull.
  const pulledAt = new Date(clock.now()).toISOString();
  const full = Object.keys(ds.rows).length === 0 || ds.lastPulledAt === undefined;
  let pages: unknown[];
  try {
    if (full) {
      pages = await queryAll(client, dataSourceId, { property: P.key, rich_text: { is_not_empty: true } });
    } else {
      const since = new Date(Date.parse(ds.lastPulledAt ?? pulledAt) - pullOverlapMs).toISOString();
      pages = await queryAll(client, dataSourceId, {
        and: [
          { timestamp: 'last_edited_time', last_edited_time: { on_or_after: since } },
          { property: P.editedBy, last_edited_by: { does_not_contain: ds.botId } },
        ],
      });
    }
  } catch (error) {
    throw explain(error, context);
  }
  const remote = byKey(pages, ds.rows);

  const rowOptions = store.state.noteLinks ? { noteLinks: { vault: options.store.vaultName } } : {};
  let local = localRows(group.notes, rowOptions);

  // Creates sent before whose answer never came: look them up by key before creating again.
  const pending = local.filter((r) => ds.rows[r.key]?.pending && !remote.has(r.key)).map((r) => r.key);
  if (pending.length > 0 && !full) {
    try {
      for (const [key, row] of byKey(await lookUpKeys(client, dataSourceId, pending), ds.rows)) remote.set(key, row);
    } catch (error) {
      throw explain(error, context);
    }
  }

  const plan = planSync({ dataSourceId, local, remote, base: ds.rows });
  if (options.dryRun) return plan;

  let done = 0;
  const total = plan.creates.length + plan.updates.length + new Set(plan.pulls.map((p) => p.file)).size;
  const tick = () => options.progress?.(++done, total);

  // 4. Pull first: ticks and answers into the notes. Then merge again with what the notes now say.
  const base: Record<string, Base> = { ...ds.rows };
  for (const [key, next] of Object.entries(plan.bases)) base[key] = next;
  for (const adopt of plan.adopts) {
    const row = remote.get(adopt.key);
    if (row) base[adopt.key] = { pageId: row.pageId, contentHash: row.contentHash, done: row.done, reflection: row.reflection };
  }
  if (plan.pulls.length > 0) {
    const { files: pulledFiles, written } = await applyPulls(plan, group, options, base, result);
    for (let i = 0; i < pulledFiles; i++) tick();
    // The notes as they are now: what the pulls wrote, read again.
    const renewed = group.all.map((n) => {
      const text = written.get(n.path);
      return text === undefined ? n : { ...n, text, note: parseNote(text, options.parseOptions) };
    });
    for (const n of renewed) if (written.has(n.path)) group.all[group.all.findIndex((m) => m.path === n.path)] = n;
    const retracked = trackedOf(renewed, options.today, options.parseOptions).filter((t) => group.notes.some((g) => g.file === t.file));
    local = localRows(retracked, rowOptions);
  }
  ds.rows = base;
  await store.save();
  const second = plan.pulls.length > 0 ? planSync({ dataSourceId, local, remote: pulledRemote(remote, base), base }) : plan;

  // 5. Push: creates (recorded as pending first), then updates; the state is saved after each.
  for (const step of second.creates) {
    ds.rows[step.key] = { pageId: null, contentHash: step.row.contentHash, done: step.row.done, reflection: step.row.carriesReflection ? step.row.reflection : null, pending: true };
    await store.save();
    try {
      const page = (await client.pages.create({
        parent: { type: 'data_source_id', data_source_id: dataSourceId },
        properties: createValues(step.row) as never,
      })) as { id: string };
      ds.rows[step.key] = { pageId: page.id, contentHash: step.row.contentHash, done: step.row.done, reflection: step.row.carriesReflection ? step.row.reflection : null };
      await store.save();
    } catch (error) {
      const explained = explain(error, { ...context, object: 'row' });
      // Only an answer that says the create was not carried out clears the pending mark.
      if (explained.status !== undefined && explained.status < 500 && explained.code !== 'rate-limited') {
        delete ds.rows[step.key];
        await store.save();
      }
      result.failures.push({ key: step.key, file: step.row.file, message: explained.message, step: 'create' });
      if (fatal(explained)) throw explained;
    }
    tick();
  }
  for (const step of second.updates) {
    const properties = {
      ...(step.parts.content ? contentValues(step.row.content) : {}),
      ...(step.parts.done ? doneValue(step.done) : {}),
      ...(step.parts.reflection ? reflectionValue(step.reflection) : {}),
    };
    try {
      await client.pages.update({ page_id: step.pageId, properties: properties as never });
      ds.rows[step.key] = { pageId: step.pageId, contentHash: step.row.contentHash, done: step.done, reflection: step.row.carriesReflection ? step.reflection : null };
      await store.save();
    } catch (error) {
      const explained = explain(error, { ...context, object: 'row' });
      const message = explained.code === 'not-shared' || /archived|in_trash|trash/i.test(explained.message)
        ? `Its row in Notion was deleted or cannot be seen. Restore it from Notion's trash, or remove this key from ${stateFile} to create it again.`
        : explained.message;
      result.failures.push({ key: step.key, file: step.row.file, message, step: 'update' });
      if (fatal(explained) && explained.code !== 'not-shared') throw explained;
    }
    tick();
  }
  for (const [key, next] of Object.entries(second.bases)) ds.rows[key] = next;

  // 6. The pull is complete: the next one starts from here (less a minute).
  ds.lastPulledAt = pulledAt;
  await store.save();

  return plan.pulls.length > 0 ? { ...second, pulls: plan.pulls, conflicts: [...plan.conflicts, ...second.conflicts], adopts: plan.adopts, unchanged: second.unchanged } : second;
}

function fatal(error: NotionSyncError): boolean {
  return error.code === 'bad-token' || error.code === 'restricted' || error.code === 'not-shared';
}

/** After the pulls, what Notion holds for every row it returned is now the base. */
function pulledRemote(remote: ReadonlyMap<string, RemoteRow>, base: Readonly<Record<string, Base>>): Map<string, RemoteRow> {
  const out = new Map<string, RemoteRow>();
  for (const [key, row] of remote) {
    const b = base[key];
    if (b && !b.pending && b.pageId !== null) continue; // agreed on: the merge reads the base
    out.set(key, row);
  }
  return out;
}

/**
 * Write the plan's pulls into the notes, one note at a time, with the same
 * guarantees as `track`: re-read the note and leave it if it changed
 * meanwhile; write it whole or not at all. The base of each row pulled becomes
 * what Notion holds; a pull that could not be written is kept as `seen`.
 */
async function applyPulls(plan: SyncPlan, group: Group, options: SyncOptions, base: Record<string, Base>, result: SyncResult): Promise<{ files: number; written: Map<string, string> }> {
  const written = new Map<string, string>();
  const byFile = new Map<string, typeof plan.pulls>();
  for (const pull of plan.pulls) byFile.set(pull.file, [...(byFile.get(pull.file) ?? []), pull]);
  let files = 0;
  for (const [file, pulls] of byFile) {
    files++;
    const source = group.all.find((n) => n.path === file);
    const keep = (reason: string) => {
      for (const pull of pulls) {
        const b = base[pull.key];
        if (b) base[pull.key] = { ...b, seen: { done: pull.remote.done, reflection: pull.remote.reflection } };
        result.waiting.push({ key: pull.key, file, message: reason });
      }
    };
    if (!source || !group.notes.some((n) => n.file === file)) continue;
    const current = source.text;
    const note = source.note;
    const ticks: TickChange[] = [];
    const answers: AnswerChange[] = [];
    for (const pull of pulls) {
      if (pull.done !== undefined) ticks.push({ commitmentId: pull.row.commitmentId, periodStart: pull.row.periodStart, n: pull.row.n, done: pull.done });
      if (pull.answer) answers.push({ commitmentId: pull.row.commitmentId, periodStart: pull.row.periodStart, answer: pull.answer.text, mode: pull.answer.mode });
    }
    const planned = planPull(note, ticks, answers);
    const failedKeys = new Set<string>();
    for (const problem of planned.problems) {
      // Tick problems name the item's key; answer problems name the period.
      for (const pull of pulls) {
        const itemKey = `${pull.row.commitmentId}/${pull.row.periodStart}/${pull.row.n}`;
        const periodKey = `${pull.row.commitmentId}/${pull.row.periodStart}`;
        if (problem.key === itemKey || (problem.key === periodKey && pull.answer)) failedKeys.add(pull.key);
      }
    }
    // Written only if the note still says what was read: an edit made meanwhile is never overwritten.
    const next = planned.edits.length > 0 ? applyEdits(current, planned.edits) : current;
    let replaced: boolean;
    try {
      replaced = await options.store.replaceNote(file, current, next);
    } catch (error) {
      keep(`The note could not be read again or written (${(error as Error).message}); the change from Notion is kept for the next sync.`);
      continue;
    }
    if (!replaced) {
      keep('The note changed while the sync was working; the change from Notion is kept for the next sync.');
      continue;
    }
    if (next !== current) written.set(file, next);
    for (const pull of pulls) {
      const b = base[pull.key];
      if (failedKeys.has(pull.key)) {
        if (b) base[pull.key] = { ...b, seen: { done: pull.remote.done, reflection: pull.remote.reflection } };
        result.waiting.push({
          key: pull.key,
          file,
          message: pull.answer && !pull.done ? 'An answer was written in Notion, but the note has no prompt for this period yet; it is kept in Notion and written once the prompt is there.' : 'The item is no longer in the note; the change in Notion was left as it is.',
        });
        continue;
      }
      base[pull.key] = { pageId: pull.pageId, contentHash: b?.contentHash ?? pull.row.contentHash, done: pull.remote.done, reflection: pull.remote.reflection };
    }
  }
  return { files, written };
}

/** Counts of a finished sync, for the summary. */
export function resultCounts(result: SyncResult) {
  return countsOf(result.plans, result.failures);
}

/** The exit code of a sync: 0 when everything synced, 1 when any item failed. */
export function exitCodeOf(result: SyncResult): number {
  return result.failures.length > 0 ? 1 : 0;
}

