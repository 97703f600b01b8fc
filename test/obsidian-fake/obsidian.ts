// A small fake of the Obsidian API surface the plugin uses, for tests only (never
// shipped: vitest aliases 'obsidian' to this file for test/plugin/). It models the
// behaviour the plugin relies on:
// - `Vault.process` reads, calls the function and writes with nothing in between,
//   and writes nothing when the function throws;
// - vault events fire after the write; the metadata cache is rebuilt after the
//   write, asynchronously (Obsidian parses in a worker), then fires 'changed';
// - file caches are built the way Obsidian builds them, from an independent
//   CommonMark reading (./metadata.ts, remark), never from core's scanner, and
//   checked against the caches recorded in the real app (test/plugin/fake.test.ts);
// - `Component` runs every registered clean-up on unload, and every handler,
//   command, view, extension and ribbon icon is counted so a test can prove
//   unload removes them all.
// Names marked "test hook" do not exist in Obsidian.

import { parse } from 'yaml';
import { type CachedMetadata, buildCache } from './metadata.js';

// ---------------------------------------------------------------- events

type Handler = (...data: never[]) => unknown;

export interface EventRef {
  readonly e: Events;
  readonly name: string;
  readonly fn: Handler;
  readonly ctx: unknown;
}

export class Events {
  private readonly handlers = new Map<string, EventRef[]>();

  on(name: string, callback: Handler, ctx?: unknown): EventRef {
    const ref: EventRef = { e: this, name, fn: callback, ctx };
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), ref]);
    return ref;
  }

  off(name: string, callback: Handler): void {
    this.handlers.set(
      name,
      (this.handlers.get(name) ?? []).filter((r) => r.fn !== callback),
    );
  }

  offref(ref: EventRef): void {
    this.handlers.set(
      ref.name,
      (this.handlers.get(ref.name) ?? []).filter((r) => r !== ref),
    );
  }

  trigger(name: string, ...data: unknown[]): void {
    for (const ref of [...(this.handlers.get(name) ?? [])]) this.tryTrigger(ref, data);
  }

  tryTrigger(ref: EventRef, args: unknown[]): void {
    try {
      (ref.fn as (...data: unknown[]) => unknown).apply(ref.ctx, args);
    } catch (error) {
      console.error(error);
    }
  }

  /** Test hook: how many handlers are registered, by event name. */
  handlerCount(): number {
    let n = 0;
    for (const list of this.handlers.values()) n += list.length;
    return n;
  }
}

// ---------------------------------------------------------------- components

export class Component {
  private loaded = false;
  private children: Component[] = [];
  private cleanups: Array<() => unknown> = [];
  /** What `onload` returned, so a plugin's async `onload` can be awaited. */
  protected loading: void | Promise<void> = undefined;

  load(): void {
    if (this.loaded) return;
    this.loaded = true;
    this.loading = this.onload();
    for (const child of this.children) child.load();
  }

  onload(): void | Promise<void> {}

  unload(): void {
    if (!this.loaded) return;
    this.loaded = false;
    while (this.children.length > 0) this.children.pop()?.unload();
    while (this.cleanups.length > 0) this.cleanups.pop()?.();
    this.onunload();
  }

  onunload(): void {}

  addChild<T extends Component>(child: T): T {
    this.children.push(child);
    if (this.loaded) child.load();
    return child;
  }

  removeChild<T extends Component>(child: T): T {
    const at = this.children.indexOf(child);
    if (at >= 0) {
      this.children.splice(at, 1);
      child.unload();
    }
    return child;
  }

  register(cb: () => unknown): void {
    this.cleanups.push(cb);
  }

  registerEvent(ref: EventRef): void {
    this.register(() => ref.e.offref(ref));
  }

  registerDomEvent(el: EventTarget, type: string, callback: (ev: Event) => unknown, options?: boolean | AddEventListenerOptions): void {
    el.addEventListener(type, callback, options);
    this.register(() => el.removeEventListener(type, callback, options));
  }

  registerInterval(id: number): number {
    this.register(() => window.clearInterval(id));
    return id;
  }

  /** Test hook: whether load ran and unload has not. */
  get isLoaded(): boolean {
    return this.loaded;
  }

  /** Test hook: clean-ups still waiting for unload. */
  get pendingCleanups(): number {
    return this.cleanups.length;
  }
}

// ---------------------------------------------------------------- files

export interface FileStats {
  ctime: number;
  mtime: number;
  size: number;
}

export abstract class TAbstractFile {
  vault: Vault;
  path: string;
  name: string;
  parent: TFolder | null;

  constructor(vault: Vault, path: string, parent: TFolder | null) {
    this.vault = vault;
    this.path = path;
    this.name = path.split('/').pop() ?? path;
    this.parent = parent;
  }
}

export class TFile extends TAbstractFile {
  stat: FileStats = { ctime: 0, mtime: 0, size: 0 };

  get basename(): string {
    const at = this.name.lastIndexOf('.');
    return at > 0 ? this.name.slice(0, at) : this.name;
  }

  get extension(): string {
    const at = this.name.lastIndexOf('.');
    return at > 0 ? this.name.slice(at + 1) : '';
  }
}

export class TFolder extends TAbstractFile {
  children: TAbstractFile[] = [];

  isRoot(): boolean {
    return this.path === '/';
  }
}

// ---------------------------------------------------------------- metadata

export type { BlockCache, CacheItem, CachedMetadata, HeadingCache, ListItemCache, Loc, Pos, SectionCache, TagCache } from './metadata.js';
export { buildCache } from './metadata.js';

export class MetadataCache extends Events {
  private readonly caches = new Map<string, CachedMetadata>();

  getFileCache(file: TFile): CachedMetadata | null {
    return this.caches.get(file.path) ?? null;
  }

  getCache(path: string): CachedMetadata | null {
    return this.caches.get(path) ?? null;
  }

