// The pure parts of the Notion sync: schema, rows, state, plan and describe. No network, no disk.

import { describe, expect, it } from 'vitest';
import { parseNote, readTracking } from '../../core/index.js';
import { cliParseOptions } from '../../cli/notes.js';
import { countsOf, describePlans, plansJson, summaryLine } from '../../notion-sync/describe.js';
import { type PlanInput, planSync } from '../../notion-sync/plan.js';
import { type LocalRow, type RemoteRow, contentValues, localRows, parseKey, richText, richTextItemLimit } from '../../notion-sync/rows.js';
import { P, checkSchema, databaseProperties, properties, repairBody } from '../../notion-sync/schema.js';
import { parseState, targetFor } from '../../notion-sync/state.js';
import { isStateFileError } from '../../notion-sync/errors.js';
import { parseNotionId } from '../../notion-sync/sync.js';
import { noteText, tracked } from './support.js';

function rowsOf(text: string, today: string, file = 'Dana/s.md', options = {}): LocalRow[] {
  const note = parseNote(text, cliParseOptions);
  return localRows([{ file, note, tracking: readTracking(note, { ...cliParseOptions, today }) }], options);
}

describe('schema', () => {
  const full = { id: 'ds', properties: Object.fromEntries(properties.map((p) => [p.name, { name: p.name, type: p.type }])) };

  it('should accept a data source with every property', () => {
    expect(checkSchema(full)).toEqual({ ok: true, problems: [], repairable: true });
    expect(Object.keys(databaseProperties())).toHaveLength(properties.length);
  });

  it('should say precisely what is missing or of the wrong type, and repair only what is missing', () => {
    const { [P.done]: _done, [P.item]: _item, ...rest } = full.properties;
    const broken = { id: 'ds', properties: { ...rest, Name: { name: 'Name', type: 'title' }, [P.kind]: { name: P.kind, type: 'multi_select' } } };
    const check = checkSchema(broken);
    expect(check.ok).toBe(false);
    expect(check.problems.map((p) => [p.code, p.property])).toEqual([
      ['title-named-differently', 'Item'],
      ['missing-property', 'Done'],
      ['wrong-type', 'Kind'],
    ]);
    expect(check.problems[1]?.message).toContain('“Done” is missing: it should be a Checkbox property');
    expect(check.problems[2]?.message).toContain('“Kind” is a Multi-select property; the sync needs a Select property');
    expect(check.repairable).toBe(false);
    expect(repairBody(check)).toEqual({ properties: { Name: { name: 'Item' }, Done: { type: 'checkbox', checkbox: {} } } });
  });
});

