import { readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as core from '../../core/index.js';

const coreDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../core');

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) sourceFiles(full, out);
    else if (/\.(?:ts|mts|js|mjs)$/.test(name)) out.push(full);
  }
  return out;
}

/** Every module a source file names: static and type imports, re-exports, side-effect imports, `import()` and `require()`. */
function specifiers(source: string): string[] {
  const re = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"\n]+)['"]/g;
  return [...source.matchAll(re)].map((m) => m[1] ?? '');
}

/** Modules core must never import: it runs unchanged inside Obsidian on a phone. */
function forbidden(specifier: string): boolean {
  const bare = specifier.replace(/^node:/, '').split('/')[0] ?? '';
  return (
    specifier.startsWith('node:') ||
    builtinModules.includes(bare) ||
    specifier === 'obsidian' ||
    specifier.startsWith('@notionhq/')
  );
}

const root = path.resolve(coreDir, '..');

/** Where core is used from: the adapters, the benchmark, the example vault's simulation and the docs' pictures. */
const consumerDirs = ['cli', 'obsidian-plugin', 'notion-sync', 'bench', 'examples', 'docs'];

/** The names an `import { … } from '…/core/index.js'` (or `export { … } from`) brings in, as [name, typeOnly]. */
function importedFromCore(source: string): Array<[string, boolean]> {
  const out: Array<[string, boolean]> = [];
  const re = /\b(?:import|export)\s+(type\s+)?\{([^}]*)\}\s*from\s*['"][^'"]*core\/index\.js['"]/g;
  for (const m of source.matchAll(re)) {
    for (const raw of (m[2] ?? '').split(',')) {
      const part = raw.trim();
      if (part === '') continue;
      const typeOnly = m[1] !== undefined || part.startsWith('type ');
      out.push([part.replace(/^type\s+/, '').split(/\s+as\s+/)[0]?.trim() ?? '', typeOnly]);
    }
  }
  return out;
}

/** The type-only names core/index.ts exports (`export type { … }`). */
function exportedTypes(): string[] {
  const source = readFileSync(path.join(coreDir, 'index.ts'), 'utf8');
  return [...source.matchAll(/export\s+type\s+\{([^}]*)\}/g)].flatMap((m) => (m[1] ?? '').split(',').map((n) => n.trim()).filter((n) => n !== ''));
}

describe('the public API of core', () => {
  it('should export exactly these runtime values, so nothing leaks out by accident', () => {
    // Adding an export is a decision: add its name here in the same change.
    expect(Object.keys(core).sort()).toEqual([
      'ReadingCache',
      'addDays',
      'applyEdits',
      'clientNameKey',
      'clientOf',
      'commitmentKinds',
      'dayLabel',
      'decodeNote',
      'defaultHeadings',
      'defaultHorizonWeeks',
      'defaultMeta',
      'describeCadence',
      'describeEdits',
      'describeEnd',
      'encodingAdvice',
      'endQuestion',
      'findMarks',
      'hashText',
      'headingMatcher',
      'ifMissedValues',
      'inertLines',
      'itemKeyText',
      'keepReading',
      'localDate',
      'oneOf',
      'optionsKey',
      'parseItemKey',
      'parseNote',
      'periodStatuses',
      'planPull',
      'planTrack',
      'planTrackNote',
      'planUntrackText',
      'readKept',
      'readSimpleYaml',
      'readTracking',
      'readingOf',
      'reviewAgenda',
      'scanNote',
      'splitLines',
      'supersededBy',
      'taskStatusesFrom',
      'tasksSettingsPath',
      'weekStartOf',
      'weekStartValues',
      'weeklyMessages',
    ]);
  });

  it('should export exactly these types', () => {
    expect(exportedTypes().sort()).toEqual([
      'AnswerChange',
      'Commitment',
      'EncodingProblem',
      'Finding',
      'FindingCode',
      'IfMissed',
      'KeptHead',
      'KeptReading',
      'NoteDocument',
      'ParseOptions',
      'PeriodRecord',
      'ReadNote',
      'TaskStatuses',
      'TickChange',
      'TrackOptions',
      'TrackedNote',
      'Tracking',
      'UntrackPlan',
      'WeekStart',
      'WeeklyMessage',
    ]);
  });

  it('should export only what the adapters, the benchmark and the scripts import, and all of it', () => {
    const files = consumerDirs.flatMap((dir) => sourceFiles(path.join(root, dir)).filter((f) => !f.includes(`${path.sep}node_modules${path.sep}`)));
    const imported = files.flatMap((file) => importedFromCore(readFileSync(file, 'utf8')).map(([name, typeOnly]) => ({ name, typeOnly, file: path.relative(root, file) })));
    expect(imported.length).toBeGreaterThan(50);
    const exported = [...Object.keys(core), ...exportedTypes()];
    const used = new Set(imported.map((i) => i.name));
    // An export no consumer imports is an internal: import it from its module in the tests instead.
    expect(exported.filter((name) => !used.has(name)).sort()).toEqual([]);
    // And every name a consumer imports is exported (tsc says so too; this names the file).
    expect(imported.filter((i) => !exported.includes(i.name)).map((i) => `${i.file}: ${i.name}`)).toEqual([]);
    // A value the adapters only use as a type is exported as a type.
    const asValue = new Set(imported.filter((i) => !i.typeOnly).map((i) => i.name));
    expect(Object.keys(core).filter((name) => !asValue.has(name)).sort()).toEqual([]);
  });

  it('should read imports the way the consumers write them', () => {
    const sample = "import { type A, b as c, d } from '../core/index.js';\nimport type { E } from '../../core/index.js';\nimport { f } from './other.js';";
    expect(importedFromCore(sample)).toEqual([
      ['A', true],
      ['b', false],
      ['d', false],
      ['E', true],
    ]);
  });
});

describe('what core imports', () => {
  const files = sourceFiles(coreDir);
  const imports = files.flatMap((file) =>
    specifiers(readFileSync(file, 'utf8')).map((specifier) => ({ file: path.relative(coreDir, file), specifier })),
  );

  it('should see the imports it checks (the check reads real import statements)', () => {
    expect(files.length).toBeGreaterThan(10);
    const names = new Set(imports.map((i) => i.specifier));
    expect(names).toContain('zod/mini');
    expect(names).toContain('micromark');
    expect(names).toContain('./schema.js');
  });

  it('should recognise every way of naming a module it must not import', () => {
    const sample = [
      "import { readFileSync } from 'node:fs';",
      'import path from "path";',
      "import type { App } from 'obsidian';",
      "export { Client } from '@notionhq/client';",
      "const fs = await import('fs/promises');",
      "const u = require('node:url');",
      "import 'crypto';",
    ].join('\n');
    expect(specifiers(sample).filter(forbidden)).toEqual([
      'node:fs',
      'path',
      'obsidian',
      '@notionhq/client',
      'fs/promises',
      'node:url',
      'crypto',
    ]);
    expect(['zod/mini', 'micromark', 'remark-parse', './markdown/scan.js', 'yaml'].filter(forbidden)).toEqual([]);
  });

  it('should import no Node built-in, obsidian or @notionhq/client anywhere under core/', () => {
    expect(imports.filter((i) => forbidden(i.specifier))).toEqual([]);
  });
});