  on(name: 'changed', callback: (file: TFile, data: string, cache: CachedMetadata) => unknown, ctx?: unknown): EventRef;
  on(name: 'deleted', callback: (file: TFile, prevCache: CachedMetadata | null) => unknown, ctx?: unknown): EventRef;
  on(name: string, callback: Handler, ctx?: unknown): EventRef;
  on(name: string, callback: Handler, ctx?: unknown): EventRef {
    return super.on(name, callback, ctx);
  }

  /** Test hook (Obsidian does this from its worker): cache a file's text, without an event. */
  index(file: TFile, text: string): void {
    this.caches.set(file.path, buildCache(text));
  }

  /** Test hook: re-parse after a write, then fire 'changed', as Obsidian's worker does. */
  async reparse(file: TFile, text: string): Promise<void> {
    await Promise.resolve();
    if (file.vault.getAbstractFileByPath(file.path) !== file) return; // deleted or moved meanwhile
    const cache = buildCache(text);
    this.caches.set(file.path, cache);
    this.trigger('changed', file, text, cache);
  }

  /** Test hook: follow a rename (Obsidian keeps the cache; no 'changed'). */
  moved(oldPath: string, newPath: string): void {
    const cache = this.caches.get(oldPath);
    this.caches.delete(oldPath);
    if (cache) this.caches.set(newPath, cache);
  }

  /** Test hook: forget a deleted file and fire 'deleted'. */
  forget(file: TFile): void {
    const prev = this.caches.get(file.path) ?? null;
    this.caches.delete(file.path);
    this.trigger('deleted', file, prev);
  }
}

// ---------------------------------------------------------------- vault

/**
 * The vault's file system below the Vault API: files Obsidian does not index
 * (dot folders, such as `.follow-through/`), by normalized path. Folders must
 * exist before a file is written into them, as on disk.
 */
export class DataAdapter {
  /** Test hook: every file the adapter holds, by path. */
  readonly files = new Map<string, string>();
  /** Test hook: every folder made. */
  readonly folders = new Set<string>(['']);

  getName(): string {
    return 'vault';
  }

  async exists(normalizedPath: string): Promise<boolean> {
    return this.files.has(normalizedPath) || this.folders.has(normalizedPath);
  }

  async read(normalizedPath: string): Promise<string> {
    const text = this.files.get(normalizedPath);
    if (text === undefined) throw new Error(`ENOENT: no such file, open '${normalizedPath}'`);
    return text;
  }

  async write(normalizedPath: string, data: string): Promise<void> {
    const dir = normalizedPath.split('/').slice(0, -1).join('/');
    if (!this.folders.has(dir)) throw new Error(`ENOENT: no such file or directory, open '${normalizedPath}'`);
    if (this.folders.has(normalizedPath)) throw new Error(`EISDIR: illegal operation on a directory, open '${normalizedPath}'`);
    this.files.set(normalizedPath, data);
  }

  async mkdir(normalizedPath: string): Promise<void> {
    const parts = normalizedPath.split('/').filter(Boolean);
    for (let i = 1; i <= parts.length; i++) this.folders.add(parts.slice(0, i).join('/'));
  }

  async remove(normalizedPath: string): Promise<void> {
    if (!this.files.delete(normalizedPath)) throw new Error(`ENOENT: no such file, unlink '${normalizedPath}'`);
  }
}

export class Vault extends Events {
  /** The file system below the vault (dot folders, the plugin's own files). */
  readonly adapter = new DataAdapter();
  readonly configDir = '.obsidian';
  private readonly contents = new Map<TFile, string>();
  private readonly rawBytes = new Map<TFile, Uint8Array>();
  /** Test hook: notes whose file has no write bit; writing one fails as Node's fs does (EACCES), as on a desktop vault. */
  readonly readOnly = new Set<string>();
  private readonly byPath = new Map<string, TAbstractFile>();
  private readonly root: TFolder;
  private clock = 1_700_000_000_000;
  /** Test hook: every write, in order, with the method that made it. */
  readonly writes: Array<{ method: 'create' | 'modify' | 'process'; path: string }> = [];

  constructor(private readonly metadata: MetadataCache) {
    super();
    this.root = new TFolder(this, '/', null);
    this.byPath.set('/', this.root);
  }

  on(name: 'create' | 'modify' | 'delete', callback: (file: TAbstractFile) => unknown, ctx?: unknown): EventRef;
  on(name: 'rename', callback: (file: TAbstractFile, oldPath: string) => unknown, ctx?: unknown): EventRef;
  on(name: string, callback: Handler, ctx?: unknown): EventRef;
  on(name: string, callback: Handler, ctx?: unknown): EventRef {
    return super.on(name, callback, ctx);
  }

  getName(): string {
    return 'vault';
  }

  getRoot(): TFolder {
    return this.root;
  }

  getAbstractFileByPath(path: string): TAbstractFile | null {
    return this.byPath.get(path) ?? null;
  }

  getFileByPath(path: string): TFile | null {
    const file = this.byPath.get(path);
    return file instanceof TFile ? file : null;
  }

  getFiles(): TFile[] {
    return [...this.contents.keys()];
  }

  getMarkdownFiles(): TFile[] {
    return this.getFiles().filter((f) => f.extension === 'md');
  }

  getAllLoadedFiles(): TAbstractFile[] {
    return [...this.byPath.values()];
  }

  async read(file: TFile): Promise<string> {
    return this.contentOf(file);
  }

