import { clientNameKey } from '../client.js';
import type { NoteMeta } from '../schema.js';

/**
 * When a newer session note for the same client takes over, tracking in the
 * older one stops: return, per note, the date its tracking ends before.
 */
export function supersededBy(notes: ReadonlyArray<{ file: string; meta: Pick<NoteMeta, 'client' | 'session'> }>): Map<string, string> {
  const byClient = new Map<string, Array<{ file: string; session: string }>>();
  for (const { file, meta } of notes) {
    if (!meta.client || !meta.session) continue;
    const key = clientNameKey(meta.client);
    byClient.set(key, [...(byClient.get(key) ?? []), { file, session: meta.session }]);
  }
  const out = new Map<string, string>();
  for (const list of byClient.values()) {
    list.sort((a, b) => (a.session < b.session ? -1 : a.session > b.session ? 1 : a.file.localeCompare(b.file)));
    for (let i = 0; i < list.length; i++) {
      const current = list[i];
      const next = list.slice(i + 1).find((n) => current && n.session > current.session);
      if (current && next) out.set(current.file, next.session);
    }
  }
  return out;
}
