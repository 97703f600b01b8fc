import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from '@notionhq/client';
import { reviewAgenda, weeklyMessages } from '../core/index.js';
import { type Notes, marcusAnswer, playWeek, trackDays } from '../examples/simulate.js';
import { type NotionIo, runNotion, runSync } from './notion.js';
import { readNotes } from './notes.js';
import { describeSummary, trackAll, trackedNotes } from './track.js';
import type { Style } from './output.js';
import { collectNotes, readNoteTexts } from './vault.js';

/**
 * Play the clients for a week, as the pictures do (examples/simulate.ts):
 * read the notes, tick some items and answer a prompt, write back what changed.
 */
function playClients(folder: string, mondayStart: string, sundayStart: string, answer?: string): void {
  const files = collectNotes([folder], folder);
  const notes: Notes = readNoteTexts(folder);
  const played = playWeek(notes, mondayStart, sundayStart, answer ? { answer } : {});
  for (const file of files) {
    const text = played[file.relative];
    if (text !== undefined && text !== notes[file.relative]) writeFileSync(file.absolute, text);
  }
}

/** Run a whole cycle on a copy of the example vault, and print what a person would see. */
export async function runDemo(vault: string, out: (text: string) => void, s: Style): Promise<void> {
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
  await notionStep(folder, dana, out, s);
  out(s.dim(`\nTry it on your own notes: npx follow-through track PATH-TO-YOUR-VAULT --dry-run\nThe demo vault stays in ${folder}.`));
}

/**
 * Sync Dana's notes to a Notion database on a local Notion API emulator, tick
 * an item "in Notion" as Dana would, and pull it back into her note.
 */
async function notionStep(folder: string, dana: string, out: (text: string) => void, s: Style): Promise<void> {
  out(s.bold('\n4. Notion: a shared tracker for Dana and her coach (on a local Notion emulator: no account, no network)\n'));
  // The emulator is a tool beside the product (notion-emulator/): loaded only here, in a chunk of its own.
  // The demo needs no account and no shared data: requests are checked by the emulator's own rules, the
  // same on every machine (Notion's OpenAPI description, where the team has it, is for the tests).
  const { startEmulator } = await import('../notion-emulator/index.js');
  const emulator = await startEmulator({ port: 0, rateLimit: false, openApi: false });
  // Only Dana's folder is synced: the database is hers, and the other clients' notes are not named by it
  // (synced with the whole vault, each run would list them as "not synced").
  const danaFolder = path.relative(folder, path.dirname(dana)).split(path.sep).join('/');
  try {
    const lines: string[] = [];
    const io: NotionIo = {
      out: (text) => lines.push(text),
      err: (text) => lines.push(text.trimEnd()),
      cwd: folder,
      env: { ...process.env, NOTION_BASE_URL: emulator.baseUrl, NOTION_TOKEN: emulator.token, NOTION_TOKEN_FILE: '' },
      stdoutIsTTY: false,
      stderrIsTTY: false,
      now: new Date(),
    };
    const step = async (label: string, run: () => Promise<number>) => {
      lines.length = 0;
      const code = await run();
      out(`${s.dim('$')} ${label}`);
      for (const line of lines.flatMap((l) => l.split('\n'))) out(`  ${line}`);
      if (code !== 0) throw new Error(`${label} stopped with exit code ${code}`);
    };
    await step(`follow-through notion init --parent ${emulator.pageId} --client Dana`, () =>
      runNotion(['init', '--parent', emulator.pageId, '--client', 'Dana', folder], io),
    );
    await step(`follow-through sync ${danaFolder}`, () => runSync([path.join(folder, danaFolder), '--today', trackDays[2]], io));

    // Dana ticks an item in Notion (the emulator's "person" token edits as a person, as Notion's app does).
    const state = JSON.parse(readFileSync(path.join(folder, '.follow-through', 'notion.json'), 'utf8')) as { targets: Array<{ dataSourceId: string }> };
    const dataSourceId = state.targets[0]?.dataSourceId ?? '';
    const person = new Client({ auth: emulator.personToken, baseUrl: emulator.baseUrl, notionVersion: '2026-03-11', retry: false });
    const open = await person.dataSources.query({ data_source_id: dataSourceId, filter: { property: 'Done', checkbox: { equals: false } } });
    const row = open.results[0] as { id: string; properties: Record<string, { title?: Array<{ plain_text: string }> }> } | undefined;
    if (!row) return;
    const title = row.properties.Item?.title?.map((t) => t.plain_text).join('') ?? 'an item';
    await person.pages.update({ page_id: row.id, properties: { Done: { checkbox: true } } });
    out(`${s.dim('In Notion, Dana ticks')} “${title}”.`);
    await step(`follow-through sync ${danaFolder}`, () => runSync([path.join(folder, danaFolder), '--today', trackDays[2]], io));
    const ticked = readFileSync(dana, 'utf8')
      .split('\n')
      .filter((line) => /^\s+- \[x\]/.test(line));
    out(s.dim(`Dana's note (${path.relative(folder, dana)}) now has, ticked:`));
    for (const line of ticked.slice(-3)) out(line);
  } finally {
    await emulator.close();
  }
}
