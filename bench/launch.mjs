// Bundle a TypeScript entry of the benchmarks with esbuild and run it, passing
// the arguments on: `node bench/launch.mjs bench/run.ts --seed 2`.
// Packages stay external, so Node loads them from node_modules as usual.
import { build } from 'esbuild';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error('Usage: node bench/launch.mjs bench/ENTRY.ts [arguments…]');
  process.exit(2);
}
const outfile = path.resolve('bench/.cache/build', `${path.basename(entry, '.ts')}.mjs`);
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
process.argv = [process.argv[0] ?? 'node', outfile, ...rest];
await import(pathToFileURL(outfile).href);
