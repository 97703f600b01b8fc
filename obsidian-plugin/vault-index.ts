import { type App, type CachedMetadata, TFile, normalizePath, parseYaml } from 'obsidian';
import {
  type KeptHead,
  type KeptReading,
  type ParseOptions,
  type ReadNote,
  type TaskStatuses,
  type TrackOptions,
  type TrackedNote,
  headingMatcher,
  keepReading,
  localDate,
  optionsKey,
  parseNote,
  readKept,
  readTracking,
  readingOf,
  supersededBy,
  taskStatusesFrom,
} from '../core/index.js';
import type { IndexStore, StoredNote } from './index-store.js';
import type { FollowThroughSettings } from './settings.js';

/** A note that holds commitments, as the index keeps it. */
export interface IndexedNote {
  file: TFile;
  /** The note's text as last read; undefined when its reading came from the index kept between launches. */
  text: string | undefined;
  /** Its reading (from the kept index: parsed when first asked for). */
  readonly note: ReadNote;
}

/** Bump when what the plugin keeps between launches changes shape: what was kept before is then read again. */
const keptFormat = 1;
/** A note written this recently may change again within its clock's resolution: its reading is not kept (see the CLI's index). */
const racyMs = 2000;
/** How long to gather changed notes before writing them to the kept index. */
const keepAfterMs = 1000;

/** How many notes are read at once while indexing. */
const readsAtOnce = 4;
/** How long to wait after an edit before reading the note again. */
const settleMs = 300;


/** A kept record's head, when it is of the shape `keepReading` writes (undefined: a damaged record). */
function keptHead(kept: KeptReading): KeptHead | undefined {
  try {
    const head = JSON.parse(kept.head) as Partial<KeptHead> | null;
    return head && typeof head === 'object' && typeof head.commitments === 'number' && !!head.meta && Array.isArray(head.diagnostics) ? (head as KeptHead) : undefined;
  } catch {
    return undefined;
  }
}

