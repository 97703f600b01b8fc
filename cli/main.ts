import { writeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Args, UsageError, checkFlags, isUsageError, parseArgs, resolveToday } from './args.js';
import { NoteIndex } from './cache.js';
import { type NoteResult, readNotes } from './notes.js';
import { type Style, makeStyle, renderLint, renderList, renderReport, toJson } from './output.js';
import type { Io } from './io.js';
import { notionUsage, syncUsage } from './notion-usage.js';
import { describeSummary, trackAll, trackedNotes } from './track.js';
import { describeUntrack, untrackAll } from './untrack.js';
import { type NoteDocument, type ReadNote, reviewAgenda, weeklyMessages } from '../core/index.js';
import { collectNotes } from './vault.js';
import { writeListJson } from './list-json.js';
// The version npm run version moves (the bundle keeps the whole file: 2 KB).
import packageJson from '../package.json' with { type: 'json' };
import { describeFolderSummary, folderSummary, isFolderRun } from './summary.js';

const usage = `follow-through: keep the commitments made at the end of a coaching session

Usage
  follow-through list PATH… [--json] [--horizon WEEKS] [--today YYYY-MM-DD] [--no-cache]
  follow-through lint PATH… [--json] [--strict] [--horizon WEEKS] [--today YYYY-MM-DD] [--no-cache]
  follow-through track PATH… [--dry-run] [--horizon WEEKS] [--today YYYY-MM-DD]
  follow-through untrack PATH… [--yes]
  follow-through report PATH… [--json] [--horizon WEEKS] [--today YYYY-MM-DD] [--no-cache]
  follow-through review PATH… [--horizon WEEKS] [--today YYYY-MM-DD] [--no-cache]
  follow-through sync PATH… [--database <link or id>] [--dry-run] [--json] [--today YYYY-MM-DD]
  follow-through notion init|check|forget|emulator …
  follow-through demo
  follow-through <command> --help

A PATH is a note (.md) or a vault folder, searched recursively (folders
starting with a dot, such as .obsidian and .trash, are skipped).

Commands
  list    show every commitment found: what, when, the backup plan, how often
  lint    say what would make each commitment stronger, with a suggestion
  track   add this period's checklists to the notes, and a reflection prompt
          under a period that closed with something left undone
  untrack take Follow Through's own lines out of the notes (shows them first)
  report  the weekly one-line message for each client, and the figures
  review  an agenda for each client's next session, in Markdown
  sync    keep a Notion database in step with the notes, both ways
  notion  set up the Notion sync: init, check, forget, emulator
  demo    a whole cycle on a copy of the example vault (what npm start does)

Dates
  --today YYYY-MM-DD  the date to work with (else FOLLOW_THROUGH_TODAY, else today),
                      from 1000-01-01 to 9998-12-31
  --horizon WEEKS     how long a note with no next session is tracked, 1 to 8 (default 8)

Index
  list, lint, report and review remember what each note held, outside the
  vault (your cache folder, or FOLLOW_THROUGH_CACHE_DIR), and read again only
  the notes that changed. --no-cache reads every note afresh.

Exit codes: 0 done · 1 lint --strict found warnings · 2 usage mistake or missing path`;

