// Make a realistic, deterministic vault for the benchmarks: daily notes that are
// long nested lists, project notes with headings, callouts, tables and code,
// frontmatter on most, to-do lists in many daily notes, meeting notes with their
// "Action items" and "Next steps" (the sections a real vault is full of, which
// the reader reads whole), and 5% of notes holding commitments, tracked week by
// week with the real core so their history looks like a client's.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { addDays, applyEdits, planTrack, weekStartOf } from '../core/index.js';
import { Random } from './random.js';

/** The day a generated vault is "now": its last track run was on this date (a Monday). */
export const vaultToday = '2026-11-30';

/** Bump when the generator changes, so cached vaults are made again. */
export const generatorVersion = 5;

/** One generated note: its path in the vault (with `/`) and its text. */
export interface GeneratedNote {
  path: string;
  text: string;
  /** True when the note holds commitments. */
  commitments: boolean;
}

const words = (
  'the a plan call meeting notes review draft budget client team project week idea design email report ' +
  'follow up with about for on in to and check fix update write read send share book order buy pay ' +
  'invoice slides workshop garden kids school dentist car insurance taxes groceries lunch dinner coffee ' +
  'run walk gym yoga stretch sleep early late quick long small big first last next new old good hard ' +
  'easy quiet busy tired happy calm focus deep work shallow admin inbox calendar doc spec bug release ' +
  'server deploy test refactor migrate schema api cache index query page chapter paper thesis lab ' +
  'sample data chart figure table summary outline agenda minutes contract proposal pricing offer ' +
  'renewal newsletter podcast episode article book notes highlight quote reminder errand laundry'
).split(' ');
const people = ['Dana', 'Marcus', 'Priya', 'Sam', 'Lena', 'Omar', 'Jules', 'Kofi', 'Mei', 'Ines', 'Tomás', 'Ava', 'Noor', 'Ravi', 'Zoe'];
const surnames = ['Okafor', 'Lindqvist', 'Haddad', 'Moreau', 'Tanaka', 'Silva', 'Novak', 'Brennan', 'Kowalski', 'Osei', 'Reyes', 'Fischer'];
const tags = ['work', 'home', 'health', 'reading', 'finance', 'family', 'ideas', 'writing', 'admin', 'travel', 'learning', 'errands'];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function phrase(rng: Random, min: number, max: number): string {
  const n = rng.int(min, max);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(rng.pick(words));
  return out.join(' ');
}

/** Inline Markdown as people write it in Obsidian: links, tags, emphasis, times, code. */
function inline(rng: Random, min: number, max: number): string {
  let text = phrase(rng, min, max);
  const r = rng.next();
  if (r < 0.12) text += ` [[${capital(phrase(rng, 1, 3))}]]`;
  else if (r < 0.2) text += ` #${rng.pick(tags)}`;
  else if (r < 0.26) text = `**${text}**`;
  else if (r < 0.31) text = `${String(rng.int(7, 21)).padStart(2, '0')}:${rng.pick(['00', '15', '30', '45'])} ${text}`;
  else if (r < 0.34) text += ` \`${rng.pick(words)}()\``;
  else if (r < 0.37) text += ` with ${rng.pick(people)}`;
  else if (r < 0.39) text += ` ([link](https://example.com/${rng.pick(words)}))`;
  return capital(text);
}

function paragraph(rng: Random, sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences; i++) out.push(`${inline(rng, 5, 16)}.`);
  // Wrap long paragraphs the way some editors do.
  const text = out.join(' ');
  if (!rng.chance(0.3)) return text;
  const wrapped: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line.length + word.length > 78) {
      wrapped.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  wrapped.push(line);
  return wrapped.join('\n');
}

/** A nested list: short items, tasks mixed in, sub-items up to three deep. */
function list(rng: Random, items: number, taskShare: number): string {
  const lines: string[] = [];
  let depth = 0;
  const bullet = rng.chance(0.85) ? '-' : '*';
  const indent = rng.chance(0.8) ? '\t' : '  ';
  for (let i = 0; i < items; i++) {
    const r = rng.next();
    if (r < 0.25 && depth < 3 && i > 0) depth++;
    else if (r < 0.45 && depth > 0) depth = rng.chance(0.3) ? 0 : depth - 1;
    const task = rng.chance(taskShare) ? (rng.chance(0.55) ? '[x] ' : rng.chance(0.1) ? '[-] ' : '[ ] ') : '';
    lines.push(`${indent.repeat(depth)}${bullet} ${task}${inline(rng, 2, 9)}`);
  }
  return lines.join('\n');
}

