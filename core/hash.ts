// Stable hashes of text: the same on every run and machine, for ids, phrasing
// choices and change detection. Not for security.

const fnvOffset = 0x811c9dc5;
const fnvPrime = 0x01000193;

/** Hash text to 32 bits (FNV-1a): stable across runs and machines, for ids and phrasing choices. */
export function fnv1a(text: string): number {
  let hash = fnvOffset;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), fnvPrime) >>> 0;
  return hash;
}

/**
 * A short, stable hash of text as 16 hex digits: FNV-1a's 32 bits, then 32 more
 * from a second, length-seeded multiply-and-shift pass, so that two texts
 * rarely share both. For change detection and lock names.
 */
export function hashText(text: string): string {
  let b = fnvPrime ^ text.length;
  for (let i = 0; i < text.length; i++) {
    b = Math.imul(b ^ text.charCodeAt(i), 0x5bd1e995) >>> 0;
    b = (b ^ (b >>> 15)) >>> 0;
  }
  return hex32(fnv1a(text)) + hex32(b);
}

function hex32(n: number): string {
  return n.toString(16).padStart(8, '0');
}