describe('rows', () => {
  const text = tracked(noteText, '2026-11-23');

  it('should make one row per checklist item, keyed by commitment, period and position', () => {
    const rows = rowsOf(text, '2026-11-24');
    expect(rows.map((r) => r.key)).toEqual(['ft-16bh55/20261123/1', 'ft-16bh55/20261123/2', expect.stringMatching(/\/20261123\/1$/), expect.stringMatching(/\/20261123\/2$/), expect.stringMatching(/\/20261123\/3$/)]);
    const first = rows[0];
    expect(first?.content).toMatchObject({ client: 'Dana', kind: 'process', period: 'Week of 23 Nov', periodStart: '2026-11-23', status: 'open', progress: '0 of 2', note: null });
    expect(first?.content.item).toContain('Week of 23 Nov · 1 of 2');
    expect(rows.filter((r) => r.carriesReflection).map((r) => r.n)).toEqual([1, 1]);
    expect(parseKey('ft-16bh55/20261123/2')).toEqual({ commitmentId: 'ft-16bh55', periodStart: '2026-11-23', n: 2, suffix: undefined });
  });

  it('should change the content hash only when a sync-written property changes, and link the note only when asked', () => {
    const before = rowsOf(text, '2026-11-24');
    const ticked = text.replace('- [ ] Week of 23 Nov · 1 of 2', '- [x] Week of 23 Nov · 1 of 2');
    const after = rowsOf(ticked, '2026-11-24');
    expect(after[0]?.done).toBe(true);
    expect(after[0]?.contentHash).not.toBe(before[0]?.contentHash); // progress 1 of 2
    expect(rowsOf(text, '2026-11-24')[0]?.contentHash).toBe(before[0]?.contentHash);
    const linked = rowsOf(text, '2026-11-24', 'Dana/s.md', { noteLinks: { vault: 'My vault' } });
    expect(linked[0]?.content.note).toBe('obsidian://open?vault=My%20vault&file=Dana%2Fs');
  });

  it('should split rich text over 2,000 characters, and never a surrogate pair', () => {
    const long = `${'a'.repeat(richTextItemLimit - 1)}😀${'b'.repeat(10)}`;
    const parts = richText(long);
    expect(parts.map((p) => p.text.content.length)).toEqual([richTextItemLimit - 1, 12]);
    expect(parts.map((p) => p.text.content).join('')).toBe(long);
    const values = contentValues({ ...rowsOf(text, '2026-11-24')[0]!.content, commitment: 'x'.repeat(4500) });
    expect((values[P.commitment] as { rich_text: unknown[] }).rich_text).toHaveLength(3);
  });

  it('should suffix the later note’s key when two notes carry the same one', () => {
    const note = parseNote(text, cliParseOptions);
    const tracking = readTracking(note, { ...cliParseOptions, today: '2026-11-24' });
    const rows = localRows([
      { file: 'b.md', note, tracking },
      { file: 'a.md', note, tracking },
    ]);
    const keys = rows.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(rows.find((r) => r.file === 'a.md')?.key).toBe('ft-16bh55/20261123/1');
    expect(rows.find((r) => r.file === 'b.md')?.key).toMatch(/^ft-16bh55\/20261123\/1@[0-9a-f]{6}$/);
  });
});

describe('state', () => {
  it('should read a valid state and explain a broken one without crashing', () => {
    const good = { version: 1, targets: [{ client: 'Dana', databaseId: 'd', dataSourceId: 's' }], dataSources: { s: { rows: { k: { pageId: 'p', contentHash: 'h', done: false, reflection: null } } } } };
    expect(parseState(JSON.stringify(good), 'notion.json').targets).toHaveLength(1);
    for (const broken of ['{', JSON.stringify({ ...good, version: 2 }), JSON.stringify({ ...good, dataSources: { s: { rows: { k: { pageId: 1 } } } } })]) {
      let caught: unknown;
      try {
        parseState(broken, 'notion.json');
      } catch (error) {
        caught = error;
      }
      expect(isStateFileError(caught)).toBe(true);
      expect((caught as Error).message).toMatch(/broken: .*Nothing was changed.*found again by their key/s);
    }
  });

  it('should choose a note’s target by note, then folder, then client, then a target that names nothing', () => {
    const targets = [
      { client: 'Dana', databaseId: 'd1', dataSourceId: 's1' },
      { folder: 'Sam', databaseId: 'd2', dataSourceId: 's2' },
      { note: 'Sam/special.md', databaseId: 'd3', dataSourceId: 's3' },
    ];
    expect(targetFor(targets, 'Sam/special.md', 'Sam')?.dataSourceId).toBe('s3');
    expect(targetFor(targets, 'Sam/a.md', 'Sam')?.dataSourceId).toBe('s2');
    expect(targetFor(targets, 'x/a.md', 'dana')?.dataSourceId).toBe('s1');
    expect(targetFor(targets, 'x/a.md', 'Lee')).toBeUndefined();
    expect(targetFor([...targets, { databaseId: 'd4', dataSourceId: 's4' }], 'x/a.md', 'Lee')?.dataSourceId).toBe('s4');
  });

  it('should read ids from pasted Notion links', () => {
    const hex = '1c554c3ff8864f24878ab0a63c791414';
    const id = '1c554c3f-f886-4f24-878a-b0a63c791414';
    expect(parseNotionId(hex)).toBe(id);
    expect(parseNotionId(id)).toBe(id);
    expect(parseNotionId(`https://www.notion.so/acme/Follow-Through-${hex}?v=abcdef0123456789abcdef0123456789`)).toBe(id);
    expect(parseNotionId(`https://www.notion.so/${hex}`)).toBe(id);
    expect(parseNotionId('not an id')).toBeUndefined();
  });
});

