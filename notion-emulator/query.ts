/**
 * Data source queries: filters, sorts and cursor pagination.
 *
 * https://developers.notion.com/reference/query-a-data-source,
 * https://developers.notion.com/reference/filter-data-source-entries,
 * https://developers.notion.com/reference/sort-data-source-entries,
 * https://developers.notion.com/reference/intro#pagination.
 */
import { validationError } from './errors.js';
import { MAX_ARRAY_LENGTH, findProperty, isIsoDate, quote } from './properties.js';
import { plainText, type DataSourceRecord, type PageRecord, type PropertySchema, type RichText } from './state.js';

/** Rows per page of results, and the most a request may ask for. */
export const MAX_PAGE_SIZE = 100;

const MINUTE = 60_000;

/** Round a timestamp down to the minute, as Notion does for `created_time` and `last_edited_time`. */
export function roundDownToMinute(ms: number): number {
  return Math.floor(ms / MINUTE) * MINUTE;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Predicate = (page: PageRecord) => boolean;

/** Compile a request's `filter` into a predicate, rejecting what Notion rejects. */
export function compileFilter(dataSource: DataSourceRecord, filter: unknown, now: number, depth = 0): Predicate {
  if (filter === undefined) return () => true;
  if (!isRecord(filter)) throw validationError(`body failed validation: body.filter should be an object, instead was ${quote(filter)}.`);
  for (const group of ['and', 'or'] as const) {
    if (group in filter) {
      const parts = filter[group];
      if (!Array.isArray(parts)) throw validationError(`body failed validation: body.filter.${group} should be an array.`);
      if (parts.length > MAX_ARRAY_LENGTH) throw validationError(`body failed validation: body.filter.${group}.length should be ≤ \`${MAX_ARRAY_LENGTH}\`.`);
      if (depth >= 2) throw validationError('Filters can be nested at most two levels deep.');
      const predicates = parts.map((part) => compileFilter(dataSource, part, now, depth + 1));
      return group === 'and' ? (page) => predicates.every((p) => p(page)) : (page) => predicates.some((p) => p(page));
    }
  }
  if (typeof filter.timestamp === 'string') {
    const timestamp = filter.timestamp;
    if (timestamp !== 'created_time' && timestamp !== 'last_edited_time') {
      throw validationError(`body failed validation: body.filter.timestamp should be "created_time" or "last_edited_time", instead was ${quote(timestamp)}.`);
    }
    const condition = filter[timestamp];
    const test = compileDateCondition(condition, `body.filter.${timestamp}`, now);
    return (page) => test(roundDownToMinute(timestamp === 'created_time' ? page.createdTime : page.lastEditedTime), false);
  }
  if (typeof filter.property !== 'string') {
    throw validationError('body failed validation: body.filter should have a `property` or a `timestamp`, or be an `and`/`or` group.');
  }
  const property = findProperty(dataSource, filter.property);
  if (!property) throw validationError(`Could not find property with name or id: ${filter.property}`);
  const kinds = Object.keys(filter).filter((key) => key !== 'property' && key !== 'type');
  const kind = kinds[0];
  if (kinds.length !== 1 || kind === undefined) {
    throw validationError(`body failed validation: body.filter should have exactly one condition type for property ${property.name}.`);
  }
  if (!filterFits(kind, property)) {
    throw validationError(`body failed validation: property ${property.name} is of type ${property.type}, so it cannot be filtered with ${quote(kind)}.`);
  }
  return compilePropertyCondition(property, filter[kind], `body.filter.${kind}`, now);
}

function filterFits(kind: string, property: PropertySchema): boolean {
  if (property.type === 'title' || property.type === 'rich_text') return kind === 'title' || kind === 'rich_text';
  if (property.type === 'last_edited_by') return kind === 'last_edited_by' || kind === 'people';
  return kind === property.type;
}

function single(condition: unknown, path: string): [string, unknown] {
  if (!isRecord(condition)) throw validationError(`body failed validation: ${path} should be an object, instead was ${quote(condition)}.`);
  const entries = Object.entries(condition);
  const entry = entries[0];
  if (entries.length !== 1 || entry === undefined) throw validationError(`body failed validation: ${path} should have exactly one condition.`);
  return entry;
}

function unknownCondition(path: string, operator: string): never {
  throw validationError(`body failed validation: ${path}.${operator} is not a supported condition.`);
}

function compilePropertyCondition(property: PropertySchema, condition: unknown, path: string, now: number): Predicate {
  const [operator, operand] = single(condition, path);
  const value = (page: PageRecord): unknown => page.values[property.id];
  if (operator === 'is_empty' || operator === 'is_not_empty') {
    if (operand !== true) throw validationError(`body failed validation: ${path}.${operator} should be \`true\`.`);
    const empty = (page: PageRecord): boolean => isEmpty(property, value(page));
    return operator === 'is_empty' ? empty : (page) => !empty(page);
  }
  switch (property.type) {
    case 'title':
    case 'rich_text': {
      if (typeof operand !== 'string') throw validationError(`body failed validation: ${path}.${operator} should be a string, instead was ${quote(operand)}.`);
      const text = (page: PageRecord): string => plainText((value(page) as RichText[] | undefined) ?? []);
      const lower = operand.toLowerCase();
      switch (operator) {
        case 'equals': return (page) => text(page) === operand;
        case 'does_not_equal': return (page) => text(page) !== operand;
        case 'contains': return (page) => text(page).toLowerCase().includes(lower);
        case 'does_not_contain': return (page) => !text(page).toLowerCase().includes(lower);
        case 'starts_with': return (page) => text(page).toLowerCase().startsWith(lower);
        case 'ends_with': return (page) => text(page).toLowerCase().endsWith(lower);
        default: return unknownCondition(path, operator);
      }
    }
    case 'checkbox': {
      if (typeof operand !== 'boolean') throw validationError(`body failed validation: ${path}.${operator} should be a boolean, instead was ${quote(operand)}.`);
      if (operator === 'equals') return (page) => (value(page) === true) === operand;
      if (operator === 'does_not_equal') return (page) => (value(page) === true) !== operand;
      return unknownCondition(path, operator);
    }
    case 'select': {
      if (typeof operand !== 'string') throw validationError(`body failed validation: ${path}.${operator} should be a string, instead was ${quote(operand)}.`);
      const name = (page: PageRecord): string | undefined => property.options?.find((o) => o.id === value(page))?.name;
      if (operator === 'equals') return (page) => name(page) === operand;
      if (operator === 'does_not_equal') return (page) => name(page) !== operand;
      return unknownCondition(path, operator);
    }
    case 'number': {
      if (typeof operand !== 'number') throw validationError(`body failed validation: ${path}.${operator} should be a number, instead was ${quote(operand)}.`);
      const compare = numberComparison(operator, path);
      return (page) => {
        const current = value(page);
        return typeof current === 'number' && compare(current, operand);
      };
    }
    case 'date': {
      const test = compileDateCondition(condition, path, now);
      return (page) => {
        const current = value(page) as { start: string } | null | undefined;
        if (!current) return false;
        const dateOnly = current.start.length === 10;
        return test(Date.parse(dateOnly ? `${current.start}T00:00:00Z` : current.start), dateOnly);
      };
    }
    case 'url': {
      if (typeof operand !== 'string') throw validationError(`body failed validation: ${path}.${operator} should be a string.`);
      if (operator === 'equals') return (page) => value(page) === operand;
      if (operator === 'does_not_equal') return (page) => value(page) !== operand;
      if (operator === 'contains') return (page) => typeof value(page) === 'string' && (value(page) as string).includes(operand);
      return unknownCondition(path, operator);
    }
    case 'last_edited_by': {
      if (typeof operand !== 'string') throw validationError(`body failed validation: ${path}.${operator} should be a user id, instead was ${quote(operand)}.`);
      const id = normaliseUserId(operand);
      if (operator === 'contains') return (page) => page.lastEditedBy === id;
      if (operator === 'does_not_contain') return (page) => page.lastEditedBy !== id;
      return unknownCondition(path, operator);
    }
  }
}

function normaliseUserId(id: string): string {
  const hex = id.replace(/-/g, '').toLowerCase();
  return /^[0-9a-f]{32}$/.test(hex)
    ? `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
    : id;
}

function isEmpty(property: PropertySchema, value: unknown): boolean {
  switch (property.type) {
    case 'title':
    case 'rich_text':
      return plainText((value as RichText[] | undefined) ?? []) === '';
    case 'checkbox':
      return false;
    case 'last_edited_by':
      return false;
    default:
      return value === null || value === undefined || value === '';
  }
}

function numberComparison(operator: string, path: string): (a: number, b: number) => boolean {
  switch (operator) {
    case 'equals': return (a, b) => a === b;
    case 'does_not_equal': return (a, b) => a !== b;
    case 'greater_than': return (a, b) => a > b;
    case 'less_than': return (a, b) => a < b;
    case 'greater_than_or_equal_to': return (a, b) => a >= b;
    case 'less_than_or_equal_to': return (a, b) => a <= b;
    default: return unknownCondition(path, operator);
  }
}

const DAY = 86_400_000;

/**
 * A date condition as a test on a timestamp (ms). Filter values may be dates
 * or date-times (Notion's filter docs); a date-only value compares whole UTC days.
 */
function compileDateCondition(condition: unknown, path: string, now: number): (ms: number, valueIsDateOnly: boolean) => boolean {
  const [operator, operand] = single(condition, path);
  const relative: Record<string, [number, number]> = {
    past_week: [now - 7 * DAY, now],
    past_month: [now - 30 * DAY, now],
    past_year: [now - 365 * DAY, now],
    next_week: [now, now + 7 * DAY],
    next_month: [now, now + 30 * DAY],
    next_year: [now, now + 365 * DAY],
  };
  const range = relative[operator];
  if (range) return (ms) => ms >= range[0] && ms <= range[1];
  if (operator === 'is_empty' || operator === 'is_not_empty') return () => operator === 'is_not_empty';
  if (typeof operand !== 'string' || !isIsoDate(operand)) {
    throw validationError(`body failed validation: ${path}.${operator} should be an ISO 8601 date or date-time string, instead was ${quote(operand)}.`);
  }
  const dateOnly = operand.length === 10;
  const at = Date.parse(dateOnly ? `${operand}T00:00:00Z` : operand);
  const dayStart = Math.floor(at / DAY) * DAY;
  switch (operator) {
    case 'equals': return (ms) => (dateOnly ? Math.floor(ms / DAY) * DAY === dayStart : ms === at);
    case 'before': return (ms) => ms < at;
    case 'after': return (ms) => (dateOnly ? ms >= dayStart + DAY : ms > at);
    case 'on_or_before': return (ms) => (dateOnly ? ms < dayStart + DAY : ms <= at);
    case 'on_or_after': return (ms) => ms >= at;
    default: return unknownCondition(path, operator);
  }
}

type Comparator = (a: PageRecord, b: PageRecord) => number;

/** Compile `sorts` into a comparator; with none, results keep creation order. */
export function compileSorts(dataSource: DataSourceRecord, sorts: unknown): Comparator {
  if (sorts === undefined) return () => 0;
  if (!Array.isArray(sorts)) throw validationError(`body failed validation: body.sorts should be an array, instead was ${quote(sorts)}.`);
  if (sorts.length > MAX_ARRAY_LENGTH) throw validationError(`body failed validation: body.sorts.length should be ≤ \`${MAX_ARRAY_LENGTH}\`.`);
  const comparators = sorts.map((sort: unknown, index): Comparator => {
    const path = `body.sorts[${index}]`;
    if (!isRecord(sort)) throw validationError(`body failed validation: ${path} should be an object.`);
    const direction = sort.direction;
    if (direction !== 'ascending' && direction !== 'descending') {
      throw validationError(`body failed validation: ${path}.direction should be "ascending" or "descending", instead was ${quote(direction)}.`);
    }
    const sign = direction === 'ascending' ? 1 : -1;
    if (sort.timestamp === 'created_time' || sort.timestamp === 'last_edited_time') {
      const key = sort.timestamp === 'created_time' ? 'createdTime' : 'lastEditedTime';
      return (a, b) => sign * (roundDownToMinute(a[key]) - roundDownToMinute(b[key]));
    }
    if (typeof sort.property !== 'string') throw validationError(`body failed validation: ${path} should have a \`property\` or a \`timestamp\`.`);
    const property = findProperty(dataSource, sort.property);
    if (!property) throw validationError(`Could not find sort property with name or id: ${sort.property}`);
    return (a, b) => sign * compareValues(sortKey(property, a), sortKey(property, b));
  });
  return (a, b) => {
    for (const compare of comparators) {
      const result = compare(a, b);
      if (result !== 0) return result;
    }
    return 0;
  };
}

