/**
 * Start a Notion-compatible HTTP server on 127.0.0.1 for tests and the demo.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { NotionApiError, errorForStatus, validationError } from './errors.js';
import { FaultScript, RandomFaults, type Fault, type RandomFaultOptions } from './faults.js';
import { ROUTES, type Route } from './handlers.js';
import { defaultOpenApiPath, OPENAPI_ABSENT, OPENAPI_RELATIVE_PATH, openApiValidator, type OpenApiValidator } from './openapi.js';
import { DEFAULT_RATE_LIMIT, RateLimiter, type RateLimit } from './rate-limit.js';
import { Workspace, freshState, loadState, saveState, type TokenKind } from './state.js';

/** The API version the emulator speaks (the one Notion's OpenAPI description allows). */
export const NOTION_VERSION = '2026-03-11';

/** Largest request body accepted (Notion: 500 KB per payload). */
const MAX_BODY_BYTES = 500 * 1024;

/** One request as the emulator saw it. */
export interface RequestLog {
  /** 1 for the first request the server received. */
  seq: number;
  method: string;
  /** Path without the query string, e.g. `/v1/pages`. */
  path: string;
  /** The query string, with its `?`, or ''. */
  search: string;
  /** The status sent; 0 when the connection was dropped before a response. */
  status: number;
  /** Which token the request carried; null for none or an unknown one. */
  tokenKind: TokenKind | null;
  requestBody: unknown;
  responseBody: unknown;
  requestId: string;
  /** The scripted fault that applied, if any. */
  fault?: Fault['kind'];
  /** The emulator's clock when the request arrived. */
  at: number;
}

/** Options of `startEmulator`. */
export interface EmulatorOptions {
  /** Port on 127.0.0.1; default 0 (any free port). */
  port?: number;
  /** The integration's token; default a random `ntn_emulator_…` (or the state file's). */
  token?: string;
  /** The person's token; default a random `ntn_person_…` (or the state file's). */
  personToken?: string;
  /** Keep the workspace in this JSON file: read at start, written after every change. Default: memory only. */
  stateFile?: string;
  /**
   * Notion's OpenAPI description to validate requests against; false to skip.
   * Default `../shared/data/notion-openapi/notion-openapi.json` from the project's
   * root (the team's shared data, beside the checkout); when the file is absent
   * the emulator checks requests by its own rules only, and `log` says so.
   */
  openApi?: string | false;
  /** Per-token rate limit; false for none. Default 3 per second, bursts of 10. */
  rateLimit?: RateLimit | false;
  /** Milliseconds since the epoch; default `Date.now`. Drives timestamps and the rate limit. */
  clock?: () => number;
  /** Faults scripted from the start (see `script`). */
  faults?: Fault[];
  /** Faults drawn at random (409, 500, 502, 503, 504, slow answers) and 529s, for requests no scripted fault takes. */
  randomFaults?: RandomFaultOptions;
  /** A new page shows in queries only this many ms after it was created, as in Notion. Default 0. */
  queryDelayMs?: number;
  /** Where to write diagnostic lines (e.g. that the OpenAPI file is absent); default nowhere. */
  log?: (line: string) => void;
}

/** A running emulator. */
export interface Emulator {
  /** An origin such as `http://127.0.0.1:54321`, as the SDK's `baseUrl` and `NOTION_BASE_URL` take it. */
  baseUrl: string;
  /** The integration's token (edits show the bot as `last_edited_by`). */
  token: string;
  /** A person's token (edits show a person, as edits made in Notion's app do). */
  personToken: string;
  /** The page shared with the integration. */
  pageId: string;
  /** The bot user's id and the person's id. */
  botUserId: string;
  personUserId: string;
  /** Every request received, in order (live; clear it with `requests.length = 0`). */
  requests: RequestLog[];
  /** The workspace, for assertions and set-up (e.g. `state.addPage({ shared: false })`). */
  state: Workspace;
  /** Whether requests are validated against Notion's OpenAPI description. */
  openApiValidation: boolean;
  /** Script a fault for upcoming requests. */
  script(fault: Fault): void;
  /** Refill every token's rate-limit bucket. */
  resetRateLimit(): void;
  /** Stop serving: drops open connections and pending delayed responses. */
  close(): Promise<void>;
}

