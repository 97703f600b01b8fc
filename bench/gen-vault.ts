// Make a benchmark vault: npm run gen:vault -- --notes 10000 --out DIR [--seed N]
import path from 'node:path';
import { writeVault } from './vault.js';

/** Print a line on standard output (a script's output is its product, not a log). */
const say = (text: string): boolean => process.stdout.write(`${text}\n`);

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const notes = Number(flag('notes') ?? 10000);
const seed = Number(flag('seed') ?? 1);
const out = flag('out');
if (!out || !Number.isInteger(notes) || notes < 20 || !Number.isInteger(seed)) {
  console.error('Usage: npm run gen:vault -- --notes 10000 --out DIR [--seed N]  (at least 20 notes; the folder is replaced)');
  process.exit(2);
}
const started = performance.now();
const manifest = writeVault(path.resolve(out), notes, seed);
say(
  `Wrote ${manifest.notes} notes (${(manifest.bytes / 1e6).toFixed(1)} MB, ${manifest.committed.length} with commitments) to ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
);
