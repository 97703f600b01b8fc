// @vitest-environment happy-dom
// The editor hints: findHints as a pure function, and the real CodeMirror 6 extension mounted in happy-dom.
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { describe, expect, it, vi } from 'vitest';
import { commitmentHints, pauseBeforeReading, readAtOnceUpTo } from '../../obsidian-plugin/editor-hints.js';
import { findHints } from '../../obsidian-plugin/find-hints.js';
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

  it('should read a long note again only once typing pauses, moving its underlines with the text meanwhile', async () => {
    // Years of daily entries above the plans: longer than a note read on every keystroke.
    const days = Array.from({ length: 1200 }, (_, i) => `### Day ${i + 1}\n\n- Walked the dog, wrote a little, read a paper.\n`).join('\n');
    const long = `${days}\n${priya.slice(priya.indexOf('## If-then plans'))}`;
    expect(long.length).toBeGreaterThan(readAtOnceUpTo);
    const parent = document.body.appendChild(document.createElement('div'));
    const view = new EditorView({ state: EditorState.create({ doc: long, extensions: commitmentHints(options) }), parent });
    const underlined = () => [...view.dom.querySelectorAll('.ft-hint')].map((el) => el.textContent);
    try {
      // CodeMirror draws only what is on screen: bring the plans into view.
      view.dispatch({ selection: { anchor: long.indexOf('When I have time') }, scrollIntoView: true });
      expect(underlined()).toContain('When I have time');
      // Typing above the plans: the underline moves with its words at once.
      view.dispatch({ changes: { from: 0, insert: 'A new first line.\n' } });
      expect(underlined()).toContain('When I have time');
      // A strong trigger made vague: not underlined until the pause, then underlined.
      const doc = () => view.state.doc.toString();
      const strong = 'When I get to my desk in the lab at 9';
      const at = doc().indexOf(strong);
      view.dispatch({ changes: { from: at, to: at + strong.length, insert: 'Whenever I feel like it' } });
      expect(underlined()).not.toContain('Whenever I feel like it');
      await vi.waitFor(() => expect(underlined()).toContain('Whenever I feel like it'), { timeout: pauseBeforeReading * 5 });
      // An edit left pending when the editor closes is dropped quietly.
      view.dispatch({ changes: { from: 0, insert: 'x' } });
    } finally {
      view.destroy();
      parent.remove();
    }
    await new Promise((resolve) => setTimeout(resolve, pauseBeforeReading * 1.5));
  });
});
