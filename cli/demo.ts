import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findMarks, reviewAgenda, scanNote, splitLines, weeklyMessages } from '../core/index.js';
import { readNotes } from './notes.js';
import { describeSummary, trackAll, trackedNotes } from './track.js';
import type { Style } from './output.js';
import { collectNotes } from './vault.js';

/** Three simulated days, a week apart: the first run, and two weeks later. */
const days = ['2026-11-25', '2026-11-30', '2026-12-07'] as const;

function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Play the client for a week: tick some of the week's open items (the same
 * ones every run), and answer the first prompt that is waiting.
 */
function playClient(file: string, weekStart: string, answer: string | undefined): void {
  const text = readFileSync(file, 'utf8');
  const scan = scanNote(text);
  const marks = findMarks(scan);
  const lines = splitLines(text).map((l) => l.text);
  const endings = splitLines(text).map((l) => l.eol);
  for (const item of marks.items) {
    if (item.periodStart !== weekStart || item.state !== 'open') continue;
    const tick = item.n === 1 ? hash(item.commitmentId) % 4 !== 0 : hash(`${item.commitmentId}${item.n}`) % 3 !== 0;
    if (tick) lines[item.line] = (lines[item.line] ?? '').replace('[ ]', '[x]');
  }
  if (answer) {
    const waiting = marks.prompts.find((p) => p.answer === null && p.answerLine !== undefined);
    if (waiting && waiting.answerLine !== undefined) lines[waiting.answerLine] = `${lines[waiting.answerLine] ?? ''} ${answer}`;
  }
  writeFileSync(file, lines.map((line, i) => line + (endings[i] ?? '')).join(''));
}

/** Run a whole cycle on a copy of the example vault, and print what a person would see. */
export function runDemo(vault: string, out: (text: string) => void, s: Style): void {
  const folder = mkdtempSync(path.join(tmpdir(), 'follow-through-demo-'));
  cpSync(vault, folder, { recursive: true });
  const read = () => readNotes(collectNotes([folder], folder), () => undefined);
  const dana = path.join(folder, 'clients', 'dana', '2026-11-23 session.md');
  const marcus = path.join(folder, 'clients', 'marcus', '2026-11-20 session.md');
  const everyone = (weekStart: string, sundayWeekStart: string, answer?: string) => {
    for (const note of read()) {
      if (note.note.commitments.length === 0) continue;
      const start = note.note.meta.weekStart === 'sunday' ? sundayWeekStart : weekStart;
      playClient(note.file.absolute, start, note.file.absolute === marcus ? answer : undefined);
    }
  };

  out(s.bold('Follow Through: a demo on a copy of the example vault'));
  out(s.dim(`The copy is in ${folder}; open it in Obsidian as a vault to look around.\n`));

  out(s.bold(`1. ${days[0]}: the first run reads the commitments and starts a checklist for each`));
  out(describeSummary(trackAll(read(), days[0], false), false));
  everyone('2026-11-23', '2026-11-22');
  out(s.dim('   (during the week, the clients tick off some of their items)\n'));

  out(s.bold(`2. ${days[1]}: a new week; last week closed with some items left, so prompts are written`));
  out(describeSummary(trackAll(read(), days[1], false), false));
  everyone('2026-11-30', '2026-11-29', 'My knee was fine; the lift was just right there. Parking on the far side might make the stairs the easy way in.');
  out(s.dim('   (the clients tick some items, and Marcus answers a prompt)\n'));

  out(s.bold(`3. ${days[2]}: the next session`));
  out(describeSummary(trackAll(read(), days[2], false), false));

  out(s.bold(`\nDana's commitments now (${path.relative(folder, dana)}):\n`));
  const danaText = readFileSync(dana, 'utf8');
  out(danaText.slice(danaText.indexOf('## Commitments'), danaText.indexOf('## Notes for next time')).trimEnd());

  const marcusText = readFileSync(marcus, 'utf8').replace(/\r\n/g, '\n');
  const prompt = /^[ \t]*> \[!question\][^]*?\n[ \t]*- My answer:.*$/m.exec(marcusText);
  if (prompt) {
    out(s.bold(`\nOne of the reflection prompts, in ${path.relative(folder, marcus)} (Marcus asked for "direct"):\n`));
    out(prompt[0]);
  }

  const tracked = trackedNotes(read(), days[2]);
  out(s.bold('The weekly one-line messages, ready to send:\n'));
  for (const m of weeklyMessages(tracked, days[2])) out(`  ${m.client}: ${m.text}`);
  out(s.bold('\nThe review for the next sessions:\n'));
  out(reviewAgenda(tracked));
  out(s.dim(`Try it on your own notes: npx follow-through track PATH-TO-YOUR-VAULT --dry-run\nThe demo vault stays in ${folder}.`));
}
