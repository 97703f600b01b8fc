// A happy-dom window as the global DOM of this Node process, as vitest's
// happy-dom environment makes it, for the plugin benchmark. Import it first:
// modules evaluated after it (the fake Obsidian API, the plugin) see the DOM.
import { Window } from 'happy-dom';

export const domWindow = new Window({ url: 'http://localhost/' });

const target = globalThis as unknown as Record<string, unknown>;
const source = domWindow as unknown as Record<string, unknown>;
for (const key of Object.getOwnPropertyNames(domWindow)) {
  if (key in target) continue;
  const value = source[key];
  target[key] = typeof value === 'function' && !/^[A-Z]/.test(key) ? (value as (...args: unknown[]) => unknown).bind(domWindow) : value;
}
target.window = domWindow;
target.document = domWindow.document;
