// The emulator as its own process, started from its command line with the
// flags that bring it closer to Notion: limits per minute and per workspace,
// 529s, random faults, and new pages that show in queries only after a delay.

import { APIResponseError, Client, LogLevel, UnknownHTTPResponseError } from '@notionhq/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmulatorProcess, buildCli, runCli, startEmulatorProcess } from '../notion-sync/processes.js';

let cli: string;
let cleanup: () => void;
beforeAll(async () => {
  ({ cli, cleanup } = await buildCli());
});
afterAll(() => cleanup());

function sdk(emulator: EmulatorProcess, auth = emulator.token): Client {
  return new Client({ auth, baseUrl: emulator.baseUrl, notionVersion: '2026-03-11', retry: false, logLevel: LogLevel.ERROR });
}

async function statusOf(call: Promise<unknown>): Promise<{ status: number; retryAfter: string | null }> {
  try {
    await call;
    return { status: 200, retryAfter: null };
  } catch (error) {
    if (UnknownHTTPResponseError.isUnknownHTTPResponseError(error)) return { status: error.status, retryAfter: null };
    if (!APIResponseError.isAPIResponseError(error)) throw error;
    return { status: error.status, retryAfter: (error.headers as Headers).get('retry-after') };
  }
}

async function with_(flags: string[], body: (emulator: EmulatorProcess) => Promise<void>): Promise<void> {
  const emulator = await startEmulatorProcess(cli, flags);
  try {
    await body(emulator);
  } finally {
    await emulator.stop();
  }
}

describe('follow-through notion emulator, as a process', () => {
  it('should take the integration token from --token', async () => {
    await with_(['--token', 'ntn_given_token'], async (emulator) => {
      expect(emulator.token).toBe('ntn_given_token');
      expect((await sdk(emulator).users.me({})).object).toBe('user');
      expect((await statusOf(sdk(emulator, 'ntn_other').users.me({}))).status).toBe(401);
    });
  });

  it('should refuse the requests past the per-minute limit with 429 and a Retry-After', async () => {
    await with_(['--per-minute', '4'], async (emulator) => {
      const client = sdk(emulator);
      const seen: number[] = [];
      for (let i = 0; i < 6; i++) seen.push((await statusOf(client.users.me({}))).status);
      expect(seen).toEqual([200, 200, 200, 200, 429, 429]);
      const limited = await statusOf(client.users.me({}));
      expect(Number(limited.retryAfter)).toBeGreaterThan(1);
    });
  });

  it('should count the workspace limit across tokens', async () => {
    await with_(['--workspace-per-minute', '3'], async (emulator) => {
      const a = sdk(emulator);
      const b = sdk(emulator, emulator.personToken);
      const seen = [await statusOf(a.users.me({})), await statusOf(b.users.me({})), await statusOf(a.users.me({})), await statusOf(b.users.me({}))].map((s) => s.status);
      expect(seen).toEqual([200, 200, 200, 429]);
    });
  });

  it('should answer 529 with a Retry-After when busy', async () => {
    await with_(['--busy', '1'], async (emulator) => {
      const busy = await statusOf(sdk(emulator).users.me({}));
      expect(busy.status).toBe(529);
      expect(busy.retryAfter).toBe('1');
    });
  });

  it('should meet requests with random faults, from the set Notion sends, repeatable by seed', async () => {
    const draw = async (): Promise<number[]> => {
      const statuses: number[] = [];
      await with_(['--faults', '0.6', '--slow-ms', '50', '--seed', '7', '--no-rate-limit'], async (emulator) => {
        for (let i = 0; i < 30; i++) statuses.push((await statusOf(sdk(emulator).users.me({}))).status);
      });
      return statuses;
    };
    const first = await draw();
    expect(new Set(first.filter((s) => s !== 200)).size).toBeGreaterThanOrEqual(3);
    for (const status of first) expect([200, 409, 500, 502, 503, 504]).toContain(status);
    expect(first.filter((s) => s === 200).length).toBeGreaterThan(3);
    expect(await draw()).toEqual(first);
  });

  it('should show a new page in queries only after the delay', async () => {
    await with_(['--query-delay-ms', '1500', '--no-rate-limit'], async (emulator) => {
      const client = sdk(emulator);
      const db = (await client.databases.create({
        parent: { type: 'page_id', page_id: emulator.pageId },
        title: [{ type: 'text', text: { content: 'Delay' } }],
        initial_data_source: { properties: { Name: { type: 'title', title: {} } } },
      })) as { data_sources: Array<{ id: string }> };
      const dataSourceId = db.data_sources[0]?.id ?? '';
      await client.pages.create({ parent: { type: 'data_source_id', data_source_id: dataSourceId }, properties: { Name: { title: [{ type: 'text', text: { content: 'x' } }] } } });
      expect((await client.dataSources.query({ data_source_id: dataSourceId })).results).toHaveLength(0);
      await new Promise((resolve) => setTimeout(resolve, 1600));
      expect((await client.dataSources.query({ data_source_id: dataSourceId })).results).toHaveLength(1);
    });
  });

  it('should say what is wrong with a flag, exit 2', async () => {
    const ran = await runCli(cli, ['notion', 'emulator', '--per-minute', 'lots'], {});
    expect(ran.code).toBe(2);
    expect(ran.err).toContain('--per-minute takes a whole number');
  });
});
