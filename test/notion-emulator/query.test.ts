import type { Client } from '@notionhq/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../notion-emulator/index.js';
import { apiError, createTracker, notionClient, text } from './support.js';

type Row = { id: string; properties?: Record<string, unknown> };

function keyOf(row: Row): string {
  const key = row.properties?.Key as { rich_text?: Array<{ plain_text: string }> } | undefined;
  return (key?.rich_text ?? []).map((t) => t.plain_text).join('');
}

describe('notion emulator: data source queries', () => {
  let emulator: Emulator;
  let notion: Client;
  let dataSourceId: string;
  const start = Date.UTC(2026, 10, 23, 9, 0, 0);
  let now = start;

  beforeAll(async () => {
    emulator = await startEmulator({ clock: () => now, rateLimit: false });
    notion = notionClient(emulator);
    ({ dataSourceId } = await createTracker(notion, emulator.pageId));
    for (let n = 1; n <= 150; n++) {
      now = start + n * 60_000;
      await notion.pages.create({
        parent: { data_source_id: dataSourceId },
        properties: {
          Item: { title: text(`item ${String(n).padStart(3, '0')}`) },
          Key: { rich_text: text(`ft-abc/20261123/${n}`) },
          Done: { checkbox: n % 3 === 0 },
          Client: { select: { name: n % 2 === 0 ? 'Ana' : 'Bo' } },
          Order: { number: n },
          'Period start': { date: { start: n <= 75 ? '2026-11-23' : '2026-11-30' } },
          ...(n === 7 ? { Reflection: { rich_text: text('It rained all week') } } : {}),
        },
      });
    }
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('should page 150 rows as 100 and 50 with has_more and next_cursor', async () => {
    const first = await notion.dataSources.query({ data_source_id: dataSourceId });
    expect(first.results).toHaveLength(100);
    expect(first.has_more).toBe(true);
    expect(first.next_cursor).toEqual(expect.any(String));
    if (first.next_cursor === null) throw new Error('no cursor');
    const second = await notion.dataSources.query({ data_source_id: dataSourceId, start_cursor: first.next_cursor });
    expect(second.results).toHaveLength(50);
    expect(second).toMatchObject({ has_more: false, next_cursor: null, object: 'list', type: 'page_or_data_source' });
    const ids = new Set([...first.results, ...second.results].map((r) => r.id));
    expect(ids.size).toBe(150);
  });

  it('should honour page_size', async () => {
    const page = await notion.dataSources.query({ data_source_id: dataSourceId, page_size: 40 });
    expect(page.results).toHaveLength(40);
    expect(page.has_more).toBe(true);
  });

  it('should find a row by its key with rich_text equals', async () => {
    const { results } = await notion.dataSources.query({
      data_source_id: dataSourceId,
      filter: { property: 'Key', rich_text: { equals: 'ft-abc/20261123/42' } },
    });
    expect(results.map((r) => keyOf(r as Row))).toEqual(['ft-abc/20261123/42']);
  });

  it('should filter text with contains, starts_with and is_empty', async () => {
    const contains = await notion.dataSources.query({ data_source_id: dataSourceId, filter: { property: 'Item', title: { contains: 'item 14' } } });
    expect(contains.results).toHaveLength(10); // item 140 … item 149
    const starts = await notion.dataSources.query({ data_source_id: dataSourceId, filter: { property: 'Key', rich_text: { starts_with: 'ft-abc/20261123/15' } } });
    expect(starts.results.map((r) => keyOf(r as Row)).sort()).toEqual(['ft-abc/20261123/15', 'ft-abc/20261123/150']);
    const answered = await notion.dataSources.query({ data_source_id: dataSourceId, filter: { property: 'Reflection', rich_text: { is_not_empty: true } } });
    expect(answered.results).toHaveLength(1);
    const empty = await notion.dataSources.query({ data_source_id: dataSourceId, filter: { property: 'Reflection', rich_text: { is_empty: true } }, page_size: 100 });
    expect(empty.results).toHaveLength(100);
    expect(empty.has_more).toBe(true);
  });

  it('should combine checkbox, select, number and date filters with and/or', async () => {
    const { results } = await notion.dataSources.query({
      data_source_id: dataSourceId,
      filter: {
        and: [
          { property: 'Done', checkbox: { equals: true } },
          { property: 'Client', select: { equals: 'Ana' } },
          { or: [{ property: 'Order', number: { less_than: 20 } }, { property: 'Period start', date: { on_or_after: '2026-11-30' } }] },
        ],
      },
    });
    // Multiples of 6 below 20 (6, 12, 18) and from 76 on (78 … 150: 13 of them).
    const orders = results.map((r) => ((r as Row).properties?.Order as { number: number }).number);
    expect(orders.slice(0, 3)).toEqual([6, 12, 18]);
    expect(orders).toHaveLength(3 + 13);
    expect(orders.every((n) => n % 6 === 0)).toBe(true);
  });

  it('should sort by a property, descending', async () => {
    const { results } = await notion.dataSources.query({
      data_source_id: dataSourceId,
      sorts: [{ property: 'Order', direction: 'descending' }],
      page_size: 3,
    });
    expect(results.map((r) => ((r as Row).properties?.Order as { number: number }).number)).toEqual([150, 149, 148]);
  });

  it('should sort by a timestamp and then a property', async () => {
    const { results } = await notion.dataSources.query({
      data_source_id: dataSourceId,
      sorts: [
        { property: 'Client', direction: 'ascending' },
        { timestamp: 'created_time', direction: 'descending' },
      ],
      page_size: 2,
    });
    expect(results.map((r) => keyOf(r as Row))).toEqual(['ft-abc/20261123/150', 'ft-abc/20261123/148']);
  });

  it("should filter on last_edited_time and leave out the integration's own edits", async () => {
    now = start + 200 * 60_000 + 30_000;
    const person = notionClient(emulator, 'person');
    const ticked = await notion.dataSources.query({ data_source_id: dataSourceId, filter: { property: 'Key', rich_text: { equals: 'ft-abc/20261123/1' } } });
    const first = ticked.results[0];
    if (!first) throw new Error('row 1 missing');
    await person.pages.update({ page_id: first.id, properties: { Done: { checkbox: true } } });
    // The sync's incremental pull: a minute of overlap, not the bot's own edits.
    const since = new Date(start + 200 * 60_000 - 60_000).toISOString();
    const { results } = await notion.dataSources.query({
      data_source_id: dataSourceId,
      filter: {
        and: [
          { timestamp: 'last_edited_time', last_edited_time: { on_or_after: since } },
          { property: 'Edited by', last_edited_by: { does_not_contain: emulator.botUserId } },
        ],
      },
    });
    expect(results.map((r) => r.id)).toEqual([first.id]);
    const byPeople = await notion.dataSources.query({
      data_source_id: dataSourceId,
      filter: { property: 'Edited by', people: { contains: emulator.personUserId } },
    });
    expect(byPeople.results).toHaveLength(1);
    const before = await notion.dataSources.query({
      data_source_id: dataSourceId,
      filter: { timestamp: 'last_edited_time', last_edited_time: { before: new Date(start + 3 * 60_000).toISOString() } },
    });
    expect(before.results.map((r) => keyOf(r as Row))).toEqual(['ft-abc/20261123/2']);
  });

  it('should return only the properties asked for with filter_properties', async () => {
    const dataSource = await notion.dataSources.retrieve({ data_source_id: dataSourceId });
    const keyId = 'properties' in dataSource ? dataSource.properties.Key?.id : undefined;
    if (!keyId) throw new Error('no Key property');
    const { results } = await notion.dataSources.query({ data_source_id: dataSourceId, filter_properties: [keyId], page_size: 1 });
    expect(Object.keys((results[0] as Row).properties ?? {})).toEqual(['Key']);
  });

  it('should reject a filter on a property that does not exist, and a bad cursor', async () => {
    const unknown = await apiError(notion.dataSources.query({ data_source_id: dataSourceId, filter: { property: 'Nope', checkbox: { equals: true } } }));
    expect(unknown.code).toBe('validation_error');
    expect(unknown.message).toContain('Nope');
    const cursor = await apiError(notion.dataSources.query({ data_source_id: dataSourceId, start_cursor: 'not-a-cursor' }));
    expect(cursor.code).toBe('validation_error');
  });
});
