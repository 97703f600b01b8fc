/**
 * The endpoints the sync uses, answering with Notion's JSON shapes for API version 2026-03-11.
 *
 * Objects: https://developers.notion.com/reference/page, /reference/database,
 * /reference/data-source, /reference/user, /reference/parent-object.
 */
import { NotionApiError, notFound, validationError } from './errors.js';
import {
  findProperty,
  parsePropertyConfig,
  parsePropertyValue,
  parseRichText,
  quote,
  renderPropertySchema,
  renderPropertyValue,
  renderUser,
  type PendingOption,
} from './properties.js';
import { compileFilter, compileSorts, paginate, roundDownToMinute } from './query.js';
import {
  newId,
  plainText,
  type DataSourceRecord,
  type DatabaseRecord,
  type PageRecord,
  type PropertySchema,
  type StoredValue,
  type TokenKind,
  type Workspace,
} from './state.js';

/** What a handler gets. */
export interface HandlerContext {
  workspace: Workspace;
  kind: TokenKind;
  now: number;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  /** A new page shows in queries only this many ms after it was created (Notion indexes with a delay). Default 0. */
  queryDelayMs?: number;
}

/** A handler's answer: the response body, and whether it changed the workspace. */
export interface HandlerResult {
  body: Record<string, unknown>;
  changed: boolean;
}

type Handler = (context: HandlerContext) => HandlerResult;

/** A route: method, OpenAPI path template, handler. */
export interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  names: string[];
  handler: Handler;
}

