// Run every benchmark side by side, print a table, write bench/results.json.
// `npm run bench [-- --notes 10000 --seed 1 --reps 11 --scale 1000,10000,100000 --scale-pairs 3 --only index,cli]`
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { buildSync } from 'esbuild';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { ReadingCache, addDays, parseNote, readTracking, readingOf } from '../core/index.js';
import { findHints } from '../obsidian-plugin/find-hints.js';
import { cliParseOptions } from '../cli/notes.js';
import { collectNotes } from '../cli/vault.js';
import { hugeListRun } from './huge-list.js';
import { notionBenchmark } from './notion.js';
import type { OnloadResult } from './plugin-onload.js';
import { Random } from './random.js';
import { type PairedFigures, pairedListRuns } from './cli-runs.js';
import { peerScan } from './peer-scan.mjs';
import { scanLines } from './read-and-scan.mjs';
import { cachedVault, listHeavyNote, vaultToday } from './vault.js';

/** Print a line on standard output (a script's output is its product, not a log). */
const say = (text: string): boolean => process.stdout.write(`${text}\n`);

/** One target: the figure, its limit, and whether it holds (null: not measured). */
interface Target {
  name: string;
  value: number | null;
  limit: number;
  met: boolean | null;
}

interface Benchmark {
  name: string;
  [figure: string]: unknown;
  targets: Target[];
}

const root = process.cwd();
const cacheDir = path.join(root, 'bench', '.cache');
const cli = path.join(root, 'dist', 'cli.js');
const floorScript = path.join(root, 'bench', 'read-and-scan.mjs');

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isFinite(value)) throw new Error(`--${name} takes a number`);
  return value;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

const round = (n: number, digits = 2): number => Number(n.toFixed(digits));

/** The value below which a share `p` of the values lie (nearest rank). */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN;
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function target(name: string, value: number, limit: number, atMost: boolean): Target {
  return { name, value: round(value), limit, met: atMost ? value <= limit : value >= limit };
}

/** Run a Node script in a child process; its wall time in ms, and its stdout. */
function runNode(args: readonly string[]): { ms: number; stdout: string } {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return { ms, stdout: result.stdout };
}

const remark = unified().use(remarkParse);

// ---- index -----------------------------------------------------------------

function indexBenchmark(files: readonly string[], bytes: number, reps: number): Benchmark {
  const floor = () => {
    let sink = 0;
    for (const file of files) sink += scanLines(readFileSync(file, 'utf8'));
    return sink;
  };
  const core = () => files.map((file) => parseNote(readFileSync(file, 'utf8'), cliParseOptions));
  // The naive baseline, measured on every note: a line scanner in the style of Tasks' and Dataview's.
  const peer = () => files.map((file) => peerScan(readFileSync(file, 'utf8')));

  floor();
  core(); // warm the page cache and the JIT
  peer();
  const runs: Array<{ floor: number; core: number; peer: number }> = [];
  for (let i = 0; i < reps; i++) {
    // Paired: the three in one go, in an order that turns, so each ratio compares runs under the same load.
    const order: Array<() => unknown> = [floor, core, peer];
    for (let k = 0; k < i % 3; k++) order.push(order.shift() ?? floor);
    const ms = new Map(order.map((run) => [run, time(run)]));
    runs.push({ floor: ms.get(floor) ?? NaN, core: ms.get(core) ?? NaN, peer: ms.get(peer) ?? NaN });
  }
  // Remark on every note, once (it takes a minute): the reference a plain Markdown parser sets.
  const remarkMs = time(() => {
    for (const file of files) remark.parse(readFileSync(file, 'utf8'));
  });
  const coreMedian = median(runs.map((r) => r.core));
  const coreOverFloor = median(runs.map((r) => r.core / r.floor));
  const coreOverPeer = median(runs.map((r) => r.core / r.peer));

  return {
    name: 'index',
    notes: files.length,
    megabytes: round(bytes / 1e6, 1),
    coreMs: round(coreMedian),
    floorMs: round(median(runs.map((r) => r.floor))),
    peerScanMs: round(median(runs.map((r) => r.peer))),
    remarkMs: round(remarkMs),
    coreOverFloor: round(coreOverFloor),
    coreOverPeerScan: round(coreOverPeer),
    remarkOverCore: round(remarkMs / coreMedian),
    repetitions: reps,
    targets: [
      target('core index ≤ 4× the floor (read + scan lines)', coreOverFloor, 4, true),
      target('core index ≥ 20× faster than remark on every note', remarkMs / coreMedian, 20, false),
    ],
  };
}

