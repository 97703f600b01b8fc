import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type PromptInput, type Tone, reflectionPrompt } from '../../core/reflection/prompt.js';
import { promptLines } from '../../core/tracking/written.js';
import { approvalsDir, checkApproved, updateApprovals } from '../support/approval.js';

// Approval files: the exact prompts each tone writes, for people to read and
// review. Regenerate on purpose with UPDATE_APPROVALS=1 npm test, then read
// the diff. The README quotes the curious one, and a test below keeps it true.

const dir = approvalsDir;
const update = updateApprovals();

const seed = {
  commitmentId: 'ft-16bh55',
  intention: 'reach out to two potential clients',
  trigger: 'when I sit down with my coffee on Monday',
  coping: [{ obstacle: 'Monday gets swallowed by meetings', response: 'do it first thing Tuesday' }],
};
const vague = { commitmentId: 'ft-mklddi', intention: 'work on my LinkedIn presence', trigger: null, coping: [] };

const scenarios: Array<{ name: string; input: Omit<PromptInput, 'tone'> }> = [
  {
    name: 'A partial week (1 of 2), with a trigger and a backup plan',
    input: { ...seed, status: 'partial', done: 1, target: 2, pattern: false, periodLabel: 'Week of 23 Nov', periodStart: '2026-11-23' },
  },
  {
    name: 'The same commitment missed the week after (the wording moves on)',
    input: { ...seed, status: 'missed', done: 0, target: 2, pattern: false, periodLabel: 'Week of 30 Nov', periodStart: '2026-11-30' },
  },
  {
    name: 'A missed week, with no trigger and no backup plan yet',
    input: { ...vague, status: 'missed', done: 0, target: 1, pattern: false, periodLabel: 'Week of 23 Nov', periodStart: '2026-11-23' },
  },
  {
    name: 'A pattern: the second closed period in a row with something left undone',
    input: { ...seed, status: 'missed', done: 0, target: 2, pattern: true, periodLabel: 'Week of 7 Dec', periodStart: '2026-12-07' },
  },
];

function render(tone: Tone): string {
  const parts = [`# Reflection prompts: if-missed: ${tone}`, ''];
  for (const { name, input } of scenarios) {
    parts.push(`## ${name}`, '', '```markdown');
    parts.push(...promptLines(reflectionPrompt({ ...input, tone }), '', `^${input.commitmentId}-${input.periodStart.replace(/-/g, '')}-r`));
    parts.push('```', '');
  }
  return parts.join('\n');
}

describe('approved prompts for each tone', () => {
  it.each(['curious', 'gentle', 'direct'] as const)('should write the approved %s prompts', (tone) => {
    const file = path.join(dir, `prompts-${tone}.md`);
    const actual = render(tone);
    // A missing approval is a failure, never a new approval: someone must read it first.
    checkApproved(file, actual, update);
  });

  it('should show in the README the curious prompt exactly as approved', () => {
    const approved = readFileSync(path.join(dir, 'prompts-curious.md'), 'utf8');
    const first = /```markdown\n([^]*?)```/.exec(approved)?.[1] ?? 'missing';
    const readme = readFileSync(path.join(import.meta.dirname, '../../README.md'), 'utf8');
    expect(readme).toContain(first.trim());
  });
});
