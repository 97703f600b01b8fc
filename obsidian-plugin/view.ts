import { ItemView, type WorkspaceLeaf } from 'obsidian';
import type { OpenAt } from './summary.js';
import { renderEmpty, renderOneNote, renderVault } from './summary.js';
import type { VaultIndex } from './vault-index.js';

export const VIEW_TYPE = 'follow-through-view';

/** What the view needs from the plugin. */
export interface ViewHost {
  index: VaultIndex;
  activePath(): string | undefined;
  openAt: OpenAt;
  insertTemplate(): void;
}

/** The side view: this note's commitments, or every client's, updated as notes change. */
export class FollowThroughView extends ItemView {
  private showing: 'note' | 'vault' = 'note';
  private stop: (() => void) | undefined;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: ViewHost,
  ) {
    super(leaf);
  }

  getViewType(): string {
    return VIEW_TYPE;
  }

  getDisplayText(): string {
    return 'Follow Through';
  }

  getIcon(): string {
    return 'list-checks';
  }

  /** Show this note or the whole vault. */
  setScope(scope: 'note' | 'vault'): void {
    this.showing = scope;
    this.render();
  }

  async onOpen(): Promise<void> {
    this.stop = this.host.index.onChange(() => this.render());
    this.registerEvent(this.app.workspace.on('active-leaf-change', () => this.render()));
    this.render();
  }

  async onClose(): Promise<void> {
    this.stop?.();
    this.stop = undefined;
  }

  /** Draw the view from the index. */
  render(): void {
    const root = this.contentEl;
    root.empty();
    root.addClass('ft-view');
    const tabs = root.createDiv({ cls: 'ft-tabs' });
    tabs.setAttribute('role', 'tablist');
    for (const [scope, label] of [
      ['note', 'This note'],
      ['vault', 'All clients'],
    ] as const) {
      const tab = tabs.createEl('button', { cls: `ft-tab${this.showing === scope ? ' is-active' : ''}`, text: label });
      tab.setAttribute('role', 'tab');
      tab.setAttribute('aria-selected', String(this.showing === scope));
      tab.addEventListener('click', () => this.setScope(scope));
    }
    const body = root.createDiv({ cls: 'ft-body' });
    if (!this.host.index.isReady) {
      body.createDiv({ cls: 'ft-muted', text: 'Reading your notes…' });
      return;
    }
    const tracked = this.host.index.tracked();
    if (this.showing === 'vault') {
      if (tracked.length === 0) renderEmpty(body, () => this.host.insertTemplate());
      else renderVault(body, tracked, this.host.openAt);
      return;
    }
    const path = this.host.activePath();
    const here = tracked.find((t) => t.file === path);
    if (!here) renderEmpty(body, path ? () => this.host.insertTemplate() : undefined);
    else renderOneNote(body, here, tracked, this.host.openAt, true);
  }
}
