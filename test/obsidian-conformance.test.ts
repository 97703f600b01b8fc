import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanNote } from '../core/markdown/scan.js';
import { sharedData } from './support/shared.js';

interface Position {
  start: { line: number; col: number; offset: number };
  end: { line: number; col: number; offset: number };
}
interface Recorded {
  fileContents: string;
  cachedMetadata?: {
    listItems?: Array<{ parent: number; task?: string; position: Position }>;
    sections?: Array<{ type: string; position: Position }>;
    headings?: Array<{ heading: string; level: number; position: Position }>;
    blocks?: Record<string, { id: string; position: Position }>;
  };
}

const dir = sharedData('obsidian-metadata');
const files = dir ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
const notes = files
  .map((file) => ({ file, data: JSON.parse(readFileSync(path.join(dir ?? '', file), 'utf8')) as Recorded }))
  .filter((n) => n.data.cachedMetadata !== undefined);

describe.skipIf(!dir)("agreement with Obsidian's own parser", () => {
  it('should have the recorded notes to compare with', () => {
    expect(notes.length).toBeGreaterThan(80);
  });

  it.each(notes.map((n) => [n.file, n.data] as const))('should read %s as Obsidian does', (_file, data) => {
    const scan = scanNote(data.fileContents);
    const cm = data.cachedMetadata ?? {};
    expect(
      scan.listItems.map((item) => ({ line: item.line, end: item.endLine, task: item.task, parent: item.parent })),
      'list items',
    ).toEqual(
      (cm.listItems ?? []).map((item) => ({
        line: item.position.start.line,
        end: item.position.end.line,
        task: item.task,
        parent: item.parent,
      })),
    );
    expect(
      scan.headings.map((h) => ({ line: h.line, level: h.level, text: h.text })),
      'headings',
    ).toEqual((cm.headings ?? []).map((h) => ({ line: h.position.start.line, level: h.level, text: h.heading })));
    expect(
      scan.sections.map((s) => ({ type: s.type, start: s.startLine, end: s.endLine })),
      'sections',
    ).toEqual((cm.sections ?? []).map((s) => ({ type: s.type, start: s.position.start.line, end: s.position.end.line })));
    expect(
      scan.blocks.map((b) => ({ id: b.id, line: b.line })).sort((a, b) => a.id.localeCompare(b.id)),
      'block ids',
    ).toEqual(
      Object.values(cm.blocks ?? {})
        .map((b) => ({ id: b.id, line: b.position.start.line }))
        .sort((a, b) => a.id.localeCompare(b.id)),
    );
  });
});