describe('plan and describe', () => {
  const text = tracked(noteText, '2026-11-23', '2026-11-30');
  const local = rowsOf(text, '2026-12-01');
  const base = Object.fromEntries(local.map((r, i) => [r.key, { pageId: `p${i}`, contentHash: r.contentHash, done: r.done, reflection: r.reflection }]));
  const remote = (key: string, change: Partial<RemoteRow>): RemoteRow => ({
    pageId: base[key]!.pageId,
    key,
    done: base[key]!.done,
    reflection: base[key]!.reflection,
    lastEditedTime: '',
    lastEditedBy: 'person',
    inTrash: false,
    contentHash: base[key]!.contentHash,
    ...change,
  });
  const input = (over: Partial<PlanInput>): PlanInput => ({ dataSourceId: 'ds', local, remote: new Map(), base, ...over });

  it('should create what is new and leave what is unchanged alone', () => {
    const plan = planSync(input({ base: {} }));
    expect(plan.creates).toHaveLength(local.length);
    const same = planSync(input({}));
    expect(same.creates.length + same.updates.length + same.pulls.length).toBe(0);
    expect(same.unchanged).toBe(local.length);
    expect(summaryLine(countsOf([same]), { dryRun: false })).toBe(`Notion is up to date (${local.length} rows in step).`);
  });

  it('should pull a tick made in Notion, and push one made in the note', () => {
    const key = local[0]!.key;
    const pulled = planSync(input({ remote: new Map([[key, remote(key, { done: true })]]) }));
    expect(pulled.pulls).toMatchObject([{ key, done: true }]);
    expect(pulled.updates).toHaveLength(0);
    const ticked = local.map((r, i) => (i === 0 ? { ...r, done: true } : r));
    const pushed = planSync(input({ local: ticked }));
    expect(pushed.updates).toMatchObject([{ key, parts: { content: false, done: true, reflection: false }, done: true }]);
  });

  it('should let done win when the sides differ with no base, and report it', () => {
    const key = local[0]!.key;
    const plan = planSync(input({ base: {}, remote: new Map([[key, remote(key, { done: true })]]) }));
    expect(plan.conflicts).toMatchObject([{ key, field: 'done', rule: 'done-wins' }]);
    expect(plan.pulls).toMatchObject([{ key, done: true }]);
    expect(plan.adopts.map((a) => a.key)).toContain(key);
  });

  it('should keep both answers when the reflection changed on both sides', () => {
    const first = local.find((r) => r.carriesReflection)!;
    const answered = local.map((r) => (r.key === first.key ? { ...r, reflection: 'The note says this.' } : r));
    const plan = planSync(input({ local: answered, remote: new Map([[first.key, remote(first.key, { reflection: 'Notion says that.' })]]) }));
    expect(plan.conflicts).toMatchObject([{ key: first.key, field: 'reflection', rule: 'both-kept' }]);
    expect(plan.pulls).toMatchObject([{ key: first.key, answer: { text: 'Notion says that.', mode: 'add' } }]);
    const lines = describePlans([plan], { dryRun: true });
    expect(lines.join('\n')).toContain('would pull');
    expect(lines.join('\n')).toContain('(from Notion)');
    expect(plansJson([plan], { dryRun: true }).summary).toMatchObject({ pulled: 1, conflicts: 1 });
    expect(summaryLine(countsOf([plan]), { dryRun: true })).toBe(`Dry run: would bring 1 change from Notion into the notes, 1 conflict resolved, ${local.length - 1} unchanged. Nothing was changed.`);
  });

  it('should push content when the note changed it, and leave rows no longer in the notes alone', () => {
    const changed = local.map((r, i) => (i === 1 ? { ...r, contentHash: 'other' } : r));
    const plan = planSync(input({ local: changed.slice(1) }));
    expect(plan.updates).toMatchObject([{ key: local[1]!.key, parts: { content: true } }]);
    expect(plan.leftAlone).toBe(1);
  });
});
