import { describe, expect, it } from 'vitest';
import { isEmulatorUsageError, parseEmulatorArguments, runEmulator } from '../../notion-emulator/index.js';
import { notionClient } from './support.js';
import { runNotion } from '../../cli/notion.js';

function collector(): { write(text: string): void; text: () => string } {
  let written = '';
  return {
    write(chunk: string) {
      written += chunk;
    },
    text: () => written,
  };
}

describe('follow-through notion emulator', () => {
  it('should print one JSON line with the base URL, both tokens and the page id with --json', async () => {
    const out = collector();
    const emulator = await runEmulator(['--json', '--port', '0', '--token', 'ntn_test_token'], out);
    try {
      const lines = out.text().split('\n').filter(Boolean);
      expect(lines).toHaveLength(1);
      const printed = JSON.parse(lines[0] ?? '{}') as Record<string, string>;
      expect(Object.keys(printed)).toEqual(['baseUrl', 'token', 'personToken', 'pageId']);
      expect(printed).toEqual({ baseUrl: emulator.baseUrl, token: 'ntn_test_token', personToken: emulator.personToken, pageId: emulator.pageId });
      expect((await notionClient(emulator).pages.retrieve({ page_id: printed.pageId ?? '' })).id).toBe(emulator.pageId);
    } finally {
      await emulator.close();
    }
  });

  it('should print the base URL, both tokens and the page id before serving', async () => {
    const out = collector();
    const emulator = await runEmulator([], out);
    try {
      for (const part of [emulator.baseUrl, emulator.token, emulator.personToken, emulator.pageId]) expect(out.text()).toContain(part);
      expect(emulator.baseUrl).not.toMatch(/\/v1/);
    } finally {
      await emulator.close();
    }
  });

  it('should say what is wrong with the arguments', () => {
    for (const argv of [['--port'], ['--port', 'eighty'], ['--bogus'], ['--token', '--json']]) {
      let caught: unknown;
      try {
        parseEmulatorArguments(argv);
      } catch (error) {
        caught = error;
      }
      expect(isEmulatorUsageError(caught)).toBe(true);
      expect((caught as Error).message).toContain('Usage: follow-through notion emulator');
    }
    expect(parseEmulatorArguments(['--port=8787', '--state', 'x.json', '--no-openapi']).options).toEqual({ port: 8787, stateFile: 'x.json', openApi: false });
    expect(parseEmulatorArguments(['--openapi', 'notion-openapi.json']).options).toEqual({ openApi: 'notion-openapi.json' });
  });

  it('should refuse an --openapi file that is not there, naming it, before it serves', async () => {
    const out = collector();
    const running = runEmulator(['--openapi', '/nowhere/notion-openapi.json'], out);
    await expect(running).rejects.toThrow(/--openapi names "\/nowhere\/notion-openapi.json", which is not there/);
    await expect(running).rejects.toSatisfy(isEmulatorUsageError);
    expect(out.text()).toBe('');
  });

  it("should say when Notion's OpenAPI description is absent, and what it checks instead: in its text, and on the side with --json", async () => {
    const absent = '/nowhere/notion-openapi.json';
    const out = collector();
    const emulator = await runEmulator([], out, { openApi: absent });
    await emulator.close();
    expect(out.text()).toContain(`Notion's OpenAPI description is not at ${absent}; requests are checked by the emulator's own rules only`);
    expect(out.text()).toContain('Name the description with --openapi FILE');

    const json = collector();
    const warned = collector();
    const quiet = await runEmulator(['--json'], { write: (t: string) => json.write(t), warn: (t: string) => warned.write(t) }, { openApi: absent });
    await quiet.close();
    expect(json.text().split('\n').filter(Boolean)).toHaveLength(1);
    expect(warned.text()).toContain(`not at ${absent}`);
  });
});

describe('follow-through notion emulator --help', () => {
  it('should print the usage and exit 0, not call --help an unknown argument', async () => {
    let out = '';
    let err = '';
    const code = await runNotion(['emulator', '--help'], {
      out: (t) => (out += `${t}\n`),
      err: (t) => (err += t),
      cwd: process.cwd(),
      env: {},
      stdoutIsTTY: false,
      stderrIsTTY: false,
      now: new Date('2026-12-03T00:00:00Z'),
    });
    expect(code).toBe(0);
    expect(out).toContain('Usage: follow-through notion emulator');
    expect(out).toContain('--openapi FILE');
    expect(err).toBe('');
  });
});