  /** The note's bytes: those set with `setBytes`, else its text as UTF-8 (as Obsidian's `readBinary` gives them). */
  async readBinary(file: TFile): Promise<ArrayBuffer> {
    const raw = this.rawBytes.get(file) ?? new TextEncoder().encode(this.contentOf(file));
    return raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.byteLength) as ArrayBuffer;
  }

  /** Test hook: give a note bytes that are not UTF-8; its text is what Obsidian decodes them to (U+FFFD for each bad byte). */
  setBytes(file: TFile, bytes: Uint8Array): void {
    this.rawBytes.set(file, bytes);
    this.contents.set(file, new TextDecoder('utf-8').decode(bytes));
  }

  async cachedRead(file: TFile): Promise<string> {
    return this.contentOf(file);
  }

  async create(path: string, data: string): Promise<TFile> {
    const file = this.add(path, data);
    this.writes.push({ method: 'create', path });
    this.trigger('create', file);
    void this.metadata.reparse(file, data);
    return file;
  }

  async modify(file: TFile, data: string): Promise<void> {
    this.contentOf(file);
    this.write(file, data, 'modify');
  }

  /** Read, change and write a note atomically: nothing can write in between; a throwing `fn` writes nothing. */
  async process(file: TFile, fn: (data: string) => string): Promise<string> {
    const current = this.contentOf(file);
    const next = fn(current);
    if (typeof next !== 'string') throw new TypeError('Vault.process: the function must return the new text');
    this.write(file, next, 'process');
    return next;
  }

  async delete(file: TAbstractFile): Promise<void> {
    if (this.byPath.get(file.path) !== file) throw new Error(`${file.path} does not exist`);
    if (file instanceof TFolder) for (const child of [...file.children]) await this.delete(child);
    this.byPath.delete(file.path);
    if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
    if (file instanceof TFile) {
      this.contents.delete(file);
      this.metadata.forget(file);
    }
    this.trigger('delete', file);
  }

  async rename(file: TAbstractFile, newPath: string): Promise<void> {
    if (this.byPath.has(newPath)) throw new Error(`${newPath} already exists`);
    if (!(file instanceof TFile)) throw new Error('the fake renames files only');
    const oldPath = file.path;
    this.byPath.delete(oldPath);
    if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
    const parent = this.folder(newPath.split('/').slice(0, -1).join('/'));
    file.path = newPath;
    file.name = newPath.split('/').pop() ?? newPath;
    file.parent = parent;
    parent.children.push(file);
    this.byPath.set(newPath, file);
    this.metadata.moved(oldPath, newPath);
    this.trigger('rename', file, oldPath);
  }

  /** Test hook: add a file as if it was there when the vault opened (no event; cached at once). */
  seed(path: string, data: string): TFile {
    const file = this.add(path, data);
    this.metadata.index(file, data);
    return file;
  }

  private add(path: string, data: string): TFile {
    if (this.byPath.has(path)) throw new Error(`${path} already exists`);
    const parent = this.folder(path.split('/').slice(0, -1).join('/'));
    const file = new TFile(this, path, parent);
    parent.children.push(file);
    this.byPath.set(path, file);
    this.contents.set(file, data);
    file.stat = { ctime: this.tick(), mtime: this.clock, size: data.length };
    return file;
  }

  private folder(path: string): TFolder {
    if (path === '') return this.root;
    const found = this.byPath.get(path);
    if (found instanceof TFolder) return found;
    if (found) throw new Error(`${path} is a file`);
    const parent = this.folder(path.split('/').slice(0, -1).join('/'));
    const folder = new TFolder(this, path, parent);
    parent.children.push(folder);
    this.byPath.set(path, folder);
    return folder;
  }

  private contentOf(file: TFile): string {
    const text = this.contents.get(file);
    if (text === undefined || this.byPath.get(file.path) !== file) throw new Error(`ENOENT: ${file.path} does not exist`);
    return text;
  }

  private write(file: TFile, data: string, method: 'modify' | 'process'): void {
    if (this.readOnly.has(file.path)) {
      throw Object.assign(new Error(`EACCES: permission denied, open '/vault/${file.path}'`), { code: 'EACCES' });
    }
    this.rawBytes.delete(file);
    this.contents.set(file, data);
    file.stat = { ...file.stat, mtime: this.tick(), size: data.length };
    this.writes.push({ method, path: file.path });
    this.trigger('modify', file);
    void this.metadata.reparse(file, data);
  }

  private tick(): number {
    this.clock += 1000;
    return this.clock;
  }
}

// ---------------------------------------------------------------- editor

export interface EditorPosition {
  line: number;
  ch: number;
}

/** The editor of a Markdown view, over a plain string. */
export class Editor {
  private text = '';
  private anchor: EditorPosition = { line: 0, ch: 0 };
  private head: EditorPosition = { line: 0, ch: 0 };
  /** Test hook: whether the buffer has changes not yet saved. */
  dirty = false;

  getValue(): string {
    return this.text;
  }

  setValue(text: string): void {
    this.text = text;
    this.setCursor(this.clip(this.head));
  }

  lineCount(): number {
    return this.text.split('\n').length;
  }

  lastLine(): number {
    return this.lineCount() - 1;
  }

  getLine(line: number): string {
    return this.text.split('\n')[line] ?? '';
  }

  getCursor(which: 'from' | 'to' | 'head' | 'anchor' = 'head'): EditorPosition {
    const a = this.posToOffset(this.anchor);
    const h = this.posToOffset(this.head);
    if (which === 'anchor') return { ...this.anchor };
    if (which === 'head') return { ...this.head };
    return this.offsetToPos(which === 'from' ? Math.min(a, h) : Math.max(a, h));
  }

  setCursor(pos: EditorPosition | number, ch?: number): void {
    const at = this.clip(typeof pos === 'number' ? { line: pos, ch: ch ?? 0 } : pos);
    this.anchor = at;
    this.head = at;
  }

  setSelection(anchor: EditorPosition, head?: EditorPosition): void {
    this.anchor = this.clip(anchor);
    this.head = this.clip(head ?? anchor);
  }

  getSelection(): string {
    return this.text.slice(this.posToOffset(this.getCursor('from')), this.posToOffset(this.getCursor('to')));
  }

  somethingSelected(): boolean {
    return this.getSelection() !== '';
  }

  replaceSelection(replacement: string): void {
    const from = this.posToOffset(this.getCursor('from'));
    const to = this.posToOffset(this.getCursor('to'));
    this.text = this.text.slice(0, from) + replacement + this.text.slice(to);
    this.setCursor(this.offsetToPos(from + replacement.length));
    this.dirty = true;
  }

  replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition): void {
    const a = this.posToOffset(from);
    const b = this.posToOffset(to ?? from);
    this.text = this.text.slice(0, a) + replacement + this.text.slice(b);
    this.dirty = true;
  }

  posToOffset(pos: EditorPosition): number {
    const lines = this.text.split('\n');
    let offset = 0;
    for (let i = 0; i < pos.line && i < lines.length; i++) offset += (lines[i]?.length ?? 0) + 1;
    return Math.min(this.text.length, offset + pos.ch);
  }

  offsetToPos(offset: number): EditorPosition {
    const before = this.text.slice(0, Math.max(0, Math.min(offset, this.text.length))).split('\n');
    return { line: before.length - 1, ch: before[before.length - 1]?.length ?? 0 };
  }

  private clip(pos: EditorPosition): EditorPosition {
    const line = Math.max(0, Math.min(pos.line, this.lastLine()));
    return { line, ch: Math.max(0, Math.min(pos.ch, this.getLine(line).length)) };
  }
}

// ---------------------------------------------------------------- views and leaves

export interface ViewState {
  type: string;
  active?: boolean;
  state?: Record<string, unknown>;
}

export interface OpenViewState {
  active?: boolean;
  eState?: Record<string, unknown>;
}

export abstract class View extends Component {
  app: App;
  leaf: WorkspaceLeaf;
  containerEl: HTMLElement;
  icon = '';
  navigation = false;

  constructor(leaf: WorkspaceLeaf) {
    super();
    this.leaf = leaf;
    this.app = leaf.app;
    this.containerEl = createDiv({ cls: 'workspace-leaf-content' });
  }

  abstract getViewType(): string;
  abstract getDisplayText(): string;

  getIcon(): string {
    return this.icon;
  }

  async onOpen(): Promise<void> {}

  async onClose(): Promise<void> {}

  getState(): Record<string, unknown> {
    return {};
  }

  async setState(_state: unknown, _result: unknown): Promise<void> {}
}

export abstract class ItemView extends View {
  contentEl: HTMLElement;

  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    this.containerEl.createDiv({ cls: 'view-header' });
    this.contentEl = this.containerEl.createDiv({ cls: 'view-content' });
  }
}

/** What a leaf shows before anything is opened in it. */
export class EmptyView extends ItemView {
  getViewType(): string {
    return 'empty';
  }
  getDisplayText(): string {
    return 'New tab';
  }
}

export class MarkdownView extends ItemView {
  file: TFile | null = null;
  editor = new Editor();

  getViewType(): string {
    return 'markdown';
  }

  getDisplayText(): string {
    return this.file?.basename ?? 'No file';
  }

  getViewData(): string {
    return this.editor.getValue();
  }

  /** Load a file into the editor, and follow changes made to it from outside (as Obsidian reloads a clean editor). */
  async loadFile(file: TFile): Promise<void> {
    this.file = file;
    this.editor.setValue(await this.app.vault.read(file));
    this.editor.dirty = false;
    this.registerEvent(
      this.app.vault.on('modify', (changed) => {
        if (changed !== this.file || this.editor.dirty) return;
        void this.app.vault.read(this.file).then((text) => this.editor.setValue(text));
      }),
    );
  }

  /** Save the editor's text (Obsidian does this two seconds after typing stops; the fake waits for a test to ask). */
  async save(): Promise<void> {
    if (!this.file) return;
    this.editor.dirty = false;
    await this.app.vault.modify(this.file, this.editor.getValue());
  }
}

export class WorkspaceLeaf extends Events {
  app: App;
  view: View;
  containerEl: HTMLElement;
  /** Test hook: the last ephemeral state a leaf was opened with (`{ line }` for "open at line"). */
  eState: Record<string, unknown> | undefined;

  constructor(
    app: App,
    /** Test hook: where the leaf sits. */
    readonly side: 'main' | 'right',
  ) {
    super();
    this.app = app;
    this.containerEl = app.workspace.containerEl.createDiv({ cls: `workspace-leaf mod-${side}` });
    this.view = this.show(new EmptyView(this));
  }

  getViewState(): ViewState {
    return { type: this.view.getViewType() };
  }

  async setViewState(state: ViewState): Promise<void> {
    const factory = this.app.workspace.viewFactory(state.type);
    const view = factory ? factory(this) : state.type === 'markdown' ? new MarkdownView(this) : new EmptyView(this);
    await this.replace(view);
    if (state.active) this.app.workspace.setActiveLeaf(this);
  }

  async openFile(file: TFile, openState: OpenViewState = {}): Promise<void> {
    const view = this.view instanceof MarkdownView ? this.view : new MarkdownView(this);
    if (view !== this.view) await this.replace(view);
    if ((view).file !== file) await (view).loadFile(file);
    this.eState = openState.eState;
    const line = openState.eState?.line;
    if (typeof line === 'number') (view).editor.setCursor({ line, ch: 0 });
    if (openState.active !== false) this.app.workspace.setActiveLeaf(this);
  }

  getDisplayText(): string {
    return this.view.getDisplayText();
  }

  detach(): void {
    void this.view.onClose();
    this.view.unload();
    this.containerEl.detach();
    this.app.workspace.removeLeaf(this);
  }

  /** Swap the view for an empty one, as Obsidian does when a view's plugin unloads. */
  async replace(view: View): Promise<void> {
    const old = this.view;
    await old.onClose();
    old.unload();
    old.containerEl.detach();
    this.show(view);
    await view.onOpen();
  }

  private show(view: View): View {
    this.view = view;
    this.containerEl.appendChild(view.containerEl);
    view.load();
    return view;
  }
}

type ViewCreator = (leaf: WorkspaceLeaf) => View;

export class Workspace extends Events {
  containerEl: HTMLElement;
  /** Test hook: the left ribbon, where `addRibbonIcon` puts icons. */
  ribbonEl: HTMLElement;
  activeLeaf: WorkspaceLeaf | null = null;
  layoutReady = false;
  /** Test hook: CodeMirror extensions registered by plugins. */
  readonly editorExtensions: unknown[][] = [];
  private leaves: WorkspaceLeaf[] = [];
  private readonly views = new Map<string, ViewCreator>();
  private readyCallbacks: Array<() => unknown> = [];
  private lastFile: TFile | null = null;

