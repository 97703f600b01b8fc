// A log kept under a commitments heading: one note with 50,000 list items.
// `list` reads only its first items (a diagnostic says so), so the memory a
// run takes stays bounded: the limit is 150 MB for the whole process.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

export interface HugeListFigures {
  items: number;
  /** Peak resident memory of `follow-through list --json` on the note, in MB (median of the runs). */
  peakRssMB: number;
  /** Commitments read from it (the documented cap). */
  commitments: number;
  /** The too-many-items diagnostics said (one). */
  diagnostics: number;
}

/**
 * Run the built CLI on a note with `items` list items, `reps` times, each in
 * a fresh process with no cache, and read its peak resident memory (Node's
 * own `process.resourceUsage().maxRSS`, reported by a preloaded hook at exit).
 */
export function hugeListRun(cli: string, items: number, reps: number): HugeListFigures {
  const dir = mkdtempSync(path.join(tmpdir(), 'follow-through-huge-'));
  try {
    const lines = Array.from({ length: items }, (_, i) => `- ran ${(i % 12) + 1} km on day ${i + 1}, felt fine`);
    writeFileSync(path.join(dir, 'log.md'), `---\nclient: Bench\nsession: 2026-11-23\n---\n\n## Commitments\n\n${lines.join('\n')}\n`);
    const hook = path.join(dir, 'rss-hook.cjs');
    writeFileSync(hook, "process.on('exit', () => process.stderr.write(`\\nmaxRSS ${process.resourceUsage().maxRSS}\\n`));\n");
    const peaks: number[] = [];
    let commitments = 0;
    let diagnostics = 0;
    for (let r = 0; r < reps; r++) {
      const run = spawnSync(process.execPath, ['--require', hook, cli, 'list', dir, '--json', '--no-cache', '--today', '2026-11-25'], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
      if (run.status !== 0) throw new Error(`list on the huge note failed: ${run.stderr}`);
      const kb = Number(/maxRSS (\d+)/.exec(run.stderr)?.[1] ?? NaN);
      peaks.push(kb / 1024);
      const json = JSON.parse(run.stdout) as { commitments: unknown[]; diagnostics: Array<{ code: string }> };
      commitments = json.commitments.length;
      diagnostics = json.diagnostics.filter((d) => d.code === 'too-many-items').length;
    }
    peaks.sort((a, b) => a - b);
    return { items, peakRssMB: Number((peaks[Math.floor(peaks.length / 2)] ?? NaN).toFixed(1)), commitments, diagnostics };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
