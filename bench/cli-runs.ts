// The command line as a user runs it: a new process each time, beside the
// floor (a plain Node script that walks the vault, reads every note and scans
// its lines once), in paired runs. Each pair runs the floor, `list --json` on a
// vault the tool has never seen (an empty index folder) and `list --json` on the
// same vault read again, unchanged (the index kept by the run before), in an
// order that turns each pair, so neither side always runs on a warmer machine.
// The figure is the median of the pairs' ratios: a noisy neighbour slows both
// halves of a pair, so a ratio holds where a single time does not.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

/** One process run: wall time, peak resident memory (Node's maxRSS), and what it printed. */
export interface ProcessRun {
  ms: number;
  peakMB: number;
  stdoutBytes: number;
}

/** Peak memory comes from a hook preloaded into the child, which reports `process.resourceUsage().maxRSS` at exit. */
function hookFile(dir: string): string {
  const hook = path.join(dir, 'rss-hook.cjs');
  writeFileSync(hook, "process.on('exit', () => process.stderr.write(`\\nmaxRSS ${process.resourceUsage().maxRSS}\\n`));\n");
  return hook;
}

function runOnce(hook: string, args: readonly string[], env: NodeJS.ProcessEnv): ProcessRun {
  const start = performance.now();
  // Standard output goes through a pipe and is counted, as a user's `> out.json` or `| jq` would take it.
  const result = spawnSync(process.execPath, ['--require', hook, ...args], { encoding: 'utf8', env, maxBuffer: 1024 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  const kb = Number(/maxRSS (\d+)/.exec(result.stderr)?.[1] ?? NaN);
  return { ms, peakMB: kb / 1024, stdoutBytes: Buffer.byteLength(result.stdout) };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

export interface PairedFigures {
  pairs: number;
  floorMs: number;
  neverSeenMs: number;
  unchangedMs: number;
  /** Median over the pairs of never-seen / floor. */
  neverSeenOverFloor: number;
  /** Median over the pairs of unchanged / floor. */
  unchangedOverFloor: number;
  /** The spread of the ratios (lowest, highest), so a reader sees the noise. */
  neverSeenRange: [number, number];
  unchangedRange: [number, number];
  floorPeakMB: number;
  neverSeenPeakMB: number;
  unchangedPeakMB: number;
  outputMB: number;
}

/**
 * `pairs` paired runs of the floor and of `follow-through list --json` (never
 * seen, then unchanged) on `vault`. The index lives in a folder of its own, made
 * empty before each never-seen run, so the user's own cache is never touched.
 */
export function pairedListRuns(cli: string, floorScript: string, vault: string, today: string, pairs: number): PairedFigures {
  const dir = mkdtempSync(path.join(tmpdir(), 'follow-through-bench-'));
  try {
    const hook = hookFile(dir);
    const cacheDir = path.join(dir, 'index');
    const env = { ...process.env, FOLLOW_THROUGH_CACHE_DIR: cacheDir };
    const list = [cli, 'list', '--json', vault, '--today', today];
    const floor = () => runOnce(hook, [floorScript, vault], env);
    const neverSeen = () => {
      rmSync(cacheDir, { recursive: true, force: true });
      return runOnce(hook, list, env);
    };
    const unchanged = () => runOnce(hook, list, env);
    // One of each first, to warm the page cache (the vault's files, Node's own).
    floor();
    neverSeen();
    unchanged();
    const runs: Array<{ floor: ProcessRun; neverSeen: ProcessRun; unchanged: ProcessRun }> = [];
    for (let i = 0; i < pairs; i++) {
      if (i % 2 === 0) {
        const f = floor();
        const n = neverSeen();
        const u = unchanged();
        runs.push({ floor: f, neverSeen: n, unchanged: u });
      } else {
        const n = neverSeen();
        const u = unchanged();
        const f = floor();
        runs.push({ floor: f, neverSeen: n, unchanged: u });
      }
    }
    const ratios = (pick: (r: (typeof runs)[number]) => ProcessRun) => runs.map((r) => pick(r).ms / r.floor.ms);
    const nRatios = ratios((r) => r.neverSeen);
    const uRatios = ratios((r) => r.unchanged);
    const round = (n: number, digits = 2) => Number(n.toFixed(digits));
    return {
      pairs,
      floorMs: round(median(runs.map((r) => r.floor.ms))),
      neverSeenMs: round(median(runs.map((r) => r.neverSeen.ms))),
      unchangedMs: round(median(runs.map((r) => r.unchanged.ms))),
      neverSeenOverFloor: round(median(nRatios)),
      unchangedOverFloor: round(median(uRatios)),
      neverSeenRange: [round(Math.min(...nRatios)), round(Math.max(...nRatios))],
      unchangedRange: [round(Math.min(...uRatios)), round(Math.max(...uRatios))],
      floorPeakMB: round(median(runs.map((r) => r.floor.peakMB)), 1),
      neverSeenPeakMB: round(median(runs.map((r) => r.neverSeen.peakMB)), 1),
      unchangedPeakMB: round(median(runs.map((r) => r.unchanged.peakMB)), 1),
      outputMB: round((runs[0]?.unchanged.stdoutBytes ?? 0) / 1e6, 1),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
