/**
 * Validate requests against Notion's own OpenAPI 3.1 description (API version
 * 2026-03-11), when the emulator has it: named by `openApi` (`--openapi FILE`),
 * else looked for once, at start, in the team's shared data beside the checkout
 * (`defaultOpenApiPath`). Without it the emulator still serves, and says so.
 *
 * The whole document is added to Ajv 2020 so its `$ref`s resolve; each
 * operation's validators are compiled once, on its first request.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * Where the description sits when the emulator is not told (`openApi`, or
 * `--openapi FILE`), relative to the project's root: in the team's shared data,
 * beside the checkout. It is Notion's file, not the project's: a fresh clone and
 * the npm package have none, and the emulator then checks requests by its own
 * rules only (see `OPENAPI_ABSENT`).
 */
export const OPENAPI_RELATIVE_PATH = '../shared/data/notion-openapi/notion-openapi.json';

/** What the emulator checks without the description, for the line that says it is absent. */
export const OPENAPI_ABSENT =
  "requests are checked by the emulator's own rules only (tokens, Notion-Version, ids, property names and value shapes, text and array lengths, page sizes), not against Notion's schemas";

/**
 * The project's root: the nearest folder above `from` (this module, or the
 * bundle chunk that holds it) whose package.json is follow-through's, or
 * undefined when there is none.
 */
export function findProjectRoot(from: string = dirname(fileURLToPath(import.meta.url))): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'follow-through') return dir;
      } catch {
        // Not ours; keep looking.
      }
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Where the emulator looks for Notion's OpenAPI description by default:
 * `OPENAPI_RELATIVE_PATH` from the project's root (the file may be absent), or
 * undefined when the emulator runs outside the project (no root to start from).
 */
export function defaultOpenApiPath(from?: string): string | undefined {
  const root = findProjectRoot(from);
  return root === undefined ? undefined : resolve(root, OPENAPI_RELATIVE_PATH);
}

const ISO_DATE_OR_DATE_TIME = '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?)?$';

interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, unknown>; parameters?: Record<string, unknown> };
}

/**
 * The known gaps between the description and Notion's documented behaviour,
 * all in this one place (see ../shared/data/notion-openapi/README.md):
 *
 * 1. Date filter values (`dateOrRelativeDate`, used by `datePropertyFilter` and
 *    so by the `last_edited_time` timestamp filter) are declared `format: "date"`;
 *    Notion's filter docs accept ISO 8601 dates and date-times
 *    (https://developers.notion.com/reference/filter-data-source-entries#date).
 *    We accept both.
 * 2. `page_size` in a data source query is a plain number; Notion documents a
 *    maximum of 100 (https://developers.notion.com/reference/intro#pagination).
 *    We add `minimum: 1, maximum: 100`.
 */
function patchKnownGaps(doc: OpenApiDocument): void {
  const dateOrRelative = doc.components.schemas.dateOrRelativeDate as { anyOf?: Array<Record<string, unknown>> } | undefined;
  const first = dateOrRelative?.anyOf?.[0];
  if (first && first.format === 'date') {
    delete first.format;
    first.pattern = ISO_DATE_OR_DATE_TIME;
  }
  const query = operationOf(doc, 'post', '/v1/data_sources/{data_source_id}/query');
  const pageSize = bodySchemaOf(query)?.properties?.page_size;
  if (pageSize) Object.assign(pageSize, { type: 'integer', minimum: 1, maximum: 100 });
}

interface Operation {
  parameters?: Array<Record<string, unknown>>;
  requestBody?: { required?: boolean; content?: Record<string, { schema?: unknown }> };
}

function operationOf(doc: OpenApiDocument, method: string, path: string): Operation | undefined {
  return doc.paths[path]?.[method] as Operation | undefined;
}

