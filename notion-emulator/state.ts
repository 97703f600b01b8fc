/**
 * The emulator's in-memory workspace: users, pages, databases and data sources.
 *
 * Plain data, so it serialises to one JSON file (`stateFile`) and back.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';

/** Property types the emulator implements (the ones the sync uses). */
export const PROPERTY_TYPES = ['title', 'rich_text', 'checkbox', 'select', 'date', 'number', 'url', 'last_edited_by'] as const;
export type PropertyType = (typeof PROPERTY_TYPES)[number];

export interface Annotations {
  bold: boolean;
  italic: boolean;
  strikethrough: boolean;
  underline: boolean;
  code: boolean;
  color: string;
}

/** A rich text item as Notion returns it (type `text` only). */
export interface RichText {
  type: 'text';
  text: { content: string; link: { url: string } | null };
  annotations: Annotations;
  plain_text: string;
  href: string | null;
}

export interface SelectOption {
  id: string;
  name: string;
  color: string;
  description: string | null;
}

/** One property of a data source's schema. */
export interface PropertySchema {
  id: string;
  name: string;
  type: PropertyType;
  description: string | null;
  /** Select options (type `select`). */
  options?: SelectOption[];
  /** Number format (type `number`). */
  format?: string;
}

export interface DateValue {
  start: string;
  end: string | null;
  time_zone: string | null;
}

/** A stored property value: the inner value of Notion's property value object. */
export type StoredValue = RichText[] | boolean | string | number | DateValue | null;

export type PageParent =
  | { type: 'data_source_id'; data_source_id: string; database_id: string }
  | { type: 'page_id'; page_id: string }
  | { type: 'workspace'; workspace: true };

/** Shared with the integration: `true`/`false` set here, `undefined` inherits from the parent. */
export type Sharing = boolean | undefined;

/** What Notion keeps on every object it stores: when and by whom it was made and last edited, and whether it is in the trash. */
interface Stamped {
  createdTime: number;
  lastEditedTime: number;
  createdBy: string;
  lastEditedBy: string;
  inTrash: boolean;
}

export interface PageRecord extends Stamped {
  id: string;
  parent: PageParent;
  /** Values keyed by property id (a plain page has only `title`). */
  values: Record<string, StoredValue>;
  shared?: Sharing;
}

export interface DatabaseRecord extends Stamped {
  id: string;
  parent: { type: 'page_id'; page_id: string } | { type: 'workspace'; workspace: true };
  title: RichText[];
  description: RichText[];
  isInline: boolean;
  dataSourceIds: string[];
  shared?: Sharing;
}

export interface DataSourceRecord extends Stamped {
  id: string;
  databaseId: string;
  title: RichText[];
  description: RichText[];
  properties: PropertySchema[];
}

export interface UserRecord {
  id: string;
  name: string;
  type: 'bot' | 'person';
  email?: string;
}

/** Which token a request carried. */
export type TokenKind = 'integration' | 'person';

/** Everything the emulator keeps; what `stateFile` holds. */
export interface StateData {
  version: 1;
  tokens: { integration: string; person: string };
  users: { bot: UserRecord; person: UserRecord };
  rootPageId: string;
  pages: Record<string, PageRecord>;
  databases: Record<string, DatabaseRecord>;
  dataSources: Record<string, DataSourceRecord>;
}

const DEFAULT_ANNOTATIONS: Annotations = {
  bold: false,
  italic: false,
  strikethrough: false,
  underline: false,
  code: false,
  color: 'default',
};

/** A rich text item holding plain `content`. */
export function plainRichText(content: string, link: string | null = null, annotations: Partial<Annotations> = {}): RichText {
  return {
    type: 'text',
    text: { content, link: link === null ? null : { url: link } },
    annotations: { ...DEFAULT_ANNOTATIONS, ...annotations },
    plain_text: content,
    href: link,
  };
}

/** The plain text of rich text items. */
export function plainText(items: readonly RichText[]): string {
  return items.map((item) => item.plain_text).join('');
}

/** A new object id, in Notion's dashed UUID form. */
export function newId(): string {
  return randomUUID();
}

/** A short property id, like Notion's (`title` is reserved for the title property). */
export function newPropertyId(): string {
  return randomUUID().replace(/-/g, '').slice(0, 4);
}

function randomSecret(): string {
  return randomUUID().replace(/-/g, '');
}

/** Options for a fresh workspace. */
export interface FreshStateOptions {
  token?: string | undefined;
  personToken?: string | undefined;
  now: number;
}

