// The naive baseline: a line scanner in the style of the Obsidian Tasks and
// Dataview plugins, written for this benchmark (none of their code). Every line
// of every note goes through their kind of regular expressions: is it a list
// item or a task, what are its status, tags and block id; on a task, Tasks'
// emoji dates, recurrence and priority; on every line, Dataview's inline fields
// (`key:: value` on its own, `[key:: value]`, `(key:: value)`). It builds, per
// note, the small records such a plugin keeps, so the work is not optimised away.

const listItemRe = /^([\s\t>]*)([-*+]|[0-9]+[.)])(?:[ \t]+|$)(.*)$/u;
const taskRe = /^([\s\t>]*)([-*+]|[0-9]+[.)]) +\[(.)\] *(.*)$/u;
const blockIdRe = / \^([a-zA-Z0-9-]+)\s*$/u;
const tagRe = /(^|\s)#[^ !@#$%^&*(),.?":{}|<>]+/gu;
const dueRe = /📅 *(\d{4}-\d{2}-\d{2})/u;
const scheduledRe = /[⏳⌛] *(\d{4}-\d{2}-\d{2})/u;
const startRe = /🛫 *(\d{4}-\d{2}-\d{2})/u;
const doneRe = /✅ *(\d{4}-\d{2}-\d{2})/u;
const recurrenceRe = /🔁 ?([a-zA-Z0-9, !]+)/u;
const priorityRe = /(🔺|⏫|🔼|🔽|⏬)/u;
const fullLineFieldRe = /^\s*(?:[-*+]\s+)?(?:\[.\]\s+)?([^\s:*`[\]()][^:[\]()]*?)::\s*(.*)$/u;
const inlineFieldStartRe = /[[(]([^\s:[\]()][^:[\]()]*?)::/gu;

/** Read one note the way a line-scanning plugin does; returns its records. */
export function peerScan(text) {
  const tasks = [];
  const items = [];
  const fields = [];
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    const item = listItemRe.exec(line);
    if (item) {
      const task = taskRe.exec(line);
      const body = task ? task[4] : item[3];
      const tags = body.match(tagRe) ?? [];
      const id = blockIdRe.exec(body)?.[1];
      if (task) {
        tasks.push({
          line: n,
          status: task[3],
          description: body,
          due: dueRe.exec(body)?.[1],
          scheduled: scheduledRe.exec(body)?.[1],
          start: startRe.exec(body)?.[1],
          done: doneRe.exec(body)?.[1],
          recurrence: recurrenceRe.exec(body)?.[1],
          priority: priorityRe.exec(body)?.[1],
          tags,
          id,
        });
      } else items.push({ line: n, tags, id });
    }
    const whole = fullLineFieldRe.exec(line);
    if (whole) fields.push({ line: n, key: whole[1].trim(), value: whole[2] });
    inlineFieldStartRe.lastIndex = 0;
    for (let m = inlineFieldStartRe.exec(line); m; m = inlineFieldStartRe.exec(line)) {
      // The value runs to the closing bracket of the same kind, counting nested ones.
      const open = line[m.index];
      const close = open === '[' ? ']' : ')';
      let depth = 1;
      let at = m.index + m[0].length;
      const start = at;
      for (; at < line.length && depth > 0; at++) {
        if (line[at] === open) depth++;
        else if (line[at] === close) depth--;
      }
      if (depth === 0) fields.push({ line: n, key: m[1].trim(), value: line.slice(start, at - 1).trim() });
    }
  }
  return { tasks, items, fields };
}
