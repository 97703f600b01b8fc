// The README's pictures: the real plugin rendered in headless Chromium, light and
// dark. Fails on any console or page error, a blocked request, or an empty view.
// Skips (saying how to install it) where Chromium is not installed.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumPath, hasChromium, installHint, shoot, shots } from '../docs/preview/shoot.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pngDir = mkdtempSync(path.join(tmpdir(), 'follow-through-screenshots-'));

afterAll(() => rmSync(pngDir, { recursive: true, force: true }));

describe('the screenshots', () => {
  it('should render every screen in Chromium with no errors and nothing empty', async (context) => {
    if (!hasChromium()) {
      console.warn(`Skipping the screenshot test: no Chromium at ${chromiumPath}. ${installHint}`);
      context.skip(`no Chromium at ${chromiumPath}. ${installHint}`);
      return;
    }
    const result = await shoot({ root, pngDir, scale: 1 });
    expect(result.problems).toEqual([]);
    expect(result.reports.map((r) => r.theme)).toEqual(['light', 'dark']);
    for (const report of result.reports) {
      expect(report.commitments).toBeGreaterThan(0);
      expect(report.callouts).toBeGreaterThan(0);
      expect(report.hints).toBeGreaterThan(0);
      expect(report.tooltip).toContain('when I have time');
    }
    expect(result.files.map((f) => path.basename(f)).sort()).toEqual(shots.map((s) => s.file).sort());
    for (const file of result.files) {
      expect(existsSync(file)).toBe(true);
      expect(statSync(file).size).toBeGreaterThan(5_000);
    }
  }, 180_000);
});
