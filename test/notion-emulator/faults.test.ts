import { APIResponseError, RequestTimeoutError, isNotionClientError } from '@notionhq/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../notion-emulator/index.js';
import { apiError, createTracker, notionClient, text } from './support.js';

describe('notion emulator: scripted faults', () => {
  let emulator: Emulator;
  let dataSourceId: string;

  beforeAll(async () => {
    emulator = await startEmulator({ rateLimit: false });
    ({ dataSourceId } = await createTracker(notionClient(emulator), emulator.pageId));
  });
  afterAll(async () => {
    await emulator.close();
  });
  beforeEach(() => {
    emulator.requests.length = 0;
  });

  async function rowsWithKey(key: string): Promise<number> {
    const { results } = await notionClient(emulator).dataSources.query({
      data_source_id: dataSourceId,
      filter: { property: 'Key', rich_text: { equals: key } },
    });
    return results.length;
  }

  it('should answer a scripted status for the nth request, with the code Notion uses for it', async () => {
    emulator.script({ kind: 'status', status: 503, nth: 2 });
    const notion = notionClient(emulator);
    await notion.users.me({});
    const error = await apiError(notion.users.me({}));
    expect([error.status, error.code]).toEqual([503, 'service_unavailable']);
    await notion.users.me({});
    expect(emulator.requests.map((r) => [r.status, r.fault ?? null])).toEqual([
      [200, null],
      [503, 'status'],
      [200, null],
    ]);
  });

  it('should answer a scripted status only for requests matching method and path', async () => {
    emulator.script({ kind: 'status', status: 500, method: 'POST', path: '/v1/pages', times: 2 });
    const notion = notionClient(emulator);
    await notion.dataSources.retrieve({ data_source_id: dataSourceId });
    const create = () => notion.pages.create({ parent: { data_source_id: dataSourceId }, properties: { Key: { rich_text: text('k-500') } } });
    expect((await apiError(create())).code).toBe('internal_server_error');
    expect((await apiError(create())).status).toBe(500);
    await create();
    expect(await rowsWithKey('k-500')).toBe(1);
  });

  it('should match paths by pattern and send Retry-After with a scripted 429', async () => {
    emulator.script({ kind: 'status', status: 429, path: /^\/v1\/data_sources\/[^/]+\/query$/, retryAfter: 7 });
    const error = await apiError(notionClient(emulator).dataSources.query({ data_source_id: dataSourceId }));
    expect(error.code).toBe('rate_limited');
    expect((error.headers as Headers).get('retry-after')).toBe('7');
  });

  it("should answer a scripted 502 as Notion's edge does, without a Notion error body", async () => {
    emulator.script({ kind: 'status', status: 502 });
    const error: unknown = await notionClient(emulator).users.me({}).then(() => undefined, (reason: unknown) => reason);
    expect(isNotionClientError(error)).toBe(true);
    expect(APIResponseError.isAPIResponseError(error)).toBe(false);
    expect((error as { status?: number }).status).toBe(502);
  });

  it('should hold a response past the client timeout', async () => {
    emulator.script({ kind: 'delay', ms: 5_000, path: '/v1/users/me' });
    const started = Date.now();
    await expect(notionClient(emulator, 'integration', 200).users.me({})).rejects.toBeInstanceOf(RequestTimeoutError);
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('should carry out a create whose response is delayed past the timeout (when: after)', async () => {
    emulator.script({ kind: 'delay', ms: 5_000, method: 'POST', path: '/v1/pages', when: 'after' });
    const slow = notionClient(emulator, 'integration', 200);
    await expect(
      slow.pages.create({ parent: { data_source_id: dataSourceId }, properties: { Key: { rich_text: text('k-timeout') } } }),
    ).rejects.toBeInstanceOf(RequestTimeoutError);
    expect(await rowsWithKey('k-timeout')).toBe(1);
  });

  it('should drop the connection without carrying out the request', async () => {
    emulator.script({ kind: 'drop', method: 'POST', path: '/v1/pages' });
    const attempt = notionClient(emulator).pages.create({ parent: { data_source_id: dataSourceId }, properties: { Key: { rich_text: text('k-drop') } } });
    const error: unknown = await attempt.then(() => undefined, (reason: unknown) => reason);
    expect(error).toBeInstanceOf(Error);
    expect(APIResponseError.isAPIResponseError(error)).toBe(false);
    expect(await rowsWithKey('k-drop')).toBe(0);
    expect(emulator.requests[0]).toMatchObject({ status: 0, fault: 'drop' });
  });

  it('should drop the connection after carrying out the request (when: after)', async () => {
    emulator.script({ kind: 'drop', method: 'POST', path: '/v1/pages', when: 'after' });
    await expect(
      notionClient(emulator).pages.create({ parent: { data_source_id: dataSourceId }, properties: { Key: { rich_text: text('k-lost') } } }),
    ).rejects.toThrow();
    expect(await rowsWithKey('k-lost')).toBe(1);
  });

  it('should take faults scripted at start, counted from the first request', async () => {
    const faulty = await startEmulator({ rateLimit: false, faults: [{ kind: 'status', status: 504, nth: 1 }] });
    try {
      const error = await apiError(notionClient(faulty).users.me({}));
      expect([error.status, error.code]).toEqual([504, 'gateway_timeout']);
      expect((await notionClient(faulty).users.me({})).id).toBe(faulty.botUserId);
    } finally {
      await faulty.close();
    }
  });
});
