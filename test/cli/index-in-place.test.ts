// The command line's index (cli/cache.ts) rewritten in place by another
// program after a run opened it (a backup restored with cp, a sync tool): the
// texts the run reads back by their place are then other bytes, and must not
// be used as the note's.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NoteIndex } from '../../cli/cache.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'follow-through-in-place-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("the command line's index, rewritten in place after it was opened", () => {
  it('should not answer with bytes that are no longer what it wrote', () => {
    const env = { FOLLOW_THROUGH_CACHE_DIR: path.join(tmp, 'cache') };
    const note = path.join(tmp, 'vault', 'a.md');
    const day = Date.now() - 86_400_000;
    const first = NoteIndex.open(path.join(tmp, 'vault'), env);
    first.set(note, 100, day, 'opts', { head: '{"commitments":1}', body: '{"said":"call the bank 🏦"}' });
    first.setOutput(note, 'key', '{\n  "text": "call the bank 🏦"\n}');
    first.save();

    const second = NoteIndex.open(path.join(tmp, 'vault'), env);
    const [name] = readdirSync(env.FOLLOW_THROUGH_CACHE_DIR).filter((f) => f.endsWith('.txt'));
    const file = path.join(env.FOLLOW_THROUGH_CACHE_DIR, name ?? '');
    const whole = readFileSync(file, 'utf8');
    // The same inode, the same length, other words where the texts were.
    writeFileSync(file, whole.replaceAll('call the bank', 'call the BANK'));
    expect(readFileSync(file, 'utf8')).not.toBe(whole);
    const printed = second.getOutput(note, 'key');
    expect(printed === undefined ? undefined : Buffer.from(printed).toString('utf8')).toBeUndefined();
    expect(second.getKept(note, 100, day, 'opts')).toBeUndefined();
    second.save();
  });
});
