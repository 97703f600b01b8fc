/** Make a short, stable id (`ft-` and six base-36 characters) from a commitment's words. */
export function commitmentId(text: string, occurrence = 1): string {
  const key = text.toLowerCase().replace(/\s+/g, ' ').trim() + (occurrence > 1 ? `#${occurrence}` : '');
  // FNV-1a, 32 bits.
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `ft-${hash.toString(36).padStart(6, '0').slice(-6)}`;
}
