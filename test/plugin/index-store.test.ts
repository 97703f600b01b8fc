// The plugin keeps its index between launches in IndexedDB. One scenario (save,
// replace, forget, a record of another shape, a new launch) gives the same
// answers from the fake IndexedDB the plugin tests use and from a real browser
// engine's (headless Chromium, as Obsidian's Electron is), so the fake can stand
// in for it in the plugin tests and the benchmark.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumPath, hasChromium, installHint } from '../../docs/preview/shoot.js';
import { fakeIndexedDB } from '../obsidian-fake/indexeddb.js';
import { root } from './harness.js';
import { indexStoreScenario } from './index-store-scenario.js';

const expected = [
  [],
  [
    { path: 'clients/dana/2026-11-23 session.md', size: 120, mtime: 1700000000000, key: '1|0.1.0|[]', kept: { head: '{"meta":{}}', body: '{"commitments":[]}' } },
    { path: 'journal/2026-11-24.md', size: 40, mtime: 1700000000500, key: '1|0.1.0|[]', kept: null },
  ],
  [{ path: 'clients/dana/2026-11-23 session.md', size: 121, mtime: 1700000000000, key: '1|0.1.0|[]', kept: { head: '{"meta":{}}', body: '{"commitments":[]}' } }],
  [{ path: 'clients/dana/2026-11-23 session.md', size: 121, mtime: 1700000000000, key: '1|0.1.0|[]', kept: { head: '{"meta":{}}', body: '{"commitments":[]}' } }],
  [{ path: 'clients/dana/2026-11-23 session.md', size: 121, mtime: 1700000000000, key: '1|0.1.0|[]', kept: { head: '{"meta":{}}', body: '{"commitments":[]}' } }],
  true,
];

describe("the plugin's index store", () => {
  it('should keep, replace and forget notes, and pass over records of another shape (the fake IndexedDB)', async () => {
    expect(await indexStoreScenario(fakeIndexedDB())).toEqual(expected);
  });

  it('should answer the same from a real IndexedDB (headless Chromium)', async (context) => {
    if (!hasChromium()) {
      console.warn(`Skipping the IndexedDB test: no Chromium at ${chromiumPath}. ${installHint}`);
      context.skip();
      return;
    }
    const bundled = buildSync({ entryPoints: [path.join(root, 'test/plugin/index-store-scenario.ts')], bundle: true, format: 'iife', globalName: 'scenario', write: false });
    const script = bundled.outputFiles[0]?.text ?? '';
    const work = mkdtempSync(path.join(tmpdir(), 'follow-through-idb-'));
    const browser = await chromium.launchPersistentContext(path.join(work, 'profile'), {
      executablePath: chromiumPath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    try {
      const page = await browser.newPage();
      // IndexedDB needs an origin of its own (not about:blank): a page served from memory.
      await page.route('http://follow-through.test/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>index store</title>' }));
      await page.goto('http://follow-through.test/');
      await page.addScriptTag({ content: script });
      const answers = await page.evaluate(() => (globalThis as unknown as { scenario: { indexStoreScenario: (f: IDBFactory) => Promise<unknown[]> } }).scenario.indexStoreScenario(indexedDB));
      expect(answers).toEqual(expected);
    } finally {
      await browser.close();
      rmSync(work, { recursive: true, force: true });
    }
  }, 60_000);
});
