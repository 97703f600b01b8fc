// The sync engine speaks in codes and facts: it names no adapter's command,
// flag or setting, in its messages or in its comments. The command line words
// its next steps in cli/notion.ts, the plugin in obsidian-plugin/notion.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

import { root } from '../support/cli.js';

/** Command-line wording: a flag, a command as typed, the words that tell someone to run one. */
const commandLine: RegExp[] = [
  /(?<![\w-])--[a-z][a-z-]*/,
  /\bfollow-through (?:list|lint|track|untrack|report|review|sync|notion|demo)\b/,
  /\bnotion (?:init|check|forget|emulator)\b/,
  /\brun (?:the )?sync\b/i,
  /\bsync again\b/i,
  /\brun (?:the|this) command\b/i,
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.[cm]?[jt]s$/.test(name) ? [full] : [];
  });
}

/** Every line of the folder's source that has command-line wording, as `file:line: text`. */
function commandLineWording(dir: string): string[] {
  return sources(dir).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, i) => (commandLine.some((re) => re.test(line)) ? [`${path.relative(root, file)}:${i + 1}: ${line.trim()}`] : [])),
  );
}

describe('notion-sync/ holds no command line', () => {
  it('should name no flag, no command and no "run sync" in its source, messages and comments alike', () => {
    const dir = path.join(root, 'notion-sync');
    expect(sources(dir).length).toBeGreaterThan(5);
    expect(commandLineWording(dir)).toEqual([]);
  });

  it('should find the wording where it is: the command line words its own next steps', () => {
    // The check can see: cli/notion.ts says all of these, on purpose.
    const found = commandLineWording(path.join(root, 'cli')).join('\n');
    for (const words of ['--database', '--repair', 'follow-through notion init', 'Run sync again', 'run the command again']) expect(found).toContain(words);
  });

  it("should leave the adapters nothing to rewrite: no adapter edits the engine's text with a regular expression", () => {
    for (const dir of ['cli', 'obsidian-plugin']) {
      const edits = sources(path.join(root, dir)).flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) => /\b(?:message|text)\.replace\(\//.test(line) && /error|explained|failure|problem/i.test(line)),
      );
      expect(edits, dir).toEqual([]);
    }
  });

  it('should hold only the sync: the emulator is a folder of its own', () => {
    expect(sources(path.join(root, 'notion-sync')).filter((file) => /emulator/.test(path.relative(path.join(root, 'notion-sync'), file)))).toEqual([]);
  });
});