function table(rng: Random): string {
  const cols = rng.int(3, 6);
  const rows = rng.int(4, 20);
  const head = Array.from({ length: cols }, () => capital(rng.pick(words)));
  const out = [`| ${head.join(' | ')} |`, `|${head.map(() => ' --- ').join('|')}|`];
  for (let r = 0; r < rows; r++) {
    out.push(`| ${head.map(() => (rng.chance(0.3) ? String(rng.int(1, 9999)) : phrase(rng, 1, 3))).join(' | ')} |`);
  }
  return out.join('\n');
}

function codeFence(rng: Random): string {
  const lang = rng.pick(['ts', 'python', 'bash', 'sql', 'json', 'dataview']);
  const n = rng.int(4, 28);
  const body: string[] = [];
  for (let i = 0; i < n; i++) {
    const pad = '  '.repeat(rng.int(0, 3));
    body.push(
      lang === 'bash'
        ? `${pad}${rng.pick(['npm run', 'git', 'ls', 'curl -s', 'grep -r'])} ${rng.pick(words)} # ${rng.pick(words)}`
        : lang === 'dataview'
          ? `${rng.pick(['TABLE', 'LIST', 'WHERE', 'SORT', 'FROM'])} ${rng.pick(words)} - [ ] ${rng.pick(words)}`
          : `${pad}const ${rng.pick(words)}_${i} = ${rng.pick(words)}(${rng.int(0, 99)}); // ## ${rng.pick(words)}`,
    );
  }
  return `\`\`\`${lang}\n${body.join('\n')}\n\`\`\``;
}

function callout(rng: Random): string {
  const kind = rng.pick(['note', 'tip', 'warning', 'info', 'todo', 'quote', 'question']);
  const lines = [`> [!${kind}]${rng.chance(0.5) ? ` ${capital(phrase(rng, 2, 5))}` : ''}`];
  const n = rng.int(1, 6);
  for (let i = 0; i < n; i++) lines.push(rng.chance(0.3) ? `> - ${inline(rng, 2, 8)}` : `> ${inline(rng, 6, 18)}.`);
  return lines.join('\n');
}

function isoOf(day: number): string {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}

function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / 86400000);
}

function dailyNote(rng: Random, date: string): string {
  const parts: string[] = [];
  if (rng.chance(0.8)) {
    parts.push(`---\ndate: ${date}\ntags: [daily${rng.chance(0.4) ? `, ${rng.pick(tags)}` : ''}]\nmood: ${rng.int(1, 5)}\n${rng.chance(0.3) ? `sleep: ${rng.int(5, 9)}h\n` : ''}---`);
  }
  const d = new Date(`${date}T00:00:00Z`);
  parts.push(`# ${weekdays[(d.getUTCDay() + 6) % 7]} ${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()}`);
  // Most days are a few dozen items; some people log everything, in one long list.
  const r = rng.next();
  const items = r < 0.05 ? rng.int(400, 650) : r < 0.2 ? rng.int(80, 200) : rng.int(12, 60);
  if (rng.chance(0.5)) parts.push(`${inline(rng, 6, 14)}.`);
  if (items > 300 || rng.chance(0.4)) {
    parts.push(`## Log\n\n${list(rng, items, 0.35)}`);
  } else {
    const first = Math.ceil(items / 2);
    parts.push(`## Tasks\n\n${list(rng, first, 0.9)}`);
    parts.push(`## Notes\n\n${list(rng, items - first, 0.1)}`);
  }
  if (rng.chance(0.45)) parts.push(`## ${rng.pick(['To do', 'Todo', 'To-do', 'Today'])}\n\n${todoList(rng, rng.int(3, 14))}`);
  if (rng.chance(0.3)) parts.push(`## Reflection\n\n${paragraph(rng, rng.int(1, 4))}`);
  if (rng.chance(0.02)) parts.push(`- Look at the quarterly review #commitments-review`);
  return `${parts.join('\n\n')}\n`;
}

