// The command line as separate processes: the emulator and syncs started the
// way a person starts them, so two syncs really run at once and share nothing
// but the vault's files and Notion.

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

/** Bundle the command line once (packages stay in node_modules), as `cli.js` so it runs when invoked. */
export async function buildCli(): Promise<{ cli: string; cleanup: () => void }> {
  // Inside node_modules, so the bundle finds the packages it leaves out.
  const cache = path.resolve('node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(path.join(cache, 'ft-cli-'));
  const cli = path.join(dir, 'cli.js');
  await build({
    entryPoints: ['cli/main.ts'],
    outfile: cli,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return { cli, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A running emulator process. */
export interface EmulatorProcess {
  baseUrl: string;
  token: string;
  personToken: string;
  pageId: string;
  stop(): Promise<void>;
}

/** Start `follow-through notion emulator --json FLAGS…` and read its one line. */
export function startEmulatorProcess(cli: string, flags: readonly string[]): Promise<EmulatorProcess> {
  const child = spawn(process.execPath, [cli, 'notion', 'emulator', '--json', '--port', '0', ...flags], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`the emulator exited (${code}): ${err}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (!line) return;
      child.removeAllListeners('exit');
      const printed = JSON.parse(line) as { baseUrl: string; token: string; personToken: string; pageId: string };
      resolve({ ...printed, stop: () => stopChild(child) });
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** What a command printed and its exit code. */
export interface Finished {
  code: number;
  out: string;
  err: string;
}

/** Run the command line as its own process. */
export function runCli(cli: string, argv: readonly string[], env: Record<string, string>): Promise<Finished> {
  const child = spawn(process.execPath, [cli, ...argv], { cwd: process.cwd(), env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code: code ?? -1, out, err })));
}
