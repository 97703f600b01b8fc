import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkApproved } from './approval.js';

// The approval check every approval test uses (test/cli, test/findings, test/reflection).
describe('an approval check', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
  });
  const file = () => {
    dir = mkdtempSync(path.join(tmpdir(), 'follow-through-approval-'));
    return path.join(dir, 'example.md');
  };

  it('should fail when the approval file is missing, and not write it', () => {
    const missing = file();
    expect(() => checkApproved(missing, 'new text\n', false)).toThrow(/example\.md is missing: run UPDATE_APPROVALS=1/);
    expect(existsSync(missing)).toBe(false);
  });

  it('should fail when the text differs from the approved one, and leave the file as it was', () => {
    const approved = file();
    writeFileSync(approved, 'approved text\n');
    expect(() => checkApproved(approved, 'changed text\n', false)).toThrow();
    expect(readFileSync(approved, 'utf8')).toBe('approved text\n');
  });

  it('should pass when the text is the approved one', () => {
    const approved = file();
    writeFileSync(approved, 'approved text\n');
    expect(() => checkApproved(approved, 'approved text\n', false)).not.toThrow();
  });

  it('should write a new or changed file only when asked to (UPDATE_APPROVALS=1)', () => {
    const fresh = file();
    checkApproved(fresh, 'first text\n', true);
    expect(readFileSync(fresh, 'utf8')).toBe('first text\n');
    checkApproved(fresh, 'second text\n', true);
    expect(readFileSync(fresh, 'utf8')).toBe('second text\n');
  });
});