  constructor(private readonly app: App) {
    super();
    this.containerEl = document.body.createDiv({ cls: 'app-container' });
    this.ribbonEl = this.containerEl.createDiv({ cls: 'side-dock-ribbon' });
  }

  on(name: 'active-leaf-change', callback: (leaf: WorkspaceLeaf | null) => unknown, ctx?: unknown): EventRef;
  on(name: 'file-open', callback: (file: TFile | null) => unknown, ctx?: unknown): EventRef;
  on(name: 'layout-change', callback: () => unknown, ctx?: unknown): EventRef;
  on(name: string, callback: Handler, ctx?: unknown): EventRef;
  on(name: string, callback: Handler, ctx?: unknown): EventRef {
    return super.on(name, callback, ctx);
  }

  onLayoutReady(callback: () => unknown): void {
    if (this.layoutReady) callback();
    else this.readyCallbacks.push(callback);
  }

  /** Test hook: the layout is ready; run what waited for it. */
  setLayoutReady(): void {
    this.layoutReady = true;
    const waiting = this.readyCallbacks;
    this.readyCallbacks = [];
    for (const cb of waiting) cb();
  }

  getLeaf(newLeaf?: boolean | 'tab' | 'split' | 'window'): WorkspaceLeaf {
    if (!newLeaf) {
      const reuse = this.activeLeaf?.side === 'main' ? this.activeLeaf : this.leaves.find((l) => l.side === 'main');
      if (reuse) return reuse;
    }
    return this.addLeaf('main');
  }

  getRightLeaf(_split: boolean): WorkspaceLeaf | null {
    return this.addLeaf('right');
  }

  getLeavesOfType(type: string): WorkspaceLeaf[] {
    return this.leaves.filter((l) => l.view.getViewType() === type);
  }

  /** Test hook: every open leaf. */
  getLeaves(): WorkspaceLeaf[] {
    return [...this.leaves];
  }

  getActiveViewOfType<T extends View>(type: abstract new (...args: never[]) => T): T | null {
    const view = this.activeLeaf?.view;
    return view instanceof type ? view : null;
  }

  getActiveFile(): TFile | null {
    const view = this.activeLeaf?.view;
    if (view instanceof MarkdownView) return view.file;
    return this.lastFile;
  }

  async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
    leaf.containerEl.removeClass('is-hidden');
  }

  setActiveLeaf(leaf: WorkspaceLeaf | null): void {
    this.activeLeaf = leaf;
    const view = leaf?.view;
    if (view instanceof MarkdownView) {
      this.lastFile = view.file;
      this.trigger('file-open', view.file);
    }
    this.trigger('active-leaf-change', leaf);
  }

  detachLeavesOfType(type: string): void {
    for (const leaf of this.getLeavesOfType(type)) leaf.detach();
  }

  /** Test hook (Obsidian's view registry): how to build a view of a type. */
  viewFactory(type: string): ViewCreator | undefined {
    return this.views.get(type);
  }

  /** Test hook: register a view type; returns the clean-up Obsidian runs on unload. */
  registerViewType(type: string, creator: ViewCreator): () => void {
    if (this.views.has(type)) throw new Error(`a view of type "${type}" is already registered`);
    this.views.set(type, creator);
    return () => {
      this.views.delete(type);
      // Obsidian keeps the leaf in the layout but closes the plugin's view.
      for (const leaf of this.getLeavesOfType(type)) void leaf.replace(new EmptyView(leaf));
    };
  }

  /** Test hook: the number of registered view types. */
  get viewTypeCount(): number {
    return this.views.size;
  }

  removeLeaf(leaf: WorkspaceLeaf): void {
    this.leaves = this.leaves.filter((l) => l !== leaf);
    if (this.activeLeaf === leaf) this.setActiveLeaf(this.leaves.find((l) => l.side === 'main') ?? null);
  }

  private addLeaf(side: 'main' | 'right'): WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this.app, side);
    this.leaves.push(leaf);
    return leaf;
  }
}

// ---------------------------------------------------------------- app

export interface Command {
  id: string;
  name: string;
  icon?: string;
  hotkeys?: unknown[];
  callback?: () => unknown;
  checkCallback?: (checking: boolean) => boolean | void;
  editorCallback?: (editor: Editor, ctx: MarkdownView) => unknown;
  editorCheckCallback?: (checking: boolean, editor: Editor, ctx: MarkdownView) => boolean | void;
}

/** Obsidian's command registry (`app.commands`, not in the public API). */
export class Commands {
  readonly commands: Record<string, Command> = {};

  constructor(private readonly app: App) {}

  /** Run a command as the palette does; false when it is unavailable here. Test hook: the promise awaits its callback. */
  async executeCommandById(id: string): Promise<boolean> {
    const command = this.commands[id];
    if (!command) return false;
    const view = this.app.workspace.getActiveViewOfType(MarkdownView);
    if (command.editorCheckCallback) {
      if (!view || !command.editorCheckCallback(true, view.editor, view)) return false;
      command.editorCheckCallback(false, view.editor, view);
      return true;
    }
    if (command.editorCallback) {
      if (!view) return false;
      await command.editorCallback(view.editor, view);
      return true;
    }
    if (command.checkCallback) {
      if (!command.checkCallback(true)) return false;
      command.checkCallback(false);
      return true;
    }
    if (command.callback) {
      await command.callback();
      return true;
    }
    return false;
  }

  /** Whether the command palette would list a command now. */
  isAvailable(id: string): boolean {
    const command = this.commands[id];
    if (!command) return false;
    const view = this.app.workspace.getActiveViewOfType(MarkdownView);
    if (command.editorCheckCallback) return !!view && !!command.editorCheckCallback(true, view.editor, view);
    if (command.editorCallback) return !!view;
    if (command.checkCallback) return !!command.checkCallback(true);
    return !!command.callback;
  }
}

export interface MarkdownPostProcessorContext {
  docId: string;
  sourcePath: string;
  frontmatter: unknown;
  addChild(child: Component): void;
  getSectionInfo(el: HTMLElement): null;
}

type CodeBlockProcessor = (source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext) => unknown;