const chores = [
  'call the dentist about Thursday',
  'pay the water bill',
  'reply to the school about the trip',
  'book the car in for its service',
  'buy a birthday card for',
  'send the invoice to',
  'renew the library books',
  'order more printer paper',
  'email the landlord about the boiler',
  'pick up the parcel from the post office',
  'draft the agenda for the team call',
  'review the pull request from',
];

/** A day's to-do list: short tasks, some ticked, some with a time or a person, a few with Tasks' dates. */
function todoList(rng: Random, items: number): string {
  const lines: string[] = [];
  for (let i = 0; i < items; i++) {
    const mark = rng.chance(0.45) ? 'x' : rng.chance(0.05) ? '-' : ' ';
    let text = rng.pick(chores);
    if (/ (to|for|from)$/.test(text)) text += ` ${rng.pick(people)}`;
    if (rng.chance(0.2)) text = `${String(rng.int(8, 18)).padStart(2, '0')}:${rng.pick(['00', '30'])} ${text}`;
    if (rng.chance(0.12)) text += ` 📅 ${isoOf(dayOf(vaultToday) + rng.int(-30, 30))}`;
    if (rng.chance(0.1)) text += ` #${rng.pick(tags)}`;
    lines.push(`- [${mark}] ${capital(text)}`);
  }
  return lines.join('\n');
}

const meetingKinds = ['Weekly sync', 'Project kickoff', 'Retro', 'One-to-one', 'Planning', 'Client call', 'Board prep', 'Design review'];
const actionVerbs = ['send', 'draft', 'book', 'share', 'review', 'update', 'follow up on', 'check', 'write up', 'ask about', 'fix', 'schedule'];

/** An action item as meeting notes hold them: an owner, an act, often a day. */
function actionItem(rng: Random): string {
  const who = rng.chance(0.7) ? rng.pick(people) : 'me';
  const what = `${rng.pick(actionVerbs)} the ${phrase(rng, 1, 3)}`;
  const when = rng.chance(0.5) ? ` by ${rng.pick(weekdays)}` : rng.chance(0.3) ? ' before the next meeting' : '';
  const r = rng.next();
  const mark = rng.chance(0.7) ? `[${rng.chance(0.4) ? 'x' : ' '}] ` : '';
  if (r < 0.35) return `- ${mark}${who === 'me' ? 'I' : who} to ${what}${when}`;
  if (r < 0.6) return `- ${mark}${who === 'me' ? '' : `@${who} `}${capital(what)}${when}`;
  if (r < 0.8) return `- ${mark}**${who === 'me' ? 'Me' : who}**: ${what}${when}`;
  return `- ${mark}${capital(what)}${when} (${who === 'me' ? 'me' : who})`;
}

function meetingNote(rng: Random, date: string, kind: string): string {
  const parts: string[] = [];
  if (rng.chance(0.85)) {
    const attendees = Array.from({ length: rng.int(2, 5) }, () => rng.pick(people));
    parts.push(`---\ndate: ${date}\ntype: meeting\nattendees: [${[...new Set(attendees)].join(', ')}]\ntags: [meeting, ${rng.pick(tags)}]\n---`);
  }
  parts.push(`# ${kind} – ${date}`);
  parts.push(`## Agenda\n\n${list(rng, rng.int(2, 7), 0)}`);
  parts.push(`## Notes\n\n${rng.chance(0.5) ? paragraph(rng, rng.int(2, 6)) : list(rng, rng.int(5, 30), 0.05)}`);
  if (rng.chance(0.2)) parts.push(`## Decisions\n\n${list(rng, rng.int(1, 5), 0)}`);
  const actions = Array.from({ length: rng.int(2, 10) }, () => actionItem(rng));
  parts.push(`## ${rng.pick(['Action items', 'Action items', 'Action Items', 'Next steps'])}\n\n${actions.join('\n')}`);
  return `${parts.join('\n\n')}\n`;
}

