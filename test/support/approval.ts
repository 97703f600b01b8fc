import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** Where approval files live: texts a person has read and approved. */
export const approvalsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../approvals');

/** The opt-in that writes approval files anew (new ones too): `UPDATE_APPROVALS=1 npm test`, then read the diff. */
export const updateApprovals = (): boolean => process.env.UPDATE_APPROVALS === '1';

/**
 * Compare a text with the approval file at `file`. Only with `update` (the
 * opt-in above) is the file written; a missing file fails, never approves itself.
 */
export function checkApproved(file: string, actual: string, update: boolean): void {
  if (update) writeFileSync(file, actual);
  expect(existsSync(file), `${path.basename(file)} is missing: run UPDATE_APPROVALS=1 npm test, then read what it wrote`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

/** Compare a text with its approval file in test/approvals/. */
export function expectApproved(name: string, actual: string): void {
  checkApproved(path.join(approvalsDir, name), actual, updateApprovals());
}

/** Notes as one text for an approval file: each under a `<!-- path -->` line, in path order. */
export function notesText(notes: Readonly<Record<string, string>>): string {
  return Object.keys(notes)
    .sort()
    .map((file) => `<!-- ${file} -->\n${notes[file] ?? ''}`)
    .join('\n');
}
