// Set-up: create the database (`initDatabase`), check or repair an existing
// one (`checkDatabase`), and archive a client's rows (`forgetClient`).

import type { Client } from '@notionhq/client';
import { NotionSyncError, explain } from './errors.js';
import { P, checkSchema, databaseProperties, repairBody, type RetrievedDataSource, type SchemaCheck } from './schema.js';
import { type ResolvedDatabase, parseNotionId, resolveDatabase } from './sync.js';
import { type SyncState, type Target, dataSourceState } from './state.js';
import { arrayItemLimit, pageSizeLimit } from './rows.js';
import { clientNameKey } from '../core/index.js';

/** What `initDatabase` made. */
export interface InitResult extends ResolvedDatabase {
  url: string | undefined;
  target: Target;
}

/** Options of `initDatabase`. */
export interface InitOptions {
  /** The page to create the database under: a pasted URL or an id. */
  parent: string;
  /** The client this database is for: their notes sync to it. Default: every note (the coach's private use). */
  client?: string | undefined;
  /** Only notes under this folder (relative to the vault) sync to it. */
  folder?: string | undefined;
  integration?: string | undefined;
}

/** Create the database under a page, with every property the sync needs, and record it as a target. */
export async function initDatabase(client: Client, state: SyncState, options: InitOptions): Promise<InitResult> {
  const pageId = parseNotionId(options.parent);
  if (!pageId) {
    throw new NotionSyncError({ code: 'bad-id', input: options.parent, expected: 'page' });
  }
  const title = options.client ? `Follow Through · ${options.client}` : 'Follow Through';
  let created: { id: string; url?: string; data_sources?: Array<{ id: string }> };
  try {
    created = (await client.databases.create({
      parent: { type: 'page_id', page_id: pageId },
      title: [{ type: 'text', text: { content: title } }],
      initial_data_source: { properties: databaseProperties() as never },
    }));
  } catch (error) {
    const explained = explain(error, { object: 'page', id: options.parent, ...(options.integration ? { integration: options.integration } : {}) });
    if (/is a database, not a page/i.test(explained.message) || explained.code === 'not-a-page') {
      throw new NotionSyncError({ code: 'not-a-page', id: options.parent });
    }
    throw explained;
  }
  const dataSourceId = created.data_sources?.[0]?.id;
  if (!dataSourceId) throw new NotionSyncError({ code: 'rejected', reason: 'Notion created the database but did not say its data source.', databaseId: created.id });
  const target: Target = {
    ...(options.client ? { client: options.client } : {}),
    ...(options.folder ? { folder: options.folder } : {}),
    databaseId: created.id,
    dataSourceId,
  };
  // One target per selector: a new database for the same client replaces the old target.
  state.targets = state.targets.filter((t) => !(t.client === target.client && t.folder === target.folder && t.note === undefined));
  state.targets.push(target);
  dataSourceState(state, dataSourceId);
  return { databaseId: created.id, dataSourceId, title, url: created.url, target };
}

/**
 * Point the vault at an existing database again (after the state file was
 * lost, or on a second computer): record it as a target. Its rows are found
 * again by their Key on the next sync, so nothing is created twice.
 */
export async function attachDatabase(client: Client, state: SyncState, options: Omit<InitOptions, 'parent'> & { database: string }): Promise<InitResult> {
  const resolved = await resolveDatabase(client, options.database, options.integration);
  const target: Target = {
    ...(options.client ? { client: options.client } : {}),
    ...(options.folder ? { folder: options.folder } : {}),
    databaseId: resolved.databaseId,
    dataSourceId: resolved.dataSourceId,
  };
  state.targets = state.targets.filter((t) => !(t.client === target.client && t.folder === target.folder && t.note === undefined));
  state.targets.push(target);
  dataSourceState(state, resolved.dataSourceId);
  return { ...resolved, url: undefined, target };
}

/** What `checkDatabase` found (and, with repair, did). */
export interface CheckResult extends ResolvedDatabase {
  check: SchemaCheck;
  /** True when the repair updated the data source. */
  repaired: boolean;
  /** The check after the repair. */
  after: SchemaCheck | undefined;
}

