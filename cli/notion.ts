// The Notion commands: `notion init|check|forget|emulator` and `sync`. Each
// reads its token from the environment (never a flag), builds the paced client,
// and prints one summary line (or one JSON object with --json).

import type { Io } from './io.js';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { type Args, UsageError, checkFlags, parseArgs, resolveToday } from './args.js';
import type { NoteDocument } from '../core/index.js';
import { type NoteResult, parseOptionsFor, readNotes } from './notes.js';
import { fsSyncStore, readState, saveState, stateFileOf, takeLock } from './notion-store.js';
import { collectNotes } from './vault.js';
import { notionUsage, syncUsage } from './notion-usage.js';
import { type Clock, type Fetch, type NotionConnection, connect, systemClock } from '../notion-sync/client.js';
import { describeConflict, describePlans, plansJson, summaryLine } from '../notion-sync/describe.js';
import { type NotionProblem, NotionSyncError, explain, isNotionSyncError, redact, withRequestId } from '../notion-sync/errors.js';
import { type CheckResult, attachDatabase, checkDatabase, forgetClient, initDatabase } from '../notion-sync/init.js';
import { type SyncResult, clientRowKeys, exitCodeOf, resolveDatabase, resultCounts, syncVault } from '../notion-sync/sync.js';

/** What the Notion commands need from the outside world. */
export interface NotionIo extends Io {
  /** The transport. Default: Node's `fetch`. */
  fetch?: Fetch;
  /** Pacing and retry waits. Default: the system clock. */
  clock?: Clock;
  /** Per-attempt timeout in ms. Default: 30,000. */
  timeoutMs?: number;
  /** Called with the connection once built (tests read its request counter). */
  onConnect?: (connection: NotionConnection) => void;
}

/** The token in a token file: its first line that is not blank or a comment (`#`). */
export function tokenInFile(text: string, file: string): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  const token = lines[0];
  if (token === undefined) throw new NotionSyncError({ code: 'no-token' }, { text: `The token file ${file} holds no token (only blank lines or comments). Paste the integration's secret on a line of its own.` });
  if (/\s/.test(token)) throw new NotionSyncError({ code: 'no-token' }, { text: `The first line of ${file} that is not a comment has spaces in it, so it is not a token. Put the integration's secret alone on that line (a comment line starts with #).` });
  if (lines.length > 1) throw new NotionSyncError({ code: 'no-token' }, { text: `The token file ${file} has ${lines.length} lines that are not blank or comments; it should hold the integration's secret alone on one line (a comment line starts with #).` });
  return token;
}

/** The integration's token: NOTION_TOKEN, else the file NOTION_TOKEN_FILE names. */
export function tokenFrom(env: NodeJS.ProcessEnv): string {
  const direct = env.NOTION_TOKEN?.trim();
  if (direct) return direct;
  const file = env.NOTION_TOKEN_FILE?.trim();
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new NotionSyncError({ code: 'no-token' }, { text: `The token file NOTION_TOKEN_FILE names (${file}) could not be read. Check the path and its permissions.` });
    }
    return tokenInFile(text, file);
  }
  throw new NotionSyncError(
    { code: 'no-token' },
    { text: 'No Notion token. Create an integration at notion.so/profile/integrations, then put its secret in NOTION_TOKEN, or in a file whose path is in NOTION_TOKEN_FILE.' },
  );
}

/** The vault holding a PATH: the nearest folder up with `.follow-through` or `.obsidian`, else the folder itself. */
export function vaultOf(given: string, cwd: string): string {
  const absolute = path.resolve(cwd, given);
  let start = absolute;
  try {
    if (!statSync(absolute).isDirectory()) start = path.dirname(absolute);
  } catch {
    throw new UsageError(`There is no file or folder at "${given}". Check the path, or give a vault folder.`);
  }
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, '.follow-through')) || existsSync(path.join(dir, '.obsidian'))) return dir;
    if (path.dirname(dir) === dir) return start;
  }
}

