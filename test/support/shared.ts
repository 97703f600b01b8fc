import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Where the team's shared data sits, beside the checkout (absent on a user's fresh clone). */
export const sharedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared');

/** The path of a shared data folder, or undefined (with a message) when it is absent. */
export function sharedData(relative: string): string | undefined {
  const full = path.join(sharedDir, 'data', relative);
  if (existsSync(full)) return full;
  console.warn(`skipping: ${full} is not here (it sits beside the checkout on the team's machines)`);
  return undefined;
}
