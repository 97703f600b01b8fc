// The sync state in the vault, `.follow-through/notion.json`: the targets (what
// syncs where), and per data source the base of the three-way merge.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { StateFileError } from './errors.js';

/** Where the state lives, relative to the vault. */
export const stateFile = path.join('.follow-through', 'notion.json');

/** One sync target: notes matching it (by note, folder or client) sync to this database. */
export const Target = z
  .object({
    client: z.string().min(1).optional(),
    folder: z.string().min(1).optional(),
    note: z.string().min(1).optional(),
    databaseId: z.string().min(1),
    dataSourceId: z.string().min(1),
  })
  .strict();
export type Target = z.infer<typeof Target>;

/** The last value read from Notion, while it is not yet in the note (a pull that could not be written). */
export const Seen = z.object({ done: z.boolean(), reflection: z.string().nullable() }).strict();
export type Seen = z.infer<typeof Seen>;

/** The base of the three-way merge for one row: what both sides agreed on at the last sync. */
export const Base = z
  .object({
    /** The row's page, or null while a create is pending (sent, not yet confirmed). */
    pageId: z.string().nullable(),
    contentHash: z.string(),
    done: z.boolean(),
    reflection: z.string().nullable(),
    /** Set before a create is sent; a pending key is looked up by Key before it is created again. */
    pending: z.literal(true).optional(),
    seen: Seen.optional(),
  })
  .strict();
export type Base = z.infer<typeof Base>;

/** What the sync keeps per data source. */
export const DataSourceState = z
  .object({
    /** The integration's bot user, whose own edits the incremental pull skips. */
    botId: z.string().optional(),
    /** When the last complete pull started (ISO date-time). */
    lastPulledAt: z.string().optional(),
    rows: z.record(z.string(), Base),
  })
  .strict();
export type DataSourceState = z.infer<typeof DataSourceState>;

/** The whole state file. */
export const SyncState = z
  .object({
    version: z.literal(1),
    targets: z.array(Target),
    /** Put an `obsidian://` link on each row (reveals vault and note names). Default: false. */
    noteLinks: z.boolean().optional(),
    dataSources: z.record(z.string(), DataSourceState),
  })
  .strict();
export type SyncState = z.infer<typeof SyncState>;

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
  const result = SyncState.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new StateFileError(file, `${issue?.message ?? 'it does not have the expected shape'}${where}`);
  }
  return result.data;
}

/** Read the vault's sync state: empty when there is none, a `StateFileError` when it is broken. */
export function readState(vault: string): StateRead {
  const file = path.join(vault, stateFile);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: emptyState(), existed: false };
    throw new StateFileError(file, `it could not be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
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
  const wanted = client?.trim().toLowerCase();
  const byClient = wanted === undefined ? undefined : targets.find((t) => t.client !== undefined && t.client.trim().toLowerCase() === wanted && t.folder === undefined && t.note === undefined);
  // A target that names nothing takes every note (one database for the coach's private use).
  return byClient ?? targets.find((t) => t.client === undefined && t.folder === undefined && t.note === undefined);
}