function bodySchemaOf(operation: Operation | undefined): { properties?: Record<string, Record<string, unknown>> } | undefined {
  return operation?.requestBody?.content?.['application/json']?.schema as { properties?: Record<string, Record<string, unknown>> } | undefined;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** What a request looks like to the validator. */
export interface RequestParts {
  method: string;
  /** The OpenAPI path template, e.g. `/v1/pages/{page_id}`. */
  template: string;
  pathParams: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
}

interface CompiledOperation {
  params: ValidateFunction | undefined;
  query: ValidateFunction | undefined;
  queryTypes: Record<string, string>;
  body: ValidateFunction | undefined;
  bodyRequired: boolean;
}

/** Validates requests against Notion's OpenAPI description. */
export class OpenApiValidator {
  readonly path: string;
  private ajv: Ajv2020 | undefined;
  private doc: OpenApiDocument | undefined;
  private readonly compiled = new Map<string, CompiledOperation | null>();

  constructor(path: string) {
    this.path = path;
  }

  private load(): { ajv: Ajv2020; doc: OpenApiDocument } {
    if (this.ajv && this.doc) return { ajv: this.ajv, doc: this.doc };
    const doc = JSON.parse(readFileSync(this.path, 'utf8')) as OpenApiDocument;
    patchKnownGaps(doc);
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    addFormats(ajv);
    ajv.addSchema(doc, 'notion');
    this.ajv = ajv;
    this.doc = doc;
    return { ajv, doc };
  }

  private operation(method: string, template: string): CompiledOperation | null {
    const key = `${method} ${template}`;
    const cached = this.compiled.get(key);
    if (cached !== undefined) return cached;
    const { ajv, doc } = this.load();
    const lower = method.toLowerCase();
    const operation = operationOf(doc, lower, template);
    if (!operation) {
      this.compiled.set(key, null);
      return null;
    }
    const pointer = `notion#/paths/${encodeURIComponent(escapePointer(template))}/${lower}`;
    const params = (operation.parameters ?? [])
      .map((parameter, index) => ({ parameter: resolveParameter(doc, parameter), index }))
      .filter(({ parameter }) => parameter.in === 'path' || parameter.in === 'query');
    const objectSchema = (where: 'path' | 'query'): object | undefined => {
      const mine = params.filter(({ parameter }) => parameter.in === where);
      if (mine.length === 0 && where === 'path') return undefined;
      return {
        type: 'object',
        properties: Object.fromEntries(
          mine.map(({ parameter, index }) => [
            parameter.name,
            'schema' in (operation.parameters?.[index] ?? {})
              ? { $ref: `${pointer}/parameters/${index}/schema` }
              : (parameter.schema ?? {}),
          ]),
        ),
        required: mine.filter(({ parameter }) => parameter.required === true).map(({ parameter }) => parameter.name),
        // Notion rejects query parameters it does not know ("query.v should not be present").
        additionalProperties: false,
      };
    };
    const pathSchema = objectSchema('path');
    const querySchema = objectSchema('query');
    const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
    const compiledOperation: CompiledOperation = {
      params: pathSchema ? ajv.compile(pathSchema) : undefined,
      query: querySchema ? ajv.compile(querySchema) : undefined,
      queryTypes: Object.fromEntries(
        params
          .filter(({ parameter }) => parameter.in === 'query')
          .map(({ parameter }) => [parameter.name, (parameter.schema as { type?: string } | undefined)?.type ?? 'string']),
      ),
      body: bodySchema ? ajv.compile({ $ref: `${pointer}/requestBody/content/application~1json/schema` }) : undefined,
      bodyRequired: operation.requestBody?.required === true,
    };
    this.compiled.set(key, compiledOperation);
    return compiledOperation;
  }

  /** The first problem with the request, worded like Notion's messages, or undefined when it is valid. */
  validate(request: RequestParts): string | undefined {
    const operation = this.operation(request.method, request.template);
    if (!operation) return undefined;
    if (operation.params && !operation.params(request.pathParams)) {
      return describe('path', operation.params.errors, request.pathParams);
    }
    if (operation.query) {
      const query: Record<string, unknown> = {};
      for (const name of new Set(request.query.keys())) {
        const all = request.query.getAll(name);
        const type = operation.queryTypes[name];
        query[name] = type === 'array' ? all : type === 'number' || type === 'integer' ? Number(all[0]) : type === 'boolean' ? all[0] === 'true' : all[0];
      }
      if (!operation.query(query)) return describe('query', operation.query.errors, query);
    }
    if (operation.body) {
      // The SDK sends no body when every body parameter is absent; Notion reads that as `{}`.
      const body = request.body === undefined ? {} : request.body;
      if (!operation.body(body)) return describe('body', operation.body.errors, body);
    }
    return undefined;
  }
}

function resolveParameter(doc: OpenApiDocument, parameter: Record<string, unknown>): { name: string; in: string; required?: boolean; schema?: unknown } {
  const ref = parameter.$ref;
  if (typeof ref === 'string') {
    const name = ref.split('/').pop() ?? '';
    return (doc.components.parameters?.[name] ?? {}) as { name: string; in: string };
  }
  return parameter as { name: string; in: string };
}

function valueAt(root: unknown, pointer: string): unknown {
  let current = root;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    current = typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[segment] : undefined;
  }
  return current;
}

function dotted(where: string, pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .reduce((path, raw) => {
      const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^\d+$/.test(segment) ? `${path}[${segment}]` : `${path}.${segment}`;
    }, where);
}

/**
 * Word Ajv's errors like Notion's ("body failed validation: body.x should be …,
 * instead was `…`."): the deepest errors are the most specific; union branches
 * that failed higher up are left out.
 */
function describe(where: string, errors: ErrorObject[] | null | undefined, root: unknown): string {
  const list = (errors ?? []).filter((error) => !['anyOf', 'oneOf', 'allOf', 'if', 'not'].includes(error.keyword));
  const all = list.length > 0 ? list : (errors ?? []);
  const depth = Math.max(0, ...all.map((error) => error.instancePath.split('/').length));
  const deepest = all.filter((error) => error.instancePath.split('/').length === depth);
  const lines = [...new Set(deepest.map((error) => {
    if (error.keyword === 'additionalProperties') {
      const extra = String((error.params as { additionalProperty?: unknown }).additionalProperty);
      return `${dotted(where, `${error.instancePath}/${escapePointer(extra)}`)} should not be present.`;
    }
    const value = valueAt(root, error.instancePath);
    const shown = value === undefined ? 'undefined' : JSON.stringify(value);
    return `${dotted(where, error.instancePath)} ${error.message ?? 'is invalid'}, instead was \`${shown.length > 80 ? `${shown.slice(0, 77)}...` : shown}\`.`;
  }))].slice(0, 5);
  return lines.length === 1 ? `${where} failed validation: ${lines[0] ?? ''}` : `${where} failed validation. Fix one:\n${lines.join('\n')}`;
}

const shared = new Map<string, OpenApiValidator>();

/** The validator for `path` (one per file, shared by every emulator in the process), or undefined when the file is absent. */
export function openApiValidator(path: string): OpenApiValidator | undefined {
  if (!existsSync(path)) return undefined;
  let validator = shared.get(path);
  if (!validator) {
    validator = new OpenApiValidator(path);
    shared.set(path, validator);
  }
  return validator;
}
