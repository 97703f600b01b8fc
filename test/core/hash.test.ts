import { describe, expect, it } from 'vitest';
import { fnv1a, hashText } from '../../core/hash.js';

// Ids, phrasing choices and the Notion state's content hashes are stored in
// notes and state files: these values must never change.
describe('the stable hashes', () => {
  it('should give FNV-1a 32-bit values (the published test vectors)', () => {
    expect(fnv1a('').toString(16)).toBe('811c9dc5');
    expect(fnv1a('a').toString(16)).toBe('e40c292c');
    expect(fnv1a('foobar').toString(16)).toBe('bf9cf968');
  });

  it('should give hashText the 16 hex digits it has always given (FNV-1a first)', () => {
    expect(hashText('')).toBe('811c9dc501000193');
    expect(hashText('a')).toBe('e40c292c8f2b533b');
    expect(hashText('foobar')).toBe('bf9cf968f1051987');
    expect(hashText('Dana/2026-11-23/1')).toBe('f78e94719e212df1');
  });
});