interface Outcome {
  status: number;
  /** A JSON body; a string is sent as plain text (as an edge proxy's 502 would be). */
  body: unknown;
  headers?: Readonly<Record<string, string>>;
  changed?: boolean;
}

/** The workspace, its tokens and how to keep it. */
interface Store {
  data: ReturnType<typeof freshState>;
  workspace: Workspace;
  persist: () => void;
}

function openStore(options: EmulatorOptions, clock: () => number): Store {
  const loaded = options.stateFile === undefined ? undefined : loadState(options.stateFile);
  const data = loaded ?? freshState({ token: options.token, personToken: options.personToken, now: clock() });
  if (options.token !== undefined) data.tokens.integration = options.token;
  if (options.personToken !== undefined) data.tokens.person = options.personToken;
  if (data.tokens.integration === data.tokens.person) throw new Error('The integration and the person need different tokens.');
  const persist = (): void => {
    if (options.stateFile !== undefined) saveState(options.stateFile, data);
  };
  persist();
  return { data, workspace: new Workspace(data, clock), persist };
}

/**
 * The validator for Notion's OpenAPI description: the file `openApi` names, else
 * the one beside the checkout (`defaultOpenApiPath`); none with `openApi: false`.
 * When the file is absent the emulator serves all the same, and `log` says so.
 */
function validatorOf(options: EmulatorOptions, log: (line: string) => void): OpenApiValidator | undefined {
  if (options.openApi === false) return undefined;
  const path = options.openApi ?? defaultOpenApiPath();
  const validator = path === undefined ? undefined : openApiValidator(path);
  if (validator) return validator;
  log(
    path === undefined
      ? `Notion emulator: no OpenAPI description (it runs outside the project, so there is no ${OPENAPI_RELATIVE_PATH} to look for); ${OPENAPI_ABSENT}.`
      : `Notion emulator: Notion's OpenAPI description is not at ${path}; ${OPENAPI_ABSENT}.`,
  );
  return undefined;
}

