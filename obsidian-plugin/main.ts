import { MarkdownRenderChild, MarkdownView, Notice, Plugin, TFile, type WorkspaceLeaf } from 'obsidian';
import { Actions, describeCount, describeUntrackPlan } from './actions.js';
import { renderCodeBlock } from './code-block.js';
import { ConfirmModal } from './confirm-modal.js';
import { commitmentHints } from './editor-hints.js';
import { type NotionEndpoint, NotionSync } from './notion.js';
import { DEFAULT_SETTINGS, type FollowThroughSettings, FollowThroughSettingTab, readSettings } from './settings.js';
import { FollowThroughView, VIEW_TYPE } from './view.js';
import { type IndexStore, indexedDbStore } from './index-store.js';
import { VaultIndex } from './vault-index.js';

/** How often tracked notes are brought up to date when automatic updates are on. */
const autoEveryMs = 60 * 60 * 1000;

/** Follow Through in Obsidian: lifecycle and registration only; the work is in the modules it wires. */
export default class FollowThroughPlugin extends Plugin {
  settings: FollowThroughSettings = { ...DEFAULT_SETTINGS };
  index!: VaultIndex;
  actions!: Actions;
  notion!: NotionSync;
  /** The background sync's interval, while one runs. */
  private notionTimer: number | undefined;

  async onload(): Promise<void> {
    this.settings = readSettings(await this.loadData());
    this.index = new VaultIndex(this.app, () => this.settings, () => this.now(), this.indexStore(), this.manifest.version);
    this.actions = new Actions(this.app, this.index);
    this.notion = new NotionSync(this.app, this.index, () => this.settings, () => this.notionEndpoint());

    this.registerView(VIEW_TYPE, (leaf) => new FollowThroughView(leaf, this.viewHost()));
    const settingsNow = () => this.settings;
    this.addSettingTab(
      new FollowThroughSettingTab(this.app, this, {
        get settings() {
          return settingsNow();
        },
        saveSettings: () => this.saveSettings(),
        saveQuietly: () => this.saveData(this.settings),
        notion: {
          hasToken: () => this.notion.hasToken(),
          testConnection: () => this.notion.testConnection(),
          repairDatabase: () => this.notion.repairDatabase(),
          schedule: () => this.scheduleNotion(),
        },
      }),
    );
    this.registerEditorExtension(commitmentHints(() => this.index.parseOptions()));
    this.registerMarkdownCodeBlockProcessor('follow-through', (source, el, ctx) => {
      const child = new MarkdownRenderChild(el);
      const draw = () => renderCodeBlock(this.index, source, el, ctx, (path, line) => void this.openAt(path, line));
      child.register(this.index.onChange(draw));
      ctx.addChild(child);
      draw();
    });
    this.addRibbonIcon('list-checks', 'Open Follow Through', () => void this.openView());
    this.addCommands();

    // Heavy work waits for the layout: the index reads only notes that can hold commitments.
    this.app.workspace.onLayoutReady(() => void this.start());
  }

  onunload(): void {
    this.index?.dispose();
  }

  /**
   * Where the index is kept between launches: this device's IndexedDB, a
   * database per vault (Obsidian's id for the vault, else its name).
   */
  protected indexStore(): IndexStore | undefined {
    const vaultId = (this.app as { appId?: unknown }).appId;
    return indexedDbStore(window.indexedDB, `follow-through/index/${typeof vaultId === 'string' ? vaultId : this.app.vault.getName()}`);
  }

  /** The clock the plugin works by (tests give it a fixed day). */
  protected now(): Date {
    return new Date();
  }

  /** Where Notion is: Notion's own API (tests point it at the local emulator). */
  protected notionEndpoint(): NotionEndpoint {
    return {};
  }

  /** Start, change or stop the background sync with Notion, as the settings say (off by default). */
  scheduleNotion(): void {
    if (this.notionTimer !== undefined) window.clearInterval(this.notionTimer);
    this.notionTimer = undefined;
    const minutes = this.settings.notion.intervalMinutes;
    if (minutes <= 0) return;
    this.notionTimer = this.registerInterval(window.setInterval(() => void this.notion.syncNow(true), minutes * 60_000));
  }

  async saveSettings(): Promise<void> {
    await this.saveData(this.settings);
    // Headings, tag or defaults may have changed what counts: read the vault again.
    await this.index.build();
  }

  private async start(): Promise<void> {
    this.registerEvent(
      this.app.metadataCache.on('changed', (file) => {
        if (this.index.notes.has(file.path) || this.index.isCandidate(this.app.metadataCache.getFileCache(file))) {
          this.index.schedule(file);
        }
      }),
    );
    this.registerEvent(
      this.app.vault.on('rename', (file, oldPath) => {
        if (file instanceof TFile) this.index.rename(file, oldPath);
      }),
    );
    this.registerEvent(this.app.vault.on('delete', (file) => this.index.remove(file.path)));
    await this.index.readTaskStatuses();
    await this.index.build();
    if (this.settings.autoUpdate) await this.autoUpdate();
    this.registerInterval(window.setInterval(() => void this.autoUpdate(), autoEveryMs));
    this.scheduleNotion();
  }

  /** With automatic updates on, bring notes already tracked up to date (never starts tracking a new note). */
  private async autoUpdate(): Promise<void> {
    if (!this.settings.autoUpdate || !this.index.isReady) return;
    await this.actions.trackVault(undefined, true);
  }

