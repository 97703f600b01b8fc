import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCommitment } from '../../core/commitment/read.js';
import { sharedData } from '../support/shared.js';

interface Labelled {
  text: string;
  intention: string | null;
  trigger: string | null;
  cadence: string | null;
  coping_obstacle: string | null;
  coping_response: string | null;
  vague_trigger: boolean;
  vague_intention: boolean;
  kind: 'process' | 'outcome';
}

/**
 * Compare two phrases as a reader would: case, typographic quotes, brackets,
 * punctuation and a leading "at" before a time do not change the meaning.
 */
export function samePhrase(a: string | null, b: string | null): boolean {
  const norm = (s: string | null) =>
    s === null
      ? null
      : s
          .toLowerCase()
          .replace(/[\u2018\u2019]/g, "'")
          .replace(/[()[\]"]/g, ' ')
          .replace(/[.,!?;:]/g, '')
          .replace(/^at\s+/, '')
          .replace(/\s+/g, ' ')
          .trim();
  return norm(a) === norm(b);
}

function load(file: string): Labelled[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled);
}

const dir = sharedData('commitment-corpus');
// One label here follows an older convention than the issue that redesigned the reader (issue 10, family 7):
// dev.jsonl calls "to write 1000 pages in a year" an outcome, where a total of an act ("run 500 km this year",
// "read 20 books") is a process. The reader reads it as a process; the figure below counts that as a miss.
const sets: Array<{ name: string; rows: Labelled[]; floor: number }> = [
  ...(dir ? [{ name: 'dev corpus (shared, real sentences)', rows: load(path.join(dir, 'dev.jsonl')), floor: 90 }] : []),
  // Written for the project by someone who had not seen the parser; a check on how far it generalises.
  {
    name: 'extra set (written for the project)',
    rows: load(path.join(import.meta.dirname, '../fixtures/commitments-extra.jsonl')),
    floor: 85,
  },
  // Written later by another writer who saw neither the parser nor the sets above. Its first run,
  // before any change it prompted: intention 85.0%, trigger 88.3%, vague trigger 88.3%,
  // vague intention 91.7%, kind 98.3%. The general fixes it led to are in the commit history.
  {
    name: 'second set (written for the project, measured blind first)',
    rows: load(path.join(import.meta.dirname, '../fixtures/commitments-heldout.jsonl')),
    floor: 85,
  },
];

const fields = ['intention', 'trigger', 'vague_trigger', 'vague_intention', 'kind', 'coping'] as const;

function measure(rows: Labelled[]) {
  const score: Record<(typeof fields)[number], number> = {
    intention: 0,
    trigger: 0,
    vague_trigger: 0,
    vague_intention: 0,
    kind: 0,
    coping: 0,
  };
  const misses: string[] = [];
  for (const row of rows) {
    const r = readCommitment(row.text);
    const ok = {
      intention: samePhrase(r.intention, row.intention),
      trigger: samePhrase(r.trigger, row.trigger),
      vague_trigger: r.vagueTrigger === row.vague_trigger,
      vague_intention: r.vagueIntention === row.vague_intention,
      kind: r.kind === row.kind,
      coping:
        row.coping_obstacle === null
          ? r.coping.length === 0
          : r.coping.some((c) => samePhrase(c.response, row.coping_response)),
    };
    for (const f of fields) {
      if (ok[f]) score[f]++;
      else {
        const got =
          f === 'intention' ? r.intention : f === 'trigger' ? r.trigger : f === 'vague_trigger' ? r.vagueTrigger : f === 'vague_intention' ? r.vagueIntention : f === 'kind' ? r.kind : JSON.stringify(r.coping);
        const want =
          f === 'coping' ? `${row.coping_obstacle} → ${row.coping_response}` : String((row as unknown as Record<string, unknown>)[f]);
        misses.push(`${f}: ${JSON.stringify(row.text.slice(0, 70))}\n    got ${JSON.stringify(got)}, label ${JSON.stringify(want)}`);
      }
    }
  }
  return { score, misses };
}

describe.each(sets)('natural-language reader on the $name', ({ name, rows, floor }) => {
  const { score, misses } = measure(rows);
  const pct = (n: number) => (rows.length ? (100 * n) / rows.length : 0);

  beforeAll(() => {
    const lines = fields.map((f) => `  ${f.padEnd(16)} ${score[f]}/${rows.length}  ${pct(score[f]).toFixed(1)}%`);
    console.debug(`${name}: ${rows.length} labelled commitments\n${lines.join('\n')}\nmisses:\n  ${misses.join('\n  ')}`);
  });

  // Every figure printed above has its floor, the backup plan's too (before, the figures'
  // test asserted only the fixture's row count, so a reader that found no backup plan passed).
  it.each(fields)(`should read %s right on at least ${floor}% of it`, (field) => {
    expect(pct(score[field])).toBeGreaterThanOrEqual(floor);
  });
});
