import { fnv1a } from '../../core/hash.js';
import { type Commitment, parseNote } from '../../core/index.js';
import { parseYaml } from '../support/yaml.js';

/** One hand-labelled plan, as the shared corpora and the fixtures write it. */
export interface Labelled {
  text: string;
  intention: string | null;
  trigger: string | null;
  cadence: string | null;
  coping_obstacle: string | null;
  coping_response: string | null;
  vague_trigger: boolean;
  vague_intention: boolean;
  kind: 'process' | 'outcome';
  style?: string;
}

/**
 * Whether a row is in the held-out 30% of a set: a seeded hash of its text, so
 * the split is fixed, needs no copy of the data, and a new row falls on one
 * side for good.
 */
export function isHeldOut(row: { text: string }, seed = 'follow-through/issue-10'): boolean {
  return fnv1a(`${seed}\u0000${row.text}`) % 100 < 30;
}

const leadingWords =
  /^(?:i will|i'll|ill|i shall|i want to|i wanna|i am going to|i'm going to|im going to|i'm gonna|im gonna|i'm|im|i|to|when|whenever|if|after|before|then|once|as soon as|every time|each time|while|during|on|at|and)\s+/;

/** The scoring's words: lower case, no punctuation, no leading "I will", "to" or cue words. */
export function scoreTokens(text: string | null): string[] {
  if (!text) return [];
  let t = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[^\p{L}\p{N}'\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  for (let before = ''; before !== t; ) {
    before = t;
    t = t.replace(leadingWords, '');
  }
  return t
    .replace(/'/g, '')
    .split(' ')
    .filter((w) => w !== '');
}

/** Token-overlap F1 of two phrases, after `scoreTokens`. */
export function f1(a: string | null, b: string | null): number {
  const x = scoreTokens(a);
  const y = scoreTokens(b);
  if (x.length === 0 && y.length === 0) return 1;
  if (x.length === 0 || y.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of y) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of x) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / x.length;
  const r = common / y.length;
  return (2 * p * r) / (p + r);
}

/** Each plan one list item under a commitments heading, at most ten to a note, read by the real note reader. */
export function readAsNotes(rows: readonly Labelled[]): Commitment[] {
  const out: Commitment[] = [];
  for (let i = 0; i < rows.length; i += 10) {
    const batch = rows.slice(i, i + 10);
    const items = batch.map((r) => `- ${r.text.replace(/\n/g, '\n  ')}`);
    const note = `# Session\n\n## Commitments\n\n${items.join('\n')}\n`;
    const read = parseNote(note, { parseYaml, maxCommitments: 100 }).commitments;
    if (read.length !== batch.length) throw new Error(`expected ${batch.length} commitments, read ${read.length}`);
    out.push(...read);
  }
  return out;
}

export const scoredFields = ['intention', 'trigger', 'flag', 'kind'] as const;
export type ScoredField = (typeof scoredFields)[number];

/** Right or wrong on each field the issue scores (trigger only where a concrete one is labelled). */
export function scoreOne(row: Labelled, c: Commitment): Record<ScoredField, boolean | null> {
  const ours = [c.intention, ...c.coping.map((p) => p.response)];
  const theirs = [row.intention, ...(row.coping_response ? [row.coping_response] : [])];
  const intention = theirs.some((t) => ours.some((o) => f1(t, o) >= 0.6));
  const concrete = row.trigger !== null && !row.vague_trigger;
  const trigger = concrete ? [c.trigger, ...c.coping.map((p) => p.obstacle)].some((o) => o !== null && f1(row.trigger, o) >= 0.5) : null;
  const raised = c.findings.some((f) => f.code === 'missing-trigger' || f.code === 'vague-trigger' || f.code === 'outcome-goal');
  return { intention, trigger, flag: raised === row.vague_trigger, kind: c.kind === row.kind };
}

export interface Figures {
  n: number;
  right: Record<ScoredField, number>;
  scored: Record<ScoredField, number>;
  misses: string[];
}

/** Score rows, by style. */
export function scoreRows(rows: readonly Labelled[]): Map<string, Figures> {
  const read = readAsNotes(rows);
  const by = new Map<string, Figures>();
  const fresh = (): Figures => ({
    n: 0,
    right: { intention: 0, trigger: 0, flag: 0, kind: 0 },
    scored: { intention: 0, trigger: 0, flag: 0, kind: 0 },
    misses: [],
  });
  rows.forEach((row, i) => {
    const c = read[i];
    if (!c) return;
    const s = scoreOne(row, c);
    for (const key of new Set(['all', row.style ?? 'all'])) {
      const f = by.get(key) ?? fresh();
      by.set(key, f);
      f.n++;
      for (const field of scoredFields) {
        const ok = s[field];
        if (ok === null) continue;
        f.scored[field]++;
        if (ok) f.right[field]++;
        else if (key === 'all') {
          const got =
            field === 'intention' ? c.intention : field === 'trigger' ? c.trigger : field === 'kind' ? c.kind : c.findings.map((x) => x.code).join(',');
          const want = field === 'intention' ? row.intention : field === 'trigger' ? row.trigger : field === 'kind' ? row.kind : `vague ${row.vague_trigger}`;
          const near = field === 'intention' ? ` (F1 ${f1(row.intention, c.intention).toFixed(2)})` : '';
          f.misses.push(`${field}: ${JSON.stringify(row.text.slice(0, 90))}\n    got ${JSON.stringify(got)}, label ${JSON.stringify(want)}${near}`);
        }
      }
    }
  });
  return by;
}

/** A figure in per cent (100 where nothing was scored). */
export function pct(f: Figures, field: ScoredField): number {
  return f.scored[field] === 0 ? 100 : (100 * f.right[field]) / f.scored[field];
}

/** One line per style: n and each field's figure. */
export function table(by: Map<string, Figures>): string {
  const lines = [`  ${'style'.padEnd(15)} ${'n'.padStart(4)}  ${scoredFields.map((f) => f.padStart(10)).join('')}`];
  for (const [style, f] of [...by].sort(([a], [b]) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)))) {
    lines.push(`  ${style.padEnd(15)} ${String(f.n).padStart(4)}  ${scoredFields.map((k) => `${pct(f, k).toFixed(1)}%`.padStart(10)).join('')}`);
  }
  return lines.join('\n');
}