function route(method: string, template: string, handler: Handler): Route {
  const names: string[] = [];
  const pattern = new RegExp(
    `^${template.replace(/\{(\w+)\}/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    })}$`,
  );
  return { method, template, pattern, names, handler };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function iso(ms: number): string {
  return new Date(roundDownToMinute(ms)).toISOString();
}

function notionUrl(title: string, id: string): string {
  const slug = title.trim().replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `https://www.notion.so/${slug ? `${slug}-` : ''}${id.replace(/-/g, '')}`;
}

/** Parse an id as Notion does (with or without dashes) into the dashed form. */
export function normaliseId(raw: string, where: string): string {
  const hex = decodeURIComponent(raw).replace(/-/g, '').toLowerCase();
  if (!/^[0-9a-f]{32}$/.test(hex)) {
    throw validationError(`${where.split('.')[0] ?? 'path'} failed validation: ${where} should be a valid uuid, instead was ${quote(decodeURIComponent(raw))}.`);
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function wrongKind(id: string, is: string, expected: string, advice: string): NotionApiError {
  return validationError(`Provided ID ${id} is a ${is}, not a ${expected}. ${advice}`);
}

function visiblePage(context: HandlerContext, id: string): PageRecord {
  const { workspace, kind } = context;
  const page = workspace.page(id);
  if (page && workspace.canSee(kind, id)) return page;
  if (workspace.database(id) && workspace.canSee(kind, id)) {
    throw wrongKind(id, 'database', 'page', 'Use the retrieve database API instead.');
  }
  throw notFound('page', id);
}

function visibleDatabase(context: HandlerContext, id: string): DatabaseRecord {
  const { workspace, kind } = context;
  const database = workspace.database(id);
  if (database && workspace.canSee(kind, id)) return database;
  if (workspace.page(id) && workspace.canSee(kind, id)) {
    throw wrongKind(id, 'page', 'database', 'Use the retrieve page API instead, or pass the ID of a database.');
  }
  if (workspace.dataSource(id) && workspace.canSee(kind, id)) {
    throw wrongKind(id, 'data source', 'database', 'Use the retrieve data source API instead, or pass the ID of a database.');
  }
  throw notFound('database', id);
}

function visibleDataSource(context: HandlerContext, id: string): DataSourceRecord {
  const { workspace, kind } = context;
  const dataSource = workspace.dataSource(id);
  if (dataSource && workspace.canSee(kind, id)) return dataSource;
  if (workspace.database(id) && workspace.canSee(kind, id)) {
    throw wrongKind(id, 'database', 'data source', "Retrieve the database and use one of its data_sources' ids.");
  }
  if (workspace.page(id) && workspace.canSee(kind, id)) {
    throw wrongKind(id, 'page', 'data source', 'Use the retrieve page API instead, or pass the ID of a data source.');
  }
  throw notFound('data_source', id);
}

/** A page outside any data source has one property, its title. */
const PLAIN_PAGE_SCHEMA: PropertySchema[] = [{ id: 'title', name: 'title', type: 'title', description: null }];

/** The schema a page's values follow: its data source's, or a plain page's lone title. */
function schemaOf(workspace: Workspace, page: PageRecord): { properties: PropertySchema[]; dataSource?: DataSourceRecord } {
  if (page.parent.type === 'data_source_id') {
    const dataSource = workspace.dataSource(page.parent.data_source_id);
    if (dataSource) return { properties: dataSource.properties, dataSource };
  }
  return { properties: PLAIN_PAGE_SCHEMA };
}

function renderPage(workspace: Workspace, page: PageRecord, filterProperties?: readonly string[]): Record<string, unknown> {
  const { properties } = schemaOf(workspace, page);
  const shown = filterProperties && filterProperties.length > 0
    ? properties.filter((p) => filterProperties.includes(p.id) || filterProperties.includes(p.name) || filterProperties.includes(decodeURIComponent(p.id)))
    : properties;
  const title = properties.find((p) => p.type === 'title');
  const titleText = title ? plainText((page.values[title.id] as never[] | undefined) ?? []) : '';
  return {
    object: 'page',
    id: page.id,
    created_time: iso(page.createdTime),
    last_edited_time: iso(page.lastEditedTime),
    created_by: { object: 'user', id: page.createdBy },
    last_edited_by: { object: 'user', id: page.lastEditedBy },
    cover: null,
    icon: null,
    parent: page.parent,
    in_trash: page.inTrash,
    is_locked: false,
    properties: Object.fromEntries(shown.map((p) => [p.name, renderPropertyValue(p, page, (id) => workspace.user(id))])),
    url: notionUrl(titleText, page.id),
    public_url: null,
  };
}

function renderDatabase(workspace: Workspace, database: DatabaseRecord): Record<string, unknown> {
  return {
    object: 'database',
    id: database.id,
    title: database.title,
    description: database.description,
    parent: database.parent,
    is_inline: database.isInline,
    in_trash: database.inTrash,
    is_locked: false,
    created_time: iso(database.createdTime),
    last_edited_time: iso(database.lastEditedTime),
    data_sources: database.dataSourceIds.map((id) => ({ id, name: plainText(workspace.dataSource(id)?.title ?? []) })),
    icon: null,
    cover: null,
    url: notionUrl(plainText(database.title), database.id),
    public_url: null,
  };
}

function renderDataSource(workspace: Workspace, dataSource: DataSourceRecord): Record<string, unknown> {
  const database = workspace.database(dataSource.databaseId);
  return {
    object: 'data_source',
    id: dataSource.id,
    title: dataSource.title,
    description: dataSource.description,
    parent: { type: 'database_id', database_id: dataSource.databaseId },
    database_parent: database?.parent ?? { type: 'workspace', workspace: true },
    is_inline: database?.isInline ?? false,
    in_trash: dataSource.inTrash,
    created_time: iso(dataSource.createdTime),
    last_edited_time: iso(dataSource.lastEditedTime),
    created_by: { object: 'user', id: dataSource.createdBy },
    last_edited_by: { object: 'user', id: dataSource.lastEditedBy },
    properties: Object.fromEntries(dataSource.properties.map((p) => [p.name, renderPropertySchema(p)])),
    icon: null,
    cover: null,
    url: notionUrl(plainText(dataSource.title), dataSource.id),
    public_url: null,
  };
}

function bodyObject(body: unknown): Record<string, unknown> {
  if (body === undefined) return {};
  if (!isRecord(body)) throw validationError(`body failed validation: body should be an object, instead was ${quote(body)}.`);
  return body;
}

/** Parse `properties` of a page create/update against a schema; new select options are added only when all is valid. */
function parseValues(
  raw: unknown,
  properties: PropertySchema[],
  plainPage: boolean,
): { values: Record<string, StoredValue>; pending: PendingOption[] } {
  const values: Record<string, StoredValue> = {};
  const pending: PendingOption[] = [];
  if (raw === undefined) return { values, pending };
  if (!isRecord(raw)) throw validationError(`body failed validation: body.properties should be an object, instead was ${quote(raw)}.`);
  const keys = Object.keys(raw);
  if (keys.length > 100) throw validationError(`body failed validation: body.properties should have at most 100 properties, instead had ${keys.length}.`);
  const schema = { id: '', databaseId: '', title: [], description: [], properties, createdTime: 0, lastEditedTime: 0, createdBy: '', lastEditedBy: '', inTrash: false };
  for (const key of keys) {
    const property = findProperty(schema, key);
    if (!property) {
      throw validationError(
        plainPage
          ? `Invalid property ${quote(key)}: a page whose parent is a page has only a \`title\` property.`
          : `${key} is not a property that exists.`,
      );
    }
    if (property.id in values) throw validationError(`body failed validation: property ${property.name} is given more than once.`);
    let rawValue = raw[key];
    // Notion also takes a bare rich text array for a title ("title": [...]).
    if (Array.isArray(rawValue) && property.type === 'title') rawValue = { title: rawValue };
    values[property.id] = parsePropertyValue(property, key, rawValue, pending);
  }
  return { values, pending };
}

function applyPending(pending: PendingOption[]): void {
  for (const { property, option } of pending) {
    property.options = [...(property.options ?? []), option];
  }
}

function checkBodyKeys(body: Record<string, unknown>, allowed: readonly string[] | undefined): void {
  if (!allowed) return;
  const extra = Object.keys(body).find((key) => !allowed.includes(key));
  if (extra !== undefined) throw validationError(`body failed validation: body.${extra} should not be present, instead was ${quote(body[extra])}.`);
}

const getSelf: Handler = ({ workspace, kind }) => {
  const user = workspace.userFor(kind);
  return { body: renderUser(user, user.id), changed: false };
};

const PAGE_CREATE_KEYS = ['parent', 'properties', 'icon', 'cover', 'children', 'content', 'markdown', 'template', 'position'] as const;

const createPage: Handler = (context) => {
  const { workspace, kind, now } = context;
  const body = bodyObject(context.body);
  checkBodyKeys(body, PAGE_CREATE_KEYS);
  const parent = body.parent;
  if (!isRecord(parent)) throw validationError('body failed validation: body.parent should be defined, instead was `undefined`.');
  const user = workspace.userFor(kind).id;
  let pageParent: PageRecord['parent'];
  let properties: PropertySchema[];
  let dataSource: DataSourceRecord | undefined;
  if (typeof parent.data_source_id === 'string') {
    dataSource = visibleDataSource(context, normaliseId(parent.data_source_id, 'body.parent.data_source_id'));
    pageParent = { type: 'data_source_id', data_source_id: dataSource.id, database_id: dataSource.databaseId };
    properties = dataSource.properties;
  } else if (typeof parent.database_id === 'string') {
    const database = visibleDatabase(context, normaliseId(parent.database_id, 'body.parent.database_id'));
    const only = database.dataSourceIds.length === 1 && database.dataSourceIds[0] !== undefined ? workspace.dataSource(database.dataSourceIds[0]) : undefined;
    if (!only) {
      throw validationError(`Database ${database.id} has ${database.dataSourceIds.length} data sources; use a data_source_id parent to say which one.`);
    }
    dataSource = only;
    pageParent = { type: 'data_source_id', data_source_id: only.id, database_id: database.id };
    properties = only.properties;
  } else if (typeof parent.page_id === 'string') {
    const page = visiblePage(context, normaliseId(parent.page_id, 'body.parent.page_id'));
    pageParent = { type: 'page_id', page_id: page.id };
    properties = PLAIN_PAGE_SCHEMA;
  } else {
    throw validationError(
      'body failed validation. Fix one:\nbody.parent.page_id should be defined, instead was `undefined`.\nbody.parent.data_source_id should be defined, instead was `undefined`.',
    );
  }
  if (dataSource?.inTrash) throw validationError("Can't create a page in a data source that is in the trash.");
  const { values, pending } = parseValues(body.properties, properties, dataSource === undefined);
  applyPending(pending);
  const page: PageRecord = {
    id: newId(),
    parent: pageParent,
    values,
    createdTime: now,
    lastEditedTime: now,
    createdBy: user,
    lastEditedBy: user,
    inTrash: false,
  };
  workspace.data.pages[page.id] = page;
  return { body: renderPage(workspace, page, context.query.getAll('filter_properties')), changed: true };
};

const retrievePage: Handler = (context) => {
  const page = visiblePage(context, normaliseId(context.params.page_id ?? '', 'path.page_id'));
  return { body: renderPage(context.workspace, page, context.query.getAll('filter_properties')), changed: false };
};

const PAGE_UPDATE_KEYS = ['properties', 'in_trash', 'is_locked', 'icon', 'cover', 'template', 'erase_content'] as const;

const updatePage: Handler = (context) => {
  const { workspace, kind, now } = context;
  const page = visiblePage(context, normaliseId(context.params.page_id ?? '', 'path.page_id'));
  const body = bodyObject(context.body);
  checkBodyKeys(body, PAGE_UPDATE_KEYS);
  if (body.in_trash !== undefined && typeof body.in_trash !== 'boolean') {
    throw validationError(`body failed validation: body.in_trash should be a boolean, instead was ${quote(body.in_trash)}.`);
  }
  const inTrash = typeof body.in_trash === 'boolean' ? body.in_trash : page.inTrash;
  if (inTrash && body.properties !== undefined) {
    throw validationError("Can't edit block that is archived. You must unarchive the block before editing.");
  }
  const schema = schemaOf(workspace, page);
  const { values, pending } = parseValues(body.properties, schema.properties, schema.dataSource === undefined);
  applyPending(pending);
  Object.assign(page.values, values);
  page.inTrash = inTrash;
  if (body.properties !== undefined || body.in_trash !== undefined) {
    page.lastEditedTime = now;
    page.lastEditedBy = workspace.userFor(kind).id;
  }
  return { body: renderPage(workspace, page, context.query.getAll('filter_properties')), changed: true };
};

const DATABASE_CREATE_KEYS = ['parent', 'title', 'description', 'is_inline', 'initial_data_source', 'icon', 'cover'] as const;

const createDatabase: Handler = (context) => {
  const { workspace, kind, now } = context;
  const body = bodyObject(context.body);
  checkBodyKeys(body, DATABASE_CREATE_KEYS);
  const parent = body.parent;
  if (!isRecord(parent) || typeof parent.page_id !== 'string') {
    throw validationError('body failed validation: body.parent.page_id should be defined, instead was `undefined`. (Databases are created under a page through the API.)');
  }
  const parentPage = visiblePage(context, normaliseId(parent.page_id, 'body.parent.page_id'));
  const title = body.title === undefined ? [] : parseRichText(body.title, 'body.title');
  const description = body.description === undefined ? [] : parseRichText(body.description, 'body.description');
  if (body.is_inline !== undefined && typeof body.is_inline !== 'boolean') {
    throw validationError(`body failed validation: body.is_inline should be a boolean, instead was ${quote(body.is_inline)}.`);
  }
  const initial = body.initial_data_source === undefined ? {} : body.initial_data_source;
  if (!isRecord(initial)) throw validationError(`body failed validation: body.initial_data_source should be an object, instead was ${quote(initial)}.`);
  const rawProperties = initial.properties ?? {};
  if (!isRecord(rawProperties)) throw validationError('body failed validation: body.initial_data_source.properties should be an object.');
  const properties = Object.entries(rawProperties).map(([name, config]) =>
    parsePropertyConfig(name, config, `body.initial_data_source.properties.${name}`),
  );
  const titles = properties.filter((p) => p.type === 'title');
  if (titles.length > 1) throw validationError('A data source must have exactly one title property; found ' + titles.map((p) => p.name).join(', ') + '.');
  if (titles.length === 0) properties.unshift({ id: 'title', name: 'Name', type: 'title', description: null });
  assertUniqueNames(properties);
  const user = workspace.userFor(kind).id;
  const database: DatabaseRecord = {
    id: newId(),
    parent: { type: 'page_id', page_id: parentPage.id },
    title,
    description,
    isInline: body.is_inline === true,
    dataSourceIds: [],
    createdTime: now,
    lastEditedTime: now,
    createdBy: user,
    lastEditedBy: user,
    inTrash: false,
  };
  const dataSource: DataSourceRecord = {
    id: newId(),
    databaseId: database.id,
    title,
    description: [],
    properties,
    createdTime: now,
    lastEditedTime: now,
    createdBy: user,
    lastEditedBy: user,
    inTrash: false,
  };
  database.dataSourceIds.push(dataSource.id);
  workspace.data.databases[database.id] = database;
  workspace.data.dataSources[dataSource.id] = dataSource;
  return { body: renderDatabase(workspace, database), changed: true };
};

function assertUniqueNames(properties: PropertySchema[]): void {
  const seen = new Set<string>();
  for (const property of properties) {
    if (seen.has(property.name)) throw validationError(`Property names must be unique; ${quote(property.name)} is used twice.`);
    seen.add(property.name);
  }
}

const retrieveDatabase: Handler = (context) => {
  const database = visibleDatabase(context, normaliseId(context.params.database_id ?? '', 'path.database_id'));
  return { body: renderDatabase(context.workspace, database), changed: false };
};

const retrieveDataSource: Handler = (context) => {
  const dataSource = visibleDataSource(context, normaliseId(context.params.data_source_id ?? '', 'path.data_source_id'));
  return { body: renderDataSource(context.workspace, dataSource), changed: false };
};

const DATA_SOURCE_UPDATE_KEYS = ['title', 'description', 'icon', 'properties', 'in_trash', 'parent'] as const;

const updateDataSource: Handler = (context) => {
  const { workspace, kind, now } = context;
  const dataSource = visibleDataSource(context, normaliseId(context.params.data_source_id ?? '', 'path.data_source_id'));
  const body = bodyObject(context.body);
  checkBodyKeys(body, DATA_SOURCE_UPDATE_KEYS);
  const title = body.title === undefined ? undefined : parseRichText(body.title, 'body.title');
  const properties = dataSource.properties.map((p) => ({ ...p }));
  const raw = body.properties ?? {};
  if (!isRecord(raw)) throw validationError('body failed validation: body.properties should be an object.');
  for (const [key, config] of Object.entries(raw)) {
    const path = `body.properties.${key}`;
    const index = properties.findIndex((p) => p === findProperty({ ...dataSource, properties }, key));
    const existing = properties[index];
    if (config === null) {
      if (!existing) throw validationError(`${key} is not a property that exists.`);
      if (existing.type === 'title') throw validationError(`Cannot delete the title property ${existing.name}.`);
      properties.splice(index, 1);
      continue;
    }
    if (!isRecord(config)) throw validationError(`body failed validation: ${path} should be an object or \`null\`, instead was ${quote(config)}.`);
    const hasType = typeof config.type === 'string' || Object.keys(config).some((k) => k !== 'name' && k !== 'description');
    if (existing && !hasType) {
      if (config.name !== undefined) {
        if (typeof config.name !== 'string' || config.name === '') throw validationError(`body failed validation: ${path}.name should be a non-empty string.`);
        existing.name = config.name;
      }
      if (config.description !== undefined) existing.description = typeof config.description === 'string' ? config.description : null;
      continue;
    }
    if (!existing && !hasType) throw validationError(`${key} is not a property that exists.`);
    const parsed = parsePropertyConfig(existing?.name ?? key, config, path, existing?.id);
    if (parsed.type === 'title' && existing?.type !== 'title' && properties.some((p) => p.type === 'title')) {
      throw validationError(`A data source has exactly one title property; ${key} cannot become a second one.`);
    }
    if (existing?.type === 'title' && parsed.type !== 'title') throw validationError(`The title property ${existing.name} cannot change type.`);
    if (existing) properties[index] = parsed;
    else properties.push(parsed);
  }
  assertUniqueNames(properties);
  if (body.in_trash !== undefined && typeof body.in_trash !== 'boolean') throw validationError('body failed validation: body.in_trash should be a boolean.');
  dataSource.properties = properties;
  if (title) dataSource.title = title;
  if (typeof body.in_trash === 'boolean') dataSource.inTrash = body.in_trash;
  dataSource.lastEditedTime = now;
  dataSource.lastEditedBy = workspace.userFor(kind).id;
  return { body: renderDataSource(workspace, dataSource), changed: true };
};

const QUERY_KEYS = ['filter', 'sorts', 'start_cursor', 'page_size', 'archived', 'in_trash', 'is_archived', 'result_type'] as const;

const queryDataSource: Handler = (context) => {
  const { workspace, now } = context;
  const dataSource = visibleDataSource(context, normaliseId(context.params.data_source_id ?? '', 'path.data_source_id'));
  const body = bodyObject(context.body);
  checkBodyKeys(body, QUERY_KEYS);
  const matches = compileFilter(dataSource, body.filter, now);
  const compare = compileSorts(dataSource, body.sorts);
  const trashed = body.is_archived === true || body.in_trash === true || body.archived === true;
  const rows = workspace
    .rows(dataSource.id)
    .filter((page) => page.inTrash === trashed && now - page.createdTime >= (context.queryDelayMs ?? 0) && matches(page))
    .map((page, index) => ({ page, index, id: page.id }))
    .sort((a, b) => compare(a.page, b.page) || a.index - b.index);
  const { results, nextCursor, hasMore } = paginate(rows, body.start_cursor, body.page_size);
  const filterProperties = context.query.getAll('filter_properties');
  return {
    body: {
      object: 'list',
      results: results.map(({ page }) => renderPage(workspace, page, filterProperties)),
      next_cursor: nextCursor,
      has_more: hasMore,
      type: 'page_or_data_source',
      page_or_data_source: {},
    },
    changed: false,
  };
};

/** Every route the emulator answers. */
export const ROUTES: readonly Route[] = [
  route('GET', '/v1/users/me', getSelf),
  route('POST', '/v1/pages', createPage),
  route('GET', '/v1/pages/{page_id}', retrievePage),
  route('PATCH', '/v1/pages/{page_id}', updatePage),
  route('POST', '/v1/databases', createDatabase),
  route('GET', '/v1/databases/{database_id}', retrieveDatabase),
  route('GET', '/v1/data_sources/{data_source_id}', retrieveDataSource),
  route('PATCH', '/v1/data_sources/{data_source_id}', updateDataSource),
  route('POST', '/v1/data_sources/{data_source_id}/query', queryDataSource),
];
