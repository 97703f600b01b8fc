import { describeCadence } from '../commitment/cadence.js';
import type { Commitment } from '../schema.js';
import { dayLabel } from '../tracking/dates.js';
import type { PeriodRecord, Tracking } from '../tracking/track.js';
import { type TrackedNote, clientKey, clientOf } from './weekly.js';

const redesign = 'Keep it as it is? Adjust the trigger or the place? Shrink it to a smaller version? Pause or retire it?';

function record(p: PeriodRecord): string {
  if (p.isBreak) return `${p.title}: a break`;
  const due = p.target - p.skipped;
  const skipped = p.skipped > 0 ? `, ${p.skipped} set aside` : '';
  if (p.status === 'open') return `${p.title}: ${p.done} of ${due} so far${skipped}`;
  return `${p.title}: ${p.done} of ${due}${skipped}`;
}

function quoteBlock(text: string): string[] {
  return text.split('\n').map((line) => (line.trim() ? `> ${line}` : '>'));
}

function commitmentSection(c: Commitment, tracking: Tracking | undefined): string[] {
  const out = [`### ${c.intention ?? c.text}`];
  const plan = [
    c.trigger ? `when: ${c.trigger}` : 'no trigger yet',
    c.coping.length > 0 ? c.coping.map((p) => `backup: if ${p.obstacle} → ${p.response}`).join('; ') : 'no backup plan yet',
    describeCadence(c.cadence),
  ];
  out.push(`- Plan: ${plan.join(' · ')}`);
  if (c.status !== 'active') out.push(`- Status: ${c.status}`);
  const periods = tracking?.periods ?? [];
  out.push(periods.length > 0 ? `- Record: ${periods.map(record).join(' · ')}` : '- Record: not tracked yet');
  for (const p of periods) {
    if (p.reflection?.answer) {
      out.push(`- In their words, ${p.title}:`);
      out.push(...quoteBlock(p.reflection.answer).map((l) => `  ${l}`));
    } else if (p.reflection) {
      out.push(`- ${p.title}: a reflection prompt is waiting for an answer.`);
    }
  }
  if (tracking?.pattern) out.push(`- A question for this session: ${tracking.pattern.message}`);
  for (const f of c.findings) out.push(`- Could be stronger (${f.code}): ${f.message} ${f.suggestion}`);
  out.push(`- To decide together: ${redesign}`);
  return out;
}

/** The latest session note of each client, and every note that names no session. */
function currentNotes(notes: readonly TrackedNote[]): TrackedNote[] {
  const latest = new Map<string, TrackedNote>();
  const loose: TrackedNote[] = [];
  for (const t of notes) {
    if (t.note.commitments.length === 0) continue;
    if (!t.note.meta.session) {
      loose.push(t);
      continue;
    }
    const client = clientKey(t);
    const seen = latest.get(client);
    if (!seen || (seen.note.meta.session ?? '') < t.note.meta.session) latest.set(client, t);
  }
  return [...latest.values(), ...loose];
}

/**
 * Write the agenda for each client's next session, in Markdown: every
 * commitment with its record per period, the client's own reflections quoted,
 * patterns, what could still be stronger, and the redesign questions.
 */
export function reviewAgenda(notes: readonly TrackedNote[]): string {
  const out: string[] = [];
  const current = currentNotes(notes).sort((a, b) => clientOf(a).localeCompare(clientOf(b)) || a.file.localeCompare(b.file));
  for (const t of current) {
    const meta = t.note.meta;
    const when = meta.nextSession ? ` for the session on ${dayLabel(meta.nextSession)}` : '';
    out.push(`## ${clientOf(t)}: review${when}`);
    const source = [`From ${t.file}`, meta.session ? `session of ${dayLabel(meta.session)}` : null, meta.followUp ? `follow-up: ${meta.followUp}` : null];
    out.push(`_${source.filter(Boolean).join(' · ')}_`, '');
    for (const c of t.note.commitments) {
      out.push(...commitmentSection(c, t.tracking.get(c.id)), '');
    }
  }
  if (out.length === 0) return 'No commitments found to review.\n';
  return `# Next-session review\n\n${out.join('\n').trimEnd()}\n`;
}