function projectNote(rng: Random, title: string): string {
  const parts: string[] = [];
  if (rng.chance(0.9)) {
    parts.push(
      `---\ntitle: "${title}"\nstatus: ${rng.pick(['active', 'someday', 'done', 'paused'])}\ncreated: ${isoOf(dayOf(vaultToday) - rng.int(0, 1500))}\ntags:\n  - project\n  - ${rng.pick(tags)}\naliases: [${capital(rng.pick(words))}]\n---`,
    );
  }
  parts.push(`# ${title}`);
  const sections = rng.int(2, 5);
  for (let s = 0; s < sections; s++) {
    parts.push(`## ${capital(phrase(rng, 1, 4))}`);
    const blocks = rng.int(1, 4);
    for (let b = 0; b < blocks; b++) {
      const r = rng.next();
      if (r < 0.35) parts.push(paragraph(rng, rng.int(2, 6)));
      else if (r < 0.6) parts.push(list(rng, rng.int(3, 25), 0.4));
      else if (r < 0.72) parts.push(callout(rng));
      else if (r < 0.84) parts.push(table(rng));
      else if (r < 0.94) parts.push(codeFence(rng));
      else parts.push(`### ${capital(phrase(rng, 1, 3))}\n\n${paragraph(rng, rng.int(1, 3))}`);
    }
  }
  return `${parts.join('\n\n')}\n`;
}

function referenceNote(rng: Random, title: string): string {
  const parts: string[] = [];
  if (rng.chance(0.6)) parts.push(`---\nsource: https://example.com/${rng.pick(words)}/${rng.int(1, 9999)}\nauthor: ${rng.pick(people)} ${rng.pick(surnames)}\n---`);
  parts.push(`# ${title}`);
  const n = rng.int(1, 5);
  for (let i = 0; i < n; i++) {
    const r = rng.next();
    if (r < 0.5) parts.push(paragraph(rng, rng.int(1, 5)));
    else if (r < 0.75) parts.push(`> ${inline(rng, 8, 20)}.\n> — ${rng.pick(people)}`);
    else parts.push(list(rng, rng.int(2, 10), 0));
  }
  return `${parts.join('\n\n')}\n`;
}

// Commitments, in every style the parser reads.
const acts = [
  'send two outreach messages',
  'write for 25 minutes',
  'go for a 20-minute run',
  'read one paper and write three lines about it',
  'call my mother',
  'practise the talk for 15 minutes',
  'update the client table',
  'do ten minutes of stretching',
  'review my budget',
  'plan tomorrow on one index card',
  'meditate for 10 minutes',
  'walk to the station instead of driving',
  'ask one client for a testimonial',
  'tidy my desk for five minutes',
  'put my phone in the drawer',
];
const triggers = [
  'I sit down with my coffee on Monday',
  'I get to my desk in the lab at 9',
  'I shut my laptop in the evening',
  'I park at the office',
  'I finish lunch',
  'I put the kids to bed',
  'I open my laptop on Sunday night',
  'I pour my morning coffee',
  'the Friday team call ends',
  'I get off the train',
];
const obstacles = [
  'Monday gets swallowed by meetings',
  'the lab is too noisy',
  "it's dark and pouring",
  'I am wiped out',
  'a client call runs late',
  'the kids are sick',
];
const backups = [
  "I'll do it first thing Tuesday",
  "I'll take my laptop to the library",
  "I'll do the 20-minute yoga video instead",
  "I'll do it Saturday with breakfast",
  "I'll do a shorter version before bed",
];
const cadences = ['every week', 'twice a week', 'three times a week', 'every weekday', 'daily', 'on Monday, Wednesday and Friday', 'this week', ''];
const fieldCadences = ['2 per week', 'daily', 'weekdays', 'Mon, Wed, Fri', '3 per week', 'this week', '1 per week', '2 per month'];

