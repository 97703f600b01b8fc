import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root, the built CLI and the example vault. */
export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const cli = path.join(root, 'dist', 'cli.js');
export const exampleVault = path.join(root, 'examples', 'vault');

/** The newest modification time of any TypeScript source under a folder. */
function newestSource(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const stat = statSync(full);
    if (stat.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (name.endsWith('.ts')) newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

/** Test what users run: the built file. Build it when it is missing or older than its sources. */
export function ensureBuiltCli(): void {
  const sources = Math.max(...['core', 'cli', 'notion-sync', 'notion-emulator'].map((d) => newestSource(path.join(root, d))));
  if (existsSync(cli) && statSync(cli).mtimeMs >= sources) return;
  const build = spawnSync(process.execPath, ['esbuild.config.mjs', 'cli'], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`could not build the CLI:\n${build.stderr}`);
}
