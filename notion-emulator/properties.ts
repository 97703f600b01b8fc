/**
 * Property schemas and property values: parse Notion's request shapes strictly,
 * render Notion's response shapes.
 *
 * Shapes: https://developers.notion.com/reference/property-object (schemas),
 * https://developers.notion.com/reference/page-property-values (values),
 * https://developers.notion.com/reference/rich-text; limits:
 * https://developers.notion.com/reference/request-limits.
 */
import { validationError } from './errors.js';
import {
  PROPERTY_TYPES,
  newPropertyId,
  plainRichText,
  type Annotations,
  type DataSourceRecord,
  type DateValue,
  type PageRecord,
  type PropertySchema,
  type PropertyType,
  type RichText,
  type SelectOption,
  type StoredValue,
  type UserRecord,
} from './state.js';

/** Characters in one rich text item's `text.content` (and in a URL). */
export const MAX_TEXT_LENGTH = 2000;
/** Items in any array in a request (rich text items, options, filters…). */
export const MAX_ARRAY_LENGTH = 100;
/** Characters in a select option's name. */
export const MAX_OPTION_NAME_LENGTH = 100;

const SELECT_COLORS = ['default', 'gray', 'brown', 'orange', 'yellow', 'green', 'blue', 'purple', 'pink', 'red'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` as Notion quotes it in messages. */
export function quote(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return `\`${text.length > 80 ? `${text.slice(0, 77)}...` : text}\``;
}

function fail(path: string, expectation: string, value: unknown): never {
  throw validationError(`body failed validation: ${path} should be ${expectation}, instead was ${quote(value)}.`);
}

/** Whether `text` is an ISO 8601 date or date-time Notion accepts. */
export function isIsoDate(text: string): boolean {
  return ISO_DATE.test(text) && !Number.isNaN(Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text));
}

const COLORS = [...SELECT_COLORS, ...SELECT_COLORS.filter((c) => c !== 'default').map((c) => `${c}_background`)];

function parseAnnotations(raw: unknown, path: string): Partial<Annotations> {
  if (raw === undefined) return {};
  if (!isRecord(raw)) fail(path, 'an object', raw);
  const annotations: Partial<Annotations> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'color') {
      if (typeof value !== 'string' || !COLORS.includes(value)) fail(`${path}.color`, `one of ${COLORS.join(', ')}`, value);
      annotations.color = value;
    } else if (key === 'bold' || key === 'italic' || key === 'strikethrough' || key === 'underline' || key === 'code') {
      if (typeof value !== 'boolean') fail(`${path}.${key}`, 'a boolean', value);
      annotations[key] = value;
    } else {
      fail(`${path}.${key}`, 'not present', value);
    }
  }
  return annotations;
}

/** Parse a request's rich text array (text items only). */
export function parseRichText(raw: unknown, path: string): RichText[] {
  if (!Array.isArray(raw)) fail(path, 'an array', raw);
  if (raw.length > MAX_ARRAY_LENGTH) {
    throw validationError(`body failed validation: ${path}.length should be ≤ \`${MAX_ARRAY_LENGTH}\`, instead was \`${raw.length}\`.`);
  }
  return raw.map((item: unknown, index) => {
    const at = `${path}[${index}]`;
    if (!isRecord(item)) fail(at, 'an object', item);
    if (item.type !== undefined && item.type !== 'text') {
      throw validationError(`Emulator: ${at}.type ${quote(item.type)} is not supported; only text rich text is.`);
    }
    const text = item.text;
    if (!isRecord(text)) fail(`${at}.text`, 'defined', text);
    const content = text.content;
    if (typeof content !== 'string') fail(`${at}.text.content`, 'a string', content);
    if (content.length > MAX_TEXT_LENGTH) {
      throw validationError(
        `body failed validation: ${at}.text.content.length should be ≤ \`${MAX_TEXT_LENGTH}\`, instead was \`${content.length}\`.`,
      );
    }
    let link: string | null = null;
    if (text.link !== undefined && text.link !== null) {
      if (!isRecord(text.link) || typeof text.link.url !== 'string') fail(`${at}.text.link.url`, 'a string', text.link);
      if (text.link.url.length > MAX_TEXT_LENGTH) fail(`${at}.text.link.url.length`, `≤ \`${MAX_TEXT_LENGTH}\``, text.link.url.length);
      link = text.link.url;
    }
    return plainRichText(content, link, parseAnnotations(item.annotations, `${at}.annotations`));
  });
}

