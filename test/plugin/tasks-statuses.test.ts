// @vitest-environment happy-dom
// In Obsidian, the plugin reads the Tasks plugin's statuses from its settings and
// counts marks as their types say, as the command line does.
import { describe, expect, it } from 'vitest';
import { sessionNote, track } from '../support/tracking.js';
import { start } from './harness.js';

const note = 'clients/ana.md';

function marked(first: string, second: string): string {
  const tracked = track(sessionNote(['client: Ana', 'session: 2026-11-23'], ['- Walk twice a week after lunch.']), '2026-11-23');
  let n = 0;
  return tracked.replace(/- \[ \]/g, (all) => (n++ === 0 ? `- [${first}]` : n === 2 ? `- [${second}]` : all));
}

async function doneLastWeek(files: Record<string, string>): Promise<number | undefined> {
  const { plugin } = await start({ notes: { [note]: marked('v', '!') }, today: '2026-11-30', files });
  const [tracked] = plugin.index.tracked();
  return tracked?.tracking.values().next().value?.periods[0]?.done;
}

describe("the vault's Tasks statuses, in Obsidian", () => {
  it('should count a mark Tasks calls done as done', async () => {
    const settings = { statusSettings: { customStatuses: [{ symbol: 'v', type: 'DONE' }, { symbol: '!', type: 'TODO' }] } };
    expect(await doneLastWeek({ '.obsidian/plugins/obsidian-tasks-plugin/data.json': JSON.stringify(settings) })).toBe(1);
  });

  it("should read marks with Tasks' defaults without Tasks, or with its settings unreadable", async () => {
    expect(await doneLastWeek({})).toBe(0);
    expect(await doneLastWeek({ '.obsidian/plugins/obsidian-tasks-plugin/data.json': '{ half written' })).toBe(0);
  });
});
