import { type App, type Editor, Notice, type TFile } from 'obsidian';
import {
  type TrackOptions,
  type UntrackPlan,
  applyEdits,
  clientNameKey,
  clientOf,
  decodeNote,
  describeEdits,
  encodingAdvice,
  planTrack,
  planUntrackText,
  reviewAgenda,
  weeklyMessages,
} from '../core/index.js';
import type { VaultIndex } from './vault-index.js';

/** What untracking says about a note Follow Through has written nothing in. */
const nothingToTakeOut = 'Follow Through has written nothing in this note: nothing to take out.';

/** What one tracking run changed. */
export interface TrackCount {
  notes: number;
  periods: number;
  prompts: number;
  started: number;
  /** Notes left as they were because they could not be written (each named in its own notice). */
  left: number;
}

const empty = (): TrackCount => ({ notes: 0, periods: 0, prompts: 0, started: 0, left: 0 });

/** The words a commitment template starts with. */
export const commitmentTemplate =
  '- I will (what, and how much) (how often). When (a moment that already happens in my week), I’ll start. If (the most likely obstacle), then I’ll (my backup plan).';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Say what a tracking run did, in one line. */
export function describeCount(count: TrackCount): string {
  const left = count.left > 0 ? `Left ${plural(count.left, 'note', 'notes')} as ${count.left === 1 ? 'it was' : 'they were'}.` : '';
  if (count.notes === 0) return left || 'Everything is up to date.';
  const parts = [
    count.started > 0 ? `started ${plural(count.started, 'commitment', 'commitments')}` : null,
    count.periods > 0 ? `added ${plural(count.periods, 'checklist', 'checklists')}` : null,
    count.prompts > 0 ? `wrote ${plural(count.prompts, 'reflection prompt', 'reflection prompts')}` : null,
  ].filter(Boolean);
  return `Updated ${plural(count.notes, 'note', 'notes')}: ${parts.join(', ')}.${left ? ` ${left}` : ''}`;
}

/**
 * Why a note could not be written, from the error the vault gave. Obsidian's
 * API tells nothing of a file's mode; on a desktop vault a note without a write
 * bit (or in a folder that cannot be written) makes the write fail, and the note
 * stays as it was.
 */
export function writeFailure(path: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || /\b(?:EACCES|EPERM|EROFS)\b/.test(message)) {
    return `Follow Through left “${path}” as it was: it is read-only (or its folder is). Make it writable, then run this again.`;
  }
  return `Follow Through could not write “${path}”, so it is as it was: ${message}`;
}

/** Say what taking Follow Through's lines out of a note does, in one line. */
export function describeUntrackPlan(plan: UntrackPlan, done: boolean): string {
  const parts = [
    plan.ids > 0 ? plural(plan.ids, 'id', 'ids') : null,
    plan.items > 0 ? plural(plan.items, 'checklist item', 'checklist items') : null,
    plan.prompts > 0 ? plural(plan.prompts, 'reflection prompt', 'reflection prompts') : null,
  ].filter(Boolean);
  const kept = [
    plan.answers > 0 ? `${plural(plan.answers, 'answer stays', 'answers stay')} as plain list items` : null,
    plan.itemsKept > 0 ? `${plural(plan.itemsKept, 'checklist item', 'checklist items')} you wrote on keep their words` : null,
  ].filter(Boolean);
  return `${done ? 'Took out' : 'Takes out'} ${parts.join(', ') || 'the markers'}.${kept.length > 0 ? ` ${kept.join('; ')}.` : ''}`;
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
    if (!(await this.isUtf8(file))) return { ...count, left: 1 };
    // A note with nothing to add is not handed to `Vault.process` at all: that would write it back unchanged,
    // bumping its modified time (which sync tools and "recently edited" lists go by), and fail on a read-only note.
    if (planTrack(await this.app.vault.read(file), options).edits.length === 0) return count;
    try {
      await this.app.vault.process(file, (text) => {
        const plan = planTrack(text, options);
        if (plan.edits.length === 0) return text;
        count.notes = 1;
        count.periods = plan.periodsAdded;
        count.prompts = plan.promptsAdded;
        count.started = plan.started;
        return applyEdits(text, plan.edits);
      });
    } catch (error) {
      new Notice(writeFailure(file.path, error), 0);
      return { ...empty(), left: 1 };
    }
    if (count.notes > 0) await this.index.refresh(file);
    return count;
  }

  /** Whether the note's bytes are UTF-8; if not, it is left as it is, with a notice saying why. */
  private async isUtf8(file: TFile): Promise<boolean> {
    const problem = decodeNote(new Uint8Array(await this.app.vault.readBinary(file))).problem;
    if (problem) new Notice(`Follow Through left “${file.path}” as it was: ${encodingAdvice(problem)}`, 0);
    return !problem;
  }

  /**
   * What taking Follow Through's own lines out of a note would change (the ids
   * it appended, the items and prompts it wrote; answers stay as plain lines),
   * through the same core code as the command line's `untrack`: the plan and
   * the change, or undefined (with a notice) when there is nothing to do.
   */
  async previewUntrack(file: TFile): Promise<{ plan: UntrackPlan; change: string } | undefined> {
    if (!(await this.isUtf8(file))) return undefined;
    const text = await this.app.vault.read(file);
    const plan = planUntrackText(text, this.index.parseOptions());
    if (plan.edits.length === 0) {
      new Notice(nothingToTakeOut);
      return undefined;
    }
    // The diff's rows without its two header lines (the note is named in the dialog).
    return { plan, change: describeEdits(file.path, text, plan.edits).split('\n').slice(2).join('\n') };
  }

  /** Take Follow Through's lines out of a note, planned again on the text as it is now; says what was done. */
  async untrackFile(file: TFile): Promise<string> {
    if (!(await this.isUtf8(file))) return `Follow Through left “${file.path}” as it was.`;
    let plan: UntrackPlan | undefined;
    try {
      await this.app.vault.process(file, (text) => {
        plan = planUntrackText(text, this.index.parseOptions());
        return plan.edits.length === 0 ? text : applyEdits(text, plan.edits);
      });
    } catch (error) {
      return writeFailure(file.path, error);
    }
    if (!plan || plan.edits.length === 0) return nothingToTakeOut;
    await this.index.refresh(file);
    return describeUntrackPlan(plan, true);
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
      total.left += count.left;
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
    const chosen = client ? messages.filter((m) => clientNameKey(m.client) === clientNameKey(client)) : messages;
    if (chosen.length === 0) return undefined;
    return chosen.map((m) => (chosen.length > 1 ? `${m.client}: ${m.text}` : m.text)).join('\n');
  }

  /** Insert the next-session review for the active note's client at the cursor. */
  insertReview(editor: Editor, path: string | undefined): void {
    const tracked = this.index.tracked();
    const mine = tracked.find((t) => t.file === path);
    const client = mine ? clientNameKey(clientOf(mine)) : undefined;
    const chosen = client ? tracked.filter((t) => clientNameKey(clientOf(t)) === client) : tracked;
    editor.replaceSelection(reviewAgenda(chosen));
  }

  /** Insert a commitment template at the cursor. */
  insertTemplate(editor: Editor): void {
    editor.replaceSelection(`${commitmentTemplate}\n`);
  }
}
