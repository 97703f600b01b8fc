import { type Commitment, type Finding, type ReadNote, type TrackedNote, type Tracking, type WeeklyMessage, dayLabel, describeCadence, describeEnd, endQuestion } from '../core/index.js';
import type { NoteResult } from './notes.js';

/** Colours for a terminal, or none when output is piped or NO_COLOR is set. */
export interface Style {
  bold: (s: string) => string;
  dim: (s: string) => string;
  warn: (s: string) => string;
  info: (s: string) => string;
  good: (s: string) => string;
}

/** Make a style for a stream: colour only on a terminal, never with NO_COLOR. */
export function makeStyle(isTTY: boolean, env: NodeJS.ProcessEnv): Style {
  const on = isTTY && env.NO_COLOR === undefined && env.TERM !== 'dumb';
  const wrap = (open: number, close: number) => (s: string) => (on ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return { bold: wrap(1, 22), dim: wrap(2, 22), warn: wrap(33, 39), info: wrap(36, 39), good: wrap(32, 39) };
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

function noteHeader(result: NoteResult, s: Style): string {
  const { meta } = result.note;
  const bits = [
    meta.client,
    meta.session ? `session ${dayLabel(meta.session)}` : null,
    meta.nextSession ? `next ${dayLabel(meta.nextSession)}` : null,
  ].filter((b): b is string => b !== null);
  return `${s.bold(result.file.relative)}${bits.length ? s.dim(`  ·  ${bits.join(' · ')}`) : ''}`;
}

function findingLines(f: Finding, s: Style, indent: string): string[] {
  const label = f.severity === 'warning' ? s.warn('suggestion') : s.info('idea');
  const lines = [`${indent}${label} ${s.dim(`(${f.code})`)} ${f.message}`];
  if (f.suggestion) lines.push(`${indent}  ${s.dim('→')} ${f.suggestion}`);
  return lines;
}

function diagnosticLines(result: NoteResult, s: Style): string[] {
  const out: string[] = [];
  // The error says it whole ("Could not read this note (…); it was skipped."): a label beside it would say it twice.
  if (result.error) out.push(`  ${s.warn('problem')} ${result.error}`);
  for (const d of result.note.diagnostics) {
    const label = d.code === 'too-many-commitments' ? s.info('idea') : s.warn('problem');
    out.push(`  ${s.dim(`line ${String(d.line).padEnd(4)}`)} ${label} ${s.dim(`(${d.code})`)} ${d.message}`);
    if (d.suggestion) out.push(`             ${s.dim('→')} ${d.suggestion}`);
  }
  return out;
}

function commitmentBlock(c: Commitment, s: Style, withFindings: boolean, tracking?: Tracking): string[] {
  const pad = '           ';
  const out = [`  ${s.dim(`line ${String(c.line).padEnd(4)}`)} ${s.bold(c.intention ?? shorten(c.text, 70))}`];
  const row = (name: string, value: string) => out.push(`${pad}${s.dim(name.padEnd(10))}${value}`);
  row('when', c.trigger ?? s.dim('no trigger yet'));
  for (const plan of c.coping) row('backup', `if ${plan.obstacle} → ${plan.response}`);
  if (c.coping.length === 0) row('backup', s.dim('no backup plan yet'));
  row('how often', describeCadence(c.cadence));
  row('kind', c.kind === 'process' ? 'process (something you do)' : 'outcome (a result you aim at)');
  if (c.status !== 'active') row('status', c.status);
  if (tracking?.ends) row('tracked', describeEnd(tracking.ends));
  if (withFindings) {
    if (c.findings.length === 0) out.push(`${pad}${s.good('✓ strong as written')}`);
    for (const f of c.findings) out.push(...findingLines(f, s, pad));
  } else if (c.findings.length > 0) {
    const n = c.findings.length;
    out.push(`${pad}${s.dim(`${n} idea${n === 1 ? '' : 's'} to make it stronger: run lint to read ${n === 1 ? 'it' : 'them'}`)}`);
  } else {
    out.push(`${pad}${s.good('✓ strong as written')}`);
  }
  return out;
}

/** Render `list`: each note's commitments, as read. */
export function renderList(results: readonly NoteResult[], s: Style, tracked?: readonly TrackedNote[]): string {
  const out: string[] = [];
  for (const [index, result] of results.entries()) {
    if (result.note.commitments.length === 0 && result.note.diagnostics.length === 0 && !result.error) continue;
    out.push(noteHeader(result, s));
    out.push(...diagnosticLines(result, s));
    for (const c of result.note.commitments) out.push(...commitmentBlock(c, s, false, tracked?.[index]?.tracking.get(c.id)));
    out.push('');
  }
  out.push(summary(results, s));
  return out.join('\n');
}

/** Render `lint`: what would make each commitment stronger, with the suggestion. */
export function renderLint(results: readonly NoteResult[], s: Style, tracked?: readonly TrackedNote[], today?: string): string {
  const out: string[] = [];
  for (const [index, result] of results.entries()) {
    const question = (c: Commitment) => (today === undefined ? null : endQuestion(tracked?.[index]?.tracking.get(c.id)?.ends, today));
    const withFindings = result.note.commitments.filter((c) => c.findings.length > 0 || question(c) !== null);
    if (withFindings.length === 0 && result.note.diagnostics.length === 0 && !result.error) continue;
    out.push(noteHeader(result, s));
    out.push(...diagnosticLines(result, s));
    for (const c of withFindings) {
      out.push(`  ${s.dim(`line ${String(c.line).padEnd(4)}`)} “${shorten(c.text, 100)}”`);
      for (const f of c.findings) out.push(...findingLines(f, s, '             '));
      const asked = question(c);
      if (asked) out.push(`             ${s.info('tracking ended')} ${asked}`);
    }
    out.push('');
  }
  out.push(summary(results, s));
  return out.join('\n');
}

function summary(results: readonly NoteResult[], s: Style): string {
  const notes = results.filter((r) => r.note.commitments.length > 0).length;
  const commitments = results.reduce((n, r) => n + r.note.commitments.length, 0);
  const findings = results.reduce((n, r) => n + r.note.commitments.reduce((m, c) => m + c.findings.length, 0), 0);
  const strong = results.reduce((n, r) => n + r.note.commitments.filter((c) => c.findings.length === 0).length, 0);
  const problems = results.reduce((n, r) => n + r.note.diagnostics.filter((d) => d.code !== 'too-many-commitments').length + (r.error ? 1 : 0), 0);
  if (commitments === 0) {
    return s.dim(
      `No commitments found in ${results.length} note${results.length === 1 ? '' : 's'}. Follow Through reads list items under a heading such as "## Commitments", or items tagged #commitment.`,
    );
  }
  const parts = [
    `${commitments} commitment${commitments === 1 ? '' : 's'} in ${notes} note${notes === 1 ? '' : 's'}`,
    `${strong} strong as written`,
    `${findings} idea${findings === 1 ? '' : 's'} to make them stronger`,
  ];
  if (problems > 0) parts.push(`${problems} note problem${problems === 1 ? '' : 's'} to fix`);
  return s.dim(parts.join(' · '));
}

/** One commitment as `list --json` and `lint --json` print it (with its tracking, for list). */
export function commitmentJson(file: string, c: Commitment, tracking?: Tracking): object {
  return {
    id: c.id,
    file,
    line: c.line,
    text: c.text,
    intention: c.intention,
    trigger: c.trigger,
    coping: c.coping,
    cadence: c.cadence,
    kind: c.kind,
    findings: c.findings,
    endLine: c.endLine,
    deadline: c.deadline,
    source: c.source,
    status: c.status,
    blockId: c.blockId,
    label: c.label,
    ...(tracking !== undefined ? { tracking } : {}),
  };
}

/** A note's diagnostics as printed: the read error first, if any. */
export function diagnosticsJson(file: string, error: string | undefined, diagnostics: ReadNote['diagnostics']): object[] {
  return [
    ...(error ? [{ file, line: 1, code: 'unreadable-file', severity: 'warning', message: error }] : []),
    ...diagnostics.map((d) => ({
      file,
      line: d.line,
      code: d.code,
      severity: d.severity,
      message: d.message,
      ...(d.suggestion ? { suggestion: d.suggestion } : {}),
    })),
  ];
}

/** A note that holds commitments, as printed under `notes`. */
export function noteJson(file: string, meta: ReadNote['meta']): object {
  return {
    file,
    client: meta.client,
    session: meta.session,
    nextSession: meta.nextSession,
    followUp: meta.followUp,
    ifMissed: meta.ifMissed,
    weekStart: meta.weekStart,
  };
}

/** What a commitment's tracking is printed as when it has none. */
export const noTracking = { periods: [], pattern: null };

/** The JSON shape other people script against: `{ commitments, diagnostics, notes }`. */
export function toJson(results: readonly NoteResult[], tracked?: readonly TrackedNote[]): object {
  const commitments = results.flatMap((r, index) =>
    r.note.commitments.map((c) => commitmentJson(r.file.relative, c, tracked ? (tracked[index]?.tracking.get(c.id) ?? noTracking) : undefined)),
  );
  const diagnostics = results.flatMap((r) => diagnosticsJson(r.file.relative, r.error, r.note.diagnostics));
  const notes = results.filter((r) => r.note.commitments.length > 0).map((r) => noteJson(r.file.relative, r.note.meta));
  return { commitments, diagnostics, notes };
}

/** Render `report`: each client's message, with the figures under it. */
export function renderReport(messages: readonly WeeklyMessage[], s: Style): string {
  if (messages.length === 0) {
    return s.dim('No week has closed with tracking in it yet. Run track during the week, then report after it ends.');
  }
  const out: string[] = [];
  for (const m of messages) {
    out.push(`${s.bold(m.client)}  ${s.dim(`${m.weekStart} to ${m.weekEnd}`)}`);
    out.push(`  ${m.text}`);
    for (const f of m.commitments) {
      const trend = f.trend.map((r) => `${Math.round(r * 100)}%`).join(' → ');
      const run = f.metRun > 1 ? ` · met ${f.metRun} periods running` : '';
      out.push(s.dim(`    ${f.label}: ${f.done} of ${f.target}${f.skipped ? ` (${f.skipped} set aside)` : ''} · last periods ${trend}${run}`));
    }
    out.push('');
  }
  return out.join('\n').trimEnd();
}
