// @vitest-environment happy-dom
// The plugin words the sync's problems itself, from their codes and facts: its
// own settings and commands, never a flag or a command to type.
import { afterEach, describe, expect, it } from 'vitest';
import { type NotionErrorCode, type NotionProblem, NotionSyncError } from '../../notion-sync/errors.js';
import { inPlainWords } from '../../obsidian-plugin/notion.js';
import { type Started, start } from './harness.js';

/** One problem of each code (the type makes the list whole: a new code fails to compile here until it is worded). */
const problems: { [C in NotionErrorCode]: Extract<NotionProblem, { code: C }> } = {
  'no-token': { code: 'no-token' },
  'bad-token': { code: 'bad-token' },
  'not-shared': { code: 'not-shared', object: 'database', id: 'db-1', integration: 'Coach bot' },
  'not-a-database': { code: 'not-a-database', id: 'p-1' },
  'not-a-page': { code: 'not-a-page', id: 'db-1' },
  'bad-id': { code: 'bad-id', input: 'nope', expected: 'database' },
  restricted: { code: 'restricted', integration: 'Coach bot' },
  'notion-unavailable': { code: 'notion-unavailable' },
  'rate-limited': { code: 'rate-limited' },
  rejected: { code: 'rejected', reason: 'Notion rejected the request: body.x should be a string.', databaseId: 'db-1' },
  'schema-mismatch': { code: 'schema-mismatch', databaseId: 'db-1', repairable: true, problems: [{ code: 'missing-property', property: 'Done', expected: 'checkbox', message: '“Done” is missing.' }] },
  'several-data-sources': { code: 'several-data-sources', title: 'Tracker', sources: [{ id: 'ds-1', name: 'One' }, { id: 'ds-2', name: 'Two' }] },
  'state-broken': { code: 'state-broken', file: '.follow-through/notion.json', reason: 'it is not valid JSON' },
  'no-target': { code: 'no-target', operation: 'sync' },
  busy: { code: 'busy' },
};

/** Codes whose next step is the plugin's: a setting to fill, or a command to run. */
const withNextStep: NotionErrorCode[] = ['no-token', 'bad-token', 'not-shared', 'not-a-database', 'bad-id', 'restricted', 'schema-mismatch', 'several-data-sources', 'state-broken', 'no-target'];

let started: Started | undefined;
afterEach(() => {
  started?.plugin.unload();
  started = undefined;
});

describe("the plugin's words for the Notion sync's problems", () => {
  it('should name its own settings and commands, and no flag or command line', async () => {
    started = await start();
    const commands = Object.values(started.app.commands.commands).map((c) => c.name.replace(/^Follow Through: /, ''));
    for (const problem of Object.values(problems)) {
      const words = inPlainWords(new NotionSyncError(problem), undefined);
      expect(words, problem.code).not.toMatch(/(?<![\w-])--[a-z]|NOTION_TOKEN|\brun (?:the )?sync\b|\bsync again\b|\brun the command\b/i);
      // A command it names (in “quotes”) is one of its own, or the command line's database maker, named as such.
      for (const [, name] of words.matchAll(/“([^”]+)”/g)) {
        if (name === 'Tracker' || name === 'Done' || name === 'follow-through notion init') continue;
        expect(commands, `${problem.code}: “${name}”`).toContain(name);
      }
      if (withNextStep.includes(problem.code)) expect(words, problem.code).toMatch(/Settings → Follow Through → Notion|“(?:Sync with Notion now|Repair the Notion database)”/);
    }
  });

});