/** Check a database's schema; with `repair`, add what is missing and rename the title property. */
export async function checkDatabase(client: Client, input: string, options: { repair: boolean; integration?: string | undefined }): Promise<CheckResult> {
  const resolved = await resolveDatabase(client, input, options.integration);
  const context = { object: 'database' as const, id: input, ...(options.integration ? { integration: options.integration } : {}) };
  try {
    const retrieved = (await client.dataSources.retrieve({ data_source_id: resolved.dataSourceId })) as unknown as RetrievedDataSource;
    const check = checkSchema(retrieved);
    const body = options.repair ? repairBody(check) : null;
    if (!body) return { ...resolved, check, repaired: false, after: undefined };
    const updated = (await client.dataSources.update({ data_source_id: resolved.dataSourceId, ...(body as object) })) as unknown as RetrievedDataSource;
    return { ...resolved, check, repaired: true, after: checkSchema(updated) };
  } catch (error) {
    throw explain(error, context);
  }
}

/** Every Client option of a data source that names this client (trimmed, any case), as Notion spells it. */
async function clientOptions(client: Client, dataSourceId: string, name: string): Promise<string[]> {
  const ds = (await client.dataSources.retrieve({ data_source_id: dataSourceId })) as unknown as { properties?: Record<string, { type?: string; select?: { options?: Array<{ name: string }> } }> };
  const options = ds.properties?.[P.client]?.select?.options ?? [];
  return options.map((o) => o.name).filter((option) => clientNameKey(option) === clientNameKey(name));
}

/** The rows of one data source that belong to the client: by the Client property (any case), and by the keys of the client's notes in the state. */
async function clientRows(client: Client, dataSourceId: string, name: string, state: SyncState, keys: readonly string[]): Promise<Set<string>> {
  const pageIds = new Set<string>();
  const names = await clientOptions(client, dataSourceId, name);
  for (let i = 0; i < names.length; i += arrayItemLimit) {
    const conditions = names.slice(i, i + arrayItemLimit).map((option) => ({ property: P.client, select: { equals: option } }));
    let cursor: string | undefined;
    do {
      const response = (await client.dataSources.query({
        data_source_id: dataSourceId,
        page_size: pageSizeLimit,
        filter: (conditions.length === 1 ? conditions[0] : { or: conditions }) as never,
        ...(cursor ? { start_cursor: cursor } : {}),
      })) as { results: Array<{ id: string }>; has_more: boolean; next_cursor: string | null };
      for (const page of response.results) pageIds.add(page.id);
      cursor = response.has_more && response.next_cursor ? response.next_cursor : undefined;
    } while (cursor);
  }
  const rows = state.dataSources[dataSourceId]?.rows ?? {};
  for (const key of keys) {
    const pageId = rows[key]?.pageId;
    if (pageId) pageIds.add(pageId);
  }
  return pageIds;
}

/** What `forgetClient` found and did. */
export interface ForgetResult {
  /** Rows found for the client. */
  found: number;
  /** Rows moved to the trash (in a dry run, that would be). */
  archived: number;
  failed: number;
  dataSources: string[];
  targetsRemoved: number;
}

/**
 * Move every row of a client to Notion's trash and stop syncing the client.
 * The client's name is compared trimmed and in any case; rows are found by
 * their Client property and by the keys of the client's notes (`keys`).
 */
export async function forgetClient(
  client: Client,
  state: SyncState,
  options: { client: string; database?: ResolvedDatabase | undefined; integration?: string | undefined; dryRun?: boolean; keys?: readonly string[] },
): Promise<ForgetResult> {
  const sources = options.database ? [options.database.dataSourceId] : [...new Set(state.targets.map((t) => t.dataSourceId))];
  if (sources.length === 0) throw new NotionSyncError({ code: 'no-target', operation: 'forget' });
  const result: ForgetResult = { found: 0, archived: 0, failed: 0, dataSources: sources, targetsRemoved: 0 };
  for (const dataSourceId of sources) {
    const context = { object: 'database' as const, id: dataSourceId, ...(options.integration ? { integration: options.integration } : {}) };
    let pageIds: Set<string>;
    try {
      pageIds = await clientRows(client, dataSourceId, options.client, state, options.keys ?? []);
    } catch (error) {
      throw explain(error, context);
    }
    result.found += pageIds.size;
    const rows = state.dataSources[dataSourceId]?.rows ?? {};
    for (const pageId of pageIds) {
      if (options.dryRun) {
        result.archived++;
        continue;
      }
      try {
        await client.pages.update({ page_id: pageId, in_trash: true });
        result.archived++;
        for (const [key, base] of Object.entries(rows)) if (base.pageId === pageId) delete rows[key];
      } catch {
        result.failed++;
      }
    }
  }
  const before = state.targets.length;
  if (!options.dryRun) state.targets = state.targets.filter((t) => t.client === undefined || clientNameKey(t.client) !== clientNameKey(options.client));
  result.targetsRemoved = before - state.targets.length;
  return result;
}
