// The Tasks query lines the README gives ("With Tasks and Dataview") are run here
// as Tasks runs a `filter by function` line (a JavaScript body given `task`, with a
// `return`), over the items Follow Through writes, on fixed days.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runInThisContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { root } from '../support/cli.js';
import { sessionNote, track, trackDays } from '../support/tracking.js';

const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## With Tasks and Dataview'), readme.indexOf('## Notion: a shared tracker'));
const filters = [...section.matchAll(/^filter by function (.+)$/gm)].map((m) => m[1] ?? '');

/** A filter line as Tasks compiles it: the body as is when it says `return`, else returned. */
function compile(body: string): (task: { originalMarkdown: string; description: string }) => boolean {
  // The README's own query line, run as Tasks runs it (in this realm, so the test's fixed clock applies).
  const source = `(function (task) { ${body.includes('return') ? body : `return ${body};`} })`;
  return runInThisContext(source) as (task: { originalMarkdown: string; description: string }) => boolean;
}

/** The task lines of a note, as Tasks sees them: the line, and its words after the checkbox without the block id. */
function tasksOf(text: string): Array<{ originalMarkdown: string; description: string }> {
  return text
    .split('\n')
    .filter((l) => /^\s*- \[.\] /.test(l))
    .map((l) => ({ originalMarkdown: l, description: l.replace(/^\s*- \[.\] /, '').replace(/\s+\^[\w-]+\s*$/, '') }));
}

afterEach(() => {
  vi.useRealTimers();
});

describe("the README's Tasks query lines", () => {
  it('should give two lines', () => {
    expect(filters).toHaveLength(2);
  });

  it('should hide the items of closed weeks and months, and keep this period\'s and every other task', () => {
    const [closed] = filters;
    const hideClosed = compile(closed ?? 'false');
    const weekly = trackDays(sessionNote(['client: Ana', 'session: 2026-11-23'], ['- [ ] Walk twice a week after lunch.', '- [ ] renew passport']), ['2026-11-23', '2026-11-30', '2026-12-07']);
    const monthly = track(sessionNote(['client: Ben', 'session: 2026-11-02'], ['- Write 3 times a month after the kids are asleep.']), '2026-11-02');
    const all = [...tasksOf(weekly), ...tasksOf(monthly)];
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2026, 11, 8, 9, 0)); // Tue 8 Dec 2026
    const shown = all.filter(hideClosed).map((t) => t.description);
    const weeks = shown.filter((d) => d.startsWith('Week of'));
    expect(weeks).toEqual(expect.arrayContaining(['Week of 7 Dec · 1 of 2', 'Week of 7 Dec · 2 of 2']));
    expect(weeks.every((d) => d.startsWith('Week of 7 Dec'))).toBe(true);
    expect(all.filter((t) => t.description.startsWith('Week of 23 Nov')).length).toBeGreaterThan(0);
    expect(shown.filter((d) => d.startsWith('November'))).toEqual([]);
    expect(shown.some((d) => d.includes('renew passport'))).toBe(true);
    expect(shown.some((d) => d.startsWith('Walk twice'))).toBe(true);
    vi.setSystemTime(new Date(2026, 10, 30, 23, 0)); // the month's last evening: November's items still show
    expect(all.filter(hideClosed).some((t) => t.description.startsWith('November'))).toBe(true);
  });

  it("should leave out every item Follow Through wrote with the second line, and nothing else", () => {
    const [, none] = filters;
    const keep = compile(none ?? 'true');
    const note = trackDays(sessionNote(['client: Ana', 'session: 2026-11-23'], ['- [ ] Walk twice a week after lunch.', '- [ ] renew passport ^my-own-id']), ['2026-11-23', '2026-11-30']);
    expect(tasksOf(note).filter(keep).map((t) => t.description)).toEqual([expect.stringMatching(/^Walk twice/), 'renew passport']);
  });
});
