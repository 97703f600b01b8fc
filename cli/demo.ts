import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { reviewAgenda, weeklyMessages } from '../core/index.js';
import { type Notes, marcusAnswer, playWeek, trackDays } from '../examples/simulate.js';
import { readNotes } from './notes.js';
import { describeSummary, trackAll, trackedNotes } from './track.js';
import type { Style } from './output.js';
import { collectNotes } from './vault.js';

/**
 * Play the clients for a week, as the pictures do (examples/simulate.ts):
 * read the notes, tick some items and answer a prompt, write back what changed.
 */
function playClients(folder: string, mondayStart: string, sundayStart: string, answer?: string): void {
  const files = collectNotes([folder], folder);
  const notes: Notes = Object.fromEntries(files.map((f) => [f.relative, readFileSync(f.absolute, 'utf8')]));
  const played = playWeek(notes, mondayStart, sundayStart, answer ? { answer } : {});
  for (const file of files) {
    const text = played[file.relative];
    if (text !== undefined && text !== notes[file.relative]) writeFileSync(file.absolute, text);
  }
}

/** Run a whole cycle on a copy of the example vault, and print what a person would see. */
export function runDemo(vault: string, out: (text: string) => void, s: Style): void {
  const folder = mkdtempSync(path.join(tmpdir(), 'follow-through-demo-'));
  cpSync(vault, folder, { recursive: true });
  const read = () => readNotes(collectNotes([folder], folder), () => undefined);
  const dana = path.join(folder, 'clients', 'dana', '2026-11-23 session.md');
  const marcus = path.join(folder, 'clients', 'marcus', '2026-11-20 session.md');

  out(s.bold('Follow Through: a demo on a copy of the example vault'));
  out(s.dim(`The copy is in ${folder}; open it in Obsidian as a vault to look around.\n`));

  out(s.bold(`1. ${trackDays[0]}: the first run reads the commitments and starts a checklist for each`));
  out(describeSummary(trackAll(read(), trackDays[0], false), false));
  playClients(folder, '2026-11-23', '2026-11-22');
  out(s.dim('   (during the week, the clients tick off some of their items)\n'));

  out(s.bold(`2. ${trackDays[1]}: a new week; last week closed with some items left, so prompts are written`));
  out(describeSummary(trackAll(read(), trackDays[1], false), false));
  playClients(folder, '2026-11-30', '2026-11-29', marcusAnswer);
  out(s.dim('   (the clients tick some items, and Marcus answers a prompt)\n'));

  out(s.bold(`3. ${trackDays[2]}: the next session`));
  out(describeSummary(trackAll(read(), trackDays[2], false), false));

  out(s.bold(`\nDana's commitments now (${path.relative(folder, dana)}):\n`));
  const danaText = readFileSync(dana, 'utf8');
  out(danaText.slice(danaText.indexOf('## Commitments'), danaText.indexOf('## Notes for next time')).trimEnd());

  const marcusText = readFileSync(marcus, 'utf8').replace(/\r\n/g, '\n');
  const prompt = /^[ \t]*> \[!question\][^]*?\n[ \t]*- My answer:.*$/m.exec(marcusText);
  if (prompt) {
    out(s.bold(`\nOne of the reflection prompts, in ${path.relative(folder, marcus)} (Marcus asked for "direct"):\n`));
    out(prompt[0]);
  }

  const tracked = trackedNotes(read(), trackDays[2]);
  out(s.bold('The weekly one-line messages, ready to send:\n'));
  for (const m of weeklyMessages(tracked, trackDays[2])) out(`  ${m.client}: ${m.text}`);
  out(s.bold('\nThe review for the next sessions:\n'));
  out(reviewAgenda(tracked));
  out(s.dim(`Try it on your own notes: npx follow-through track PATH-TO-YOUR-VAULT --dry-run\nThe demo vault stays in ${folder}.`));
}
