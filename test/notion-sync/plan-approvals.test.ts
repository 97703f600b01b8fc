// What `sync` shows people and scripts of its plan, held against a file a person
// has read and approved (the rest of the sync's tests check the plan against
// Notion's rows; this pins the words): a first sync's creates, then a tick and
// an answer made in Notion, in lines and as JSON. Ids the emulator makes up are
// written <id>; the vault's folder <vault>.
import { Client } from '@notionhq/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../notion-emulator/index.js';
import { expectApproved } from '../support/approval.js';
import { FastClock, makeVault, noteText, run, tracked } from './support.js';

const file = 'Dana/2026-11-23 session.md';
let emulator: Emulator;
let clock: FastClock;
let vault: ReturnType<typeof makeVault>;

beforeEach(async () => {
  clock = new FastClock();
  emulator = await startEmulator({ clock: clock.now });
  vault = makeVault({ [file]: tracked(noteText, '2026-11-23', '2026-11-30') });
});
afterEach(async () => {
  await emulator.close();
  vault.cleanup();
});

const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

async function sync(...extra: string[]): Promise<string> {
  const ran = await run('sync', [vault.dir, '--today', '2026-12-01', ...extra], { baseUrl: emulator.baseUrl, token: emulator.token }, clock);
  expect(ran.code, ran.err).toBe(0);
  return ran.out.split(vault.dir).join('<vault>').replace(uuid, '<id>');
}

interface Row {
  id: string;
  properties: { Key: { rich_text: Array<{ plain_text: string }> }; Done: { checkbox: boolean }; Reflection: { rich_text: Array<{ plain_text: string }> } };
}

describe('the plans sync shows, as approved', () => {
  it('should show the creates of a first sync, then a tick and an answer made in Notion, in lines and in JSON', async () => {
    const init = await run('notion', ['init', '--parent', emulator.pageId, '--client', 'Dana', '--json', vault.dir], { baseUrl: emulator.baseUrl, token: emulator.token }, clock);
    expect(init.code, init.err).toBe(0);
    const { dataSourceId } = JSON.parse(init.out) as { dataSourceId: string };

    const first = await sync('--dry-run');
    expect(await sync()).toMatch(/^Created \d+ rows/);

    // A person ticks the first open item and answers a closed period's prompt, in Notion.
    const person = new Client({ auth: emulator.personToken, baseUrl: emulator.baseUrl, notionVersion: '2026-03-11', retry: false });
    const rows = ((await person.dataSources.query({ data_source_id: dataSourceId })) as unknown as { results: Row[] }).results;
    const key = (row: Row) => row.properties.Key.rich_text.map((t) => t.plain_text).join('');
    const sorted = [...rows].sort((a, b) => (key(a) < key(b) ? -1 : 1));
    const open = sorted.find((row) => !row.properties.Done.checkbox);
    const prompted = sorted.find((row) => /\/20261123\/1$/.test(key(row)));
    if (!open || !prompted) throw new Error('no open row, or no row of the closed week');
    await person.pages.update({ page_id: open.id, properties: { Done: { checkbox: true } } });
    await person.pages.update({ page_id: prompted.id, properties: { Reflection: { rich_text: [{ type: 'text', text: { content: 'Mondays were full of calls; Tuesday mornings work.' } }] } } });
    clock.advance(2 * 60_000);

    const pull = await sync('--dry-run');
    const pullJson = await sync('--dry-run', '--json');
    expectApproved(
      'sync-plans.txt',
      ['## a first sync, --dry-run', first, '## after a tick and an answer in Notion, --dry-run', pull, '## the same, --dry-run --json', pullJson].join('\n'),
    );
  });
});
