import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defaultOpenApiPath, OPENAPI_RELATIVE_PATH, startEmulator, type Emulator } from '../../notion-emulator/index.js';
import { root } from '../support/cli.js';
import { sharedData } from '../support/shared.js';
import { apiError, createTracker, notionClient, raw, text } from './support.js';

const openApiPath = sharedData('notion-openapi/notion-openapi.json');

describe.skipIf(openApiPath === undefined)("notion emulator: validation against Notion's OpenAPI description", () => {
  let emulator: Emulator;
  let lenient: Emulator;
  let dataSourceId: string;
  let rowId: string;

  beforeAll(async () => {
    emulator = await startEmulator({ rateLimit: false, ...(openApiPath === undefined ? {} : { openApi: openApiPath }) });
    lenient = await startEmulator({ rateLimit: false, openApi: false });
    ({ dataSourceId } = await createTracker(notionClient(emulator), emulator.pageId));
    rowId = (await notionClient(emulator).pages.create({ parent: { data_source_id: dataSourceId }, properties: { Item: { title: text('row') } } })).id;
  });
  afterAll(async () => {
    await emulator.close();
    await lenient.close();
  });

  it('should be on when the description is present', () => {
    expect(emulator.openApiValidation).toBe(true);
    expect(lenient.openApiValidation).toBe(false);
  });

  it('should reject a malformed body the emulator alone would let through, quoting the schema error', async () => {
    // The emulator ignores icons; Notion's schema says what an icon must look like.
    const body = { icon: { type: 'emoji', emoji: 42 } };
    const rejected = await raw(emulator, `/v1/pages/${rowId}`, { method: 'PATCH', body });
    expect([rejected.status, rejected.body.code]).toEqual([400, 'validation_error']);
    expect(rejected.body.message).toMatch(/^body failed validation/);
    expect(rejected.body.message).toContain('body.icon');

    const { dataSourceId: otherSource } = await createTracker(notionClient(lenient), lenient.pageId);
    const other = await notionClient(lenient).pages.create({ parent: { data_source_id: otherSource }, properties: {} });
    expect((await raw(lenient, `/v1/pages/${other.id}`, { method: 'PATCH', body })).status).toBe(200);
  });

  it('should reject `archived`, which API version 2026-03-11 replaced with `in_trash`', async () => {
    const response = await raw(emulator, `/v1/pages/${rowId}`, { method: 'PATCH', body: { archived: true } });
    expect(response.status).toBe(400);
    expect(response.body.message).toContain('body.archived');
  });

  it('should accept a date-time in a date filter (a known gap in the description)', async () => {
    const { results } = await notionClient(emulator).dataSources.query({
      data_source_id: dataSourceId,
      filter: { timestamp: 'last_edited_time', last_edited_time: { on_or_after: '2000-01-01T10:00:00.000Z' } },
    });
    expect(results).toHaveLength(1);
  });

  it('should reject page_size over 100 (a known gap in the description)', async () => {
    const error = await apiError(notionClient(emulator).dataSources.query({ data_source_id: dataSourceId, page_size: 101 }));
    expect(error.code).toBe('validation_error');
    expect(error.message).toContain('page_size');
  });

  it('should validate the query string too (path ids are plain strings in the description, so any passes)', async () => {
    // A well-formed query passes…
    expect((await raw(emulator, `/v1/pages/${rowId}?filter_properties=title`)).status).toBe(200);
    // …a query the description refuses (more than 100 filter_properties), where the emulator's own rules let it through.
    const many = Array.from({ length: 101 }, (_, i) => `filter_properties=p${i}`).join('&');
    const tooMany = await raw(emulator, `/v1/pages/${rowId}?${many}`);
    expect([tooMany.status, tooMany.body.code]).toEqual([400, 'validation_error']);
    expect(tooMany.body.message).toContain('filter_properties');
    const { dataSourceId: otherSource } = await createTracker(notionClient(lenient), lenient.pageId);
    const other = await notionClient(lenient).pages.create({ parent: { data_source_id: otherSource }, properties: {} });
    expect((await raw(lenient, `/v1/pages/${other.id}?${many}`)).status).toBe(200);
  });
});

describe("notion emulator: where it looks for Notion's OpenAPI description", () => {
  it("should look beside the project's root, in the team's shared data, and nowhere when it runs outside the project", () => {
    expect(defaultOpenApiPath(path.join(root, 'notion-emulator'))).toBe(path.resolve(root, '..', 'shared', 'data', 'notion-openapi', 'notion-openapi.json'));
    expect(defaultOpenApiPath(path.join(root, 'dist', 'cli-chunks'))).toBe(path.resolve(root, OPENAPI_RELATIVE_PATH));
    expect(defaultOpenApiPath(tmpdir())).toBeUndefined();
  });
});

describe('notion emulator: without the OpenAPI description', () => {
  it('should still serve, and say so only when asked for a log', async () => {
    const lines: string[] = [];
    const emulator = await startEmulator({ openApi: '/nonexistent/notion-openapi.json', log: (line) => lines.push(line) });
    try {
      expect(emulator.openApiValidation).toBe(false);
      expect(lines).toEqual([expect.stringContaining("emulator's own rules")]);
      expect((await notionClient(emulator).users.me({})).id).toBe(emulator.botUserId);
    } finally {
      await emulator.close();
    }
  });
});
