// Which code a command loads. The emulator (notion-emulator/) is a tool beside
// the product: it and its OpenAPI validator (ajv) sit in a chunk of their own,
// which only `notion emulator` and the demo's Notion step load. The oracle is
// Node itself: each command runs as users run it, with module hooks that log
// every file it loads, and the files are read for the sources esbuild names in
// its comments (`// node_modules/ajv/dist/core.js`, `// notion-emulator/server.ts`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { cli, ensureBuiltCli, exampleVault, root } from '../support/cli.js';

const work = mkdtempSync(path.join(tmpdir(), 'ft-chunks-'));
const register = path.join(root, 'test', 'support', 'loaded-register.mjs');

beforeAll(() => ensureBuiltCli());
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Run the built command line; the files under dist/ it loaded, and what it exited with. */
function loadedBy(args: string[]): { status: number | null; files: string[] } {
  const log = path.join(work, `${args.join('-').replace(/[^\w-]/g, '_')}.log`);
  const result = spawnSync(process.execPath, ['--import', register, cli, ...args], {
    cwd: work,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', FT_LOADED_LOG: log, FOLLOW_THROUGH_TODAY: '2026-12-07', HOME: work },
    encoding: 'utf8',
  });
  let lines: string[] = [];
  try {
    lines = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  } catch {
    // Nothing loaded (the hooks did not run): the assertions below say so.
  }
  const dist = path.join(root, 'dist');
  const files = [...new Set(lines.map((url) => fileURLToPath(url)).filter((file) => file.startsWith(dist + path.sep)))];
  return { status: result.status, files };
}

/** The sources esbuild bundled into the files, as its comments name them. */
function sourcesIn(files: string[]): string[] {
  return files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/^\/\/ ((?:node_modules\/)?[\w@./-]+\.(?:[cm]?js|ts|json))$/gm)].map((m) => m[1] ?? ''));
}

const emulatorCode = (source: string) => source.startsWith('notion-emulator/') || /^node_modules\/(ajv|ajv-formats|fast-deep-equal|json-schema-traverse|fast-uri)\//.test(source);

describe('the chunks each command loads', () => {
  const normal: Array<[string, string[]]> = [
    ['list', ['list', exampleVault]],
    ['lint', ['lint', exampleVault]],
    ['report', ['report', exampleVault]],
    ['review', ['review', exampleVault]],
    ['track --dry-run', ['track', exampleVault, '--dry-run']],
    // No token: sync stops at once (exit 2), after loading the Notion code.
    ['sync', ['sync', exampleVault]],
    ['notion check', ['notion', 'check', '--database', 'not-an-id']],
  ];

  it.each(normal)('should load no emulator code and no ajv for %s', (_name, args) => {
    const { files, status } = loadedBy(args);
    expect(status).not.toBeNull();
    expect(files).toContain(cli);
    const sources = sourcesIn(files);
    // The check can see: these commands do load bundled sources, core's among them.
    expect(sources.some((s) => s.startsWith('core/'))).toBe(true);
    expect(sources.filter(emulatorCode)).toEqual([]);
  });

  it('should load the Notion sync for sync, and the emulator with ajv for notion emulator', () => {
    expect(sourcesIn(loadedBy(['sync', exampleVault]).files)).toContain('notion-sync/sync.ts');
    // A bad flag: the emulator's chunk is loaded, then its argument check stops it before it serves.
    const emulator = loadedBy(['notion', 'emulator', '--bogus']);
    expect(emulator.status).toBe(2);
    const sources = sourcesIn(emulator.files);
    expect(sources).toContain('notion-emulator/server.ts');
    expect(sources.some((s) => s.startsWith('node_modules/ajv/'))).toBe(true);
  });
});