/** Which route a request names, with its path parameters. */
function routeOf(method: string, pathname: string): { route: Route; params: Record<string, string> } | undefined {
  for (const route of ROUTES) {
    const match = route.method === method ? route.pattern.exec(pathname) : null;
    if (match) return { route, params: Object.fromEntries(route.names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')])) };
  }
  return undefined;
}

function parseBody(rawBody: string): unknown {
  if (rawBody.trim() === '') return undefined;
  try {
    return JSON.parse(rawBody);
  } catch {
    throw new NotionApiError(400, 'invalid_json', 'Error parsing JSON body.');
  }
}

function errorOutcome(error: unknown, entry: RequestLog): Outcome {
  const apiError = error instanceof NotionApiError ? error : new NotionApiError(500, 'internal_server_error', `Emulator error: ${error instanceof Error ? error.message : String(error)}`);
  return { status: apiError.status, body: apiError.body(entry.requestId), headers: apiError.headers };
}

function faultOutcome(fault: Extract<Fault, { kind: 'status' }>, entry: RequestLog): Outcome {
  const error = errorForStatus(fault.status, fault.message, fault.code);
  const retryAfter = fault.retryAfter ?? (fault.status === 429 ? 1 : undefined);
  return {
    status: fault.status,
    body: error ? error.body(entry.requestId) : (fault.message ?? `${fault.status} Bad Gateway`),
    headers: retryAfter === undefined ? {} : { 'Retry-After': String(retryAfter) },
  };
}

function send(response: ServerResponse, entry: RequestLog, outcome: Outcome): void {
  const body = outcome.body !== null && typeof outcome.body === 'object' && !('request_id' in outcome.body)
    ? { ...(outcome.body as Record<string, unknown>), request_id: entry.requestId }
    : outcome.body;
  entry.status = outcome.status;
  entry.responseBody = body;
  if (response.destroyed || response.writableEnded) return;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  response.writeHead(outcome.status, {
    'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'x-request-id': entry.requestId,
    ...outcome.headers,
  });
  response.end(text);
}

/** One emulator's request handling: auth, version, limits, routing, validation, faults. */
class Core {
  readonly requests: RequestLog[] = [];
  readonly faults = new FaultScript();
  readonly timers = new Set<NodeJS.Timeout>();
  listening = true;
  private seq = 0;
  private readonly random: RandomFaults | undefined;

  constructor(
    readonly store: Store,
    readonly options: EmulatorOptions,
    readonly clock: () => number,
    readonly limiter: RateLimiter | undefined,
    readonly validator: OpenApiValidator | undefined,
  ) {
    for (const fault of options.faults ?? []) this.faults.add(fault);
    this.random = options.randomFaults ? new RandomFaults(options.randomFaults) : undefined;
  }

  wait(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve(true);
      }, ms);
      this.timers.add(timer);
    });
  }

  tokenKindOf(request: IncomingMessage): { kind: TokenKind | null; token: string | undefined } {
    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer (.+)$/.exec(header.trim()) : null;
    const token = match?.[1];
    if (token === this.store.data.tokens.integration) return { kind: 'integration', token };
    if (token === this.store.data.tokens.person) return { kind: 'person', token };
    return { kind: null, token };
  }

  /** Auth, version and rate limit: what Notion checks before it looks at the request. */
  admit(request: IncomingMessage, entry: RequestLog): TokenKind {
    const { kind, token } = this.tokenKindOf(request);
    entry.tokenKind = kind;
    if (kind === null || token === undefined) throw new NotionApiError(401, 'unauthorized', 'API token is invalid.');
    const version = request.headers['notion-version'];
    if (version === undefined) {
      throw new NotionApiError(400, 'missing_version', 'Notion-Version header failed validation: Notion-Version header should be defined, instead was `undefined`.');
    }
    if (version !== NOTION_VERSION) {
      throw validationError(`Notion-Version header failed validation: Notion-Version header should be \`"${NOTION_VERSION}"\` (the version this emulator speaks), instead was \`${JSON.stringify(version)}\`.`);
    }
    const retryAfter = this.limiter?.take(token);
    if (retryAfter !== undefined) {
      throw new NotionApiError(429, 'rate_limited', 'You have been rate limited. Please try again in a few minutes.', { 'Retry-After': String(retryAfter) });
    }
    return kind;
  }

  /** Everything but faults: auth, version, rate limit, routing, validation, the handler. */
  answer(request: IncomingMessage, url: URL, rawBody: string, entry: RequestLog): Outcome {
    const kind = this.admit(request, entry);
    const method = request.method ?? 'GET';
    const found = routeOf(method, url.pathname);
    if (!found) throw new NotionApiError(400, 'invalid_request_url', 'Invalid request URL.');
    // The only query parameter these endpoints take; Notion rejects others ("query.v should not be present").
    const unknownQuery = [...url.searchParams.keys()].find((name) => name !== 'filter_properties');
    if (unknownQuery !== undefined) throw validationError(`query failed validation: query.${unknownQuery} should not be present.`);
    const body = parseBody(rawBody);
    entry.requestBody = body;
    const problem = this.validator?.validate({ method, template: found.route.template, pathParams: found.params, query: url.searchParams, body: method === 'GET' ? undefined : body });
    if (problem !== undefined) throw validationError(problem);
    const context = { workspace: this.store.workspace, kind, now: this.clock(), params: found.params, query: url.searchParams, body, queryDelayMs: this.options.queryDelayMs ?? 0 };
    const result = found.route.handler(context);
    return { status: 200, body: result.body, changed: result.changed };
  }

  entryOf(request: IncomingMessage, url: URL, rawBody: string): RequestLog {
    const entry: RequestLog = {
      seq: ++this.seq,
      method: request.method ?? 'GET',
      path: url.pathname,
      search: url.search,
      status: 0,
      tokenKind: null,
      requestBody: undefined,
      responseBody: undefined,
      requestId: randomUUID(),
      at: this.clock(),
    };
    try {
      entry.requestBody = rawBody === '' ? undefined : JSON.parse(rawBody);
    } catch {
      entry.requestBody = rawBody;
    }
    this.requests.push(entry);
    return entry;
  }

  /** The scripted fault for this request, else a random one (only for a request that carries a known token). */
  faultFor(request: IncomingMessage, method: string, path: string): Fault | undefined {
    const scripted = this.faults.next(method, path);
    if (scripted || !this.random || this.tokenKindOf(request).kind === null) return scripted;
    return this.random.next();
  }

  async handle(request: IncomingMessage, response: ServerResponse, rawBody: string): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const entry = this.entryOf(request, url, rawBody);
    const fault = this.faultFor(request, entry.method, url.pathname);
    if (fault) entry.fault = fault.kind;
    const when = fault?.when ?? 'before';
    if (fault && when === 'before') {
      if (fault.kind === 'status') return send(response, entry, faultOutcome(fault, entry));
      if (fault.kind === 'drop') return void request.socket.destroy();
      await this.wait(fault.ms);
      if (!this.listening) return;
    }
    let outcome: Outcome;
    try {
      outcome = this.answer(request, url, rawBody, entry);
    } catch (error) {
      outcome = errorOutcome(error, entry);
    }
    if (outcome.changed) this.store.persist();
    if (fault && when === 'after') {
      if (fault.kind === 'status') return send(response, entry, faultOutcome(fault, entry));
      if (fault.kind === 'drop') {
        entry.responseBody = outcome.body;
        return void request.socket.destroy();
      }
      await this.wait(fault.ms);
      if (!this.listening) return;
    }
    send(response, entry, outcome);
  }
}