/** Find a property by name or id. */
export function findProperty(dataSource: DataSourceRecord, nameOrId: string): PropertySchema | undefined {
  return (
    dataSource.properties.find((property) => property.name === nameOrId) ??
    dataSource.properties.find((property) => property.id === nameOrId || decodeURIComponent(property.id) === nameOrId)
  );
}

function typeOfConfig(raw: Record<string, unknown>, path: string): string {
  if (typeof raw.type === 'string') return raw.type;
  const keys = Object.keys(raw).filter((key) => key !== 'name' && key !== 'description' && key !== 'type');
  if (keys.length !== 1 || keys[0] === undefined) fail(path, 'a property configuration with one type', raw);
  return keys[0];
}

function parseOptions(raw: unknown, path: string): SelectOption[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) fail(path, 'an array', raw);
  if (raw.length > MAX_ARRAY_LENGTH) fail(`${path}.length`, `≤ \`${MAX_ARRAY_LENGTH}\``, raw.length);
  return raw.map((option: unknown, index) => {
    if (!isRecord(option) || typeof option.name !== 'string') fail(`${path}[${index}].name`, 'a string', option);
    return newOption(option.name, `${path}[${index}].name`, typeof option.color === 'string' ? option.color : 'default');
  });
}

function newOption(name: string, path: string, color = 'default'): SelectOption {
  if (name.length === 0 || name.length > MAX_OPTION_NAME_LENGTH) fail(`${path}.length`, `between 1 and ${MAX_OPTION_NAME_LENGTH}`, name.length);
  if (name.includes(',')) throw validationError(`Select option names cannot contain commas: ${quote(name)} at ${path}.`);
  if (!SELECT_COLORS.includes(color)) fail(`${path}.color`, `one of ${SELECT_COLORS.join(', ')}`, color);
  return { id: newPropertyId(), name, color, description: null };
}

/** Parse a property configuration (database create, data source update) into a schema entry. */
export function parsePropertyConfig(name: string, raw: unknown, path: string, existingId?: string): PropertySchema {
  if (!isRecord(raw)) fail(path, 'an object', raw);
  const type = typeOfConfig(raw, path);
  if (!(PROPERTY_TYPES as readonly string[]).includes(type)) {
    throw validationError(`Emulator: property type ${quote(type)} (${path}) is not supported; supported: ${PROPERTY_TYPES.join(', ')}.`);
  }
  const config = raw[type];
  if (config !== undefined && !isRecord(config)) fail(`${path}.${type}`, 'an object', config);
  const propertyType = type as PropertyType;
  const schema: PropertySchema = {
    id: propertyType === 'title' ? 'title' : (existingId ?? newPropertyId()),
    name: typeof raw.name === 'string' ? raw.name : name,
    type: propertyType,
    description: typeof raw.description === 'string' ? raw.description : null,
  };
  if (propertyType === 'select') schema.options = parseOptions(config?.options, `${path}.select.options`);
  if (propertyType === 'number') schema.format = typeof config?.format === 'string' ? config.format : 'number';
  return schema;
}

/** A property schema as Notion returns it in a data source's `properties`. */
export function renderPropertySchema(property: PropertySchema): Record<string, unknown> {
  let config: Record<string, unknown> = {};
  if (property.type === 'select') config = { options: property.options ?? [] };
  if (property.type === 'number') config = { format: property.format ?? 'number' };
  return { id: property.id, name: property.name, description: property.description, type: property.type, [property.type]: config };
}

/** What parsing a value needs to add to the schema (new select options), applied only if the whole request is valid. */
export interface PendingOption {
  property: PropertySchema;
  option: SelectOption;
}

function expectedType(key: string, type: string): never {
  throw validationError(`${key} is expected to be ${type}.`);
}

