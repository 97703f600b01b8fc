// The release as the community directory reads it: a GitHub release named
// after manifest.json's version, carrying main.js, manifest.json and styles.css.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

import { root } from '../support/cli.js';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}
interface Workflow {
  on: { push?: { tags?: string[]; branches?: string[] } };
  permissions?: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

const workflow = parse(readFileSync(path.join(root, '.github/workflows/release.yml'), 'utf8')) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const manifest = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8')) as { version: string; minAppVersion: string };
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** The index of the first step whose command line matches. */
function stepIndex(pattern: RegExp): number {
  return steps.findIndex((s) => s.run !== undefined && pattern.test(s.run));
}

/** Run a step's shell script as Actions would (bash -e), from the repository, as if for a tag. */
function runStep(step: Step, tag: string): { code: number | null; stdout: string } {
  const result = spawnSync('bash', ['-e', '-c', step.run ?? ''], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', GITHUB_REF_NAME: tag },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout };
}

describe('the release workflow', () => {
  it('should run on a pushed tag and may write a release', () => {
    expect(workflow.on.push?.tags).toEqual(['*']);
    expect(workflow.on.push?.branches).toBeUndefined();
    expect(workflow.permissions?.contents).toBe('write');
  });

  it('should install, lint, test and build before it publishes', () => {
    const order = [/^npm ci\b/m, /^npm run lint\b/m, /^npm test\b/m, /^npm run build\b/m, /gh release create/].map(stepIndex);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('should publish the release with main.js, manifest.json and styles.css as its files', () => {
    const publish = steps[stepIndex(/gh release create/)]?.run ?? '';
    expect(publish).toMatch(/gh release create "\$GITHUB_REF_NAME"/);
    const assets = [...publish.matchAll(/(\S+\/)?(main\.js|manifest\.json|styles\.css)\b/g)].map((m) => m[0]);
    expect(assets).toEqual(['dist/follow-through/main.js', 'dist/follow-through/manifest.json', 'dist/follow-through/styles.css']);
  });

  it('should attest the build provenance of the same three files before publishing them', () => {
    const attest = steps.findIndex((s) => s.uses?.startsWith('actions/attest-build-provenance@') === true);
    expect(attest).toBeGreaterThan(stepIndex(/^npm run build\b/m));
    expect(attest).toBeLessThan(stepIndex(/gh release create/));
    const subjects = String((steps[attest] as Step & { with?: Record<string, string> }).with?.['subject-path'] ?? '').trim().split('\n');
    expect(subjects).toEqual(['dist/follow-through/main.js', 'dist/follow-through/manifest.json', 'dist/follow-through/styles.css']);
    expect(workflow.permissions?.['id-token']).toBe('write');
    expect(workflow.permissions?.attestations).toBe('write');
  });

  it('should go on for a tag equal to the manifest version, and stop for any other', () => {
    const check = steps[stepIndex(/GITHUB_REF_NAME/)];
    expect(check?.run).toMatch(/manifest\.json/);
    expect(stepIndex(/GITHUB_REF_NAME/)).toBeLessThan(stepIndex(/^npm ci\b/m));
    expect(runStep(check ?? {}, manifest.version).code).toBe(0);
    for (const tag of [`v${manifest.version}`, '9.9.9', `${manifest.version}-beta`]) {
      const result = runStep(check ?? {}, tag);
      expect(result.code, tag).toBe(1);
      expect(result.stdout).toMatch(/must equal the version in manifest\.json/);
    }
  });
});

describe('npm run version', () => {
  it('should move package.json, package-lock.json, manifest.json and versions.json together', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ft-version-'));
    temps.push(dir);
    for (const file of ['package.json', 'package-lock.json', 'manifest.json', 'versions.json']) copyFileSync(path.join(root, file), path.join(dir, file));
    const before = JSON.parse(readFileSync(path.join(dir, 'versions.json'), 'utf8')) as Record<string, string>;
    const bump = spawnSync(process.execPath, [path.join(root, 'version-bump.mjs'), '7.8.9'], { cwd: dir, env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8' });
    expect(bump.status, bump.stderr).toBe(0);
    const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;
    expect(read('package.json').version).toBe('7.8.9');
    expect(read('package-lock.json').version).toBe('7.8.9');
    expect((read('package-lock.json').packages as Record<string, { version?: string }>)['']?.version).toBe('7.8.9');
    expect(read('manifest.json').version).toBe('7.8.9');
    expect(read('manifest.json').minAppVersion).toBe(manifest.minAppVersion);
    expect(read('versions.json')).toEqual({ ...before, '7.8.9': manifest.minAppVersion });
    // The rest of package.json is left as it was.
    const original = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect({ ...read('package.json'), version: original.version }).toEqual(original);
  });

  it('should take the version npm version sets, and refuse what is not a version', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ft-version-'));
    temps.push(dir);
    for (const file of ['package.json', 'manifest.json', 'versions.json']) copyFileSync(path.join(root, file), path.join(dir, file));
    const viaNpm = spawnSync(process.execPath, [path.join(root, 'version-bump.mjs')], { cwd: dir, env: { PATH: process.env.PATH ?? '', npm_package_version: '1.2.3' }, encoding: 'utf8' });
    expect(viaNpm.status, viaNpm.stderr).toBe(0);
    expect((JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { version: string }).version).toBe('1.2.3');
    const bad = spawnSync(process.execPath, [path.join(root, 'version-bump.mjs'), 'soon'], { cwd: dir, env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/"soon" is not a version/);
  });
});