function commitmentItem(rng: Random, style: 'text' | 'sub' | 'fields' | 'inline'): string {
  const act = rng.pick(acts);
  const trigger = rng.pick(triggers);
  const coping = rng.chance(0.6) ? ` If ${rng.pick(obstacles)}, then ${rng.pick(backups)}.` : '';
  if (style === 'sub') {
    const lines = [`- ${capital(act)}`, `  - when ${trigger}`];
    if (rng.chance(0.6)) lines.push(`  - if ${rng.pick(obstacles)}, then ${rng.pick(backups)}`);
    if (rng.chance(0.5)) lines.push(`  - ${rng.pick(cadences.filter(Boolean))}`);
    return lines.join('\n');
  }
  if (style === 'fields') {
    const lines = [`- ${capital(act)}`, `  - when:: ${rng.chance(0.5) ? 'after ' : 'when '}${trigger}`, `  - then:: ${act}`];
    if (rng.chance(0.6)) lines.push(`  - obstacle:: ${rng.pick(obstacles)}`, `  - backup:: ${rng.pick(backups)}`);
    lines.push(`  - cadence:: ${rng.pick(fieldCadences)}`);
    return lines.join('\n');
  }
  if (style === 'inline') return `- ${capital(act)} [when:: ${trigger}] [cadence:: ${rng.pick(fieldCadences)}]`;
  const cadence = rng.pick(cadences);
  const r = rng.next();
  if (r < 0.3) return `- When ${trigger}, I'll ${act}${cadence ? ` ${cadence}` : ''}.${coping}`;
  if (r < 0.5) return `- I want to ${act} ${cadence || 'every week'}. When ${trigger}, I'll start.${coping}`;
  if (r < 0.62) return `- After ${trigger}, I will ${act}.${coping}`;
  if (r < 0.72) return `- I will ${act} at ${rng.int(6, 9)}:30 AM on Monday, Wednesday, and Friday.`;
  if (r < 0.8) return `- Every time ${trigger}, I'll ${act}.${coping}`;
  if (r < 0.88) return `- ${capital(act)} ${cadence || 'every weekday'}.`;
  if (r < 0.94) return `- I'll work on my ${rng.pick(['LinkedIn presence', 'fitness', 'writing', 'finances'])} this week.`;
  return `- When I have time, I'll ${act}.`;
}

const headings = ['Commitments', 'If-then plans', 'Between sessions', 'Action items', 'Intentions', 'Implementation intentions'];

function sessionNote(rng: Random, client: string, session: string, next: string | undefined, count: number): string {
  const front = [
    `client: ${client}`,
    `session: ${session}`,
    ...(next ? [`next-session: ${next}`] : []),
    `follow-up: "a one-line message on ${rng.pick(['Friday', 'Sunday night', 'Thursday'])}"`,
    `if-missed: ${rng.pick(['curious', 'curious', 'gentle', 'direct', 'none'])}`,
    `tags: [coaching]`,
  ];
  const style = rng.pick(['text', 'text', 'text', 'sub', 'fields', 'inline'] as const);
  const items = Array.from({ length: count }, () => commitmentItem(rng, style === 'text' ? 'text' : rng.chance(0.7) ? style : 'text'));
  const parts = [
    `---\n${front.join('\n')}\n---`,
    `# ${client} – ${session}`,
    `## Session summary\n\n${paragraph(rng, rng.int(2, 6))}\n\n${list(rng, rng.int(3, 12), 0)}`,
    `## ${rng.pick(headings)}\n\n${items.join('\n')}`,
    `## Notes for next time\n\n${list(rng, rng.int(2, 8), 0.2)}`,
  ];
  return `${parts.join('\n\n')}\n`;
}

function journalWithTag(rng: Random, date: string): string {
  const parts = [
    `---\ntags: [journal]\ndate: ${date}\n---`,
    `# ${date}`,
    `## Today\n\n${list(rng, rng.int(10, 60), 0.6)}`,
    `## Reflections\n\n- ${inline(rng, 4, 10)}\n- When ${rng.pick(triggers)}, I'll ${rng.pick(acts)}. If ${rng.pick(obstacles)}, then ${rng.pick(backups)}. #commitment\n- ${inline(rng, 4, 10)}`,
  ];
  return `${parts.join('\n\n')}\n`;
}

const answerWords = [
  'The trigger came but I was on a call.',
  'Monday worked, Thursday did not: the meeting ran over.',
  'I forgot entirely; maybe a phone reminder.',
  'It felt easier once I started.',
  'Travel week, the backup plan saved it once.',
];
const trackMarkerRe = /^([ \t]*[-*+] )\[ \](.*\^[A-Za-z0-9-]+-(\d{8})-\d+[ \t]*)$/;