/** A workspace with one page shared with the integration. */
export function freshState(options: FreshStateOptions): StateData {
  const bot: UserRecord = { id: newId(), name: 'Follow Through (emulator)', type: 'bot' };
  const person: UserRecord = { id: newId(), name: 'Coach (emulator)', type: 'person', email: 'coach@example.com' };
  const rootPageId = newId();
  const root: PageRecord = {
    id: rootPageId,
    parent: { type: 'workspace', workspace: true },
    values: { title: [plainRichText('Follow Through')] },
    createdTime: options.now,
    lastEditedTime: options.now,
    createdBy: person.id,
    lastEditedBy: person.id,
    inTrash: false,
    shared: true,
  };
  return {
    version: 1,
    tokens: {
      integration: options.token ?? `ntn_emulator_${randomSecret()}`,
      person: options.personToken ?? `ntn_person_${randomSecret()}`,
    },
    users: { bot, person },
    rootPageId,
    pages: { [rootPageId]: root },
    databases: {},
    dataSources: {},
  };
}

/** Read a state file written by `saveState`, or undefined when there is none. */
export function loadState(path: string): StateData | undefined {
  if (!existsSync(path)) return undefined;
  const data = JSON.parse(readFileSync(path, 'utf8')) as StateData;
  if (data.version !== 1 || typeof data.rootPageId !== 'string') {
    throw new Error(`${path} is not a Notion emulator state file (version 1).`);
  }
  return data;
}

/** Write the state atomically (temporary file, then rename). */
export function saveState(path: string, data: StateData): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(data, null, 1));
  renameSync(temporary, path);
}

/** The workspace with its queries: who can see what, and helpers for tests. */
export class Workspace {
  readonly data: StateData;
  private readonly clock: () => number;

  constructor(data: StateData, clock: () => number) {
    this.data = data;
    this.clock = clock;
  }

  get rootPageId(): string {
    return this.data.rootPageId;
  }

  userFor(kind: TokenKind): UserRecord {
    return kind === 'integration' ? this.data.users.bot : this.data.users.person;
  }

  user(id: string): UserRecord | undefined {
    const { bot, person } = this.data.users;
    return id === bot.id ? bot : id === person.id ? person : undefined;
  }

  page(id: string): PageRecord | undefined {
    return this.data.pages[id];
  }

  database(id: string): DatabaseRecord | undefined {
    return this.data.databases[id];
  }

  dataSource(id: string): DataSourceRecord | undefined {
    return this.data.dataSources[id];
  }

  /** Whether a token of this kind can see the object: people see everything, the integration what is shared with it. */
  canSee(kind: TokenKind, id: string): boolean {
    if (kind === 'person') return true;
    for (let current: string | undefined = id, depth = 0; current !== undefined && depth < 64; depth++) {
      const page: PageRecord | undefined = this.data.pages[current];
      if (page) {
        if (page.shared !== undefined) return page.shared;
        current = page.parent.type === 'page_id' ? page.parent.page_id : page.parent.type === 'data_source_id' ? page.parent.database_id : undefined;
        continue;
      }
      const database: DatabaseRecord | undefined = this.data.databases[current];
      if (database) {
        if (database.shared !== undefined) return database.shared;
        current = database.parent.type === 'page_id' ? database.parent.page_id : undefined;
        continue;
      }
      const dataSource: DataSourceRecord | undefined = this.data.dataSources[current];
      if (dataSource) {
        current = dataSource.databaseId;
        continue;
      }
      return false;
    }
    return false;
  }

  /** Share an object (and what inherits from it) with the integration, or stop sharing it. */
  setShared(id: string, shared: boolean): void {
    const record = this.data.pages[id] ?? this.data.databases[id];
    if (!record) throw new Error(`No page or database ${id} in the emulator.`);
    record.shared = shared;
  }

  /** Add a top-level page (not shared with the integration unless `shared`), as a person would in Notion. */
  addPage(options: { title?: string; shared?: boolean; parentPageId?: string } = {}): PageRecord {
    const now = this.clock();
    const person = this.data.users.person.id;
    const page: PageRecord = {
      id: newId(),
      parent: options.parentPageId === undefined ? { type: 'workspace', workspace: true } : { type: 'page_id', page_id: options.parentPageId },
      values: { title: [plainRichText(options.title ?? 'Untitled')] },
      createdTime: now,
      lastEditedTime: now,
      createdBy: person,
      lastEditedBy: person,
      inTrash: false,
      shared: options.shared ?? (options.parentPageId === undefined ? false : undefined),
    };
    this.data.pages[page.id] = page;
    return page;
  }

  /** The rows of a data source (pages whose parent it is), in creation order. */
  rows(dataSourceId: string): PageRecord[] {
    return Object.values(this.data.pages).filter(
      (page) => page.parent.type === 'data_source_id' && page.parent.data_source_id === dataSourceId,
    );
  }
}