  private activeFile(): TFile | undefined {
    return this.app.workspace.getActiveViewOfType(MarkdownView)?.file ?? this.app.workspace.getActiveFile() ?? undefined;
  }

  /**
   * The editor of the note the user is working in. Clicking in the side view
   * makes the view's leaf the active one, so fall back to the leaf showing the
   * active file.
   */
  private noteEditor() {
    const active = this.app.workspace.getActiveViewOfType(MarkdownView);
    if (active) return active.editor;
    const file = this.activeFile();
    const view = this.app.workspace
      .getLeavesOfType('markdown')
      .map((leaf) => leaf.view)
      .find((v): v is MarkdownView => v instanceof MarkdownView && v.file === file);
    return file ? view?.editor : undefined;
  }

  private viewHost() {
    return {
      index: this.index,
      activePath: () => this.activeFile()?.path,
      openAt: (path: string, line: number) => void this.openAt(path, line),
      insertTemplate: () => {
        const editor = this.noteEditor();
        if (editor) this.actions.insertTemplate(editor);
        else new Notice('Open a note first, then insert the template where you want it.');
      },
    };
  }

  /** Open a note at a line. */
  async openAt(path: string, line: number): Promise<void> {
    const file = this.app.vault.getAbstractFileByPath(path);
    if (!(file instanceof TFile)) return;
    const leaf = this.app.workspace.getLeaf(false);
    await leaf.openFile(file, { eState: { line: Math.max(0, line - 1) } });
  }

  /** Open the side view, or bring it forward. */
  async openView(showing: 'note' | 'vault' = 'note'): Promise<FollowThroughView | undefined> {
    let leaf: WorkspaceLeaf | null | undefined = this.app.workspace.getLeavesOfType(VIEW_TYPE)[0];
    if (!leaf) {
      leaf = this.app.workspace.getRightLeaf(false);
      await leaf?.setViewState({ type: VIEW_TYPE, active: true });
    }
    if (!leaf) return undefined;
    await this.app.workspace.revealLeaf(leaf);
    const view = leaf.view instanceof FollowThroughView ? leaf.view : undefined;
    view?.setScope(showing);
    return view;
  }

  /** A command about the open note: offered only when a note is open; the note is read afresh first. */
  private addNoteCommand(id: string, name: string, run: (file: TFile) => Promise<void>): void {
    this.addCommand({
      id,
      name,
      checkCallback: (checking) => {
        const file = this.activeFile();
        if (!file) return false;
        if (!checking) {
          void (async () => {
            await this.index.refresh(file);
            await run(file);
          })();
        }
        return true;
      },
    });
  }

  private addCommands(): void {
    this.addNoteCommand('check-note', 'Check the commitments in this note', async (file) => {
      new Notice(this.actions.describeNote(file.path));
      await this.openView('note');
    });
    this.addNoteCommand('track-note', 'Start or update tracking in this note', async (file) => {
      if (!this.index.notes.has(file.path)) {
        new Notice(this.actions.describeNote(file.path));
        return;
      }
      new Notice(describeCount(await this.actions.trackFile(file)));
    });
    this.addNoteCommand('untrack-note', 'Take Follow Through’s lines out of this note', async (file) => {
      const preview = await this.actions.previewUntrack(file);
      if (!preview) return;
      new ConfirmModal(this.app, {
        title: `Take Follow Through’s lines out of “${file.basename}”?`,
        intro: `${describeUntrackPlan(preview.plan, false)} Lines marked - go; lines marked + replace them. Every word you wrote stays.`,
        change: preview.change,
        action: 'Take them out',
        run: async () => {
          new Notice(await this.actions.untrackFile(file));
        },
      }).open();
    });
    this.addCommand({
      id: 'track-vault',
      name: 'Update tracking in the whole vault',
      callback: async () => new Notice(describeCount(await this.actions.trackVault())),
    });
    this.addCommand({
      id: 'write-prompts',
      name: 'Write reflection prompts for closed periods',
      callback: async () => new Notice(describeCount(await this.actions.trackVault({ periods: false, prompts: true }))),
    });
    this.addCommand({
      id: 'copy-weekly-message',
      name: 'Copy this week’s message',
      callback: async () => {
        const message = this.actions.weeklyMessage(this.activeFile()?.path);
        if (!message) {
          new Notice('No week has closed with tracking in it yet. Tick items during the week, and copy the message after it ends.');
          return;
        }
        await navigator.clipboard.writeText(message);
        new Notice(`Copied: ${message}`);
      },
    });
    this.addCommand({
      id: 'insert-review',
      name: 'Insert the next-session review at the cursor',
      editorCallback: (editor, ctx) => this.actions.insertReview(editor, ctx.file?.path),
    });
    this.addCommand({
      id: 'insert-template',
      name: 'Insert a commitment template at the cursor',
      editorCallback: (editor) => this.actions.insertTemplate(editor),
    });
    this.addCommand({
      id: 'sync-notion',
      name: 'Sync with Notion now',
      callback: async () => {
        await this.notion.syncNow();
      },
    });
    this.addCommand({
      id: 'repair-notion',
      name: 'Repair the Notion database',
      callback: async () => {
        await this.notion.repairDatabase();
      },
    });
    this.addCommand({
      id: 'open-view',
      name: 'Open the side view',
      callback: () => void this.openView(),
    });
  }
}
