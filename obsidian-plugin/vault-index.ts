import { type App, type CachedMetadata, TFile, normalizePath, parseYaml } from 'obsidian';
import {
  type ParseOptions,
  type ReadNote,
  type TaskStatuses,
  type TrackOptions,
  type TrackedNote,
  headingMatcher,
  localDate,
  parseNote,
  readTracking,
  supersededBy,
  taskStatusesFrom,
} from '../core/index.js';
import type { FollowThroughSettings } from './settings.js';

/** A note that holds commitments, as the index keeps it. */
export interface IndexedNote {
  file: TFile;
  text: string;
  note: ReadNote;
}

/** How many notes are read at once while indexing. */
const readsAtOnce = 4;
/** How long to wait after an edit before reading the note again. */
const settleMs = 300;


/** Core's parse options from the plugin's settings, with Obsidian's own YAML parser (and the vault's Tasks statuses, when it has them). */
export function parseOptions(settings: FollowThroughSettings, taskStatuses?: TaskStatuses): ParseOptions {
  return {
    parseYaml,
    headings: settings.headings,
    tag: settings.tag,
    defaults: { weekStart: settings.weekStart, ifMissed: settings.ifMissed },
    ...(taskStatuses ? { taskStatuses } : {}),
  };
}

/**
 * The notes that hold commitments, kept up to date as the vault changes. It
 * picks candidates from Obsidian's metadata cache (a commitments heading or the
 * commitment tag), reads only those, a few at a time, and re-reads one note
 * when it changes.
 */
export class VaultIndex {
  readonly notes = new Map<string, IndexedNote>();
  private readonly listeners = new Set<() => void>();
  private readonly pending = new Map<string, number>();
  private ready = false;

  constructor(
    private readonly app: App,
    private readonly settings: () => FollowThroughSettings,
    private readonly now: () => Date,
  ) {}

  /** The vault's Obsidian Tasks statuses, when it has Tasks with its own (read by `readTaskStatuses`). */
  private taskStatuses: TaskStatuses | undefined;

  /** Core's parse options for this vault now. */
  parseOptions(): ParseOptions {
    return parseOptions(this.settings(), this.taskStatuses);
  }

  /** Read the Tasks plugin's statuses from its settings, so marks read as Tasks reads them (none: Tasks' defaults). */
  async readTaskStatuses(): Promise<void> {
    const file = normalizePath(`${this.app.vault.configDir}/plugins/obsidian-tasks-plugin/data.json`);
    try {
      this.taskStatuses = (await this.app.vault.adapter.exists(file)) ? taskStatusesFrom(JSON.parse(await this.app.vault.adapter.read(file)) as unknown) : undefined;
    } catch {
      this.taskStatuses = undefined; // settings Tasks is still writing, or not its shape: its defaults
    }
  }

  /** Whether the first full index has finished. */
  get isReady(): boolean {
    return this.ready;
  }

  /** Whether a note's cached metadata shows it could hold commitments. */
  isCandidate(cache: CachedMetadata | null): boolean {
    if (!cache) return false;
    const settings = this.settings();
    const tag = `#${settings.tag}`.toLowerCase();
    if (cache.tags?.some((t) => t.tag.toLowerCase() === tag)) return true;
    const matches = headingMatcher(settings.headings);
    return cache.headings?.some((h) => matches(h.heading)) ?? false;
  }

  /** Index the whole vault: call once the layout is ready. */
  async build(progress?: (done: number, total: number) => void): Promise<void> {
    const files = this.app.vault.getMarkdownFiles().filter((file) => this.isCandidate(this.app.metadataCache.getFileCache(file)));
    // Settings may have changed what counts: forget notes that no longer can hold commitments.
    const candidates = new Set(files.map((file) => file.path));
    for (const path of [...this.notes.keys()]) if (!candidates.has(path)) this.notes.delete(path);
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < files.length) {
        const file = files[next++];
        if (file) await this.read(file, false);
        done++;
        progress?.(done, files.length);
      }
    };
    await Promise.all(Array.from({ length: Math.min(readsAtOnce, files.length) }, worker));
    this.ready = true;
    this.emit();
  }

  /** Read one note again now (after a write, or when asked). */
  async refresh(file: TFile): Promise<void> {
    await this.read(file, true);
  }

  /** Read one note again a moment after it changed, once the edits settle. */
  schedule(file: TFile): void {
    const waiting = this.pending.get(file.path);
    if (waiting !== undefined) window.clearTimeout(waiting);
    this.pending.set(
      file.path,
      window.setTimeout(() => {
        this.pending.delete(file.path);
        void this.read(file, true);
      }, settleMs),
    );
  }

  /** Forget a deleted note. */
  remove(path: string): void {
    if (this.notes.delete(path)) this.emit();
  }

  /** Follow a renamed note. */
  rename(file: TFile, oldPath: string): void {
    const entry = this.notes.get(oldPath);
    if (!entry) return;
    this.notes.delete(oldPath);
    this.notes.set(file.path, { ...entry, file });
    this.emit();
  }

  /** Be told when the index changes. Returns a function that stops it. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stop every pending read (on unload). */
  dispose(): void {
    for (const timer of this.pending.values()) window.clearTimeout(timer);
    this.pending.clear();
    this.listeners.clear();
  }

  /** Today, as the plugin's clock says. */
  today(): string {
    return localDate(this.now());
  }

  /** Track options for a note: today, the settings, and when a newer session takes over. */
  trackOptions(path: string, ends = this.takenOver()): TrackOptions {
    return { ...this.parseOptions(), today: this.today(), endBefore: ends.get(path), horizonWeeks: this.settings().horizonWeeks };
  }

  /** Every indexed note with its tracking, for the view, the weekly message and the review. */
  tracked(): TrackedNote[] {
    const ends = this.takenOver();
    return [...this.notes.values()]
      .sort((a, b) => a.file.path.localeCompare(b.file.path))
      .map((n) => ({ file: n.file.path, note: n.note, tracking: readTracking(n.note, this.trackOptions(n.file.path, ends)) }));
  }

  /** When a newer session note of the same client took over from each note. */
  private takenOver(): Map<string, string> {
    return supersededBy([...this.notes.values()].map((n) => ({ file: n.file.path, meta: n.note.meta })));
  }

  private async read(file: TFile, announce: boolean): Promise<void> {
    if (!(file instanceof TFile) || file.extension !== 'md') return;
    const text = await this.app.vault.cachedRead(file);
    const note = parseNote(text, this.parseOptions());
    if (note.commitments.length === 0) this.notes.delete(file.path);
    else this.notes.set(file.path, { file, text, note });
    if (announce) this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