const help: Record<string, string> = {
  list: `follow-through list PATH… [--json] [--horizon WEEKS] [--today YYYY-MM-DD]

Show every commitment in the notes: the intention, its trigger, its backup
plans, how often, and whether it is something you do (process) or a result
(outcome). A commitment is a list item under a heading such as
"## Commitments", "## If-then plans", "## Between sessions", or an item
tagged #commitment.

  --json    print one JSON object: { "commitments": [...], "diagnostics": [...], "notes": [...] }
  --today   the date to work with, YYYY-MM-DD (else FOLLOW_THROUGH_TODAY, else today)`,
  lint: `follow-through lint PATH… [--json] [--strict] [--horizon WEEKS] [--today YYYY-MM-DD]

Say kindly what would make each commitment stronger (a vague trigger, no
backup plan, an outcome where a process belongs…), each with a suggestion.

  --json    print one JSON object, the same shape as list --json
  --strict  exit 1 when any warning is found (for scripts and CI)
  --today   the date to work with, YYYY-MM-DD (else FOLLOW_THROUGH_TODAY, else today)`,
  track: `follow-through track PATH… [--dry-run] [--horizon WEEKS] [--today YYYY-MM-DD]

Start tracking every commitment that is not tracked yet, and bring every
tracked one up to date: a checklist for the current period, and a reflection
prompt under a period that closed with something left undone (as the note's
"if-missed" asks). Only adds lines: your words and check marks stay as they
are. Each note is written whole or not at all (temporary file and rename).

  --dry-run  print what would change, as a unified diff, and write nothing
  --today    the date to work with, YYYY-MM-DD (else FOLLOW_THROUGH_TODAY, else today)`,
  untrack: `follow-through untrack PATH… [--yes] [--dry-run]

The way out: take Follow Through's own lines out of the notes, the ids it
appended to commitments, the checklist items and the reflection prompts it
wrote. It never removes a word you wrote: an answer stays as a plain list
item (only the "My answer:" label goes), and a checklist item you wrote on
keeps your words (only its marker goes). Shows the change as a unified diff
first, and writes only with --yes.

  --yes      make the change shown
  --dry-run  show the change and write nothing (the same as leaving out --yes)`,
  report: `follow-through report PATH… [--json] [--horizon WEEKS] [--today YYYY-MM-DD]

The one-line progress message for each client, for the week that closed
most recently, with the figures behind it.

  --json    print one JSON object: { "messages": [ { "client", "week", "text", … } ] }
  --today   the date to work with, YYYY-MM-DD (else FOLLOW_THROUGH_TODAY, else today)`,
  review: `follow-through review PATH… [--horizon WEEKS] [--today YYYY-MM-DD]

An agenda for each client's next session, in Markdown, on standard output:
each commitment with its record week by week, the client's reflections in
their own words, patterns worth a conversation, and what could be stronger.

  --today   the date to work with, YYYY-MM-DD (else FOLLOW_THROUGH_TODAY, else today)`,
  notion: notionUsage,
  sync: syncUsage,
  demo: `follow-through demo

Copy the example vault to a temporary folder, track it across three
simulated weeks with some items ticked, and print the checklists, a
reflection prompt, the weekly messages and a review. Needs no account and
no network.`,
};

function progressReporter(io: Io): (done: number, total: number) => void {
  if (!io.stderrIsTTY) return () => undefined;
  return (done, total) => {
    io.err(`\rReading notes… ${done} of ${total}${done === total ? '\n' : ''}`);
  };
}

/** The commands that only read keep an index outside the vault (see cli/cache.ts); `--no-cache` reads every note afresh. */
function openIndex(args: Args, io: Io): NoteIndex | undefined {
  return args.flags.has('no-cache') ? undefined : NoteIndex.open(args.paths.map((p) => path.resolve(io.cwd, p)).join('\n'), io.env);
}

function read(args: Args, io: Io, keep: 'all'): NoteResult<NoteDocument>[];
function read(args: Args, io: Io, keep?: 'readings'): NoteResult<ReadNote>[];
function read(args: Args, io: Io, keep: 'all' | 'readings' = 'readings'): NoteResult<ReadNote>[] {
  const files = collectNotes(args.paths, io.cwd);
  const index = keep === 'readings' ? openIndex(args, io) : undefined;
  const results = readNotes(files, progressReporter(io), keep, index);
  index?.save();
  return results;
}

/** `--horizon WEEKS`: how long a note with no next session is tracked, 1 to 8 weeks (default 8). */
function horizonOf(args: Args): number | undefined {
  const raw = args.flags.get('horizon');
  if (raw === undefined) return undefined;
  const weeks = Number(raw);
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 8) {
    throw new UsageError(`--horizon takes a number of weeks from 1 to 8, like "--horizon 6"; "${raw}" is not one.`);
  }
  return weeks;
}

function exampleVault(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'examples', 'vault');
}

