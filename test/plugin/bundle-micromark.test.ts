// @vitest-environment node
// The plugin ships micromark without the blocks the core's parser turns off
// (esbuild.micromark.mjs). Bundle the core's plain-text reader with that same cut
// and read with both: every piece must read the same, and the cut must refuse a
// list it cannot apply.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Plugin, build } from 'esbuild';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blocksOff, toPlainTexts } from '../../core/markdown/plain-text.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let dir = '';
let cut: { toPlainTexts: typeof toPlainTexts };
let withoutConstructs: (code: string, names: string[]) => string;
// The build's copy (esbuild resolves micromark's default export, not its development one).
const constructsFile = path.join(root, 'node_modules/micromark/lib/constructs.js');

beforeAll(async () => {
  const mod = (await import(pathToFileURL(path.join(root, 'esbuild.micromark.mjs')).href)) as { noOffBlocks: () => Plugin; withoutConstructs: typeof withoutConstructs };
  withoutConstructs = mod.withoutConstructs;
  dir = mkdtempSync(path.join(tmpdir(), 'follow-through-micromark-'));
  const out = await build({
    entryPoints: [path.join(root, 'core/markdown/plain-text.ts')],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    plugins: [mod.noOffBlocks()],
    logLevel: 'error',
    absWorkingDir: root,
  });
  const file = path.join(dir, 'plain-text.mjs');
  writeFileSync(file, out.outputFiles[0]?.text ?? '');
  cut = (await import(pathToFileURL(file).href)) as typeof cut;
}, 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const piece = fc
  .array(
    fc.constantFrom(...['*', '_', '`', '[', ']', '(', ')', '<', '>', '&amp;', '!', '\\', 'a', 'run', ' ', '\n', '\n> ', '\n```\n', '\n# ', '\n- ', '\n1. ', '\n===', '\n---', '<div>', '<b>', '[a]: http://x', '    x', '\t']),
    { minLength: 1, maxLength: 14 },
  )
  .map((parts) => `go *it* ${parts.join('')}`);

describe("the plugin's cut of micromark", () => {
  it('should read every piece as the whole of micromark reads it, with the same blocks turned off', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 4 }), (pieces) => {
        expect(cut.toPlainTexts(pieces)).toEqual(toPlainTexts(pieces));
      }),
      { numRuns: Number(process.env.FT_RUNS ?? 500) },
    );
  });

  it("should take each construct off micromark's table, and nothing else", () => {
    const code = readFileSync(constructsFile, 'utf8');
    const cutCode = withoutConstructs(code, blocksOff);
    const named = (text: string) => new Set(text.slice(text.indexOf('export const')).match(/\b[a-z][A-Za-z]+\b(?=\s*[,\]\n])/g) ?? []);
    const before = named(code);
    const after = named(cutCode);
    for (const name of blocksOff) {
      expect(before.has(name)).toBe(true);
      expect(after.has(name)).toBe(false);
    }
    expect([...before].filter((n) => !after.has(n)).sort()).toEqual([...blocksOff].sort());
  });

  it('should refuse a construct the table does not hold, and indented code', async () => {
    const code = readFileSync(constructsFile, 'utf8');
    expect(() => withoutConstructs(code, ['noSuchConstruct'])).toThrow(/no construct named noSuchConstruct/);
    const mod = (await import(pathToFileURL(path.join(root, 'esbuild.micromark.mjs')).href)) as { blocksOffIn: (file: string) => Promise<string[]> };
    const file = path.join(dir, 'plain-text.ts');
    writeFileSync(file, "export const blocksOff = ['list', 'codeIndented'];\n");
    await expect(mod.blocksOffIn(file)).rejects.toThrow(/indented code/);
  });
});
