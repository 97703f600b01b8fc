import { fnv1a } from '../hash.js';

/** Make a short, stable id (`ft-` and six base-36 characters) from a commitment's words. */
export function commitmentId(text: string, occurrence = 1): string {
  const key = text.toLowerCase().replace(/\s+/g, ' ').trim() + (occurrence > 1 ? `#${occurrence}` : '');
  return `ft-${fnv1a(key).toString(36).padStart(6, '0').slice(-6)}`;
}
