import { describeCadence } from '../commitment/cadence.js';
import type { Commitment } from '../schema.js';
import { dayLabel } from '../tracking/dates.js';
import type { PeriodRecord, Tracking, TrackingEnd } from '../tracking/track.js';
import { type TrackedNote, clientKey, clientOf } from './weekly.js';

const endWords: Record<TrackingEnd['why'], string> = {
  'next-session': 'the day before the next session',
  'newer-session': 'the day before the newer session note',
  'track-until': 'the track-until date in the note',
  horizon: 'the horizon: no next session is set',
  deadline: 'its deadline',
  done: 'it was done',
};

/** When tracking ends, in words: "until Sun 17 Jan (the horizon: no next session is set)". */
export function describeEnd(ends: TrackingEnd): string {
  return `until ${dayLabel(ends.date)} (${endWords[ends.why]})`;
}

/**
 * Once tracking has stopped with no session to talk it over (the horizon, a
 * track-until date, a deadline passed), a kind question: when will it be looked
 * at together? Null while it is still tracked, or when a session comes next.
 */
export function endQuestion(ends: TrackingEnd | undefined, today: string): string | null {
  if (!ends || today <= ends.date) return null;
  if (ends.why === 'next-session' || ends.why === 'newer-session' || ends.why === 'done') return null;
  const why = ends.why === 'deadline' ? 'its deadline passed' : ends.why === 'horizon' ? 'no next session was set' : 'the note said to track it until then';
  return `Tracking of this one stopped after ${dayLabel(ends.date)}, as ${why}. When would you like to look at it together? Add "next-session" to the note (or "track-until" to keep going).`;
}

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

function commitmentSection(c: Commitment, tracking: Tracking | undefined, today: string | undefined): string[] {
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
  const question = today === undefined ? null : endQuestion(tracking?.ends, today);
  if (question) out.push(`- ${question}`);
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
export function reviewAgenda(notes: readonly TrackedNote[], today?: string): string {
  const out: string[] = [];
  const current = currentNotes(notes).sort((a, b) => clientOf(a).localeCompare(clientOf(b)) || a.file.localeCompare(b.file));
  for (const t of current) {
    const meta = t.note.meta;
    const when = meta.nextSession ? ` for the session on ${dayLabel(meta.nextSession)}` : '';
    out.push(`## ${clientOf(t)}: review${when}`);
    const source = [`From ${t.file}`, meta.session ? `session of ${dayLabel(meta.session)}` : null, meta.followUp ? `follow-up: ${meta.followUp}` : null];
    out.push(`_${source.filter(Boolean).join(' · ')}_`, '');
    for (const c of t.note.commitments) {
      out.push(...commitmentSection(c, t.tracking.get(c.id), today), '');
    }
  }
  if (out.length === 0) return 'No commitments found to review.\n';
  return `# Next-session review\n\n${out.join('\n').trimEnd()}\n`;
}