async function run(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv, ['database', 'parent', 'client', 'port', 'token', 'data-source', 'horizon']);
  const style: Style = makeStyle(io.stdoutIsTTY, io.env);
  if (args.flags.has('version')) {
    io.out(`follow-through ${packageJson.version}`);
    return 0;
  }
  if (!args.command || args.command === 'help') {
    const topic = args.paths[0];
    io.out(topic && help[topic] ? help[topic] : usage);
    return 0;
  }
  const commandHelp = help[args.command];
  if (!commandHelp) {
    throw new UsageError(`"${args.command}" is not a command. Try list, lint, track, untrack, report, review, sync, notion or demo (follow-through --help for more).`);
  }
  if (args.flags.has('help') && args.command !== 'notion') {
    io.out(commandHelp);
    return 0;
  }
  // The Notion commands read their own arguments (subcommands, --database…).
  // The Notion code (the SDK and the sync) loads only for the commands that use it; the emulator only for `notion emulator`.
  if (args.command === 'notion') return (await import('./notion.js')).runNotion(argv.slice(argv.indexOf('notion') + 1), io);
  if (args.command === 'sync') return (await import('./notion.js')).runSync(argv.slice(argv.indexOf('sync') + 1), io);

  switch (args.command) {
    case 'list': {
      checkFlags(args, ['json', 'today', 'no-cache', 'horizon']);
      const today = resolveToday(args, io.env, io.now);
      if (args.flags.has('json')) {
        // Streamed, a note at a time (cli/list-json.ts): the same bytes as printing the whole object.
        const files = collectNotes(args.paths, io.cwd);
        const chunks: string[] = [];
        writeListJson(files, io.write ?? ((text) => chunks.push(typeof text === 'string' ? text : Buffer.from(text).toString('utf8'))), { today, horizonWeeks: horizonOf(args), index: openIndex(args, io), progress: progressReporter(io) });
        if (!io.write) io.out(chunks.join('').replace(/\n$/, ''));
        return 0;
      }
      const results = read(args, io);
      io.out(renderList(results, style, trackedNotes(results, today, horizonOf(args))));
      if (isFolderRun(args.paths, io.cwd)) io.err(describeFolderSummary(folderSummary(results)));
      return 0;
    }
    case 'lint': {
      checkFlags(args, ['json', 'strict', 'today', 'no-cache', 'horizon']);
      const today = resolveToday(args, io.env, io.now);
      const results = read(args, io);
      const summary = folderSummary(results);
      const tracked = trackedNotes(results, today, horizonOf(args));
      if (args.flags.has('json')) io.out(JSON.stringify({ ...toJson(results), summary }, null, 2));
      else {
        io.out(renderLint(results, style, tracked, today));
        if (isFolderRun(args.paths, io.cwd)) io.err(describeFolderSummary(summary));
      }
      const warnings = results.some(
        (r) => r.note.commitments.some((c) => c.findings.some((f) => f.severity === 'warning')) || r.note.diagnostics.some((d) => d.severity === 'warning'),
      );
      return args.flags.has('strict') && warnings ? 1 : 0;
    }
    case 'track': {
      checkFlags(args, ['dry-run', 'today', 'horizon']);
      const today = resolveToday(args, io.env, io.now);
      const dryRun = args.flags.has('dry-run');
      const results = read(args, io, 'all');
      const summary = trackAll(results, today, dryRun, horizonOf(args));
      for (const diff of summary.diffs) io.out(diff);
      io.out(describeSummary(summary, dryRun));
      if (isFolderRun(args.paths, io.cwd)) io.err(describeFolderSummary(folderSummary(results, summary.left)));
      return 0;
    }
    case 'untrack': {
      checkFlags(args, ['yes', 'dry-run']);
      const write = args.flags.has('yes') && !args.flags.has('dry-run');
      const summary = untrackAll(read(args, io, 'all'), write);
      for (const diff of summary.diffs) io.out(diff);
      io.out(describeUntrack(summary, write));
      return 0;
    }
    case 'report': {
      checkFlags(args, ['json', 'today', 'no-cache', 'horizon']);
      const today = resolveToday(args, io.env, io.now);
      const messages = weeklyMessages(trackedNotes(read(args, io), today, horizonOf(args)), today);
      if (args.flags.has('json')) io.out(JSON.stringify({ today, messages }, null, 2));
      else io.out(renderReport(messages, style));
      return 0;
    }
    case 'review': {
      checkFlags(args, ['today', 'no-cache', 'horizon']);
      const today = resolveToday(args, io.env, io.now);
      io.out(reviewAgenda(trackedNotes(read(args, io), today, horizonOf(args)), today));
      return 0;
    }
    case 'demo': {
      checkFlags(args, []);
      const { runDemo } = await import('./demo.js');
      await runDemo(exampleVault(), io.out, style);
      return 0;
    }
    default:
      throw new UsageError(`"${args.command}" is not a command yet.`);
  }
}

/** Run the command line and return its exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (isUsageError(error)) {
      io.err(`follow-through: ${error.message}\n`);
      return 2;
    }
    io.err(`follow-through: something went wrong that should not have: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\nNo note was changed. Please report this with the command you ran.\n`);
    return 3;
  }
}

// A reader that stops early (`follow-through list … | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/** A short wait, without leaving the thread (a pipe's reader needs a moment to take what it was given). */
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Write to standard output before going on, waiting while a pipe is full. Node
 * queues what a slow reader has not taken yet (`list --json | jq` on a large
 * vault would hold the whole output in memory); this holds at most a piece.
 */
function writeOut(text: string | Uint8Array): void {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  let done = 0;
  while (done < bytes.length) {
    try {
      done += writeSync(1, bytes, done, bytes.length - done);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') Atomics.wait(pause, 0, 0, 2);
      else if (code === 'EPIPE') process.exit(0); // the reader stopped early (`| head`): not an error
      else throw error;
    }
  }
}

const invokedDirectly = process.argv[1] !== undefined && /(?:cli\.js|main\.ts|follow-through)$/.test(process.argv[1]);
if (invokedDirectly) {
  const code = await main(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    write: writeOut,
    err: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    now: new Date(),
  });
  process.exitCode = code;
}
