// The plugin's entity decoder (obsidian-plugin/entity-decoder.ts) against the
// whole HTML entity table the command line decodes with (character-entities,
// through decode-named-character-reference's plain build), run where the plugin
// runs: a real browser engine (headless Chromium, as Obsidian's Electron is).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
// Both come with remark-parse (micromark's own decoder and its table): the very code the command line runs.
// eslint-disable-next-line import/no-extraneous-dependencies -- installed with remark-parse, which the project depends on
import { characterEntities } from 'character-entities';
import { decodeNamedCharacterReference as plain } from 'decode-named-character-reference';
import { chromiumPath, hasChromium, installHint } from '../../docs/preview/shoot.js';
import { root } from './harness.js';

describe("the plugin's entity decoder", () => {
  it('should decode every named reference as the command line does, and refuse the rest', async (context) => {
    if (!hasChromium()) {
      console.warn(`Skipping the entity decoder test: no Chromium at ${chromiumPath}. ${installHint}`);
      context.skip();
      return;
    }
    const bundled = buildSync({ entryPoints: [path.join(root, 'obsidian-plugin/entity-decoder.ts')], bundle: true, format: 'iife', globalName: 'decoder', write: false });
    const script = bundled.outputFiles[0]?.text ?? '';
    // Every name, names that only begin like one (`notit`, after `not`), and names that are none.
    const names = [...Object.keys(characterEntities), 'notit', 'ampx', 'AMPfoo', 'nosuchthing', 'semi', 'Semi', ''];
    const work = mkdtempSync(path.join(tmpdir(), 'follow-through-entities-'));
    const browser = await chromium.launchPersistentContext(path.join(work, 'profile'), {
      executablePath: chromiumPath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      offline: true,
    });
    try {
      const page = await browser.newPage();
      await page.addScriptTag({ content: script });
      const decoded = await page.evaluate(
        (all) => all.map((name) => (globalThis as unknown as { decoder: { decodeNamedCharacterReference: (v: string) => string | false } }).decoder.decodeNamedCharacterReference(name)),
        names,
      );
      const differ = names.filter((name, i) => decoded[i] !== plain(name));
      expect(differ).toEqual([]);
      expect(names.length).toBeGreaterThan(2000);
    } finally {
      await browser.close();
      rmSync(work, { recursive: true, force: true });
    }
  }, 60_000);
});