/** A kept record's whole reading, when its body is of the shape `keepReading` writes (undefined: a damaged record). */
function keptBody(kept: KeptReading, head: KeptHead): ReadNote | undefined {
  try {
    const note = readKept(kept, head);
    return Array.isArray(note.commitments) && !!note.marks && Array.isArray(note.marks.items) && Array.isArray(note.marks.prompts) ? note : undefined;
  } catch {
    return undefined;
  }
}

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

  /** Notes read since the kept index was last written, and paths to forget there. */
  private readonly toKeep = new Map<string, StoredNote>();
  private readonly toForget = new Set<string>();
  private keepTimer: number | undefined;

  constructor(
    private readonly app: App,
    private readonly settings: () => FollowThroughSettings,
    private readonly now: () => Date,
    /** Where the index is kept between launches (none: every launch reads the candidates again). */
    private readonly store?: IndexStore,
    /** The plugin's version: an index kept by another version is not used. */
    private readonly version = '',
  ) {}

  /** What a kept reading must have been read with to be used: the options, the plugin's version, the format. */
  private keptKey(): string {
    return `${keptFormat}|${this.version}|${optionsKey(this.parseOptions())}`;
  }

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
    return this.candidateTest()(cache);
  }

  /** `isCandidate` for the settings as they are now, made once for a pass over the whole vault. */
  private candidateTest(): (cache: CachedMetadata | null) => boolean {
    const settings = this.settings();
    const tag = `#${settings.tag}`.toLowerCase();
    const matches = headingMatcher(settings.headings);
    return (cache) => !!cache && ((cache.tags?.some((t) => t.tag.toLowerCase() === tag) ?? false) || (cache.headings?.some((h) => matches(h.heading)) ?? false));
  }

  /**
   * Index the whole vault: call once the layout is ready. A note whose reading
   * was kept at the last launch, and whose size and time are as they were then,
   * is not read again.
   */
  async build(progress?: (done: number, total: number) => void): Promise<void> {
    const isCandidate = this.candidateTest();
    const files = this.app.vault.getMarkdownFiles().filter((file) => isCandidate(this.app.metadataCache.getFileCache(file)));
    // Settings may have changed what counts: forget notes that no longer can hold commitments.
    const candidates = new Set(files.map((file) => file.path));
    for (const path of [...this.notes.keys()]) if (!candidates.has(path)) this.notes.delete(path);
    const kept = await this.loadKept();
    for (const path of kept.keys()) if (!candidates.has(path)) this.toForget.add(path);
    const key = this.keptKey();
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < files.length) {
        const file = files[next++];
        if (file && !this.useKept(file, kept.get(file.path), key)) await this.read(file, false);
        done++;
        progress?.(done, files.length);
      }
    };
    await Promise.all(Array.from({ length: Math.min(readsAtOnce, files.length) }, worker));
    this.ready = true;
    this.emit();
    this.keepSoon(0);
  }

  /** The index kept at the last launch; an empty one when there is none, or it cannot be read. */
  private async loadKept(): Promise<Map<string, StoredNote>> {
    try {
      return (await this.store?.load()) ?? new Map();
    } catch {
      return new Map(); // only costs this launch its speed
    }
  }

  /**
   * Take a note's reading from the kept index, when it was kept from the note as it is now. Only the
   * record's small head is read here; the rest when something first asks for the note's reading.
   */
  private useKept(file: TFile, stored: StoredNote | undefined, key: string): boolean {
    if (!stored || stored.key !== key || stored.size !== file.stat.size || stored.mtime !== file.stat.mtime) return false;
    if (!stored.kept) {
      this.notes.delete(file.path);
      return true;
    }
    const head = keptHead(stored.kept);
    if (!head) return false; // a damaged record: read the note
    if (head.commitments === 0) this.notes.delete(file.path);
    else this.notes.set(file.path, this.keptEntry(file, stored.kept, head));
    return true;
  }

  /**
   * A note as the kept index has it, its reading parsed when first asked for. A body that will not
   * parse is a damaged record: the note shows no commitments for the moment it takes to read it again.
   */
  private keptEntry(file: TFile, record: KeptReading, head: KeptHead): IndexedNote {
    let note: ReadNote | undefined;
    let kept: KeptReading | undefined = record; // let go once read
    const damaged = (): ReadNote => {
      void this.read(file, true);
      return { ...readingOf(parseNote('', this.parseOptions())), meta: head.meta, diagnostics: head.diagnostics };
    };
    return {
      file,
      text: undefined,
      get note(): ReadNote {
        if (note) return note;
        note = (kept && keptBody(kept, head)) ?? damaged();
        kept = undefined;
        return note;
      },
    };
  }

  /** Write what was read to the kept index, after a moment (edits come in bursts). */
  private keepSoon(delay = keepAfterMs): void {
    if (!this.store || (this.toKeep.size === 0 && this.toForget.size === 0)) return;
    window.clearTimeout(this.keepTimer);
    this.keepTimer = window.setTimeout(() => {
      this.keepTimer = undefined;
      this.flushKept();
    }, delay);
  }

  /** Write what waits to the kept index now (also on unload). */
  private flushKept(): void {
    const put = [...this.toKeep.values()];
    const remove = [...this.toForget];
    this.toKeep.clear();
    this.toForget.clear();
    this.store?.update(put, remove).catch(() => undefined); // a failure only costs the next launch its speed
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
    this.forgetKept(path);
    if (this.notes.delete(path)) this.emit();
  }

  private forgetKept(path: string): void {
    if (!this.store) return;
    this.toKeep.delete(path);
    this.toForget.add(path);
    this.keepSoon();
  }

  /** Follow a renamed note. */
  rename(file: TFile, oldPath: string): void {
    this.forgetKept(oldPath); // kept again under its new path when it is next read
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
    if (this.keepTimer !== undefined) {
      window.clearTimeout(this.keepTimer);
      this.flushKept();
    }
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
    if (this.store && Date.now() - file.stat.mtime >= racyMs) {
      this.toForget.delete(file.path);
      this.toKeep.set(file.path, { path: file.path, size: file.stat.size, mtime: file.stat.mtime, key: this.keptKey(), kept: keepReading(note) });
      if (announce) this.keepSoon();
    }
    if (announce) this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
