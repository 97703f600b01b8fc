import { APIResponseError, Client, LogLevel, type CreateDatabaseParameters } from '@notionhq/client';
import type { Emulator } from '../../notion-emulator/index.js';

/** The real SDK, pointed at the emulator, as the sync creates it. */
export function notionClient(emulator: Emulator, as: 'integration' | 'person' = 'integration', timeoutMs?: number): Client {
  return new Client({
    auth: as === 'integration' ? emulator.token : emulator.personToken,
    baseUrl: emulator.baseUrl,
    notionVersion: '2026-03-11',
    retry: false,
    logLevel: LogLevel.ERROR,
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });
}

type PropertyConfigs = NonNullable<NonNullable<CreateDatabaseParameters['initial_data_source']>['properties']>;

/** The properties the sync's tracker uses (DESIGN.md), as a create-database request gives them. */
export const TRACKER_PROPERTIES: PropertyConfigs = {
  Item: { type: 'title', title: {} },
  Done: { type: 'checkbox', checkbox: {} },
  Client: { type: 'select', select: { options: [{ name: 'Ana' }] } },
  Commitment: { type: 'rich_text', rich_text: {} },
  Period: { type: 'rich_text', rich_text: {} },
  'Period start': { type: 'date', date: {} },
  Reflection: { type: 'rich_text', rich_text: {} },
  Note: { type: 'url', url: {} },
  Key: { type: 'rich_text', rich_text: {} },
  Order: { type: 'number', number: {} },
  'Edited by': { type: 'last_edited_by', last_edited_by: {} },
};

/** Create the tracker database under the shared page; its data source id. */
export async function createTracker(notion: Client, pageId: string, title = 'Follow Through tracker'): Promise<{ databaseId: string; dataSourceId: string }> {
  const database = await notion.databases.create({
    parent: { type: 'page_id', page_id: pageId },
    title: [{ type: 'text', text: { content: title } }],
    initial_data_source: { properties: TRACKER_PROPERTIES },
  });
  const first = 'data_sources' in database ? database.data_sources[0] : undefined;
  if (!first) throw new Error('The database came back without a data source.');
  return { databaseId: database.id, dataSourceId: first.id };
}

/** Rich text of one item. */
export function text(content: string): Array<{ type: 'text'; text: { content: string } }> {
  return [{ type: 'text', text: { content } }];
}

/** The API error a promise rejects with (fails the test when it resolves). */
export async function apiError(promise: Promise<unknown>): Promise<APIResponseError> {
  try {
    await promise;
  } catch (error) {
    if (APIResponseError.isAPIResponseError(error)) return error;
    throw error;
  }
  throw new Error('Expected the request to fail.');
}

/** A raw request to the emulator, for what the SDK would not send. */
export async function raw(
  emulator: Emulator,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: unknown; token?: string | null; version?: string | null } = {},
): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
  const headers: Record<string, string> = { ...init.headers };
  const token = init.token === undefined ? emulator.token : init.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  const version = init.version === undefined ? '2026-03-11' : init.version;
  if (version !== null) headers['notion-version'] = version;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${emulator.baseUrl}${path}`, {
    method: init.method ?? 'GET',
    headers,
    ...(init.body === undefined ? {} : { body: typeof init.body === 'string' ? init.body : JSON.stringify(init.body) }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, unknown> };
}
