import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Area, fitOf } from '../../core/findings/fit.js';
import { parseNote } from '../../core/index.js';
import { parseYaml } from '../support/yaml.js';
import { approvalsDir, checkApproved, updateApprovals } from '../support/approval.js';

// Approval files: what Follow Through suggests for plans of each area, one file per area, for people to
// read and review. A missing or different file fails the test. Regenerate on purpose with
// UPDATE_APPROVALS=1 npx vitest run test/findings, then read the diff before committing it.

const dir = approvalsDir;
const update = updateApprovals();

/** Plans written for this test, a few per area, each weak in a different way. */
const plans: Record<Area, string[]> = {
  sleep: ['Write down what time I go to bed.', 'Get 8 hours of sleep.', 'Stop looking at my phone in bed.'],
  screens: ['Spend less time on Instagram.', 'Turn off notifications on my phone in the evening.'],
  eating: ['Lose 5 kg.', 'Eat more vegetables at lunch.', 'Drink two litres of water every day.'],
  movement: ['Walk 10,000 steps.', 'Go to the gym three times a week.', 'Run a 10k by June.'],
  money: ['Save more money.', 'Pay off the credit card by December.', 'Write down what I spend each evening.'],
  relationships: ['Call my mum more often.', 'Plan a date night with my partner.'],
  work: ['Land three new clients.', 'Send two outreach messages to past clients.', "I'll work on my LinkedIn presence this week."],
  study: ['Read 20 books this year.', 'Practise Spanish on Duolingo for 10 minutes.', 'Write my thesis chapter.'],
  neutral: ['Declutter the garage.', 'Be more patient.'],
};

function render(area: Area): string {
  const note = `## Commitments\n\n${plans[area].map((p) => `- ${p}`).join('\n')}\n`;
  const parts = [`# Suggestions for plans about ${area}`, ''];
  for (const c of parseNote(note, { parseYaml }).commitments) {
    parts.push(`## ${c.text}`, '');
    for (const f of c.findings) parts.push(`- **${f.code}** (${f.severity}): ${f.message}`, `  → ${f.suggestion}`);
    parts.push('');
  }
  return parts.join('\n');
}

describe('suggestions fitted to the area of the plan', () => {
  it.each(Object.keys(plans) as Area[])('should write the approved suggestions for %s plans', (area) => {
    const file = path.join(dir, `suggestions-${area}.md`);
    const actual = render(area);
    checkApproved(file, actual, update);
  });

  it.each(Object.entries(plans) as Array<[Area, string[]]>)('should see each %s plan as that area', (area, texts) => {
    for (const text of texts) expect(fitOf(text).area, text).toBe(area);
  });

  it('should offer a bedtime moment, not a Monday coffee, for writing down bedtime', () => {
    const c = parseNote('## Commitments\n- Write down what time I go to bed.\n', { parseYaml }).commitments[0];
    const missing = c?.findings.find((f) => f.code === 'missing-trigger');
    expect(missing?.suggestion).toContain('When I get into bed');
    expect(missing?.suggestion).not.toContain('coffee');
  });

  it('should not offer outreach messages for losing weight', () => {
    const c = parseNote('## Commitments\n- Lose 5 kg.\n', { parseYaml }).commitments[0];
    const outcome = c?.findings.find((f) => f.code === 'outcome-goal');
    expect(outcome?.suggestion).not.toMatch(/outreach|clients/);
    expect(outcome?.suggestion).toContain('cook dinner at home');
  });
});
