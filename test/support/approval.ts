import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** Where approval files live: texts a person has read and approved. */
export const approvalsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../approvals');

/**
 * Compare a text with its approval file. `UPDATE_APPROVALS=1 npm test` writes the
 * files anew (then read the diff); a missing file fails, never approves itself.
 */
export function expectApproved(name: string, actual: string): void {
  const file = path.join(approvalsDir, name);
  if (process.env.UPDATE_APPROVALS === '1') writeFileSync(file, actual);
  expect(existsSync(file), `${name} is missing: run UPDATE_APPROVALS=1 npm test, then read what it wrote`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