/** Parse one property value of a page create or update. */
export function parsePropertyValue(property: PropertySchema, key: string, raw: unknown, pending: PendingOption[]): StoredValue {
  const path = `body.properties.${key}`;
  if (!isRecord(raw)) fail(path, 'an object', raw);
  if (property.type === 'last_edited_by') {
    throw validationError(`${key} is a last_edited_by property, which Notion sets itself; it cannot be written.`);
  }
  if ((raw.type !== undefined && raw.type !== property.type) || !(property.type in raw)) expectedType(key, property.type);
  const extra = Object.keys(raw).filter((name) => name !== 'type' && name !== 'id' && name !== property.type);
  if (extra.length > 0) fail(`${path}.${extra[0] ?? ''}`, 'not present', raw[extra[0] ?? '']);
  const value = raw[property.type];
  const at = `${path}.${property.type}`;
  switch (property.type) {
    case 'title':
    case 'rich_text':
      return parseRichText(value, at);
    case 'checkbox':
      if (typeof value !== 'boolean') fail(at, 'a boolean', value);
      return value;
    case 'number':
      if (value === null) return null;
      if (typeof value !== 'number' || !Number.isFinite(value)) fail(at, 'a number or `null`', value);
      return value;
    case 'url':
      if (value === null) return null;
      if (typeof value !== 'string') fail(at, 'a string or `null`', value);
      if (value.length > MAX_TEXT_LENGTH) fail(`${at}.length`, `≤ \`${MAX_TEXT_LENGTH}\``, value.length);
      return value;
    case 'date':
      return parseDate(value, at);
    case 'select':
      return parseSelect(property, value, at, pending);
  }
}

function parseDate(value: unknown, at: string): DateValue | null {
  if (value === null) return null;
  if (!isRecord(value)) fail(at, 'an object or `null`', value);
  if (typeof value.start !== 'string' || !isIsoDate(value.start)) fail(`${at}.start`, 'a valid ISO 8601 date string', value.start);
  const end = value.end ?? null;
  if (end !== null && (typeof end !== 'string' || !isIsoDate(end))) fail(`${at}.end`, 'a valid ISO 8601 date string or `null`', end);
  const timeZone = value.time_zone ?? null;
  if (timeZone !== null && typeof timeZone !== 'string') fail(`${at}.time_zone`, 'a string or `null`', timeZone);
  return { start: value.start, end, time_zone: timeZone };
}

function parseSelect(property: PropertySchema, value: unknown, at: string, pending: PendingOption[]): string | null {
  if (value === null) return null;
  if (!isRecord(value)) fail(at, 'an object or `null`', value);
  const options = property.options ?? [];
  if (typeof value.id === 'string') {
    const byId = options.find((option) => option.id === value.id);
    if (!byId) throw validationError(`Select option with id ${quote(value.id)} not found for property ${property.name}.`);
    return byId.id;
  }
  if (typeof value.name !== 'string') fail(`${at}.name`, 'a string', value.name);
  const existing = options.find((option) => option.name === value.name) ?? pending.find((p) => p.property === property && p.option.name === value.name)?.option;
  if (existing) return existing.id;
  // Notion adds an option that does not exist yet to the schema.
  const option = newOption(value.name, `${at}.name`, typeof value.color === 'string' ? value.color : 'default');
  pending.push({ property, option });
  return option.id;
}

/** Render one page property value as Notion returns it. */
export function renderPropertyValue(property: PropertySchema, page: PageRecord, user: (id: string) => UserRecord | undefined): Record<string, unknown> {
  const stored = page.values[property.id];
  let value: unknown;
  switch (property.type) {
    case 'title':
    case 'rich_text':
      value = Array.isArray(stored) ? stored : [];
      break;
    case 'checkbox':
      value = stored === true;
      break;
    case 'number':
      value = typeof stored === 'number' ? stored : null;
      break;
    case 'url':
      value = typeof stored === 'string' ? stored : null;
      break;
    case 'date':
      value = stored ?? null;
      break;
    case 'select': {
      const option = (property.options ?? []).find((o) => o.id === stored);
      value = option ? { id: option.id, name: option.name, color: option.color } : null;
      break;
    }
    case 'last_edited_by':
      value = renderUser(user(page.lastEditedBy), page.lastEditedBy);
      break;
  }
  return { id: property.id, type: property.type, [property.type]: value };
}

/** A user object as Notion returns it. */
export function renderUser(user: UserRecord | undefined, id: string): Record<string, unknown> {
  if (!user) return { object: 'user', id };
  if (user.type === 'bot') {
    return {
      object: 'user',
      id: user.id,
      name: user.name,
      avatar_url: null,
      type: 'bot',
      bot: { owner: { type: 'workspace', workspace: true }, workspace_name: 'Emulator workspace' },
    };
  }
  return { object: 'user', id: user.id, name: user.name, avatar_url: null, type: 'person', person: { email: user.email ?? '' } };
}
