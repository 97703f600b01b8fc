// The preview page: the REAL plugin (obsidian-plugin/main.ts, its view, its
// editor extension and styles.css) loaded into the test fake of Obsidian's API,
// in a browser, on the example vault after three simulated weeks of tracking.
// docs/preview/shoot.ts bundles this with esbuild ('obsidian' → the fake) and
// photographs it in headless Chromium. Preview-only: never shipped.
import { type Extension, EditorState, RangeSetBuilder } from '@codemirror/state';
import { Decoration, type DecorationSet, EditorView, ViewPlugin, type ViewUpdate, tooltips } from '@codemirror/view';
import type { App as ObsidianApp, PluginManifest } from 'obsidian';
import FollowThroughPlugin from '../../obsidian-plugin/main.js';
import type { FollowThroughView } from '../../obsidian-plugin/view.js';
import { installDomHelpers } from '../../test/obsidian-fake/dom.js';
import { App, MarkdownView } from '../../test/obsidian-fake/obsidian.js';
import { icon, renderMarkdown } from './markdown.js';
import { pictureDay, threeWeeks } from '../../examples/simulate.js';

/** The example vault (path → text) and the plugin's manifest, put in by the build. */
declare const PREVIEW_VAULT: Record<string, string>;
declare const PREVIEW_MANIFEST: PluginManifest;

/** What the page tells the photographer once it is drawn. */
export interface PreviewReport {
  theme: 'light' | 'dark';
  commitments: number;
  callouts: number;
  hints: number;
  tooltip: string;
}

declare global {
  interface Window {
    previewReport?: PreviewReport;
  }
}

/** The note the side view and the reading view show, and the note in the editor. */
export const noteShown = 'clients/marcus/2026-11-20 session.md';
export const noteEdited = 'clients/priya/2026-11-24 session.md';

/** Lucide's list-checks: the view's icon (`getIcon()` says 'list-checks'). */
const listChecks = [
  ['path', { d: 'm3 17 2 2 4-4' }],
  ['path', { d: 'm3 7 2 2 4-4' }],
  ['path', { d: 'M13 6h8' }],
  ['path', { d: 'M13 12h8' }],
  ['path', { d: 'M13 18h8' }],
] as const;

/** The plugin with its clock on the picture day (the seam main.ts offers for tests). */
class PreviewPlugin extends FollowThroughPlugin {
  protected override now(): Date {
    const [y = 2026, m = 1, d = 1] = pictureDay.split('-').map(Number);
    return new Date(y, m - 1, d, 9, 30);
  }
}

