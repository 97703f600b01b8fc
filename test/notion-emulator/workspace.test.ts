import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../notion-emulator/index.js';
import { createTracker, notionClient, text } from './support.js';

describe('notion emulator: the workspace through the real SDK', () => {
  let emulator: Emulator;
  const minute = Date.UTC(2026, 10, 27, 10, 15, 0);
  let now = minute + 42_123;

  beforeAll(async () => {
    emulator = await startEmulator({ clock: () => now, rateLimit: false });
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('should serve an origin with two distinct tokens and a shared page', () => {
    expect(emulator.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(emulator.token).not.toBe(emulator.personToken);
    expect(emulator.pageId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('should answer users/me with the bot for the integration and a person for the person token', async () => {
    const bot = await notionClient(emulator).users.me({});
    expect(bot).toMatchObject({ object: 'user', type: 'bot', id: emulator.botUserId });
    const person = await notionClient(emulator, 'person').users.me({});
    expect(person).toMatchObject({ object: 'user', type: 'person', id: emulator.personUserId });
  });

  it('should create a database under the shared page and describe its data source', async () => {
    const notion = notionClient(emulator);
    const { databaseId, dataSourceId } = await createTracker(notion, emulator.pageId);
    const database = await notion.databases.retrieve({ database_id: databaseId });
    expect(database).toMatchObject({
      object: 'database',
      parent: { type: 'page_id', page_id: emulator.pageId },
      data_sources: [{ id: dataSourceId, name: 'Follow Through tracker' }],
      in_trash: false,
    });
    const dataSource = await notion.dataSources.retrieve({ data_source_id: dataSourceId });
    expect(dataSource).toMatchObject({
      object: 'data_source',
      parent: { type: 'database_id', database_id: databaseId },
      database_parent: { type: 'page_id', page_id: emulator.pageId },
    });
    if (!('properties' in dataSource)) throw new Error('no properties');
    expect(dataSource.properties.Item).toMatchObject({ id: 'title', type: 'title', name: 'Item' });
    expect(dataSource.properties.Done).toMatchObject({ type: 'checkbox', checkbox: {} });
    expect(dataSource.properties['Edited by']).toMatchObject({ type: 'last_edited_by' });
    const client = dataSource.properties.Client;
    expect(client?.type === 'select' ? client.select.options.map((o) => o.name) : []).toEqual(['Ana']);
  });

  it('should accept ids without dashes, as Notion does', async () => {
    const notion = notionClient(emulator);
    const page = await notion.pages.retrieve({ page_id: emulator.pageId.replace(/-/g, '') });
    expect(page.id).toBe(emulator.pageId);
  });

  it("should show the person as last_edited_by when a person ticks a box, and the bot for the integration's edits", async () => {
    const notion = notionClient(emulator);
    const { dataSourceId } = await createTracker(notion, emulator.pageId, 'Ticks');
    const row = await notion.pages.create({
      parent: { type: 'data_source_id', data_source_id: dataSourceId },
      properties: {
        Item: { title: text('reach out · Week of 23 Nov · 1 of 2') },
        Done: { checkbox: false },
        Client: { select: { name: 'Bo' } },
        'Period start': { date: { start: '2026-11-23' } },
        Key: { rich_text: text('ft-16bh55/20261123/1') },
        Note: { url: null },
        Order: { number: 1 },
      },
    });
    expect(row).toMatchObject({
      object: 'page',
      parent: { type: 'data_source_id', data_source_id: dataSourceId },
      last_edited_by: { object: 'user', id: emulator.botUserId },
      properties: {
        Done: { type: 'checkbox', checkbox: false },
        Client: { type: 'select', select: { name: 'Bo' } },
        'Period start': { type: 'date', date: { start: '2026-11-23', end: null, time_zone: null } },
        Key: { type: 'rich_text', rich_text: [{ plain_text: 'ft-16bh55/20261123/1' }] },
        Note: { type: 'url', url: null },
        Order: { type: 'number', number: 1 },
        'Edited by': { type: 'last_edited_by', last_edited_by: { id: emulator.botUserId, type: 'bot' } },
      },
    });

    now += 5 * 60_000;
    const ticked = await notionClient(emulator, 'person').pages.update({ page_id: row.id, properties: { Done: { checkbox: true } } });
    expect(ticked).toMatchObject({
      last_edited_by: { id: emulator.personUserId },
      properties: { Done: { checkbox: true }, 'Edited by': { last_edited_by: { id: emulator.personUserId, type: 'person' } } },
    });
    const seen = await notion.pages.retrieve({ page_id: row.id });
    expect(seen).toMatchObject({ last_edited_by: { id: emulator.personUserId }, properties: { Done: { checkbox: true } } });

    // A new select option is added to the schema, as Notion does.
    const dataSource = await notion.dataSources.retrieve({ data_source_id: dataSourceId });
    const client = 'properties' in dataSource ? dataSource.properties.Client : undefined;
    expect(client?.type === 'select' ? client.select.options.map((o) => o.name) : []).toEqual(['Ana', 'Bo']);
  });

  it('should round created_time and last_edited_time down to the minute', async () => {
    now = minute + 59_999;
    const page = await notionClient(emulator).pages.create({
      parent: { page_id: emulator.pageId },
      properties: { title: { title: text('A plain page') } },
    });
    expect('created_time' in page && page.created_time).toBe('2026-11-27T10:15:00.000Z');
    expect('last_edited_time' in page && page.last_edited_time).toBe('2026-11-27T10:15:00.000Z');
    expect(page).toMatchObject({ parent: { type: 'page_id', page_id: emulator.pageId } });
  });

  it('should add and rename properties of a data source', async () => {
    const notion = notionClient(emulator);
    const { dataSourceId } = await createTracker(notion, emulator.pageId, 'Schema');
    const updated = await notion.dataSources.update({
      data_source_id: dataSourceId,
      properties: {
        Status: { type: 'select', select: { options: [{ name: 'open' }, { name: 'met' }] } },
        Period: { name: 'Week' },
      },
    });
    if (!('properties' in updated)) throw new Error('no properties');
    expect(Object.keys(updated.properties)).toContain('Status');
    expect(Object.keys(updated.properties)).toContain('Week');
    expect(Object.keys(updated.properties)).not.toContain('Period');
  });

  it('should move a page to the trash and leave it out of queries', async () => {
    const notion = notionClient(emulator);
    const { dataSourceId } = await createTracker(notion, emulator.pageId, 'Trash');
    const row = await notion.pages.create({ parent: { data_source_id: dataSourceId }, properties: { Item: { title: text('gone') } } });
    const trashed = await notion.pages.update({ page_id: row.id, in_trash: true });
    expect(trashed).toMatchObject({ in_trash: true });
    const { results } = await notion.dataSources.query({ data_source_id: dataSourceId });
    expect(results).toHaveLength(0);
  });

  it('should keep its workspace in a state file across restarts', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ft-emulator-'));
    try {
      const stateFile = path.join(dir, 'notion.json');
      const first = await startEmulator({ stateFile, rateLimit: false });
      const { dataSourceId } = await createTracker(notionClient(first), first.pageId);
      await notionClient(first).pages.create({ parent: { data_source_id: dataSourceId }, properties: { Item: { title: text('kept') } } });
      await first.close();
      const second = await startEmulator({ stateFile, rateLimit: false });
      try {
        expect([second.token, second.personToken, second.pageId]).toEqual([first.token, first.personToken, first.pageId]);
        const { results } = await notionClient(second).dataSources.query({ data_source_id: dataSourceId });
        expect(results).toHaveLength(1);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('should log every request with its status and token kind', () => {
    const me = emulator.requests.filter((r) => r.path === '/v1/users/me');
    expect(me.map((r) => [r.method, r.status, r.tokenKind])).toEqual([
      ['GET', 200, 'integration'],
      ['GET', 200, 'person'],
    ]);
    const create = emulator.requests.find((r) => r.method === 'POST' && r.path === '/v1/databases');
    expect(create?.requestBody).toMatchObject({ parent: { page_id: emulator.pageId } });
    expect(create?.responseBody).toMatchObject({ object: 'database' });
  });
});