// ---- cli -------------------------------------------------------------------

/** The command line as a new process against the floor script, in paired runs (bench/cli-runs.ts). */
function cliBenchmark(vault: string, notes: number, pairs: number): Benchmark {
  const f = pairedListRuns(cli, floorScript, vault, vaultToday, pairs);
  return {
    name: 'cli',
    notes,
    ...f,
    targets: [
      target(`list --json, a vault never seen: ≤ 3.5× the floor (median of ${pairs} paired ratios)`, f.neverSeenOverFloor, 3.5, true),
      target(`list --json, the vault read again unchanged: ≤ 1.5× the floor (median of ${pairs} paired ratios)`, f.unchangedOverFloor, 1.5, true),
    ],
  };
}

/** Time and peak memory at 1,000, 10,000 and 100,000 notes (generated with the same seed). */
function scalingBenchmark(sizes: readonly number[], seed: number, pairs: number, log: (text: string) => void): Benchmark {
  const rows: Array<{ notes: number; megabytes: number } & PairedFigures> = [];
  for (const notes of sizes) {
    const t = performance.now();
    const vault = cachedVault(cacheDir, notes, seed);
    if (vault.made) log(`  generated ${notes} notes in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const f = pairedListRuns(cli, floorScript, vault.dir, vaultToday, pairs);
    rows.push({ notes, megabytes: round(vault.manifest.bytes / 1e6, 1), ...f });
    log(`  ${notes} notes: never seen ${f.neverSeenMs} ms (${f.neverSeenPeakMB} MB), unchanged ${f.unchangedMs} ms (${f.unchangedPeakMB} MB), floor ${f.floorMs} ms`);
  }
  const largest = rows[rows.length - 1];
  const perThousand = largest ? Math.max(largest.neverSeenPeakMB, largest.unchangedPeakMB) / (largest.notes / 1000) : NaN;
  return {
    name: 'scaling',
    rows: rows.map((r) => ({
      notes: r.notes,
      megabytes: r.megabytes,
      floorMs: r.floorMs,
      neverSeenMs: r.neverSeenMs,
      unchangedMs: r.unchangedMs,
      neverSeenOverFloor: r.neverSeenOverFloor,
      unchangedOverFloor: r.unchangedOverFloor,
      floorPeakMB: r.floorPeakMB,
      neverSeenPeakMB: r.neverSeenPeakMB,
      unchangedPeakMB: r.unchangedPeakMB,
    })),
    pairs,
    targets: largest
      ? [target(`list --json at ${largest.notes.toLocaleString('en')} notes: peak memory ≤ 2 MB per 1,000 notes`, perThousand, 2, true)]
      : [],
  };
}

// ---- update ----------------------------------------------------------------

function updateBenchmark(seed: number): Benchmark {
  const note = listHeavyNote(seed);
  const lines = note.split('\n');
  const read = parseNote(note, cliParseOptions);
  const options = { ...cliParseOptions, today: vaultToday };
  const rng = new Random(seed ^ 0xed17);
  // Each edit types a word at the end of a random line, as a keystroke burst would.
  const edits = Array.from({ length: 120 }, () => {
    const at = rng.int(0, lines.length - 1);
    return lines.map((line, i) => (i === at ? `${line} typed` : line)).join('\n');
  });
  const parseMs: number[] = [];
  const withTrackingMs: number[] = [];
  edits.forEach((text, i) => {
    const ms = time(() => parseNote(text, cliParseOptions));
    if (i >= 20) parseMs.push(ms); // the first 20 warm the JIT
    const both = time(() => readTracking(parseNote(text, cliParseOptions), options));
    if (i >= 20) withTrackingMs.push(both);
  });
  // The editor's keystroke: what the plugin's editor hints do on every edit of the note (obsidian-plugin/editor-hints.ts):
  // the document's text, read with the editor's own cache of readings, and the underlines found.
  const readings = new ReadingCache();
  const keystrokeMs: number[] = [];
  edits.forEach((text, i) => {
    const ms = time(() => findHints(text, { ...cliParseOptions, readings }));
    if (i >= 20) keystrokeMs.push(ms);
  });
  const remarkMs: number[] = [];
  for (let i = 0; i < 12; i++) {
    const ms = time(() => remark.parse(edits[i] ?? note));
    if (i >= 2) remarkMs.push(ms);
  }
  const parseMedian = median(parseMs);
  const remarkMedian = median(remarkMs);
  return {
    name: 'update',
    noteKilobytes: round(Buffer.byteLength(note) / 1024, 1),
    listItems: read.scan?.listItems.length ?? 0,
    commitments: read.commitments.length,
    parseNoteMs: round(parseMedian, 3),
    parseNoteAndTrackingMs: round(median(withTrackingMs), 3),
    remarkWholeNoteMs: round(remarkMedian, 3),
    overRemark: round(parseMedian / remarkMedian, 3),
    keystrokeMedianMs: round(median(keystrokeMs), 3),
    keystrokeP90Ms: round(percentile(keystrokeMs, 0.9), 3),
    repetitions: parseMs.length,
    targets: [
      target('re-index after one edit ≤ 5 ms (median)', parseMedian, 5, true),
      target('a keystroke in the editor (30 KB note) ≤ 4 ms at the 90th percentile', percentile(keystrokeMs, 0.9), 4, true),
      target('re-index ≤ 1/10 of remark on the whole note', parseMedian / remarkMedian, 0.1, true),
    ],
  };
}

// ---- track -----------------------------------------------------------------

interface FileState {
  mtimeMs: number;
  size: number;
  hash: string;
}

function snapshot(dir: string): Map<string, FileState> {
  const out = new Map<string, FileState>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const stat = statSync(full);
        out.set(path.relative(dir, full), {
          mtimeMs: stat.mtimeMs,
          size: stat.size,
          hash: createHash('sha1').update(readFileSync(full)).digest('hex'),
        });
      }
    }
  };
  walk(dir);
  return out;
}

/** Files added, removed, or changed in mtime, size or bytes. */
function touched(before: Map<string, FileState>, after: Map<string, FileState>): string[] {
  const out = new Set<string>();
  for (const [file, a] of after) {
    const b = before.get(file);
    if (!b || b.mtimeMs !== a.mtimeMs || b.size !== a.size || b.hash !== a.hash) out.add(file);
  }
  for (const file of before.keys()) if (!after.has(file)) out.add(file);
  return [...out];
}

function trackBenchmark(vault: string, committed: ReadonlySet<string>, reps: number): Benchmark {
  const work = path.join(cacheDir, 'track-work');
  const today = addDays(vaultToday, 7);
  const firstMs: number[] = [];
  const secondMs: number[] = [];
  let firstTouched: string[] = [];
  let secondTouched: string[] = [];
  let summary = '';
  for (let i = 0; i < reps; i++) {
    rmSync(work, { recursive: true, force: true });
    cpSync(vault, work, { recursive: true });
    const s0 = snapshot(work);
    const first = runNode([cli, 'track', work, '--today', today]);
    const s1 = snapshot(work);
    const second = runNode([cli, 'track', work, '--today', today]);
    const s2 = snapshot(work);
    firstMs.push(first.ms);
    secondMs.push(second.ms);
    firstTouched = touched(s0, s1);
    secondTouched = touched(s1, s2);
    summary = `${first.stdout.trim()} | ${second.stdout.trim()}`;
  }
  rmSync(work, { recursive: true, force: true });
  const outside = firstTouched.filter((file) => !committed.has(file.split(path.sep).join('/')));
  return {
    name: 'track',
    today,
    firstRunMs: round(median(firstMs)),
    secondRunMs: round(median(secondMs)),
    notesChangedByFirstRun: firstTouched.length,
    notesWithCommitments: committed.size,
    filesTouchedBySecondRun: secondTouched.length,
    summary,
    repetitions: reps,
    targets: [
      { name: 'second run touches no file', value: secondTouched.length, limit: 0, met: secondTouched.length === 0 },
      { name: 'first run touches no file without commitments', value: outside.length, limit: 0, met: outside.length === 0 },
    ],
  };
}

// ---- memory ----------------------------------------------------------------

/** In a child started with --expose-gc: index the vault, keep it alive, print the heap it holds. */
let keptIndex: unknown;
function memoryChild(vault: string): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run the memory child with --expose-gc');
  const files = collectNotes([vault], root).map((f) => f.absolute);
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  // What the reading commands keep of each note (cli/notes.ts, `keep: 'readings'`): the reading, without its lines.
  keptIndex = files.map((file) => readingOf(parseNote(readFileSync(file, 'utf8'), cliParseOptions)));
  gc();
  gc();
  const after = process.memoryUsage().heapUsed;
  const index = keptIndex as Array<{ commitments: unknown[] }>;
  process.stdout.write(`${JSON.stringify({ heapBytes: after - before, notes: index.length, rss: process.memoryUsage().rss })}\n`);
}

function memoryBenchmark(reps: number): Benchmark {
  const runs: Array<{ heapBytes: number; rss: number }> = [];
  for (let i = 0; i < reps; i++) {
    const { stdout } = runNode(['--expose-gc', process.argv[1] ?? '', '--child', 'memory', vaultDir]);
    runs.push(JSON.parse(stdout) as { heapBytes: number; rss: number });
  }
  const heapMb = median(runs.map((r) => r.heapBytes)) / 1024 / 1024;
  return {
    name: 'memory',
    heapMB: round(heapMb, 1),
    rssMB: round(median(runs.map((r) => r.rss)) / 1024 / 1024, 1),
    repetitions: reps,
    targets: [target('heap held by the full index ≤ 100 MB', heapMb, 100, true)],
  };
}

// ---- bundle ----------------------------------------------------------------

/**
 * The plugin as shipped: the size of dist/follow-through/main.js (built by the
 * build step above), and its `onload` in the test fake of Obsidian's API, in a
 * child process with a happy-dom DOM (bench/plugin-onload.ts), on the whole
 * benchmark vault, counting every vault read onload makes.
 */
function bundleBenchmark(vault: string, reps: number): Benchmark {
  const main = path.join(root, 'dist', 'follow-through', 'main.js');
  const bytes = statSync(main).size;
  const gzipBytes = gzipSync(readFileSync(main)).length;
  const child = path.join(cacheDir, 'build', 'plugin-onload.mjs');
  buildSync({
    entryPoints: [path.join(root, 'bench', 'plugin-onload.ts')],
    outfile: child,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    // The plugin's `obsidian` is the test fake, as in the plugin tests and docs/preview.
    alias: { obsidian: path.join(root, 'test', 'obsidian-fake', 'obsidian.ts') },
    logLevel: 'warning',
  });
  const { stdout } = runNode([child, vault, String(Math.max(reps, 3) * 3)]);
  const onload = JSON.parse(stdout) as OnloadResult;
  const reads = Math.max(...onload.readsDuringOnload);
  const kb = bytes / 1024;
  return {
    name: 'bundle',
    mainJsKB: round(kb, 1),
    gzipKB: round(gzipBytes / 1024, 1),
    onloadMs: round(median(onload.onloadMs.slice(1)), 3),
    firstOnloadMs: round(onload.onloadMs[0] ?? NaN, 3),
    onloads: onload.onloadMs.length,
    vaultNotes: onload.notes,
    readsDuringOnload: reads,
    indexReadyAfterLayoutMs: round(onload.indexReadyMs),
    readsAfterLayoutReady: onload.readsAfterLayoutReady,
    notesIndexed: onload.notesIndexed,
    keptIndexReadyAfterLayoutMs: round(median(onload.keptIndexReadyMs)),
    keptLaunches: onload.keptIndexReadyMs.length,
    readsAfterLayoutReadyKept: onload.readsAfterLayoutReadyKept,
    notesIndexedKept: onload.notesIndexedKept,
    targets: [
      target('first full index after layout-ready, index kept from the last launch (ms, median)', round(median(onload.keptIndexReadyMs)), 300, true),
      target('plugin bundle ≤ 300,000 bytes minified (main.js)', bytes, 300_000, true),
      { name: 'onload is registration only: vault reads during onload', value: reads, limit: 0, met: reads === 0 },
    ],
  };
}

// ---- main ------------------------------------------------------------------

function table(benchmarks: readonly Benchmark[]): string {
  const rows: string[][] = [['benchmark', 'target', 'value', 'limit', 'met']];
  for (const b of benchmarks) {
    for (const t of b.targets) rows.push([b.name, t.name, t.value === null ? '—' : String(t.value), String(t.limit), t.met === null ? 'not measured' : t.met ? 'yes' : 'NO']);
  }
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')} |`;
  return [line(rows[0] ?? []), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

function figures(b: Benchmark): string {
  const { name, targets, ...rest } = b;
  void targets;
  return `${name}: ${Object.entries(rest)
    .map(([k, v]) => `${k} ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(', ')}`;
}

let vaultDir = '';

async function main(): Promise<void> {
  const started = performance.now();
  const notes = flag('notes', 10000);
  const seed = flag('seed', 1);
  const reps = flag('reps', 11);
  // `--scale 0` leaves the scaling table out (it generates a 100,000-note vault, about 300 MB, once).
  const scaleAt = process.argv.indexOf('--scale');
  const scaleSizes = (scaleAt >= 0 ? (process.argv[scaleAt + 1] ?? '') : '1000,10000,100000').split(',').map(Number).filter((n) => n > 0);
  const scalePairs = flag('scale-pairs', 3);
  const log = (text: string) => process.stderr.write(`${text}\n`);

  log('Building the CLI and the plugin…');
  runNode([path.join(root, 'esbuild.config.mjs')]);
  const generating = performance.now();
  const vault = cachedVault(cacheDir, notes, seed);
  vaultDir = vault.dir;
  log(
    vault.made
      ? `Generated the vault (${notes} notes, seed ${seed}) in ${((performance.now() - generating) / 1000).toFixed(1)} s: ${vault.dir}`
      : `Using the cached vault: ${vault.dir}`,
  );
  const files = collectNotes([vault.dir], root).map((f) => f.absolute);
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);

  const benchmarks: Benchmark[] = [];
  // `--only index,cli` runs just those (the table then holds only them).
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt >= 0 ? new Set((process.argv[onlyAt + 1] ?? '').split(',')) : undefined;
  const step = (label: string, run: () => Benchmark) => {
    if (only && !only.has(label)) return;
    const t = performance.now();
    log(`Running ${label}…`);
    const b = run();
    benchmarks.push(b);
    log(`  ${figures(b)} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  };
  step('index', () => indexBenchmark(files, bytes, reps));
  step('cli', () => cliBenchmark(vault.dir, files.length, Math.max(reps, 11)));
  step('update', () => updateBenchmark(seed));
  step('track', () => trackBenchmark(vault.dir, new Set(vault.manifest.committed), Math.min(reps, 3)));
  step('memory', () => memoryBenchmark(3));
  step('bundle', () => bundleBenchmark(vault.dir, reps));
  if (scaleSizes.length > 0) step('scaling', () => scalingBenchmark(scaleSizes, seed, scalePairs, log));
  step('huge-list', () => {
    const f = hugeListRun(cli, 50_000, 3);
    return {
      name: 'huge-list',
      ...f,
      targets: [target('list on a note with 50,000 items: peak memory ≤ 150 MB', f.peakRssMB, 150, true), target('exactly one too-many-items diagnostic', f.diagnostics === 1 ? 1 : 0, 1, false)],
    };
  });
  if (!only || only.has('notion')) {
    const t = performance.now();
    log('Running notion (against the emulator, on a fast clock)…');
    const b = await notionBenchmark(1000, 20);
    benchmarks.push(b);
    log(`  ${figures(b)} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
  }

  const cpus = os.cpus();
  const results = {
    machine: {
      cpus: cpus.length,
      model: cpus[0]?.model ?? 'unknown',
      memory: `${round(os.totalmem() / 1024 ** 3, 1)} GB`,
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    vault: { notes: files.length, megabytes: round(bytes / 1e6, 1), seed, withCommitments: vault.manifest.committed.length, today: vaultToday },
    seconds: round((performance.now() - started) / 1000, 1),
    benchmarks,
  };
  // A partial run (--only) never replaces the full run's results.json, which the README's table is from.
  const resultsFile = only ? path.join(cacheDir, 'results-partial.json') : path.join(root, 'bench', 'results.json');
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  const m = results.machine;
  say(`\nMachine: ${m.cpus} × ${m.model}, ${m.memory}, Node ${m.node}`);
  say(`Vault: ${results.vault.notes} notes, ${results.vault.megabytes} MB, ${results.vault.withCommitments} with commitments (seed ${seed})\n`);
  say(table(benchmarks));
  for (const b of benchmarks) say(`\n${figures(b)}`);
  say(`\nWrote ${path.relative(root, resultsFile)} in ${results.seconds} s.`);
}

if (process.argv[2] === '--child' && process.argv[3] === 'memory' && process.argv[4]) memoryChild(process.argv[4]);
else await main();
