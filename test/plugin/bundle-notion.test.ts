// @vitest-environment node
// The plugin ships a cut of @notionhq/client (esbuild.notion-sdk.mjs). Bundle the
// sync engine with that same cut and run a whole sync with it against the
// emulator: every SDK method the engine calls must still be there.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Client } from '@notionhq/client';
import { type Plugin, build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyEdits, planTrack } from '../../core/index.js';
import { cliParseOptions } from '../../cli/notes.js';
import { type Emulator, startEmulator } from '../../notion-emulator/index.js';
import type * as Engine from './slim-entry.js';
import { FastClock, noteText } from '../notion-sync/support.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let dir = '';
let engine: typeof Engine;
let bundled = '';
let emulator: Emulator;
const clock = new FastClock();

beforeAll(async () => {
  const modulePath = path.join(root, 'esbuild.notion-sdk.mjs');
  const { slimNotionSdk } = (await import(pathToFileURL(modulePath).href)) as { slimNotionSdk: () => Plugin };
  dir = mkdtempSync(path.join(tmpdir(), 'follow-through-slim-'));
  const out = await build({
    entryPoints: [path.join(root, 'test/plugin/slim-entry.ts')],
    bundle: true,
    write: false,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    format: 'esm',
    plugins: [slimNotionSdk()],
    logLevel: 'error',
    absWorkingDir: root,
  });
  const file = path.join(dir, 'engine.mjs');
  bundled = out.outputFiles[0]?.text ?? '';
  writeFileSync(file, bundled);
  engine = (await import(pathToFileURL(file).href)) as typeof Engine;
  emulator = await startEmulator({ port: 0, rateLimit: false, clock: clock.now });
}, 60_000);

afterAll(async () => {
  await emulator?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the plugin’s cut of the Notion SDK', () => {
  it('should keep TypeScript’s export preamble only where a default import reads it', () => {
    // Client.js keeps its __esModule mark (the engine imports its default); no module declares its exports as void 0.
    expect(bundled.match(/Object\.defineProperty\(exports, "__esModule"/g)?.length).toBe(1);
    expect(bundled).not.toMatch(/exports\.\w+ = (?:exports\.\w+ = )*void 0;/);
  });

  it('should leave out what the sync never calls', () => {
    const { client } = engine.connect({ token: 't', fetch: globalThis.fetch, clock });
    expect(Object.keys(client).filter((k) => ['blocks', 'comments', 'fileUploads', 'views', 'oauth', 'agents', 'search'].includes(k))).toEqual([]);
  });

  it('should init, resolve, sync, and pull a tick from Notion with only what it keeps', async () => {
    const { client } = engine.connect({ token: emulator.token, baseUrl: emulator.baseUrl, fetch: globalThis.fetch, clock });
    const state = engine.emptyState();
    const made = await engine.initDatabase(client, state, { parent: emulator.pageId });
    const resolved = await engine.resolveDatabase(client, made.databaseId);
    expect(resolved.dataSourceId).toBe(made.dataSourceId);
    await expect(engine.resolveDatabase(client, emulator.pageId)).rejects.toThrow('is a page, not a database');
    // An error Notion answers is thrown at once (the cut SDK retries nothing; the fetch layer does the retrying).
    const wrong = engine.connect({ token: 'ntn_wrong', baseUrl: emulator.baseUrl, fetch: globalThis.fetch, clock }).client;
    const asked = emulator.requests.length;
    await expect(engine.resolveDatabase(wrong, made.databaseId)).rejects.toThrow('Notion did not accept the token');
    expect(emulator.requests.length - asked).toBe(1);

    let note = applyEdits(noteText, planTrack(noteText, { ...cliParseOptions, today: '2026-11-23' }).edits);
    let stateText: string | undefined = engine.serializeState(state);
    const store = {
      stateLocation: 'memory',
      vaultName: 'vault',
      notes: async () => [{ path: 'Dana/s.md', text: note }],
      replaceNote: async (_path: string, expected: string, next: string) => {
        if (note !== expected) return false;
        note = next;
        return true;
      },
      readState: async () => stateText,
      writeState: async (text: string) => {
        stateText = text;
      },
    };
    const options = { store, parseOptions: cliParseOptions, today: '2026-11-24', client, clock, dryRun: false };
    const first = await engine.syncVault(options);
    expect(first.failures).toEqual([]);
    expect(first.plans[0]?.creates.length).toBe(5);

    const person = new Client({ auth: emulator.personToken, baseUrl: emulator.baseUrl, notionVersion: '2026-03-11', retry: false });
    const rows = (await person.dataSources.query({ data_source_id: made.dataSourceId })) as unknown as { results: Array<{ id: string }> };
    const row = rows.results[0];
    if (!row) throw new Error('no row');
    await person.pages.update({ page_id: row.id, properties: { Done: { checkbox: true } } });
    clock.advance(2 * 60_000);
    const second = await engine.syncVault(options);
    expect(second.failures).toEqual([]);
    expect(second.plans[0]?.pulls.length).toBe(1);
    expect(note).toContain('- [x] ');
  });
});
