/**
 * Explicit fields, written Dataview-style on a commitment or its sub-items:
 * `[when:: …]`, `(then:: …)`, or a line `cadence:: 2 per week`.
 */
export type FieldName = 'when' | 'then' | 'obstacle' | 'backup' | 'cadence' | 'kind' | 'status' | 'label';

/** The field names people can write, and the field each one sets. */
export const fieldAliases: Record<string, FieldName> = {
  when: 'when',
  trigger: 'when',
  cue: 'when',
  then: 'then',
  do: 'then',
  intention: 'then',
  obstacle: 'obstacle',
  'if-obstacle': 'obstacle',
  backup: 'backup',
  'backup-plan': 'backup',
  instead: 'backup',
  response: 'backup',
  cadence: 'cadence',
  'how-often': 'cadence',
  kind: 'kind',
  status: 'status',
  label: 'label',
  short: 'label',
};

/** A field found in the text. */
export interface Field {
  name: FieldName;
  value: string;
}

const inlineRe = /[[(]([^\][()\n:]+?)::[ \t]*([^\])\n]*?)[ \t]*[\])]/g;
const lineRe = /^[ \t]*([A-Za-z][A-Za-z -]*?)::[ \t]*(.*)$/;

function canonical(key: string): FieldName | undefined {
  return fieldAliases[key.trim().toLowerCase().replace(/[\s_]+/g, '-')];
}

/**
 * Take the fields out of a piece of text: returns those Follow Through knows,
 * and the text without any Dataview field (so the words read cleanly).
 */
export function extractFields(text: string): { fields: Field[]; rest: string } {
  const fields: Field[] = [];
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    const whole = lineRe.exec(line);
    if (whole && whole[1] && !/[[(]/.test(whole[1])) {
      const name = canonical(whole[1]);
      if (name) fields.push({ name, value: (whole[2] ?? '').trim() });
      continue;
    }
    const rest = line.replace(inlineRe, (_all, key: string, value: string) => {
      const name = canonical(key);
      if (name) fields.push({ name, value: value.trim() });
      return ' ';
    });
    kept.push(rest);
  }
  return { fields, rest: kept.join('\n').replace(/[ \t]{2,}/g, ' ') };
}
