import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockIdAtEnd } from '../../core/markdown/scan.js';

// The rule as Obsidian's block references read it, written as one expression:
// the scanner reads it backwards from the line's end instead, for speed.
const blockIdRe = /(?:^|\s)\^([A-Za-z0-9-]+)[ \t]*$/;

describe('blockIdAtEnd', () => {
  it('should read the block id that ends a line', () => {
    expect(blockIdAtEnd('- walk ^ft-abc123')).toBe('ft-abc123');
    expect(blockIdAtEnd('^only-id')).toBe('only-id');
    expect(blockIdAtEnd('text ^id \t')).toBe('id');
    expect(blockIdAtEnd('text\u00a0^id')).toBe('id');
  });

  it('should find none where the caret is not set apart, or the id is not last', () => {
    expect(blockIdAtEnd('x^id')).toBeUndefined();
    expect(blockIdAtEnd('a ^b^c')).toBeUndefined();
    expect(blockIdAtEnd('text ^id more')).toBeUndefined();
    expect(blockIdAtEnd('text ^')).toBeUndefined();
    expect(blockIdAtEnd('text ^id_x')).toBeUndefined();
    expect(blockIdAtEnd('')).toBeUndefined();
  });

  it('should agree with the expression on any line', () => {
    const piece = fc.constantFrom('^', ' ', '\t', '\u00a0', '\u3000', 'a', 'Z', '0', '-', '_', 'é', 'x y', '^ft-abc', '\uD83D\uDE00', '\n');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const line = parts.join('');
        expect(blockIdAtEnd(line)).toBe(blockIdRe.exec(line)?.[1]);
      }),
      { numRuns: 20_000 },
    );
  });
});
