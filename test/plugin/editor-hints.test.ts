// @vitest-environment happy-dom
// The editor hints: findHints as a pure function, and the real CodeMirror 6 extension mounted in happy-dom.
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { describe, expect, it } from 'vitest';
import { commitmentHints } from '../../obsidian-plugin/editor-hints.js';
import { findHints } from '../../obsidian-plugin/hints.js';
import { DEFAULT_SETTINGS } from '../../obsidian-plugin/settings.js';
import { parseOptions } from '../../obsidian-plugin/vault-index.js';
import { exampleVault, readVault } from './harness.js';

const priya = readVault(exampleVault)['clients/priya/2026-11-24 session.md'] ?? '';
const options = () => parseOptions(DEFAULT_SETTINGS);

describe('editor hints', () => {
  it('should mark the vague trigger and the negated action in Priya’s plans', () => {
    const hints = findHints(priya, options());
    const marked = hints.map((h) => [h.code, priya.slice(h.from, h.to)]);
    expect(marked).toContainEqual(['vague-trigger', 'When I have time']);
    expect(marked.find(([code]) => code === 'negated-action')?.[1]).toMatch(/check email/i);
    for (const h of hints) {
      expect(h.to).toBeGreaterThan(h.from);
      expect(priya.slice(h.from, h.to)).not.toContain('\n');
      expect(h.message.length).toBeGreaterThan(0);
      expect(h.suggestion.length).toBeGreaterThan(0);
    }
  });

  it('should find nothing in a note without commitments', () => {
    expect(findHints('# Notes\n\n- buy milk\n', options())).toEqual([]);
  });

  it('should underline the same words in a real CodeMirror editor, and follow edits', () => {
    const parent = document.body.appendChild(document.createElement('div'));
    const view = new EditorView({ state: EditorState.create({ doc: priya, extensions: commitmentHints(options) }), parent });
    try {
      const underlined = () => [...view.dom.querySelectorAll('.ft-hint')].map((el) => [el.className.replace(/^ft-hint ft-hint-/, ''), el.textContent]);
      expect(underlined()).toContainEqual(['vague-trigger', 'When I have time']);
      const at = priya.indexOf('When I have time');
      view.dispatch({ changes: { from: at, to: at + 'When I have time'.length, insert: 'After lunch on Monday' } });
      expect(underlined().map(([, text]) => text)).not.toContain('When I have time');
      expect(underlined().map(([, text]) => text)).not.toContain('After lunch on Monday');
    } finally {
      view.destroy();
      parent.remove();
    }
  });
});
