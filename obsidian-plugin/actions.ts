import { type App, type Editor, Notice, type TFile } from 'obsidian';
import { type TrackOptions, applyEdits, clientOf, decodeNote, encodingAdvice, planTrack, reviewAgenda, weeklyMessages } from '../core/index.js';
import type { VaultIndex } from './vault-index.js';

/** What one tracking run changed. */
export interface TrackCount {
  notes: number;
  periods: number;
  prompts: number;
  started: number;
}

const empty = (): TrackCount => ({ notes: 0, periods: 0, prompts: 0, started: 0 });

/** The words a commitment template starts with. */
export const commitmentTemplate =
  '- I will (what, and how much) (how often). When (a moment that already happens in my week), I’ll start. If (the most likely obstacle), then I’ll (my backup plan).';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Say what a tracking run did, in one line. */
export function describeCount(count: TrackCount): string {
  if (count.notes === 0) return 'Everything is up to date.';
  const parts = [
    count.started > 0 ? `started ${plural(count.started, 'commitment', 'commitments')}` : null,
    count.periods > 0 ? `added ${plural(count.periods, 'checklist', 'checklists')}` : null,
    count.prompts > 0 ? `wrote ${plural(count.prompts, 'reflection prompt', 'reflection prompts')}` : null,
  ].filter(Boolean);
  return `Updated ${plural(count.notes, 'note', 'notes')}: ${parts.join(', ')}.`;
}

/** The plugin's actions on notes, shared by commands, the view and the timer. */
export class Actions {
  constructor(
    private readonly app: App,
    private readonly index: VaultIndex,
  ) {}

  /**
   * Bring one note's tracking up to date, through `Vault.process` so that
   * typing in the note at the same moment is never lost. The same core
   * functions as the command line, so both write the same text.
   */
  async trackFile(file: TFile, add?: TrackOptions['add']): Promise<TrackCount> {
    const options: TrackOptions = { ...this.index.trackOptions(file.path), ...(add ? { add } : {}) };
    const count = empty();
    // Obsidian hands the plugin decoded text: a note that is not UTF-8 would be written back with U+FFFD for
    // every byte that did not decode. Its bytes are looked at first, and such a note is left as it is.
    const problem = decodeNote(new Uint8Array(await this.app.vault.readBinary(file))).problem;
    if (problem) {
      new Notice(`Follow Through left “${file.path}” as it was: ${encodingAdvice(problem)}`, 0);
      return count;
    }
    await this.app.vault.process(file, (text) => {
      const plan = planTrack(text, options);
      if (plan.edits.length === 0) return text;
      count.notes = 1;
      count.periods = plan.periodsAdded;
      count.prompts = plan.promptsAdded;
      count.started = plan.started;
      return applyEdits(text, plan.edits);
    });
    if (count.notes > 0) await this.index.refresh(file);
    return count;
  }

  /** Bring every note with commitments up to date, showing progress on long work. */
  async trackVault(add?: TrackOptions['add'], onlyTracked = false): Promise<TrackCount> {
    const total = empty();
    const notes = [...this.index.notes.values()].filter((n) => !onlyTracked || n.note.marks.items.length > 0);
    const progress = notes.length > 20 ? new Notice(`Updating ${notes.length} notes…`, 0) : undefined;
    let done = 0;
    for (const n of notes) {
      const count = await this.trackFile(n.file, add);
      total.notes += count.notes;
      total.periods += count.periods;
      total.prompts += count.prompts;
      total.started += count.started;
      done++;
      if (progress && done % 10 === 0) progress.setMessage(`Updating notes… ${done} of ${notes.length}`);
    }
    progress?.hide();
    return total;
  }

  /** Say what the note's commitments need, in a notice. */
  describeNote(path: string | undefined): string {
    const n = path ? this.index.notes.get(path) : undefined;
    if (!n) return 'No commitments in this note yet. Write one under a “Commitments” heading, or tag it #commitment.';
    const strong = n.note.commitments.filter((c) => c.findings.length === 0).length;
    const ideas = n.note.commitments.reduce((sum, c) => sum + c.findings.length, 0);
    const problems = n.note.diagnostics.filter((d) => d.severity === 'warning').length;
    const parts = [
      plural(n.note.commitments.length, 'commitment', 'commitments'),
      `${strong} strong as written`,
      plural(ideas, 'idea', 'ideas') + ' to make them stronger',
    ];
    if (problems > 0) parts.push(`${plural(problems, 'property', 'properties')} to fix at the top of the note`);
    return parts.join(' · ');
  }

  /** The weekly message for the active note's client (or every client's), or undefined when no week has closed. */
  weeklyMessage(path: string | undefined): string | undefined {
    const tracked = this.index.tracked();
    const messages = weeklyMessages(tracked, this.index.today());
    const mine = tracked.find((t) => t.file === path);
    const client = mine ? clientOf(mine) : undefined;
    const chosen = client ? messages.filter((m) => m.client.toLowerCase() === client.toLowerCase()) : messages;
    if (chosen.length === 0) return undefined;
    return chosen.map((m) => (chosen.length > 1 ? `${m.client}: ${m.text}` : m.text)).join('\n');
  }

  /** Insert the next-session review for the active note's client at the cursor. */
  insertReview(editor: Editor, path: string | undefined): void {
    const tracked = this.index.tracked();
    const mine = tracked.find((t) => t.file === path);
    const client = mine ? clientOf(mine).toLowerCase() : undefined;
    const chosen = client ? tracked.filter((t) => clientOf(t).toLowerCase() === client) : tracked;
    editor.replaceSelection(reviewAgenda(chosen));
  }

  /** Insert a commitment template at the cursor. */
  insertTemplate(editor: Editor): void {
    editor.replaceSelection(`${commitmentTemplate}\n`);
  }
}