/**
 * Run the real `track` on a note week by week from `from` to `until`, ticking
 * items with the client's adherence and answering some prompts, as a client would.
 */
export function simulateTracking(text: string, from: string, until: string, rng: Random): string {
  const adherence = 0.3 + rng.next() * 0.65;
  const decided = new Set<string>();
  const options = { parseYaml: (source: string): unknown => parseYaml(source, { uniqueKeys: false }) };
  let current = text;
  // The first run on the day of the session, then every Monday, as a weekly habit.
  const mondays = addDays(weekStartOf(from, 'monday'), 7);
  for (let day = from; day <= until; day = day === from ? mondays : addDays(day, 7)) {
    const compactDay = day.replace(/-/g, '');
    current = tick(current, (date, key) => {
      if (date >= compactDay || decided.has(key)) return undefined;
      decided.add(key);
      return rng.chance(adherence) ? 'x' : rng.chance(0.05) ? '-' : undefined;
    });
    current = current
      .split('\n')
      .map((line) => (/^[ \t]*- My answer:$/.test(line) && rng.chance(0.5) ? `${line} ${rng.pick(answerWords)}` : line))
      .join('\n');
    const plan = planTrack(current, { ...options, today: day });
    current = applyEdits(current, plan.edits);
  }
  // The current week: a little done already.
  return tick(current, (_date, key) => (!decided.has(key) && rng.chance(adherence / 3) ? 'x' : undefined));
}

function tick(text: string, decide: (date: string, key: string) => string | undefined): string {
  return text
    .split('\n')
    .map((line) => {
      const m = trackMarkerRe.exec(line);
      if (!m || !m[1] || m[2] === undefined || !m[3]) return line;
      const mark = decide(m[3], m[2]);
      return mark ? `${m[1]}[${mark}]${m[2]}` : line;
    })
    .join('\n');
}

/** A 30 KB list-heavy daily note with 10 tracked commitments (for the `update` benchmark). */
export function listHeavyNote(seed: number): string {
  const rng = new Random(seed ^ 0x5eed);
  const items = Array.from({ length: 10 }, (_, i) => commitmentItem(rng, i % 4 === 1 ? 'sub' : i % 4 === 3 ? 'fields' : 'text'));
  const session = addDays(vaultToday, -21);
  const front = `---\nclient: Bench\nsession: ${session}\nif-missed: curious\ntags: [daily, coaching]\n---\n\n# A long day\n\n## Log\n\n`;
  const rest = `## Commitments\n\n${items.join('\n')}\n\n## Later\n\n${list(rng, 20, 0.5)}\n`;
  // Track first, then fill the log above the commitments up to 30 KB: the markers do not depend on line numbers.
  const tracked = simulateTracking(front + rest, session, vaultToday, rng);
  const at = tracked.indexOf('## Commitments');
  let log = '';
  while (tracked.length + log.length < 30 * 1024) log += `${list(rng, 10, 0.35)}\n`;
  return `${tracked.slice(0, at)}${log.slice(0, 30 * 1024 - tracked.length).replace(/\n[^\n]*$/, '')}\n\n${tracked.slice(at)}`;
}

