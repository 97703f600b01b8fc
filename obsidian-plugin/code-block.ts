import type { MarkdownPostProcessorContext } from 'obsidian';
import { clientNameKey, clientOf } from '../core/index.js';
import { type OpenAt, renderEmpty, renderOneNote, renderVault } from './summary.js';
import type { VaultIndex } from './vault-index.js';

/**
 * Render a `follow-through` code block in reading view: a live summary of this
 * note (empty block or `note`), one client (`client: Dana`), or the vault (`vault`).
 */
export function renderCodeBlock(index: VaultIndex, source: string, el: HTMLElement, ctx: MarkdownPostProcessorContext, openAt: OpenAt): void {
  el.empty();
  const root = el.createDiv({ cls: 'ft-view ft-block' });
  const query = source.trim();
  const tracked = index.tracked();
  if (!index.isReady) {
    root.createDiv({ cls: 'ft-muted', text: 'Reading your notes…' });
    return;
  }
  if (query === '' || query === 'note') {
    const here = tracked.find((t) => t.file === ctx.sourcePath);
    if (here) renderOneNote(root, here, tracked, openAt, false);
    else renderEmpty(root, undefined);
    return;
  }
  if (query === 'vault') {
    renderVault(root, tracked, openAt);
    return;
  }
  const client = /^client:\s*(.+)$/i.exec(query)?.[1]?.trim();
  if (client) {
    const mine = tracked.filter((t) => clientNameKey(clientOf(t)) === clientNameKey(client));
    if (mine.length === 0) root.createDiv({ cls: 'ft-muted', text: `No notes for ${client} yet.` });
    else renderVault(root, mine, openAt);
    return;
  }
  root.createDiv({
    cls: 'ft-muted',
    text: `This block does not understand “${query}”. Write nothing (this note), “vault”, or “client: NAME”.`,
  });
}
