import { RangeSetBuilder } from '@codemirror/state';
import { Decoration, type DecorationSet, EditorView, ViewPlugin, type ViewUpdate, hoverTooltip } from '@codemirror/view';
import type { ParseOptions } from '../core/index.js';
import { type Hint, findHints } from './hints.js';

/**
 * A CodeMirror 6 extension: a quiet underline under the weak part of a
 * commitment line, and a tooltip with the finding and its suggestion.
 */
export function commitmentHints(options: () => ParseOptions) {
  let hints: Hint[] = [];
  const mark = (hint: Hint) => Decoration.mark({ class: `ft-hint ft-hint-${hint.code}`, attributes: { 'aria-label': hint.message } });

  const build = (view: EditorView): DecorationSet => {
    hints = findHints(view.state.doc.toString(), options());
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
      decorations: DecorationSet;
      constructor(view: EditorView) {
        this.decorations = build(view);
      }
      update(update: ViewUpdate) {
        if (update.docChanged) this.decorations = build(update.view);
      }
    },
    { decorations: (v) => v.decorations },
  );

  const tooltip = hoverTooltip((_view, pos) => {
    const here = hints.filter((h) => pos >= h.from && pos <= h.to);
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
