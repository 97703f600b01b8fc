import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Where the team's shared data sits, beside the checkout (absent on a user's fresh clone). */
export const sharedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared');

/** The path of a shared data folder, or undefined (with a message) when it is absent. */
export function sharedData(relative: string): string | undefined {
  const full = path.join(sharedDir, 'data', relative);
  if (existsSync(full)) return full;
  // Named as the README names it, relative to the checkout: no machine's own paths in the test output.
  console.warn(`skipping: ../shared/data/${relative} is not here (it sits beside the checkout on the team's machines)`);
  return undefined;
}

/** Every `.md` file under a folder, at any depth (the shared corpus keeps no hidden folders to skip). */
export function markdownFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) markdownFiles(full, out);
    else if (name.endsWith('.md')) out.push(full);
  }
  return out;
}