function connection(io: NotionIo): NotionConnection {
  if (io.env.NOTION_API_KEY && !io.env.NOTION_TOKEN && !io.env.NOTION_TOKEN_FILE) {
    throw new NotionSyncError({ code: 'no-token' }, { text: 'Put the integration secret in NOTION_TOKEN (NOTION_API_KEY is not read).' });
  }
  const token = tokenFrom(io.env);
  const conn = connect({
    token,
    baseUrl: io.env.NOTION_BASE_URL || undefined,
    fetch: io.fetch ?? (globalThis.fetch),
    clock: io.clock ?? systemClock,
    ...(io.timeoutMs !== undefined ? { timeoutMs: io.timeoutMs } : {}),
  });
  io.onConnect?.(conn);
  return conn;
}

/** Progress on a terminal: N of M and the time left at Notion's pace (3 requests a second); nothing when piped or with --json. */
function progressBar(io: NotionIo, json: boolean): ((done: number, total: number) => void) | undefined {
  if (!io.stderrIsTTY || json) return undefined;
  return (done, total) => {
    if (total < 5) return;
    const width = 24;
    const shown = Math.min(done, total);
    const filled = Math.round((shown / total) * width);
    const left = Math.ceil((total - shown) / 3);
    const time = left >= 60 ? `about ${Math.ceil(left / 60)} min left` : `about ${left} s left`;
    io.err(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${shown} of ${total}${shown < total ? `, ${time}  ` : '            '}${done >= total ? '\n' : ''}`);
  };
}

/** Say what a check found, for people. */
export function describeCheck(result: CheckResult): string {
  const lines: string[] = [];
  const name = result.title ? `“${result.title}”` : result.databaseId;
  if (result.check.ok) return `The database ${name} has every property the sync needs.`;
  lines.push(`The database ${name} is not set up the way the sync needs:`);
  for (const problem of result.check.problems) lines.push(`  - ${problem.message}`);
  if (result.repaired && result.after) {
    if (result.after.ok) lines.push('Repaired: every property the sync needs is there now.');
    else {
      lines.push('Repaired what could be; still to fix in Notion:');
      for (const problem of result.after.problems) lines.push(`  - ${problem.message}`);
    }
  } else if (result.check.repairable) {
    lines.push(`Add what is missing with: follow-through notion check --database ${result.databaseId} --repair`);
  } else {
    lines.push('Fix the wrong types in Notion (rename or delete those properties), then run check --repair to add them back.');
  }
  return lines.join('\n');
}

/** The command line's next step for a problem the engine reports by code and facts (the engine's messages hold no command line). */
export function cliNextStep(problem: NotionProblem): string | undefined {
  switch (problem.code) {
    case 'state-broken':
      return 'Then run sync again, and point the vault at its database again with: follow-through notion init --database <database link> [--client NAME].';
    case 'no-target':
      return problem.operation === 'forget'
        ? 'Name the database with --database <database link>.'
        : 'Create a database with: follow-through notion init --parent <page link> [--client NAME]; point this vault at an existing one with: follow-through notion init --database <database link> [--client NAME]; or name one for this run with --database <database link>.';
    case 'schema-mismatch':
      return problem.repairable
        ? `Run: follow-through notion check --database ${problem.databaseId} --repair`
        : `Fix the properties named above in Notion, then run: follow-through notion check --database ${problem.databaseId} --repair`;
    case 'several-data-sources':
      return 'Say which one to sync with --database <data source id>.';
    case 'not-a-database':
      return `To create one under this page: follow-through notion init --parent ${problem.id ?? '<page>'}`;
    case 'not-a-page': {
      const id = problem.id ?? '<database link>';
      return `To sync with it: follow-through notion init --database ${id} (or sync --database ${id}); to create a new one, give a page with --parent.`;
    }
    case 'rejected':
      return problem.databaseId ? `Run: follow-through notion check --database ${problem.databaseId}` : undefined;
    case 'rate-limited':
      return 'Run sync again in a few minutes.';
    default:
      return undefined;
  }
}

/** What happened, in the command line's words: the engine's, with "run the command again" and the token's places where they belong. */
function cliText(error: NotionSyncError): string {
  const problem = error.problem;
  switch (problem.code) {
    case 'bad-token':
      return 'Notion did not accept the token. Copy the integration secret again from notion.so/profile/integrations (it starts with ntn_ or secret_) into NOTION_TOKEN or the file NOTION_TOKEN_FILE names, then run the command again.';
    case 'not-shared':
      if (problem.inDatabase !== undefined) return error.text;
      return `Notion cannot find the ${problem.object}${problem.id ? ` ${problem.id}` : ''}, or it is not shared with the integration. Open the ${problem.object === 'row' ? 'database' : problem.object} in Notion, ••• → Connections, add ${problem.integration}, then run the command again.`;
    case 'restricted':
      return `The integration may not do this. In Notion, open ${problem.integration}'s settings (notion.so/profile/integrations) and allow it to read, update and insert content, then run the command again.`;
    case 'busy':
      return `${error.text} Wait for it to finish, then run sync again.`;
    default:
      return error.text;
  }
}

/** A Notion error as the command line says it: what happened, Notion's request id, and the next step. */
export function cliMessage(error: NotionSyncError): string {
  const message = withRequestId(cliText(error), error.requestId);
  const next = cliNextStep(error.problem);
  return next ? `${message}${error.code === 'schema-mismatch' ? '\n' : ' '}${next}` : message;
}

/** The summary line of `sync`: the engine's counts, and, when items failed, how to finish (this command again). */
export function cliSummaryLine(counts: Parameters<typeof summaryLine>[0], dryRun: boolean): string {
  return `${summaryLine(counts, { dryRun })}${!dryRun && counts.failed > 0 ? ' Run sync again to finish: what was done is kept.' : ''}`;
}

/** Run a command body, turning a Notion error into its message and exit 1 (2 for a usage mistake), with the token redacted everywhere. */
async function guarded(io: NotionIo, json: boolean, body: () => Promise<number>): Promise<number> {
  const secret = io.env.NOTION_TOKEN?.trim();
  try {
    return await body();
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const explained = isNotionSyncError(error) ? error : explain(error);
    const message = redact(cliMessage(explained), secret);
    if (json) io.out(JSON.stringify({ error: { code: explained.code, message, requestId: explained.requestId ?? null } }));
    else io.err(`follow-through: ${message}\n`);
    // No token, or a --database that is no link or id: usage mistakes, exit 2 as the help says.
    return explained.code === 'no-token' || explained.code === 'bad-id' ? 2 : 1;
  }
}

function text(args: Args, name: string): string | undefined {
  const value = args.flags.get(name);
  if (value === true) throw new UsageError(`--${name} needs a value.`);
  return value;
}

/** `follow-through notion …`: the words after `notion`. Returns the exit code. */
export async function runNotion(argv: readonly string[], io: NotionIo): Promise<number> {
  // The emulator's tokens are made up and printed on purpose: --token is one of its flags.
  if (argv[0] === 'emulator') {
    const { runEmulator, isEmulatorUsageError, EMULATOR_USAGE } = await import('../notion-emulator/index.js');
    if (argv.includes('--help')) {
      io.out(EMULATOR_USAGE);
      return 0;
    }
    try {
      await runEmulator(argv.slice(1), { write: (t: string) => io.out(t.replace(/\n$/, '')), warn: (t: string) => io.err(t) });
    } catch (error) {
      if (isEmulatorUsageError(error)) throw new UsageError(error.message);
      throw error;
    }
    return 0;
  }
  const args = parseArgs(argv, ['parent', 'client', 'folder', 'database']);
  if (args.flags.has('token')) throw new UsageError('The token is never a flag (it would land in your shell history). Put it in NOTION_TOKEN, or in a file named by NOTION_TOKEN_FILE.');
  const json = args.flags.has('json');
  if (!args.command || args.flags.has('help')) {
    io.out(notionUsage);
    return 0;
  }
  switch (args.command) {
    case 'init': {
      checkFlags(args, ['parent', 'database', 'client', 'folder', 'json']);
      const parent = text(args, 'parent');
      const existing = text(args, 'database');
      if (!parent && !existing) throw new UsageError('notion init needs the page to create the database under (--parent <page link or id>), or an existing database to sync with again (--database <database link>).');
      if (parent && existing) throw new UsageError('Give notion init either --parent (to create a database) or --database (to use an existing one), not both.');
      const vault = vaultOf(args.paths[0] ?? '.', io.cwd);
      return guarded(io, json, async () => {
        const { state } = readState(vault);
        const { client } = connection(io);
        const selectors = { client: text(args, 'client'), folder: text(args, 'folder') };
        const made = existing ? await attachDatabase(client, state, { database: existing, ...selectors }) : await initDatabase(client, state, { parent: parent ?? '', ...selectors });
        saveState(vault, state);
        if (json) {
          io.out(JSON.stringify({ databaseId: made.databaseId, dataSourceId: made.dataSourceId, url: made.url ?? null, target: made.target, stateFile: stateFileOf(vault) }));
        } else {
          const who = made.target.client ? `${made.target.client}'s notes` : made.target.folder ? `notes under ${made.target.folder}` : 'every note in the vault (keep this database private: sharing it shares every row)';
          io.out(
            [
              existing ? `This vault syncs with the database “${made.title}” again; its rows are found by their Key, so nothing is created twice.` : `Created the database “${made.title}”${made.url ? `: ${made.url}` : ''}`,
              `  database id     ${made.databaseId}`,
              `  data source id  ${made.dataSourceId}`,
              `It is recorded in ${stateFileOf(vault)}: ${who} sync to it.`,
              `Next: follow-through sync ${path.relative(io.cwd, vault) || '.'}`,
            ].join('\n'),
          );
        }
        return 0;
      });
    }
    case 'check': {
      checkFlags(args, ['database', 'repair', 'json']);
      const database = text(args, 'database');
      if (!database) throw new UsageError('notion check needs the database: --database <database link or id>.');
      return guarded(io, json, async () => {
        const { client } = connection(io);
        const result = await checkDatabase(client, database, { repair: args.flags.has('repair') });
        if (json) io.out(JSON.stringify({ databaseId: result.databaseId, dataSourceId: result.dataSourceId, ok: result.check.ok, problems: result.check.problems, repaired: result.repaired, after: result.after ?? null }));
        else io.out(describeCheck(result));
        const ok = result.repaired ? (result.after?.ok ?? false) : result.check.ok;
        return ok ? 0 : 1;
      });
    }
    case 'forget': {
      checkFlags(args, ['client', 'database', 'dry-run', 'json', 'today']);
      const name = text(args, 'client');
      if (!name) throw new UsageError('notion forget needs the client: --client NAME (as in the notes\u2019 client property).');
      const vault = vaultOf(args.paths[0] ?? '.', io.cwd);
      const dryRun = args.flags.has('dry-run');
      const notes = readNotes(collectNotes([vault], io.cwd).map((f) => ({ ...f, relative: path.relative(vault, f.absolute).split(path.sep).join('/') })), () => undefined);
      const listed = notes.filter((n) => n.error === undefined).map((n) => ({ path: n.file.relative, text: n.text }));
      const keys = clientRowKeys(listed, parseOptionsFor(vault, true), resolveToday(args, io.env, io.now), name);
      return guarded(io, json, async () => {
        const { state } = readState(vault);
        const { client } = connection(io);
        const given = text(args, 'database');
        const database = given ? await resolveDatabase(client, given) : undefined;
        const done = await forgetClient(client, state, { client: name, database, dryRun, keys });
        if (done.found === 0 && keys.length === 0 && done.targetsRemoved === 0) {
          throw new UsageError(`No client “${name}” was found: no row in Notion and no note in ${vault} names them (names are compared in any case). Check the spelling in the notes' client property.`);
        }
        if (!dryRun) saveState(vault, state);
        if (json) io.out(JSON.stringify({ client: name, found: done.found, archived: done.archived, failed: done.failed, targetsRemoved: done.targetsRemoved, dryRun }));
        else io.out(forgetLine(name, done, dryRun));
        return done.failed > 0 ? 1 : 0;
      });
    }
    default:
      throw new UsageError(`"notion ${args.command}" is not a command. Try notion init, notion check, notion forget or notion emulator.`);
  }
}

/** What `notion forget` says it did. */
function forgetLine(name: string, done: { found: number; archived: number; failed: number; targetsRemoved: number }, dryRun: boolean): string {
  const rows = (n: number) => `${n} ${n === 1 ? 'row' : 'rows'}`;
  if (dryRun) return `Dry run: found ${rows(done.found)} of ${name}; would move ${rows(done.archived)} to Notion's trash. Nothing was changed.`;
  return [
    `Moved ${rows(done.archived)} of ${name} to Notion's trash (${done.found} found; restore them from there within 30 days if this was a mistake).`,
    done.targetsRemoved > 0 ? `${name}'s notes no longer sync.` : '',
    done.failed > 0 ? `${done.failed} could not be moved; run forget again.` : '',
  ].filter(Boolean).join(' ');
}

/** `follow-through sync PATH…`: the words after `sync`. Returns the exit code. */
export async function runSync(argv: readonly string[], io: NotionIo): Promise<number> {
  const args = parseArgs(['sync', ...argv], ['database']);
  if (args.flags.has('token')) throw new UsageError('The token is never a flag (it would land in your shell history). Put it in NOTION_TOKEN, or in a file named by NOTION_TOKEN_FILE.');
  if (args.flags.has('help')) {
    io.out(syncUsage);
    return 0;
  }
  checkFlags(args, ['database', 'dry-run', 'json', 'today']);
  const today = resolveToday(args, io.env, io.now);
  const json = args.flags.has('json');
  const dryRun = args.flags.has('dry-run');
  const database = text(args, 'database');
  if (args.paths.length === 0) throw new UsageError('Give the vault (or notes) to sync, like: follow-through sync path/to/vault');
  const vault = vaultOf(args.paths[0] ?? '.', io.cwd);
  const files = collectNotes(args.paths, io.cwd).map((f) => ({ ...f, relative: path.relative(vault, f.absolute).split(path.sep).join('/') }));
  const notes: NoteResult<NoteDocument>[] = readNotes(files, () => undefined);
  return guarded(io, json, async () => {
    const { client } = connection(io);
    const lock = () => takeLock(vault, { onWait: (pid) => io.err(`Another sync of this vault is running (process ${pid}); waiting for it to finish…\n`) });
    const store = fsSyncStore(vault, notes, lock);
    const result = await syncVault({ store, parseOptions: parseOptionsFor(vault, true), today, client, clock: io.clock ?? systemClock, database, dryRun, progress: progressBar(io, json) });
    const counts = resultCounts(result);
    if (json) {
      io.out(JSON.stringify({ ...plansJson(result.plans, { dryRun, failures: result.failures }), summary: counts, waiting: result.waiting, untargeted: result.untargeted, unsent: result.unsent }, null, 2));
      return exitCodeOf(result);
    }
    io.out(syncLines(result, counts, dryRun).join('\n'));
    return exitCodeOf(result);
  });
}

/** What `sync` prints for people: the plan (dry run) or the conflicts, what failed or waits, and one summary line. */
function syncLines(result: SyncResult, counts: ReturnType<typeof resultCounts>, dryRun: boolean): string[] {
  const lines: string[] = [];
  if (dryRun) lines.push(...describePlans(result.plans, { dryRun }));
  else for (const plan of result.plans) for (const c of plan.conflicts) lines.push(`Conflict: ${describeConflict(c)}`);
  for (const f of result.failures) lines.push(`Failed: ${f.key}${f.file ? ` (${f.file})` : ''}: ${f.message}`);
  for (const w of result.waiting) lines.push(`Waiting: ${w.key}${w.file ? ` (${w.file})` : ''}: ${w.message}`);
  for (const u of result.unsent) lines.push(`Not sent whole: ${u.key}${u.file ? ` (${u.file})` : ''}: ${u.message}`);
  if (result.untargeted.length > 0) {
    lines.push(`Not synced (no target names them): ${result.untargeted.length === 1 ? result.untargeted[0] : `${result.untargeted.length} notes`}. Add one with notion init --client (or notion init --database <link> for an existing database), or use --database.`);
  }
  lines.push(cliSummaryLine(counts, dryRun));
  return lines;
}
