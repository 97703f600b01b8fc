// The state file's check (notion-sync/state.ts): a broken file is refused with
// a plain message that names the first thing wrong and where it is.
import { describe, expect, it } from 'vitest';
import { isStateFileError } from '../../notion-sync/errors.js';
import { type SyncState, parseState, serializeState } from '../../notion-sync/state.js';

const base = { pageId: 'p', contentHash: 'h', done: false, reflection: null };
const good = {
  version: 1,
  targets: [{ client: 'Dana', databaseId: 'd', dataSourceId: 's' }, { folder: 'clients', databaseId: 'd', dataSourceId: 's' }],
  noteLinks: true,
  dataSources: { s: { botId: 'b', lastPulledAt: '2026-12-01T10:00:00.000Z', rows: { k: base, m: { ...base, pageId: null, pending: true, seen: { done: true, reflection: 'yes' } } } } },
};

/** The reason a broken state gives (the part of the message between "broken: " and ". Nothing was changed"). */
function reason(value: unknown): string {
  try {
    parseState(typeof value === 'string' ? value : JSON.stringify(value), 'notion.json');
  } catch (error) {
    if (!isStateFileError(error)) throw error;
    return /is broken: (.*)\. Nothing was changed\./s.exec(error.message)?.[1] ?? error.message;
  }
  return 'accepted';
}

const ds = (rows: unknown, extra: Record<string, unknown> = {}) => ({ ...good, dataSources: { s: { rows, ...extra } } });

// Each case: a state file, and the reason the check gives for it (worded when the check was written by hand; kept when zod took over).
const cases: Array<[string, unknown, string]> = [
  ['a good state', good, 'accepted'],
  ['a minimal state', { version: 1, targets: [], dataSources: {} }, 'accepted'],
  ['not JSON', '{', 'it is not valid JSON'],
  ['a list', [], 'expected an object'],
  ['null', null, 'expected an object'],
  ['no version', { targets: [], dataSources: {} }, 'a required value is missing at version'],
  ['version 2', { ...good, version: 2 }, 'expected 1 at version'],
  ['version as text', { ...good, version: '1' }, 'expected 1 at version'],
  ['an unknown top key', { ...good, extra: 1 }, 'unknown key "extra"'],
  ['an unknown key and a wrong version', { ...good, version: 3, extra: 1 }, 'unknown key "extra"'],
  ['targets not a list', { ...good, targets: {} }, 'expected a list at targets'],
  ['a target without a database', { ...good, targets: [{ dataSourceId: 's' }] }, 'a required value is missing at targets.0.databaseId'],
  ['a target with an empty client', { ...good, targets: [good.targets[0], { client: '', databaseId: 'd', dataSourceId: 's' }] }, 'expected a non-empty string at targets.1.client'],
  ['a target with a numeric folder', { ...good, targets: [{ folder: 3, databaseId: 'd', dataSourceId: 's' }] }, 'expected a non-empty string at targets.0.folder'],
  ['a target with an unknown key', { ...good, targets: [{ databaseId: 'd', dataSourceId: 's', vault: 'v' }] }, 'unknown key "vault" at targets.0'],
  ['a target with a null note', { ...good, targets: [{ note: null, databaseId: 'd', dataSourceId: 's' }] }, 'expected a non-empty string at targets.0.note'],
  ['noteLinks as text', { ...good, noteLinks: 'yes' }, 'expected true or false at noteLinks'],
  ['dataSources a list', { ...good, dataSources: [] }, 'expected an object at dataSources'],
  ['a data source without rows', { ...good, dataSources: { s: {} } }, 'a required value is missing at dataSources.s.rows'],
  ['a numeric bot id', ds({}, { botId: 5 }), 'expected a string at dataSources.s.botId'],
  ['a row with a numeric page id', ds({ k: { pageId: 1 } }), 'expected a string at dataSources.s.rows.k.pageId'],
  ['a row without its hash', ds({ k: { pageId: 'p', done: false, reflection: null } }), 'a required value is missing at dataSources.s.rows.k.contentHash'],
  ['a row with done as text', ds({ k: { ...base, done: 'no' } }), 'expected true or false at dataSources.s.rows.k.done'],
  ['a row pending false', ds({ k: { ...base, pending: false } }), 'expected true at dataSources.s.rows.k.pending'],
  ['a row seen without done', ds({ k: { ...base, seen: { reflection: null } } }), 'a required value is missing at dataSources.s.rows.k.seen.done'],
  ['a row with an unknown key and a bad hash', ds({ k: { ...base, contentHash: 1, colour: 'red' } }), 'unknown key "colour" at dataSources.s.rows.k'],
  ['a bad row after a good one', ds({ a: base, b: { ...base, reflection: 3 } }), 'expected a string at dataSources.s.rows.b.reflection'],
  ['a bad target before a bad row', { ...ds({ k: { pageId: 1 } }), targets: [{ databaseId: '' , dataSourceId: 's' }] }, 'expected a non-empty string at targets.0.databaseId'],
];

describe('the state file check', () => {
  it.each(cases)('should answer %s', (_name, value, expected) => {
    const got = reason(value);
    if (expected === 'it is not valid JSON') expect(got).toMatch(/^it is not valid JSON \(/);
    else expect(got).toBe(expected);
  });

  it('should say what is wrong, that nothing changed, and that moving the file away is safe', () => {
    expect(() => parseState(JSON.stringify({ ...good, version: 2 }), '.follow-through/notion.json')).toThrow(
      'The sync state in .follow-through/notion.json is broken: expected 1 at version. Nothing was changed. Fix the file, or move it away: rows are found again by their key, so nothing is duplicated.',
    );
  });

  it('should hand back the state it read, unchanged, its keys in the file’s order', () => {
    const text = serializeState(good as SyncState);
    expect(serializeState(parseState(text, 'notion.json'))).toBe(text);
    const reordered = { dataSources: {}, targets: [{ client: 'Dana', dataSourceId: 's', databaseId: 'd' }], version: 1 };
    expect(serializeState(parseState(JSON.stringify(reordered), 'notion.json'))).toBe(serializeState(reordered as unknown as SyncState));
  });
});
