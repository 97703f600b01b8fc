// The command line as npm users get it: `npm install -g follow-through`, from
// the tarball `npm publish` would upload, into empty folders, with no network.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ensureBuiltCli, root } from '../support/cli.js';

interface Packed {
  filename: string;
  files: Array<{ path: string }>;
}

const work = mkdtempSync(path.join(tmpdir(), 'ft-npm-'));
let packed: Packed;
let bin = '';

/** npm, run with nothing from the user's set-up: an empty cache, no network. */
function npm(args: string[], cwd: string) {
  const env = { PATH: process.env.PATH ?? '', HOME: work, npm_config_cache: path.join(work, 'cache'), npm_config_update_notifier: 'false' };
  return spawnSync('npm', args, { cwd, env, encoding: 'utf8' });
}

/** Run the installed command, as a user would, from a folder of their own. */
function followThrough(args: string[], cwd: string) {
  return spawnSync(bin, args, { cwd, env: { PATH: `${path.dirname(process.execPath)}:/usr/bin:/bin`, NO_COLOR: '1', HOME: work }, encoding: 'utf8' });
}

beforeAll(() => {
  ensureBuiltCli();
  // --ignore-scripts: `prepare` would build again; ensureBuiltCli has just made sure the build is current.
  const pack = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], root);
  if (pack.status !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`);
  packed = (JSON.parse(pack.stdout) as Packed[])[0] as Packed;
  const prefix = path.join(work, 'global');
  mkdirSync(prefix);
  const install = npm(['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', path.join(work, packed.filename)], work);
  if (install.status !== 0) throw new Error(`npm install of the tarball failed:\n${install.stderr}`);
  bin = path.join(prefix, 'bin', 'follow-through');
}, 120_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('should hold only what users need: the command line and its chunks, the example vault, the README and the licence', () => {
    const files = packed.files.map((f) => f.path).sort();
    const allowed = [/^dist\/cli\.js$/, /^dist\/cli-chunks\/[\w-]+\.js$/, /^examples\/vault\/.+\.md$/, /^README\.md$/, /^LICENSE$/, /^package\.json$/];
    expect(files.filter((f) => !allowed.some((a) => a.test(f)))).toEqual([]);
    for (const needed of ['dist/cli.js', 'README.md', 'LICENSE', 'package.json']) expect(files).toContain(needed);
    expect(files.some((f) => f.startsWith('dist/cli-chunks/'))).toBe(true);
    expect(files.filter((f) => f.startsWith('examples/vault/')).length).toBeGreaterThan(3);
  });

  it('should be publishable, with no dependencies to install (the command line bundles them)', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.private).toBeUndefined();
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.license).toBe('MIT');
    // Installed offline from an empty cache: nothing was fetched, nothing came along.
    expect(existsSync(path.join(path.dirname(path.dirname(bin)), 'lib', 'node_modules', 'follow-through', 'node_modules'))).toBe(false);
  });

  it('should run follow-through --help', () => {
    const result = followThrough(['--help'], work);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^follow-through: keep the commitments/);
  });

  it('should list the commitments in a note', () => {
    const folder = path.join(work, 'notes');
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      path.join(folder, 'session.md'),
      '---\nclient: Ana\n---\n## Commitments\n- When I sit down at my desk after lunch, I will write for 20 minutes, 3 times a week. If I am travelling, I will write 5 lines on my phone.\n',
    );
    const result = followThrough(['list', 'session.md'], folder);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/write for 20 minutes/);
    expect(result.stdout).toMatch(/sit down at my desk after lunch/);
  });

  it('should run the demo on the example vault it carries', () => {
    const result = followThrough(['demo'], work);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Dana/);
    expect(result.stdout).toMatch(/- \[[ x]\] /);
  });
});