/** Obsidian's keychain for secrets (1.11.4): ids are lowercase letters, digits and dashes. */
export class SecretStorage extends Events {
  private readonly secrets = new Map<string, string>();

  setSecret(id: string, secret: string): void {
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) throw new Error(`Invalid secret id: ${id}`);
    this.secrets.set(id, secret);
  }

  getSecret(id: string): string | null {
    return this.secrets.get(id) ?? null;
  }

  listSecrets(): string[] {
    return [...this.secrets.keys()];
  }
}

export class App {
  readonly metadataCache = new MetadataCache();
  readonly secretStorage = new SecretStorage();
  readonly vault = new Vault(this.metadataCache);
  readonly workspace = new Workspace(this);
  /** Obsidian's private command registry. */
  readonly commands = new Commands(this);
  /** Test hook: setting tabs added by plugins. */
  readonly settingTabs: PluginSettingTab[] = [];
  /** Test hook: code block processors by language. */
  readonly codeBlockProcessors = new Map<string, CodeBlockProcessor>();
  /** Test hook: each plugin's data.json. */
  readonly pluginData = new Map<string, string>();

  /** Test hook: an app whose vault holds these notes (path → text). */
  static withNotes(notes: Record<string, string>): App {
    const app = new App();
    for (const [path, text] of Object.entries(notes)) app.vault.seed(path, text);
    return app;
  }

  /** Test hook: render a code block as reading view would; `unload` is what re-rendering or closing does. */
  renderCodeBlock(language: string, source: string, sourcePath: string): { el: HTMLElement; unload: () => void } {
    const section = new Component();
    section.load();
    const el = this.workspace.containerEl.createDiv({ cls: `block-language-${language}` });
    const ctx: MarkdownPostProcessorContext = {
      docId: 'doc',
      sourcePath,
      frontmatter: undefined,
      addChild: (child) => section.addChild(child),
      getSectionInfo: () => null,
    };
    void this.codeBlockProcessors.get(language)?.(source, el, ctx);
    return {
      el,
      unload: () => {
        section.unload();
        el.detach();
      },
    };
  }
}

// ---------------------------------------------------------------- plugins

export interface PluginManifest {
  id: string;
  name: string;
  version: string;
  minAppVersion: string;
  description: string;
  author: string;
  isDesktopOnly?: boolean;
  dir?: string;
}

/** A dialog over the workspace: `open` shows it and calls `onOpen`, `close` removes it and calls `onClose`. */
export class Modal {
  readonly containerEl: HTMLElement;
  readonly modalEl: HTMLElement;
  readonly titleEl: HTMLElement;
  readonly contentEl: HTMLElement;
  /** Test hook: every modal open now, oldest first. */
  static readonly opened: Modal[] = [];

  constructor(readonly app: App) {
    this.containerEl = createDiv({ cls: 'modal-container' });
    this.modalEl = this.containerEl.createDiv({ cls: 'modal' });
    this.titleEl = this.modalEl.createDiv({ cls: 'modal-title' });
    this.contentEl = this.modalEl.createDiv({ cls: 'modal-content' });
  }

  setTitle(title: string): this {
    this.titleEl.setText(title);
    return this;
  }

  open(): void {
    document.body.appendChild(this.containerEl);
    Modal.opened.push(this);
    this.onOpen();
  }

  close(): void {
    const at = Modal.opened.indexOf(this);
    if (at < 0) return;
    Modal.opened.splice(at, 1);
    this.containerEl.detach();
    this.onClose();
  }

  onOpen(): void {}

  onClose(): void {}
}

export class MarkdownRenderChild extends Component {
  containerEl: HTMLElement;

  constructor(containerEl: HTMLElement) {
    super();
    this.containerEl = containerEl;
  }
}

export abstract class PluginSettingTab {
  app: App;
  plugin: Plugin;
  containerEl: HTMLElement;

  constructor(app: App, plugin: Plugin) {
    this.app = app;
    this.plugin = plugin;
    this.containerEl = createDiv({ cls: 'vertical-tab-content' });
  }

  abstract display(): void;

  hide(): void {
    this.containerEl.empty();
  }
}

export class Plugin extends Component {
  app: App;
  manifest: PluginManifest;

  constructor(app: App, manifest: PluginManifest) {
    super();
    this.app = app;
    this.manifest = manifest;
  }

  /** Load the plugin, awaiting an async `onload` as Obsidian's plugin manager does. */
  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- Obsidian's plugin manager awaits this; tests need the same
  override load(): Promise<void> {
    super.load();
    return Promise.resolve(this.loading);
  }

  addCommand(command: Command): Command {
    const full = { ...command, id: `${this.manifest.id}:${command.id}`, name: `${this.manifest.name}: ${command.name}` };
    this.app.commands.commands[full.id] = full;
    this.register(() => delete this.app.commands.commands[full.id]);
    return full;
  }

  addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = this.app.workspace.ribbonEl.createDiv({ cls: 'side-dock-ribbon-action clickable-icon', attr: { 'aria-label': title, 'data-icon': icon } });
    this.registerDomEvent(el, 'click', (evt) => callback(evt as MouseEvent));
    this.register(() => el.detach());
    return el;
  }

  addSettingTab(tab: PluginSettingTab): void {
    this.app.settingTabs.push(tab);
    this.register(() => {
      const at = this.app.settingTabs.indexOf(tab);
      if (at >= 0) this.app.settingTabs.splice(at, 1);
    });
  }

  registerView(type: string, viewCreator: ViewCreator): void {
    this.register(this.app.workspace.registerViewType(type, viewCreator));
  }

  registerEditorExtension(extension: unknown): void {
    const entry = Array.isArray(extension) ? extension : [extension];
    this.app.workspace.editorExtensions.push(entry);
    this.register(() => {
      const at = this.app.workspace.editorExtensions.indexOf(entry);
      if (at >= 0) this.app.workspace.editorExtensions.splice(at, 1);
    });
  }

  registerMarkdownCodeBlockProcessor(language: string, handler: CodeBlockProcessor): CodeBlockProcessor {
    if (this.app.codeBlockProcessors.has(language)) throw new Error(`a code block processor for "${language}" is already registered`);
    this.app.codeBlockProcessors.set(language, handler);
    this.register(() => this.app.codeBlockProcessors.delete(language));
    return handler;
  }

  async loadData(): Promise<unknown> {
    const saved = this.app.pluginData.get(this.manifest.id);
    return saved === undefined ? null : JSON.parse(saved);
  }

  async saveData(data: unknown): Promise<void> {
    this.app.pluginData.set(this.manifest.id, JSON.stringify(data));
  }
}

