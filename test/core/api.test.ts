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

describe('the public API of core', () => {
  it('should export exactly these runtime values, so nothing leaks out by accident', () => {
    // Adding an export is a decision: add its name here in the same change.
    expect(Object.keys(core).sort()).toEqual([
      'Cadence',
      'Commitment',
      'CommitmentKind',
      'CopingPlan',
      'Diagnostic',
      'DiagnosticCode',
      'Finding',
      'FindingCode',
      'IfMissed',
      'NoteMeta',
      'ParsedNote',
      'PeriodStatus',
      'Severity',
      'WeekStart',
      'addDays',
      'answerLabel',
      'applyEdits',
      'clientNameKey',
      'clientOf',
      'commitmentId',
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
      'eolOf',
      'extractFields',
      'fieldAliases',
      'findMarks',
      'findPlaces',
      'fnv1a',
      'frontmatterKeys',
      'hashText',
      'headingMatcher',
      'inertLines',
      'isoWeekLabel',
      'itemKeyText',
      'itemState',
      'lastClosedWeek',
      'localDate',
      'markerOf',
      'maxMessageLength',
      'mayHoldCommitments',
      'normalizeText',
      'ownLines',
      'parseCadenceText',
      'parseItemKey',
      'parseNote',
      'periodHolding',
      'planPull',
      'planTrack',
      'planTrackNote',
      'planUntrack',
      'planUntrackText',
      'plannedItems',
      'promptLines',
      'readCommitment',
      'readCommitmentTracking',
      'readDate',
      'readDeadline',
      'readFrontmatter',
      'readTracking',
      'reflectionPrompt',
      'reviewAgenda',
      'scanNote',
      'shortLabel',
      'splitLines',
      'splitSentences',
      'supersededBy',
      'taskStatusesFrom',
      'tasksSettingsPath',
      'trackedCadence',
      'weekStartOf',
      'weeklyMessages',
      'wording',
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
    expect(names).toContain('mdast-util-from-markdown');
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
    expect(['zod/mini', 'unified', 'remark-parse', './markdown/scan.js', 'yaml'].filter(forbidden)).toEqual([]);
  });

  it('should import no Node built-in, obsidian or @notionhq/client anywhere under core/', () => {
    expect(imports.filter((i) => forbidden(i.specifier))).toEqual([]);
  });
});
