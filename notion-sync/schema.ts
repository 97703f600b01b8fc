// The Notion database's properties, as data: what `initDatabase` creates, what
// `checkDatabase` expects, and what its repair adds. Names are the contract
// (see DESIGN.md); changing one orphans every existing database.

import { commitmentKinds, periodStatuses } from '../core/index.js';

/** The property types the sync uses. */
export type PropertyType = 'title' | 'checkbox' | 'select' | 'rich_text' | 'date' | 'url' | 'last_edited_by';

/** One property the sync needs. */
export interface PropertySpec {
  name: string;
  type: PropertyType;
  /** Who writes it: the sync, a person in Notion as well, or Notion itself. */
  writtenBy: 'sync' | 'both' | 'notion';
  /** What it holds, for people (shown when a database is checked). */
  about: string;
  /** Options for a select, created with the database. */
  options?: readonly string[];
}

/** The property names, by role. */
export const P = {
  item: 'Item',
  done: 'Done',
  client: 'Client',
  commitment: 'Commitment',
  trigger: 'Trigger',
  backup: 'Backup plan',
  cadence: 'Cadence',
  kind: 'Kind',
  period: 'Period',
  periodStart: 'Period start',
  status: 'Status',
  progress: 'Progress',
  reflection: 'Reflection',
  note: 'Note',
  key: 'Key',
  editedBy: 'Edited by',
} as const;

/** A property's spec: who writes it is the sync unless said. */
function prop(name: string, type: PropertyType, about: string, writtenBy: PropertySpec['writtenBy'] = 'sync', options?: readonly string[]): PropertySpec {
  return options ? { name, type, writtenBy, about, options } : { name, type, writtenBy, about };
}

/** Every property the sync needs, in the order they are created. */
export const properties: readonly PropertySpec[] = [
  prop(P.item, 'title', 'the checklist item'),
  prop(P.done, 'checkbox', 'the tick', 'both'),
  prop(P.client, 'select', "the note's client"),
  prop(P.commitment, 'rich_text', 'the intention'),
  prop(P.trigger, 'rich_text', 'the trigger'),
  prop(P.backup, 'rich_text', 'the backup plans'),
  prop(P.cadence, 'rich_text', 'how often'),
  prop(P.kind, 'select', 'process or outcome', 'sync', commitmentKinds),
  prop(P.period, 'rich_text', 'the period, for people'),
  prop(P.periodStart, 'date', "the period's first day"),
  prop(P.status, 'select', "the period's status", 'sync', periodStatuses),
  prop(P.progress, 'rich_text', 'done of target'),
  prop(P.reflection, 'rich_text', "the client's answer to the period's prompt", 'both'),
  prop(P.note, 'url', 'a link back to the note (only when turned on)'),
  prop(P.key, 'rich_text', 'the stable key'),
  prop(P.editedBy, 'last_edited_by', 'who edited the row last', 'notion'),
];

/** A property's configuration, as Notion's create-database and update-data-source bodies take it. */
export function propertyConfig(spec: PropertySpec): Record<string, unknown> {
  if (spec.type === 'select') {
    return { type: 'select', select: { options: (spec.options ?? []).map((name) => ({ name })) } };
  }
  return { type: spec.type, [spec.type]: {} };
}

/** Every property's configuration, keyed by name: the `initial_data_source.properties` of a new database. */
export function databaseProperties(): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const spec of properties) out[spec.name] = propertyConfig(spec);
  return out;
}

/** A data source's properties, as Notion returns them (only what the check reads). */
export interface RetrievedDataSource {
  id: string;
  properties: Record<string, { id?: string; name?: string; type: string }>;
}

/** One thing wrong with a data source's schema. */
export type SchemaProblem =
  | { code: 'missing-property'; property: string; expected: PropertyType; message: string }
  | { code: 'wrong-type'; property: string; expected: PropertyType; found: string; message: string }
  | { code: 'title-named-differently'; property: string; expected: 'title'; found: string; message: string };

/** What the schema check found. */
export interface SchemaCheck {
  ok: boolean;
  problems: SchemaProblem[];
  /** True when a repair can fix every problem (wrong types need a person: converting would lose data). */
  repairable: boolean;
}

/** Check a data source's properties against what the sync needs, naming each problem precisely. */
export function checkSchema(dataSource: RetrievedDataSource): SchemaCheck {
  const problems: SchemaProblem[] = [];
  const byName = new Map<string, string>();
  for (const [name, value] of Object.entries(dataSource.properties)) byName.set(value.name ?? name, value.type);
  const titleName = [...byName.entries()].find(([, type]) => type === 'title')?.[0];

  for (const spec of properties) {
    const found = byName.get(spec.name);
    if (spec.type === 'title') {
      if (found === 'title') continue;
      if (titleName !== undefined && found === undefined) {
        problems.push({
          code: 'title-named-differently',
          property: spec.name,
          expected: 'title',
          found: titleName,
          message: `The title property is named “${titleName}”; the sync needs it named “${spec.name}”.`,
        });
        continue;
      }
    }
    if (found === undefined) {
      problems.push({
        code: 'missing-property',
        property: spec.name,
        expected: spec.type,
        message: `“${spec.name}” is missing: it should be a ${typeLabel(spec.type)} property (${spec.about}).`,
      });
    } else if (found !== spec.type) {
      problems.push({
        code: 'wrong-type',
        property: spec.name,
        expected: spec.type,
        found,
        message: `“${spec.name}” is a ${typeLabel(found)} property; the sync needs a ${typeLabel(spec.type)} property (${spec.about}). Its type is never changed for you, so nothing in it is lost: rename it in Notion (or delete it if it holds nothing you need).`,
      });
    }
  }
  return { ok: problems.length === 0, problems, repairable: problems.every((p) => p.code !== 'wrong-type') };
}

/** The `PATCH /v1/data_sources/{id}` body that adds what is missing and renames the title, or null when nothing can be repaired. */
export function repairBody(check: SchemaCheck): { properties: Record<string, Record<string, unknown>> } | null {
  const out: Record<string, Record<string, unknown>> = {};
  for (const problem of check.problems) {
    if (problem.code === 'missing-property') {
      const spec = properties.find((p) => p.name === problem.property);
      if (spec) out[spec.name] = propertyConfig(spec);
    } else if (problem.code === 'title-named-differently') {
      out[problem.found] = { name: problem.property };
    }
  }
  return Object.keys(out).length > 0 ? { properties: out } : null;
}

/** A property type as Notion's app names it. */
export function typeLabel(type: string): string {
  const labels: Record<string, string> = {
    title: 'Title',
    checkbox: 'Checkbox',
    select: 'Select',
    rich_text: 'Text',
    date: 'Date',
    url: 'URL',
    last_edited_by: 'Last edited by',
    multi_select: 'Multi-select',
    number: 'Number',
    status: 'Status',
    people: 'Person',
  };
  return labels[type] ?? type;
}
