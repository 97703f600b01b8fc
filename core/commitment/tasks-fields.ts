/**
 * The Obsidian Tasks plugin's own fields on a task line (its emoji format):
 * dates, recurrence, priority, id, dependencies and what to do on completion.
 * They are Tasks', not part of the plan's words: Follow Through reads the words
 * without them and leaves them in the note as they are. As Tasks does, they are
 * read from the end of the line backwards, so a signifier in the middle of the
 * words stays a word; tags among them stay in the words.
 * (test/peers/tasks-fields.test.ts holds this reading beside Tasks' own on 120 lines.)
 */

/** What Tasks would read on a task line. */
export interface TasksFields {
  /** The words without Tasks' fields (tags kept, in place of the fields they sat among). */
  rest: string;
  /** Tasks' recurrence rule as written after 🔁 ("every week on Tuesday"), or null. */
  recurrence: string | null;
  /** Dates by field, YYYY-MM-DD as written (Tasks may still find one invalid). */
  dates: Partial<Record<TasksDate, string>>;
  /** The id after 🆔, if any. */
  id: string | null;
  /** Whether any of Tasks' fields was found. */
  found: boolean;
}

export type TasksDate = 'start' | 'created' | 'scheduled' | 'due' | 'done' | 'cancelled';

const vs = '\\uFE0F?';
const date = '(\\d{4}-\\d{2}-\\d{2})';

/** Each field Tasks reads at a line's end, by its signifier. */
const endings: Array<{ re: RegExp; take: (m: RegExpExecArray, into: TasksFields) => void }> = [
  { re: new RegExp(`\\s*[🔺⏫🔼🔽⏬]${vs}$`, 'u'), take: () => undefined },
  ...(
    [
      ['start', '🛫'],
      ['created', '➕'],
      ['scheduled', '(?:⏳|⌛)'],
      ['due', '(?:📅|📆|🗓)'],
      ['done', '✅'],
      ['cancelled', '❌'],
    ] as const
  ).map(([field, sign]) => ({
    re: new RegExp(`\\s*${sign}${vs}\\s*${date}$`, 'u'),
    take: (m: RegExpExecArray, into: TasksFields) => {
      into.dates[field] = m[1] ?? '';
    },
  })),
  {
    re: new RegExp(`\\s*🔁${vs}\\s*([a-zA-Z0-9, !]+)$`, 'u'),
    take: (m, into) => {
      into.recurrence = (m[1] ?? '').trim();
    },
  },
  { re: new RegExp(`\\s*🏁${vs}\\s*[a-zA-Z]+$`, 'u'), take: () => undefined },
  { re: new RegExp(`\\s*⛔${vs}\\s*[a-zA-Z0-9_-]+(?:\\s*,\\s*[a-zA-Z0-9_-]+)*$`, 'u'), take: () => undefined },
  {
    re: new RegExp(`\\s*🆔${vs}\\s*([a-zA-Z0-9_-]+)$`, 'u'),
    take: (m, into) => {
      into.id = m[1] ?? null;
    },
  },
];

/** A tag at the line's end, which Tasks sets aside while it reads the fields before it. */
const trailingTag = /\s+(#[^\s#]+)$/u;
/** A cheap test: none of Tasks' signifiers is in the line. */
const anySign = /[🔺⏫🔼🔽⏬🛫➕⏳⌛📅📆🗓✅❌🔁🏁⛔🆔]/u;

/** Read Tasks' fields off the end of a task line's words. */
export function readTasksFields(words: string): TasksFields {
  const out: TasksFields = { rest: words, recurrence: null, dates: {}, id: null, found: false };
  if (!anySign.test(words)) return out;
  let text = words.trimEnd();
  const tags: string[] = [];
  for (let guard = 0; guard < 40; guard++) {
    let matched = false;
    for (const ending of endings) {
      const m = ending.re.exec(text);
      if (!m) continue;
      ending.take(m, out);
      text = text.slice(0, m.index).trimEnd();
      matched = true;
      out.found = true;
    }
    const tag = trailingTag.exec(text);
    if (tag) {
      tags.unshift(tag[1] ?? '');
      text = text.slice(0, tag.index);
      matched = true;
    }
    if (!matched) break;
  }
  if (!out.found) return out;
  out.rest = [text.trim(), ...tags].filter((t) => t !== '').join(' ');
  return out;
}
