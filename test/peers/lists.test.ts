// List shapes as Tasks and Dataview read them. ../shared/data/peer-readings/lists.jsonl
// records what Dataview's parseLists and Tasks' FileParser made of 30 short list
// notes (from a cache modelled on Obsidian's recordings; see its README). Follow
// Through's scanner must find the same list items, tasks and parents, or a case
// below names the difference and says why.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanNote } from '../../core/markdown/scan.js';
import { sharedData } from '../support/shared.js';

interface Row {
  id: string;
  name: string;
  text: string;
  dataview: Array<{ line: number; task: string | null; parentLine: number | null }>;
  tasks: Array<{ line: number; status_symbol: string; parentLine: number | null }>;
}

const dir = sharedData('peer-readings');
const rows: Row[] = dir
  ? readFileSync(path.join(dir, 'lists.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Row)
  : [];

/** Where the readings differ, and why. Each entry must still differ: when it agrees, take it off. */
const differences: Record<string, { dataview?: string; tasks?: string }> = {
  // A list inside a quote inside an item: Obsidian's own recordings hold lists in
  // top-level callouts only; the peers' cache model reads this one.
  'list-022': { dataview: 'a list item in a quote nested in an item', tasks: 'the same' },
  // "- [ ] 1. first step": Obsidian records a second, non-task item on the line, so
  // Dataview (last entry per line wins) sees no task there; Tasks and Follow Through
  // keep the task. (The scanner also applies the quirk to "- [ ] -", which the
  // recordings do not show; the peers' model does not.)
  'list-028': { dataview: 'the nested-item quirk of "- [ ] 1."' },
};

function ours(text: string) {
  const items = scanNote(text).listItems;
  // Where two items start on one line, the peers keep the last one's reading of the line.
  return {
    dataview: items.map((i) => ({ line: i.line, task: i.task ?? null, parentLine: i.parent < 0 ? null : i.parent })),
    tasks: items.filter((i) => i.task !== undefined).map((i) => ({ line: i.line, task: i.task ?? null, parentLine: i.parent < 0 ? null : i.parent })),
  };
}

describe.skipIf(!dir)('list shapes, as Dataview and Tasks read them', () => {
  it('should have the recorded notes', () => {
    expect(rows.length).toBe(30);
  });

  it.each(rows.map((r) => [`${r.id} ${r.name}`, r] as const))('%s', (_name, row) => {
    const mine = ours(row.text);
    const dataview = row.dataview.map((d) => ({ line: d.line, task: d.task, parentLine: d.parentLine }));
    const tasks = row.tasks.map((t) => ({ line: t.line, task: t.status_symbol, parentLine: t.parentLine }));
    const named = differences[row.id];
    if (named?.dataview) expect(mine.dataview, `${row.id} agrees with Dataview now: take it off the list`).not.toEqual(dataview);
    else expect(mine.dataview).toEqual(dataview);
    if (named?.tasks) expect(mine.tasks, `${row.id} agrees with Tasks now: take it off the list`).not.toEqual(tasks);
    else expect(mine.tasks).toEqual(tasks);
  });
});
