// What the command line says for each problem the Notion sync reports. The
// engine (notion-sync/) gives a code and facts and names no command; the words
// and the next steps here are the command line's own (cli/notion.ts). The
// approval file was written before the engine stopped wording next steps, so
// it pins that the command line still says exactly what it said.
import { APIResponseError, RequestTimeoutError, UnknownHTTPResponseError, type Client } from '@notionhq/client';
import { describe, expect, it } from 'vitest';

import { cliMessage, cliSummaryLine } from '../../cli/notion.js';
import { type NotionSyncError, explain, isNotionSyncError } from '../../notion-sync/errors.js';
import { forgetClient, initDatabase } from '../../notion-sync/init.js';
import { stateFromText } from '../../notion-sync/state.js';
import { resolveDatabase, syncVault } from '../../notion-sync/sync.js';
import { systemClock } from '../../notion-sync/client.js';
import { expectApproved } from '../support/approval.js';
import { parseOptions } from '../support/tracking.js';

const headers = new Headers();

function apiError(code: string, message: string, status: number, requestId?: string): APIResponseError {
  return new APIResponseError({ code: code as never, message, headers, status, rawBodyText: '', additional_data: undefined, request_id: requestId });
}

/** What a promise rejects with, as a sync error. */
async function caught(run: () => Promise<unknown>): Promise<NotionSyncError> {
  try {
    await run();
  } catch (error) {
    if (isNotionSyncError(error)) return error;
    throw error;
  }
  throw new Error('expected a NotionSyncError');
}

/** A client whose methods answer as given (only what each case calls). */
const clientOf = (parts: Record<string, Record<string, () => Promise<unknown>>>): Client => parts as unknown as Client;

const plan = '---\nclient: Ana\n---\n## Commitments\n- When I sit down at my desk after lunch, I will write for 20 minutes, 3 times a week. If I am travelling, I will write 5 lines on my phone.\n';

/** A sync of one note with a state: notes, state and client as given. */
function syncWith(state: string | undefined, client: Client) {
  return syncVault({
    store: {
      stateLocation: '.follow-through/notion.json',
      vaultName: 'vault',
      notes: () => Promise.resolve([{ path: 'ana/session.md', text: plan }]),
      replaceNote: () => Promise.resolve(true),
      readState: () => Promise.resolve(state),
      writeState: () => Promise.resolve(),
    },
    parseOptions,
    today: '2026-11-24',
    client,
    clock: systemClock,
    dryRun: true,
  });
}

