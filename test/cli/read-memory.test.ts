// A long run reads each note into one buffer used again and again (cli/note-file.ts), and
// collects its heap as it goes (cli/heap.ts): a note read after a longer one must be exactly
// itself, and a heap full of what a run let go must be given back.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { HeapKeeper } from '../../cli/heap.js';
import { readNoteText } from '../../cli/note-file.js';

const dir = mkdtempSync(path.join(tmpdir(), 'ft-read-memory-'));

describe('reading notes one after another into the same buffer', () => {
  it('should give each note its own bytes, whatever was read before it', () => {
    // Sizes around the buffer's first size (64 KB), its growth, and a note too large to keep the buffer for (4 MB).
    const sizes = [0, 10, 70_000, 5, 65_535, 65_536, 65_537, 200_000, 3, 5_000_000, 12, 1_000];
    sizes.forEach((size, i) => {
      const text = `# note ${i}\n${'é-'.repeat(size)}`.slice(0, Math.max(size, 1));
      const file = path.join(dir, `note-${i}.md`);
      writeFileSync(file, text);
      expect(readNoteText(file)).toEqual({ text });
    });
  });

  it('should still say why a note cannot be read', () => {
    const missing = readNoteText(path.join(dir, 'missing.md'));
    expect(missing.reason).toBe('unreadable');
    expect(missing.reason && missing.detail).toContain('ENOENT');
    const folder = readNoteText(dir);
    expect(folder.reason).toBe('unreadable');
    expect(folder.reason && folder.detail).toContain('EISDIR');
    const latin1 = path.join(dir, 'latin1.md');
    writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    expect(readNoteText(latin1)).toEqual({ reason: 'not-utf8', detail: '' });
  });
});

describe('a run that keeps its heap to what it holds', () => {
  it('should collect once what it let go has grown the heap past the floor', () => {
    const oldSpace = () => v8.getHeapSpaceStatistics().reduce((sum, s) => (s.space_name === 'old_space' ? sum + s.space_used_size : sum), 0);
    // Garbage that lives long enough to reach the old generation: 60 MB of small objects, kept, then let go.
    let held: Array<{ n: number; s: string }> | null = Array.from({ length: 600_000 }, (_, n) => ({ n, s: `item ${n} of the garbage` }));
    for (let round = 0; round < 3; round++) held = held.map((x) => ({ ...x })); // copied while the old ones are promoted
    const before = oldSpace();
    held = null;
    expect(before).toBeGreaterThan(48 * 1024 * 1024);
    const keeper = new HeapKeeper();
    for (let i = 0; i < 256; i++) keeper.tick();
    expect(held).toBeNull();
    expect(oldSpace()).toBeLessThan(before / 2);
  });
});
