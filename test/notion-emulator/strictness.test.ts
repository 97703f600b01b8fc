import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../notion-emulator/index.js';
import { apiError, createTracker, notionClient, raw, text } from './support.js';

// The emulator's own checks must hold with and without Notion's OpenAPI description.
describe.each([
  { label: 'with the OpenAPI description when present', openApi: undefined },
  { label: "with the emulator's own checks only", openApi: false as const },
])('notion emulator: strict the way Notion is ($label)', ({ openApi }) => {
  let emulator: Emulator;
  let dataSourceId: string;
  let databaseId: string;
  let rowId: string;

  beforeAll(async () => {
    emulator = await startEmulator({ rateLimit: false, ...(openApi === false ? { openApi } : {}) });
    const notion = notionClient(emulator);
    ({ databaseId, dataSourceId } = await createTracker(notion, emulator.pageId));
    rowId = (await notion.pages.create({ parent: { data_source_id: dataSourceId }, properties: { Item: { title: text('row') } } })).id;
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('should answer 401 unauthorized without a token, or with an unknown one', async () => {
    const none = await raw(emulator, '/v1/users/me', { token: null });
    expect(none.status).toBe(401);
    expect(Object.keys(none.body).sort()).toEqual(['code', 'message', 'object', 'request_id', 'status']);
    expect(none.body).toMatchObject({ object: 'error', status: 401, code: 'unauthorized' });
    const wrong = await apiError(notionClient({ ...emulator, token: 'ntn_wrong' }).users.me({}));
    expect([wrong.status, wrong.code]).toEqual([401, 'unauthorized']);
  });

  it('should answer 400 missing_version without Notion-Version, and reject another version', async () => {
    const missing = await raw(emulator, '/v1/users/me', { version: null });
    expect([missing.status, missing.body.code]).toEqual([400, 'missing_version']);
    const old = await raw(emulator, '/v1/users/me', { version: '2022-06-28' });
    expect([old.status, old.body.code]).toEqual([400, 'validation_error']);
    expect(old.body.message).toContain('Notion-Version');
  });

  it('should reject an unknown property, naming it', async () => {
    const error = await apiError(notionClient(emulator).pages.update({ page_id: rowId, properties: { Dun: { checkbox: true } } }));
    expect([error.status, error.code]).toEqual([400, 'validation_error']);
    expect(error.message).toContain('Dun');
  });

  it('should reject a value of the wrong shape, naming the property', async () => {
    const error = await apiError(
      notionClient(emulator).pages.update({ page_id: rowId, properties: { Done: { rich_text: text('yes') } } }),
    );
    expect(error.code).toBe('validation_error');
    expect(error.message).toContain('Done');
  });

  it('should reject rich text over 2,000 characters, naming the property', async () => {
    const error = await apiError(
      notionClient(emulator).pages.update({ page_id: rowId, properties: { Reflection: { rich_text: text('x'.repeat(2001)) } } }),
    );
    expect(error.code).toBe('validation_error');
    expect(error.message).toContain('Reflection');
    expect(error.message).toMatch(/2000/);
    const fits = await notionClient(emulator).pages.update({ page_id: rowId, properties: { Reflection: { rich_text: text('x'.repeat(2000)) } } });
    expect(fits.id).toBe(rowId);
  });

  it('should reject arrays of more than 100 items', async () => {
    const many = Array.from({ length: 101 }, (_, i) => ({ type: 'text' as const, text: { content: String(i) } }));
    const error = await apiError(notionClient(emulator).pages.update({ page_id: rowId, properties: { Reflection: { rich_text: many } } }));
    expect(error.code).toBe('validation_error');
    expect(error.message).toContain('Reflection');
  });

  it('should reject a write to last_edited_by', async () => {
    const response = await raw(emulator, `/v1/pages/${rowId}`, {
      method: 'PATCH',
      body: { properties: { 'Edited by': { last_edited_by: { id: emulator.personUserId } } } },
    });
    expect([response.status, response.body.code]).toEqual([400, 'validation_error']);
    expect(response.body.message).toContain('Edited by');
  });

  it('should answer 404 object_not_found for what is not shared with the integration', async () => {
    const secret = emulator.state.addPage({ title: 'Private notes' });
    const notion = notionClient(emulator);
    const page = await apiError(notion.pages.retrieve({ page_id: secret.id }));
    expect([page.status, page.code]).toEqual([404, 'object_not_found']);
    expect(page.message).toContain('shared with your integration');
    const under = await apiError(
      notion.databases.create({ parent: { type: 'page_id', page_id: secret.id }, title: text('x'), initial_data_source: { properties: { Name: { title: {} } } } }),
    );
    expect(under.status).toBe(404);
    // The person sees it, as in Notion's app.
    expect((await notionClient(emulator, 'person').pages.retrieve({ page_id: secret.id })).id).toBe(secret.id);
  });

  it('should answer 404 once a database stops being shared', async () => {
    const notion = notionClient(emulator);
    const { databaseId: hidden, dataSourceId: hiddenSource } = await createTracker(notion, emulator.pageId, 'Soon hidden');
    emulator.state.setShared(hidden, false);
    expect((await apiError(notion.databases.retrieve({ database_id: hidden }))).status).toBe(404);
    expect((await apiError(notion.dataSources.query({ data_source_id: hiddenSource }))).status).toBe(404);
    const random = await apiError(notion.dataSources.retrieve({ data_source_id: '0123456789abcdef0123456789abcdef' }));
    expect([random.status, random.code]).toEqual([404, 'object_not_found']);
  });

  it("should answer Notion's error for a page id where a database is expected, and the other way round", async () => {
    const notion = notionClient(emulator);
    const asDatabase = await apiError(notion.databases.retrieve({ database_id: emulator.pageId }));
    expect([asDatabase.status, asDatabase.code]).toEqual([400, 'validation_error']);
    expect(asDatabase.message).toMatch(/is a page, not a database/);
    const asDataSource = await apiError(notion.dataSources.query({ data_source_id: emulator.pageId }));
    expect(asDataSource.message).toMatch(/is a page, not a data source/);
    const databaseAsDataSource = await apiError(notion.dataSources.retrieve({ data_source_id: databaseId }));
    expect(databaseAsDataSource.message).toMatch(/is a database, not a data source/);
    const asPage = await apiError(notion.pages.retrieve({ page_id: databaseId }));
    expect(asPage.message).toMatch(/is a database, not a page/);
  });

  it('should reject an id that is not a uuid', async () => {
    const error = await apiError(notionClient(emulator).pages.retrieve({ page_id: 'not-an-id' }));
    expect(error.code).toBe('validation_error');
    expect(error.message).toContain('page_id');
  });

  it('should answer invalid_json and invalid_request_url', async () => {
    const json = await raw(emulator, '/v1/pages', { method: 'POST', body: '{"parent":' });
    expect([json.status, json.body.code]).toEqual([400, 'invalid_json']);
    const url = await raw(emulator, '/v1/nothing-here');
    expect([url.status, url.body.code]).toEqual([400, 'invalid_request_url']);
    const query = await raw(emulator, `/v1/pages/${rowId}?v=0`);
    expect([query.status, query.body.code]).toEqual([400, 'validation_error']);
    expect(query.body.message).toContain('query.v');
  });

  it('should refuse property edits of a page in the trash until it is restored', async () => {
    const notion = notionClient(emulator);
    const row = await notion.pages.create({ parent: { data_source_id: dataSourceId }, properties: { Item: { title: text('to trash') } } });
    await notion.pages.update({ page_id: row.id, in_trash: true });
    const error = await apiError(notion.pages.update({ page_id: row.id, properties: { Done: { checkbox: true } } }));
    expect(error.code).toBe('validation_error');
    const restored = await notion.pages.update({ page_id: row.id, in_trash: false, properties: { Done: { checkbox: true } } });
    expect(restored).toMatchObject({ in_trash: false, properties: { Done: { checkbox: true } } });
  });
});

describe('notion emulator: rate limit', () => {
  let emulator: Emulator;
  const now = Date.UTC(2026, 10, 27, 12, 0, 0);

  beforeAll(async () => {
    emulator = await startEmulator({ clock: () => now, rateLimit: { perSecond: 3, burst: 3 } });
  });
  afterAll(async () => {
    await emulator.close();
  });

  it('should answer 429 rate_limited with Retry-After in seconds once a token spends its burst', async () => {
    for (let i = 0; i < 3; i++) expect((await raw(emulator, '/v1/users/me')).status).toBe(200);
    const limited = await raw(emulator, '/v1/users/me');
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ object: 'error', status: 429, code: 'rate_limited' });
    expect(limited.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
    const error = await apiError(notionClient(emulator).users.me({}));
    expect([error.status, error.code]).toEqual([429, 'rate_limited']);
    expect((error.headers as Headers).get('retry-after')).toBe('1');
  });

  it('should keep a separate budget per token', async () => {
    expect((await raw(emulator, '/v1/users/me', { token: emulator.personToken })).status).toBe(200);
  });
});
