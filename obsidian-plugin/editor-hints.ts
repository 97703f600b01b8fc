import { RangeSetBuilder, StateEffect } from '@codemirror/state';
import { Decoration, type DecorationSet, EditorView, ViewPlugin, type ViewUpdate, hoverTooltip } from '@codemirror/view';
import { type ParseOptions, ReadingCache } from '../core/index.js';
import { type Hint, findHints } from './find-hints.js';

/**
 * Notes up to this many characters are read again on every edit (a few
 * milliseconds at most). Longer ones, such as years of daily entries in one
 * note, are read again only once typing pauses, so a keystroke never waits
 * on a whole-note read; meanwhile the underlines move with the text.
 */
export const readAtOnceUpTo = 50_000;
/** How long typing must pause before a long note is read again, in milliseconds. */
export const pauseBeforeReading = 400;

/** Sent to the editor when a delayed reading is done, so it shows the new underlines. */
const hintsRead = StateEffect.define<null>();

/**
 * A CodeMirror 6 extension: a quiet underline under the weak part of a
 * commitment line, and a tooltip with the finding and its suggestion.
 */
export function commitmentHints(options: () => ParseOptions) {
  const mark = (hint: Hint) => Decoration.mark({ class: `ft-hint ft-hint-${hint.code}`, attributes: { 'aria-label': hint.message } });

  /** The underlines for a note's hints. */
  const decorate = (view: EditorView, hints: readonly Hint[]): DecorationSet => {
    const builder = new RangeSetBuilder<Decoration>();
    const docLength = view.state.doc.length;
    let last = -1;
    for (const hint of hints) {
      if (hint.from < last || hint.to > docLength) continue; // marks must not overlap in a builder
      builder.add(hint.from, hint.to, mark(hint));
      last = hint.to;
    }
    return builder.finish();
  };

  const plugin = ViewPlugin.fromClass(
    class {
      /** This editor's hints (each editor has its own note), for the tooltip. */
      hints: Hint[] = [];
      decorations: DecorationSet;
      /** The readings of this note's commitments: a keystroke changes one at most, the others are not read again. */
      private readonly readings = new ReadingCache();
      private timer: number | undefined;
      constructor(private readonly view: EditorView) {
        this.decorations = this.read();
      }
      private read(): DecorationSet {
        this.hints = findHints(this.view.state.doc.toString(), { ...options(), readings: this.readings });
        return decorate(this.view, this.hints);
      }
      update(update: ViewUpdate) {
        if (!update.docChanged) return;
        if (update.state.doc.length <= readAtOnceUpTo) {
          this.decorations = this.read();
          return;
        }
        // A long note: keep the underlines where they were, moved with the edit, and read the note again after a pause.
        this.decorations = this.decorations.map(update.changes);
        this.hints = this.hints
          .map((h) => ({ ...h, from: update.changes.mapPos(h.from, 1), to: update.changes.mapPos(h.to, -1) }))
          .filter((h) => h.to > h.from);
        window.clearTimeout(this.timer);
        this.timer = window.setTimeout(() => {
          this.timer = undefined;
          this.decorations = this.read();
          this.view.dispatch({ effects: hintsRead.of(null) });
        }, pauseBeforeReading);
      }
      destroy() {
        window.clearTimeout(this.timer);
      }
    },
    { decorations: (v) => v.decorations },
  );

  const tooltip = hoverTooltip((view, pos) => {
    const here = (view.plugin(plugin)?.hints ?? []).filter((h) => pos >= h.from && pos <= h.to);
    const first = here[0];
    if (!first) return null;
    return {
      pos: first.from,
      end: first.to,
      above: true,
      create: () => {
        const dom = createDiv({ cls: 'ft-hint-tooltip' });
        for (const hint of here) {
          dom.createDiv({ cls: 'ft-hint-message', text: hint.message });
          dom.createDiv({ cls: 'ft-hint-suggestion', text: hint.suggestion });
        }
        return { dom };
      },
    };
  });

  return [plugin, tooltip, EditorView.baseTheme({ '.ft-hint': { textDecoration: 'underline dotted', textUnderlineOffset: '3px' } })];
}