async function until(ready: () => boolean, what: string, ms = 5000): Promise<void> {
  const start = performance.now();
  while (!ready()) {
    if (performance.now() - start > ms) throw new Error(`preview: ${what} did not happen within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function basename(path: string): string {
  return (path.split('/').pop() ?? path).replace(/\.md$/, '');
}

/** A main-area pane with a tab header, as Obsidian draws an open note. */
function mainPane(shot: HTMLElement, title: string, mode: 'reading' | 'source'): HTMLElement {
  const leaf = shot.createDiv({ cls: 'workspace-leaf mod-active' });
  const header = leaf.createDiv({ cls: 'view-header' });
  header.createDiv({ cls: 'view-header-title-container' }).createDiv({ cls: 'view-header-title', text: title });
  header.createDiv({ cls: 'view-header-mode', text: mode === 'reading' ? 'Reading view' : 'Editing' });
  return leaf.createDiv({ cls: 'view-content' });
}

/** The right sidebar with the plugin's view in it. */
function mountSideView(shot: HTMLElement, view: FollowThroughView): void {
  const split = shot.createDiv({ cls: 'workspace-split mod-right-split' });
  const tabs = split.createDiv({ cls: 'workspace-tab-header-container' });
  const tab = tabs.createDiv({ cls: 'workspace-tab-header is-active', attr: { 'aria-label': view.getDisplayText() } });
  icon(tab.createDiv({ cls: 'workspace-tab-header-inner-icon' }), listChecks);
  tabs.createDiv({ cls: 'workspace-tab-header-title', text: view.getDisplayText() });
  split.createDiv({ cls: 'workspace-leaf' }).appendChild(view.containerEl);
}

/**
 * Reading view of a note, scrolled to a commitment and cropped a line after its
 * first answered prompt, as a person reading that part of the note would see it.
 */
function mountReadingView(shot: HTMLElement, path: string, text: string, item: string): void {
  const content = mainPane(shot, basename(path), 'reading');
  const reading = content.createDiv({ cls: 'markdown-reading-view' });
  const preview = reading.createDiv({ cls: 'markdown-preview-view markdown-rendered' });
  const sizer = preview.createDiv({ cls: 'markdown-preview-sizer' });
  sizer.createDiv({ cls: 'inline-title', text: basename(path) });
  renderMarkdown(sizer, text);
  const target = [...sizer.querySelectorAll('li')].find((li) => li.firstChild?.textContent?.startsWith(item));
  if (!target) throw new Error(`preview: no list item starting “${item}” in ${path}`);
  const answer = [...target.querySelectorAll('li')].find((li) => li.textContent?.startsWith('My answer:') && (li.textContent?.length ?? 0) > 'My answer: '.length);
  if (!answer) throw new Error(`preview: no answered prompt under “${item}” in ${path}`);
  const top = target.getBoundingClientRect().top;
  // End after the answer and the next line of the checklist, so the crop does not cut a line in half.
  const bottom = (answer.nextElementSibling ?? answer).getBoundingClientRect().bottom;
  preview.scrollTop = top - preview.getBoundingClientRect().top;
  const leaf = content.parentElement;
  const header = leaf?.querySelector<HTMLElement>('.view-header');
  if (leaf && header) {
    const gap = parseFloat(getComputedStyle(reading).paddingTop);
    leaf.style.height = `${Math.ceil(header.offsetHeight + gap + bottom - top + 2)}px`;
  }
}

/**
 * Obsidian's source mode shows Markdown's syntax quietly: headings larger,
 * list markers, block ids and frontmatter faint. A few decorations stand in
 * for its Markdown mode here (preview-only; the plugin's extension is separate).
 */
const sourceMode = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = this.build(view);
    }
    update(update: ViewUpdate) {
      if (update.docChanged) this.decorations = this.build(update.view);
    }
    build(view: EditorView): DecorationSet {
      const builder = new RangeSetBuilder<Decoration>();
      const doc = view.state.doc;
      let inFrontmatter = doc.line(1).text === '---';
      for (let n = 1; n <= doc.lines; n++) {
        const line = doc.line(n);
        if (inFrontmatter) {
          builder.add(line.from, line.from, Decoration.line({ class: 'cm-hmd-frontmatter' }));
          if (n > 1 && line.text === '---') inFrontmatter = false;
          continue;
        }
        const heading = /^(#{1,6}) /.exec(line.text);
        if (heading?.[1]) {
          builder.add(line.from, line.from, Decoration.line({ class: `HyperMD-header HyperMD-header-${heading[1].length}` }));
          builder.add(line.from, line.from + heading[0].length, Decoration.mark({ class: 'cm-formatting-header' }));
          continue;
        }
        const marker = /^(\s*)([-*+]|\d+[.)]) (\[.\] )?/.exec(line.text);
        if (marker) builder.add(line.from + (marker[1]?.length ?? 0), line.from + marker[0].length, Decoration.mark({ class: 'cm-formatting-list' }));
        const id = /\s(\^[A-Za-z0-9-]+)\s*$/.exec(line.text);
        if (id?.[1]) builder.add(line.from + id.index + 1, line.from + id.index + 1 + id[1].length, Decoration.mark({ class: 'cm-blockid' }));
      }
      return builder.finish();
    }
  },
  { decorations: (v) => v.decorations },
);

/** A real CodeMirror 6 editor with the extensions the plugin registered, its hover tooltip open on a hint. */
async function mountEditor(shot: HTMLElement, path: string, text: string, extensions: Extension[], from: string, hintText: string): Promise<EditorView> {
  const content = mainPane(shot, basename(path), 'source');
  const source = content.createDiv({ cls: 'markdown-source-view mod-cm6' });
  const view = new EditorView({
    // Absolute tooltips stay put when the photographer scrolls the page.
    state: EditorState.create({ doc: text, extensions: [...extensions, sourceMode, EditorView.lineWrapping, tooltips({ position: 'absolute' })] }),
    parent: source,
  });
  const start = text.indexOf(from);
  if (start < 0) throw new Error(`preview: “${from}” is not in ${path}`);
  view.dispatch({ effects: EditorView.scrollIntoView(start, { y: 'start', yMargin: 8 }) });
  await until(() => !!view.dom.querySelector('.ft-hint'), 'the underline');
  await new Promise((resolve) => requestAnimationFrame(resolve));

  // Hover the underlined words: the mouse events CodeMirror's hoverTooltip listens for.
  const hint = [...view.dom.querySelectorAll<HTMLElement>('.ft-hint')].find((el) => el.textContent === hintText);
  if (!hint) throw new Error(`preview: “${hintText}” is not underlined`);
  const box = hint.getBoundingClientRect();
  const point = { clientX: box.left + box.width * 0.4, clientY: box.top + box.height / 2, bubbles: true };
  hint.dispatchEvent(new MouseEvent('mouseover', point));
  hint.dispatchEvent(new MouseEvent('mousemove', point));
  await until(() => !!view.dom.querySelector('.cm-tooltip-hover .ft-hint-tooltip'), 'the hint tooltip', 3000);
  return view;
}

async function main(): Promise<void> {
  installDomHelpers();
  const theme = new URLSearchParams(location.search).get('theme') === 'dark' ? 'dark' : 'light';
  document.body.addClass(`theme-${theme}`, 'preview');

  // The example vault after three weeks: tracked by core, ticked by the clients, a prompt answered.
  const app = App.withNotes(threeWeeks(PREVIEW_VAULT));
  app.workspace.containerEl.addClass('preview-offstage');
  const file = app.vault.getFileByPath(noteShown);
  if (!file) throw new Error(`preview: no note at ${noteShown}`);
  const leaf = app.workspace.getLeaf(false);
  await leaf.openFile(file);
  if (!(leaf.view instanceof MarkdownView)) throw new Error('preview: the note did not open');

  // Load the plugin as Obsidian does: onload, the layout becomes ready, the index reads the vault.
  const plugin = new PreviewPlugin(app as unknown as ObsidianApp, PREVIEW_MANIFEST);
  // The fake's load() returns a promise that settles after the async onload, as Obsidian's plugin manager awaits it.
  await (plugin.load() as unknown as Promise<void>);
  app.workspace.setLayoutReady();
  await until(() => plugin.index.isReady, 'the index');
  const view = await plugin.openView('note');
  if (!view) throw new Error('preview: the side view did not open');

  const stage = document.body.createDiv({ cls: 'preview-stage' });
  mountSideView(stage.createDiv({ cls: 'preview-shot', attr: { id: 'shot-side' } }), view);
  mountReadingView(stage.createDiv({ cls: 'preview-shot', attr: { id: 'shot-note' } }), noteShown, await app.vault.read(file), 'Take the stairs at work');

  // The editor shows Priya's note as it was written in the session, before tracking: the moment the hints are for.
  const written = PREVIEW_VAULT[noteEdited];
  if (written === undefined) throw new Error(`preview: no note at ${noteEdited}`);
  const extensions = app.workspace.editorExtensions.flat() as Extension[];
  const editor = await mountEditor(stage.createDiv({ cls: 'preview-shot', attr: { id: 'shot-editor' } }), noteEdited, written, extensions, '## If-then plans', 'When I have time');

  await document.fonts.ready;
  window.previewReport = {
    theme,
    commitments: view.contentEl.querySelectorAll('.ft-commitment').length,
    callouts: document.querySelectorAll('#shot-note .callout').length,
    hints: editor.dom.querySelectorAll('.ft-hint').length,
    tooltip: editor.dom.querySelector('.cm-tooltip-hover')?.textContent ?? '',
  };
  document.body.setAttribute('data-preview-ready', 'true');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
});