const cases: Array<[string, () => Promise<NotionSyncError>]> = [
  ['a token Notion refuses', () => Promise.resolve(explain(apiError('unauthorized', 'API token is invalid.', 401, 'req-1')))],
  ['a database not shared', () => Promise.resolve(explain(apiError('object_not_found', 'Could not find database.', 404, 'req-2'), { object: 'database', id: 'db-1', integration: 'Coach bot' }))],
  ['a row not shared', () => Promise.resolve(explain(apiError('object_not_found', 'Could not find page.', 404), { object: 'row' }))],
  ['a restricted integration', () => Promise.resolve(explain(apiError('restricted_resource', 'Insufficient permissions.', 403), { integration: 'Coach bot' }))],
  ['rate limits', () => Promise.resolve(explain(apiError('rate_limited', 'Slow down.', 429, 'req-3')))],
  ['Notion down', () => Promise.resolve(explain(apiError('service_unavailable', 'Unavailable.', 503)))],
  ['a timeout', () => Promise.resolve(explain(new RequestTimeoutError()))],
  ['a page for a database', () => Promise.resolve(explain(apiError('validation_error', 'Provided ID p-1 is a page, not a database.', 400), { id: 'p-1' }))],
  ['a rejected request', () => Promise.resolve(explain(apiError('validation_error', 'body.x should be a string.', 400, 'req-4')))],
  ['an odd status', () => Promise.resolve(explain(new UnknownHTTPResponseError({ status: 418, message: undefined, headers, rawBodyText: '' })))],
  ['a failed request', () => Promise.resolve(explain(new Error('boom')))],
  ['no link for a database', () => caught(() => resolveDatabase(clientOf({}), 'not a link'))],
  [
    'several data sources',
    () =>
      caught(() =>
        resolveDatabase(clientOf({ databases: { retrieve: () => Promise.resolve({ id: 'db-2', title: [{ plain_text: 'Tracker' }], data_sources: [{ id: 'ds-1', name: 'One' }, { id: 'ds-2', name: 'Two' }] }) } }), 'b4b5f1ab1c3a4a5e9c8d7e6f5a4b3c2d'),
      ),
  ],
  ['no data source shared', () => caught(() => resolveDatabase(clientOf({ databases: { retrieve: () => Promise.resolve({ id: 'db-3', title: [{ plain_text: 'Tracker' }], data_sources: [] }) } }), 'b4b5f1ab1c3a4a5e9c8d7e6f5a4b3c2d', 'Coach bot'))],
  ['no link for a page', () => caught(() => initDatabase(clientOf({}), stateFromText(undefined, 'x').state, { parent: 'nope' }))],
  [
    'a database for a page',
    () => caught(() => initDatabase(clientOf({ databases: { create: () => Promise.reject(apiError('validation_error', 'Provided ID is a database, not a page.', 400)) } }), stateFromText(undefined, 'x').state, { parent: 'b4b5f1ab1c3a4a5e9c8d7e6f5a4b3c2d' })),
  ],
  [
    'a database with no data source',
    () => caught(() => initDatabase(clientOf({ databases: { create: () => Promise.resolve({ id: 'db-4' }) } }), stateFromText(undefined, 'x').state, { parent: 'b4b5f1ab1c3a4a5e9c8d7e6f5a4b3c2d' })),
  ],
  ['a broken state file', () => caught(() => Promise.resolve(stateFromText('{', '.follow-through/notion.json')))],
  ['nothing to forget from', () => caught(() => forgetClient(clientOf({}), stateFromText(undefined, 'x').state, { client: 'Ana' }))],
  ['nothing named to sync', () => caught(() => syncWith(undefined, clientOf({})))],
  [
    'a database set up wrong',
    () =>
      caught(() =>
        syncWith(
          JSON.stringify({ version: 1, targets: [{ databaseId: 'db-5', dataSourceId: 'ds-5' }], dataSources: {} }),
          clientOf({ users: { me: () => Promise.resolve({ id: 'bot' }) }, dataSources: { retrieve: () => Promise.resolve({ id: 'ds-5', properties: { Name: { id: 't', name: 'Name', type: 'title' }, Done: { id: 'd', name: 'Done', type: 'rich_text' } } }) } }),
        ),
      ),
  ],
];

describe("the command line's words for the Notion sync's problems", () => {
  it('should say what it said for each, with its own next step', async () => {
    const out: string[] = [];
    for (const [name, make] of cases) {
      const error = await make();
      out.push(`## ${name} (${error.code})`, cliMessage(error), '');
    }
    const counts = { created: 2, updated: 0, pulled: 0, conflicts: 0, unchanged: 3, leftAlone: 0, failed: 1, found: 0 };
    out.push('## a sync with a failed item', cliSummaryLine(counts, false), '', '## a dry run', cliSummaryLine({ ...counts, failed: 0 }, true), '');
    expectApproved('cli-notion-messages.txt', out.join('\n'));
  });

  it('should cover every code the engine has', async () => {
    const codes = new Set<string>();
    for (const [, make] of cases) codes.add((await make()).code);
    expect([...codes].sort()).toEqual(['bad-id', 'bad-token', 'no-target', 'not-a-database', 'not-a-page', 'not-shared', 'notion-unavailable', 'rate-limited', 'rejected', 'restricted', 'schema-mismatch', 'several-data-sources', 'state-broken']);
  });
});
