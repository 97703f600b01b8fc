import {
  type Commitment,
  type PeriodRecord,
  type Tracking,
  type TrackedNote,
  clientOf,
  dayLabel,
  describeCadence,
  supersededBy,
} from '../core/index.js';

/** What a click on a commitment should do: open its note at its line. */
export type OpenAt = (path: string, line: number) => void;

const statusSymbol: Record<PeriodRecord['status'] | 'break' | 'skipped', { symbol: string; words: string }> = {
  met: { symbol: '✓', words: 'done' },
  partial: { symbol: '◐', words: 'partly done' },
  missed: { symbol: '○', words: 'not this time' },
  open: { symbol: '·', words: 'in progress' },
  skipped: { symbol: '–', words: 'set aside' },
  break: { symbol: '–', words: 'a break' },
};

function stateOf(p: PeriodRecord): keyof typeof statusSymbol {
  if (p.isBreak) return 'break';
  if (p.status !== 'open' && p.skipped > 0 && p.skipped === p.target) return 'skipped';
  return p.status;
}

/** The current period: the open one, else the latest. */
function currentPeriod(tracking: Tracking | undefined): PeriodRecord | undefined {
  const periods = tracking?.periods ?? [];
  return periods.find((p) => p.status === 'open') ?? periods[periods.length - 1];
}

/** A small strip of the recent periods, readable without colour (each has a symbol and words). */
function renderStrip(parent: HTMLElement, tracking: Tracking | undefined): void {
  const periods = (tracking?.periods ?? []).slice(-8);
  if (periods.length === 0) return;
  const strip = parent.createDiv({ cls: 'ft-strip' });
  strip.setAttribute('role', 'list');
  strip.setAttribute('aria-label', 'Recent periods');
  for (const p of periods) {
    const state = stateOf(p);
    const { symbol, words } = statusSymbol[state];
    const due = p.target - p.skipped;
    const label = `${p.title}: ${p.status === 'open' ? `${p.done} of ${due} so far` : `${p.done} of ${due}, ${words}`}`;
    const cell = strip.createSpan({ cls: `ft-cell ft-${state}`, text: symbol });
    cell.setAttribute('role', 'listitem');
    cell.setAttribute('aria-label', label);
    cell.setAttribute('title', label);
  }
}

/** One commitment: what it is, this period's progress, the recent periods, and what would make it stronger. */
export function renderCommitment(
  parent: HTMLElement,
  path: string,
  c: Commitment,
  tracking: Tracking | undefined,
  openAt: OpenAt,
  notTracked = 'Not tracked yet: run “Start or update tracking in this note”.',
): HTMLElement {
  const row = parent.createDiv({ cls: 'ft-commitment' });
  row.setAttribute('tabindex', '0');
  row.setAttribute('role', 'button');
  row.setAttribute('aria-label', `Open “${c.intention ?? c.text}” in its note`);
  const open = () => openAt(path, c.line);
  row.addEventListener('click', open);
  row.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open();
    }
  });

  const head = row.createDiv({ cls: 'ft-commitment-head' });
  head.createSpan({ cls: 'ft-commitment-title', text: c.intention ?? c.text });
  if (tracking?.pattern) {
    const badge = head.createSpan({ cls: 'ft-badge ft-badge-pattern', text: 'worth a chat' });
    badge.setAttribute('title', tracking.pattern.message);
  }
  if (c.status !== 'active') head.createSpan({ cls: 'ft-badge', text: c.status });

  const plan = row.createDiv({ cls: 'ft-plan' });
  plan.setText([c.trigger ?? 'no trigger yet', describeCadence(c.cadence)].join(' · '));

  const period = currentPeriod(tracking);
  if (period) {
    const due = Math.max(0, period.target - period.skipped);
    const progress = row.createDiv({ cls: 'ft-progress' });
    const bar = progress.createDiv({ cls: 'ft-bar' });
    bar.setAttribute('role', 'progressbar');
    bar.setAttribute('aria-valuemin', '0');
    bar.setAttribute('aria-valuemax', String(due));
    bar.setAttribute('aria-valuenow', String(period.done));
    const fill = bar.createDiv({ cls: 'ft-bar-fill' });
    fill.style.width = `${due === 0 ? 100 : Math.round((100 * Math.min(period.done, due)) / due)}%`;
    progress.createSpan({ cls: 'ft-progress-text', text: `${period.done} of ${due} · ${period.title}` });
  } else {
    row.createDiv({ cls: 'ft-muted', text: notTracked });
  }
  // Everything tracked has an end the client can see.
  if (tracking?.ends && tracking.periods.length > 0) row.createDiv({ cls: 'ft-muted ft-until', text: `until ${dayLabel(tracking.ends.date)}` });
  renderStrip(row, tracking);

  if (c.findings.length > 0) {
    const list = row.createEl('ul', { cls: 'ft-findings' });
    for (const f of c.findings) {
      const item = list.createEl('li', { cls: `ft-finding ft-${f.severity}` });
      item.createDiv({ cls: 'ft-finding-message', text: f.message });
      item.createDiv({ cls: 'ft-finding-suggestion', text: f.suggestion });
    }
  }
  return row;
}