// ---------------------------------------------------------------- UI

/** Test hook: every notice shown, oldest first. */
export const notices: string[] = [];

export class Notice {
  noticeEl: HTMLElement;
  messageEl: HTMLElement;
  /** Test hook: whether it was hidden. */
  hidden = false;

  constructor(message: string | DocumentFragment, duration?: number) {
    this.noticeEl = createDiv({ cls: 'notice' });
    this.messageEl = this.noticeEl.createDiv({ cls: 'notice-message' });
    void duration;
    this.setMessage(message);
  }

  setMessage(message: string | DocumentFragment): this {
    this.messageEl.setText(message);
    notices.push(this.messageEl.getText());
    return this;
  }

  hide(): void {
    this.hidden = true;
  }
}

abstract class ValueComponent<T> {
  protected changed: ((value: T) => unknown) | undefined;

  abstract getValue(): T;
  abstract setValue(value: T): this;

  onChange(callback: (value: T) => unknown): this {
    this.changed = callback;
    return this;
  }

  /** Test hook: what a person changing the control does; resolves when the handler has. */
  async change(value: T): Promise<void> {
    this.setValue(value);
    await this.changed?.(value);
  }
}

export class TextComponent extends ValueComponent<string> {
  inputEl: HTMLInputElement;

  constructor(containerEl: HTMLElement) {
    super();
    this.inputEl = containerEl.createEl('input', { type: 'text' });
    this.inputEl.addEventListener('input', () => void this.changed?.(this.inputEl.value));
  }

  getValue(): string {
    return this.inputEl.value;
  }

  setValue(value: string): this {
    this.inputEl.value = value;
    return this;
  }

  setPlaceholder(placeholder: string): this {
    this.inputEl.placeholder = placeholder;
    return this;
  }
}

export class TextAreaComponent extends ValueComponent<string> {
  inputEl: HTMLTextAreaElement;

  constructor(containerEl: HTMLElement) {
    super();
    this.inputEl = containerEl.createEl('textarea');
    this.inputEl.addEventListener('input', () => void this.changed?.(this.inputEl.value));
  }

  getValue(): string {
    return this.inputEl.value;
  }

  setValue(value: string): this {
    this.inputEl.value = value;
    return this;
  }

  setPlaceholder(placeholder: string): this {
    this.inputEl.placeholder = placeholder;
    return this;
  }
}

export class ToggleComponent extends ValueComponent<boolean> {
  toggleEl: HTMLElement;
  private on = false;

  constructor(containerEl: HTMLElement) {
    super();
    this.toggleEl = containerEl.createDiv({ cls: 'checkbox-container' });
    this.toggleEl.addEventListener('click', () => {
      this.setValue(!this.on);
      void this.changed?.(this.on);
    });
  }

  getValue(): boolean {
    return this.on;
  }

  setValue(on: boolean): this {
    this.on = on;
    this.toggleEl.toggleClass('is-enabled', on);
    return this;
  }
}

export class DropdownComponent extends ValueComponent<string> {
  selectEl: HTMLSelectElement;

  constructor(containerEl: HTMLElement) {
    super();
    this.selectEl = containerEl.createEl('select', { cls: 'dropdown' });
    this.selectEl.addEventListener('change', () => void this.changed?.(this.selectEl.value));
  }

  addOption(value: string, display: string): this {
    this.selectEl.createEl('option', { value, text: display });
    return this;
  }

  addOptions(options: Record<string, string>): this {
    for (const [value, display] of Object.entries(options)) this.addOption(value, display);
    return this;
  }

  getValue(): string {
    return this.selectEl.value;
  }

  setValue(value: string): this {
    this.selectEl.value = value;
    return this;
  }
}

export class ButtonComponent {
  buttonEl: HTMLButtonElement;
  private clicked: ((evt: MouseEvent) => unknown) | undefined;

  constructor(containerEl: HTMLElement) {
    this.buttonEl = containerEl.createEl('button');
    this.buttonEl.addEventListener('click', (evt) => void this.clicked?.(evt));
  }

  setButtonText(name: string): this {
    this.buttonEl.setText(name);
    return this;
  }

  setCta(): this {
    this.buttonEl.addClass('mod-cta');
    return this;
  }

  setWarning(): this {
    this.buttonEl.addClass('mod-warning');
    return this;
  }

  /** Test hook: whether setDestructive (Obsidian 1.13) styled the button. */
  destructive = false;

  setDestructive(): this {
    this.destructive = true;
    return this;
  }

  setDisabled(disabled: boolean): this {
    this.buttonEl.disabled = disabled;
    return this;
  }

  onClick(callback: (evt: MouseEvent) => unknown): this {
    this.clicked = callback;
    return this;
  }

  /** Test hook: what a person clicking the button does; resolves when the handler has. */
  async click(): Promise<void> {
    await this.clicked?.(new MouseEvent('click'));
  }
}

/**
 * Obsidian's secret picker (1.11.1; setValue and onChange 1.11.4): its value is
 * the id of a secret in the app's SecretStorage (the keychain), never the secret.
 */
export class SecretComponent extends ValueComponent<string> {
  /** Test hook: the id shown as chosen. */
  private id = '';

  constructor(
    readonly app: App,
    readonly containerEl: HTMLElement,
  ) {
    super();
  }

  getValue(): string {
    return this.id;
  }

  setValue(value: string): this {
    this.id = value;
    return this;
  }
}

const settingsByElement = new WeakMap<Element, Setting>();