function sortKey(property: PropertySchema, page: PageRecord): string | number | null {
  const value = page.values[property.id];
  switch (property.type) {
    case 'title':
    case 'rich_text':
      return plainText((value as RichText[] | undefined) ?? []) || null;
    case 'checkbox':
      return value === true ? 1 : 0;
    case 'number':
      return typeof value === 'number' ? value : null;
    case 'date': {
      const start = (value as { start: string } | null | undefined)?.start;
      return start === undefined ? null : Date.parse(start.length === 10 ? `${start}T00:00:00Z` : start);
    }
    case 'select': {
      // Notion sorts selects by the options' order in the schema.
      const index = (property.options ?? []).findIndex((o) => o.id === value);
      return index < 0 ? null : index;
    }
    case 'url':
      return typeof value === 'string' ? value : null;
    case 'last_edited_by':
      return page.lastEditedBy;
  }
}

/** Empty values sort last in either direction, as in Notion. */
function compareValues(a: string | number | null, b: string | number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

/** One page of results: `start_cursor` is the id of the first row to return. */
export function paginate<T extends { id: string }>(
  rows: readonly T[],
  startCursor: unknown,
  pageSize: unknown,
): { results: T[]; nextCursor: string | null; hasMore: boolean } {
  let size = MAX_PAGE_SIZE;
  if (pageSize !== undefined) {
    if (typeof pageSize !== 'number' || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw validationError(`body failed validation: body.page_size should be an integer between 1 and ${MAX_PAGE_SIZE}, instead was ${quote(pageSize)}.`);
    }
    size = pageSize;
  }
  let start = 0;
  if (startCursor !== undefined && startCursor !== null) {
    start = typeof startCursor === 'string' ? rows.findIndex((row) => row.id === startCursor) : -1;
    if (start < 0) throw validationError(`The start_cursor provided is invalid: ${JSON.stringify(startCursor)}`);
  }
  const results = rows.slice(start, start + size);
  const next = rows[start + size];
  return { results, nextCursor: next ? next.id : null, hasMore: next !== undefined };
}