function tooLarge(response: ServerResponse, size: number): void {
  const error = validationError(`Request body too large: ${size} bytes; the limit is ${MAX_BODY_BYTES}.`);
  response.writeHead(413, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify({ ...error.body(randomUUID()), status: 413 }));
}

function serverOf(core: Core, sockets: Set<Socket>) {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    request.on('end', () => {
      if (size > MAX_BODY_BYTES) return tooLarge(response, size);
      core.handle(request, response, Buffer.concat(chunks).toString('utf8')).catch((error: unknown) => {
        if (!response.headersSent && !response.destroyed) {
          response.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
          response.end(JSON.stringify({ object: 'error', status: 500, code: 'internal_server_error', message: String(error), request_id: randomUUID() }));
        }
      });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return server;
}

/** Start a Notion API emulator on 127.0.0.1. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const clock = options.clock ?? Date.now;
  const store = openStore(options, clock);
  const limiter = options.rateLimit === false ? undefined : new RateLimiter(options.rateLimit ?? DEFAULT_RATE_LIMIT, clock);
  const core = new Core(store, options, clock, limiter, validatorOf(options, options.log ?? (() => {})));
  const sockets = new Set<Socket>();
  const server = serverOf(core, sockets);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const { data } = store;
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    token: data.tokens.integration,
    personToken: data.tokens.person,
    pageId: data.rootPageId,
    botUserId: data.users.bot.id,
    personUserId: data.users.person.id,
    requests: core.requests,
    state: store.workspace,
    openApiValidation: core.validator !== undefined,
    script: (fault) => core.faults.add(fault),
    resetRateLimit: () => limiter?.reset(),
    close: () =>
      new Promise<void>((resolve) => {
        if (!core.listening) return resolve();
        core.listening = false;
        for (const timer of core.timers) clearTimeout(timer);
        core.timers.clear();
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