export class Setting {
  settingEl: HTMLElement;
  infoEl: HTMLElement;
  nameEl: HTMLElement;
  descEl: HTMLElement;
  controlEl: HTMLElement;
  /** The controls, in the order they were added. */
  components: Array<ValueComponent<string> | ValueComponent<boolean>> = [];
  /** The buttons, in the order they were added. */
  buttons: ButtonComponent[] = [];

  /** Test hook: the Setting that made a `.setting-item` element. */
  static of(el: Element): Setting | undefined {
    return settingsByElement.get(el);
  }

  constructor(containerEl: HTMLElement) {
    this.settingEl = containerEl.createDiv({ cls: 'setting-item' });
    settingsByElement.set(this.settingEl, this);
    this.infoEl = this.settingEl.createDiv({ cls: 'setting-item-info' });
    this.nameEl = this.infoEl.createDiv({ cls: 'setting-item-name' });
    this.descEl = this.infoEl.createDiv({ cls: 'setting-item-description' });
    this.controlEl = this.settingEl.createDiv({ cls: 'setting-item-control' });
  }

  setName(name: string | DocumentFragment): this {
    this.nameEl.setText(name);
    return this;
  }

  setDesc(desc: string | DocumentFragment): this {
    this.descEl.setText(desc);
    return this;
  }

  setHeading(): this {
    this.settingEl.addClass('setting-item-heading');
    return this;
  }

  addText(cb: (component: TextComponent) => unknown): this {
    return this.add(new TextComponent(this.controlEl), cb);
  }

  addTextArea(cb: (component: TextAreaComponent) => unknown): this {
    return this.add(new TextAreaComponent(this.controlEl), cb);
  }

  addToggle(cb: (component: ToggleComponent) => unknown): this {
    return this.add(new ToggleComponent(this.controlEl), cb);
  }

  addDropdown(cb: (component: DropdownComponent) => unknown): this {
    return this.add(new DropdownComponent(this.controlEl), cb);
  }

  addButton(cb: (component: ButtonComponent) => unknown): this {
    const button = new ButtonComponent(this.controlEl);
    this.buttons.push(button);
    cb(button);
    return this;
  }

  addComponent<T extends ValueComponent<string>>(cb: (el: HTMLElement) => T): this {
    this.components.push(cb(this.controlEl));
    return this;
  }

  private add<C extends ValueComponent<string> | ValueComponent<boolean>>(component: C, cb: (component: C) => unknown): this {
    this.components.push(component);
    cb(component);
    return this;
  }
}

// ---------------------------------------------------------------- functions

/** The running app's version (a test may pretend to be an older Obsidian with setApiVersion). */
export let apiVersion = '1.13.1';

/** Test hook: run as this version of Obsidian. */
export function setApiVersion(version: string): void {
  apiVersion = version;
}

/** Whether the running Obsidian is at least this version. */
export function requireApiVersion(version: string): boolean {
  const [a = [], b = []] = [apiVersion, version].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

/** Obsidian's path clean-up: forward slashes, no doubled, leading or trailing ones ('' is '/'), ordinary spaces, NFC. */
export function normalizePath(path: string): string {
  const joined = path.replace(/([\\/])+/g, '/').replace(/(^\/+|\/+$)/g, '');
  return (joined === '' ? '/' : joined).replace(/\u00A0|\u202F/g, ' ').normalize('NFC');
}

/** Obsidian's YAML parser (the fake uses the `yaml` package). */
export function parseYaml(text: string): unknown {
  return parse(text, { uniqueKeys: false });
}

export interface RequestUrlParam {
  url: string;
  method?: string;
  contentType?: string;
  body?: string | ArrayBuffer;
  headers?: Record<string, string>;
  /** Throw when the status is 400 or more. Default: true. */
  throw?: boolean;
}

export interface RequestUrlResponse {
  status: number;
  headers: Record<string, string>;
  arrayBuffer: ArrayBuffer;
  json: unknown;
  text: string;
}

/** Test hook: every request made through `requestUrl`, in order: `METHOD url status`. */
export const requests: string[] = [];

/**
 * Obsidian's HTTP client, over real HTTP with Node's own client (no CORS, as
 * in Obsidian; happy-dom replaces the global `fetch` in these tests with its
 * own, so Node's `http` carries the request). Resolves with `{status, headers, text, json,
 * arrayBuffer}`; rejects on a status of 400 or more unless `throw: false`,
 * and on a network error.
 */
export function requestUrl(request: RequestUrlParam | string): Promise<RequestUrlResponse> {
  const param: RequestUrlParam = typeof request === 'string' ? { url: request } : request;
  const url = new URL(param.url);
  const method = (param.method ?? 'GET').toUpperCase();
  const headers: Record<string, string> = { ...(param.headers ?? {}) };
  if (param.contentType && !Object.keys(headers).some((k) => k.toLowerCase() === 'content-type')) headers['content-type'] = param.contentType;
  const body = param.body === undefined ? undefined : typeof param.body === 'string' ? Buffer.from(param.body) : Buffer.from(param.body);
  if (body) headers['content-length'] = String(body.length);
  // Node's client, looked up when called: the screenshots bundle this fake for a browser, where requestUrl is never called.
  const send = url.protocol === 'https:' ? process.getBuiltinModule('node:https').request : process.getBuiltinModule('node:http').request;
  return new Promise((resolve, reject) => {
    const req = send(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        const text = bytes.toString('utf8');
        const status = res.statusCode ?? 0;
        requests.push(`${method} ${param.url} ${status}`);
        const flat: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) flat[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
        const response: RequestUrlResponse = {
          status,
          headers: flat,
          text,
          arrayBuffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
          get json(): unknown {
            return JSON.parse(text) as unknown;
          },
        };
        if (status >= 400 && param.throw !== false) {
          reject(Object.assign(new Error(`Request failed, status ${status}`), { status, headers: flat }));
          return;
        }
        resolve(response);
      });
    });
    req.on('error', (error) => {
      requests.push(`${method} ${param.url} network`);
      reject(error);
    });
    if (body) req.write(body);
    req.end();
  });
}