/** The empty state: two lines and a button. */
export function renderEmpty(parent: HTMLElement, insertTemplate: (() => void) | undefined): void {
  const empty = parent.createDiv({ cls: 'ft-empty' });
  empty.createEl('p', { text: 'No commitments here yet.' });
  empty.createEl('p', {
    text: 'Write a list item under a “Commitments” heading, or tag it #commitment: “When I sit down with my coffee on Monday, I’ll send two messages.”',
  });
  if (insertTemplate) {
    const button = empty.createEl('button', { cls: 'mod-cta', text: 'Insert a commitment template' });
    button.addEventListener('click', insertTemplate);
  }
}

/** Notes a newer session note of the same client has taken over, and the date it did. */
function takenOver(notes: readonly TrackedNote[]): Map<string, string> {
  return supersededBy(notes.map((t) => ({ file: t.file, meta: t.note.meta })));
}

/** One note's commitments, with a line saying whose and when. */
export function renderNote(parent: HTMLElement, tracked: TrackedNote, openAt: OpenAt, showTitle: boolean, replacedOn?: string, underClient = false): void {
  const section = parent.createDiv({ cls: 'ft-note' });
  if (showTitle) {
    const title = section.createDiv({ cls: 'ft-note-title', text: tracked.file.replace(/\.md$/i, '') });
    title.setAttribute('title', tracked.file);
  }
  const meta = tracked.note.meta;
  const bits = [underClient ? null : meta.client, meta.nextSession ? `next session ${dayLabel(meta.nextSession)}` : null].filter(
    (b): b is string => !!b,
  );
  if (bits.length > 0) section.createDiv({ cls: 'ft-note-meta', text: bits.join(' · ') });
  const notTracked = replacedOn
    ? `The session of ${dayLabel(replacedOn)} took over from this note, so its commitments are tracked there.`
    : undefined;
  for (const c of tracked.note.commitments) renderCommitment(section, tracked.file, c, tracked.tracking.get(c.id), openAt, notTracked);
}

/** Render one note, saying so when a newer session note has taken over from it. */
export function renderOneNote(parent: HTMLElement, tracked: TrackedNote, all: readonly TrackedNote[], openAt: OpenAt, showTitle: boolean): void {
  renderNote(parent, tracked, openAt, showTitle, takenOver(all).get(tracked.file));
}

/** Every client, each with their notes' commitments (a session note a newer one took over from is left out, unless it was tracked). */
export function renderVault(parent: HTMLElement, notes: readonly TrackedNote[], openAt: OpenAt): void {
  const replaced = takenOver(notes);
  const byClient = new Map<string, TrackedNote[]>();
  for (const t of notes) {
    if (t.note.commitments.length === 0) continue;
    if (replaced.has(t.file) && t.note.marks.items.length === 0) continue;
    const client = clientOf(t);
    byClient.set(client, [...(byClient.get(client) ?? []), t]);
  }
  for (const [client, list] of [...byClient.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const group = parent.createDiv({ cls: 'ft-client' });
    const count = list.reduce((n, t) => n + t.note.commitments.length, 0);
    const head = group.createDiv({ cls: 'ft-client-head' });
    head.createSpan({ cls: 'ft-client-name', text: client });
    head.createSpan({ cls: 'ft-muted', text: `${count} commitment${count === 1 ? '' : 's'}` });
    for (const t of list) renderNote(group, t, openAt, list.length > 1, replaced.get(t.file), true);
  }
}