/** Generate a vault of `notes` notes from `seed`, about 3 KB a note on average. */
export function* generateVault(notes: number, seed: number): Generator<GeneratedNote> {
  const rng = new Random(seed);
  const today = dayOf(vaultToday);
  const committed = Math.round(notes * 0.05);
  const daily = Math.round(notes * 0.42);
  const meetings = Math.round(notes * 0.1);
  const projects = Math.round(notes * 0.23);
  const references = notes - committed - daily - meetings - projects;

  for (let i = 0; i < daily; i++) {
    const date = isoOf(today - i);
    yield { path: `daily/${date.slice(0, 4)}/${date.slice(5, 7)}/${date}.md`, text: dailyNote(rng.fork(), date), commitments: false };
  }
  for (let i = 0; i < meetings; i++) {
    const r = rng.fork();
    const date = isoOf(today - r.int(0, 900));
    const kind = r.pick(meetingKinds);
    // A meeting's action items are under a heading the reader reads: such a note holds commitments to it.
    yield { path: `meetings/${date.slice(0, 4)}/${date} ${kind} ${i}.md`, text: meetingNote(r, date, kind), commitments: true };
  }
  const area = ['work', 'home', 'side projects', 'research', 'clients/admin'];
  for (let i = 0; i < projects; i++) {
    const r = rng.fork();
    const title = `${capital(phrase(r, 1, 3))} ${i}`;
    yield { path: `projects/${area[i % area.length]}/${title}.md`, text: projectNote(r, title), commitments: false };
  }
  for (let i = 0; i < references; i++) {
    const r = rng.fork();
    const title = `${capital(phrase(r, 1, 4))} ${i}`;
    yield { path: `reference/${title}.md`, text: referenceNote(r, title), commitments: false };
  }

  // Commitments: a fifth are tagged items in journal notes, the rest are clients' session notes.
  const tagged = Math.round(committed / 5);
  for (let i = 0; i < tagged; i++) {
    const r = rng.fork();
    const date = isoOf(today - r.int(0, 180));
    const text = simulateTracking(journalWithTag(r, date), date, vaultToday, r);
    yield { path: `journal/${date} ${i}.md`, text, commitments: true };
  }
  let left = committed - tagged;
  let clientNumber = 0;
  while (left > 0) {
    const r = rng.fork();
    const client = `${r.pick(people)} ${r.pick(surnames)} ${clientNumber++}`;
    const sessions = Math.min(left, r.int(2, 9));
    left -= sessions;
    const gap = r.pick([14, 14, 21, 28]);
    // The latest session is up to four months back: when it has no next session, it is still tracked today.
    const last = today - r.int(0, 120);
    const open = r.chance(0.6);
    for (let k = 0; k < sessions; k++) {
      const session = isoOf(last - (sessions - 1 - k) * gap);
      const next = k < sessions - 1 ? isoOf(last - (sessions - 2 - k) * gap) : open ? undefined : isoOf(last + gap);
      const note = sessionNote(r, client, session, next, r.chance(0.1) ? r.int(6, 7) : r.int(2, 5));
      const until = next && next <= vaultToday ? addDays(next, -1) : vaultToday;
      const text = session <= vaultToday ? simulateTracking(note, session, until, r) : note;
      yield { path: `clients/${client}/${session} session.md`, text, commitments: true };
    }
  }
}

/** What a written vault holds, kept beside it (not inside: it is not a note). */
export interface VaultManifest {
  version: number;
  notes: number;
  seed: number;
  bytes: number;
  today: string;
  /** Paths (with `/`) of the notes holding commitments. */
  committed: string[];
}

/** Write a generated vault to `dir` (emptied first), and its manifest to `dir + '.json'`. */
export function writeVault(dir: string, notes: number, seed: number): VaultManifest {
  rmSync(dir, { recursive: true, force: true });
  const manifest: VaultManifest = { version: generatorVersion, notes, seed, bytes: 0, today: vaultToday, committed: [] };
  const made = new Set<string>();
  for (const note of generateVault(notes, seed)) {
    const file = path.join(dir, ...note.path.split('/'));
    const folder = path.dirname(file);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(file, note.text);
    manifest.bytes += Buffer.byteLength(note.text);
    if (note.commitments) manifest.committed.push(note.path);
  }
  writeFileSync(`${dir}.json`, `${JSON.stringify(manifest, null, 1)}\n`);
  return manifest;
}

/** The vault for `notes` and `seed` under `cacheDir`, made only when missing or stale. */
export function cachedVault(cacheDir: string, notes: number, seed: number): { dir: string; manifest: VaultManifest; made: boolean } {
  const dir = path.join(cacheDir, `vault-v${generatorVersion}-n${notes}-s${seed}`);
  if (existsSync(`${dir}.json`) && existsSync(dir)) {
    const manifest = JSON.parse(readFileSync(`${dir}.json`, 'utf8')) as VaultManifest;
    if (manifest.version === generatorVersion) return { dir, manifest, made: false };
  }
  return { dir, manifest: writeVault(dir, notes, seed), made: true };
}
