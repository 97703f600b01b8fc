// The Notion sync's errors: a problem (a code and its facts) and what happened in
// plain words. Each adapter words its own next steps from the problem (the
// command line in cli/notion.ts, the plugin in obsidian-plugin/notion.ts), as a
// locale words a validator's issues. Notion's request_id is kept so a person can
// quote it to Notion's support.

import { APIResponseError, RequestTimeoutError, UnknownHTTPResponseError } from '@notionhq/client';
import type { SchemaProblem } from './schema.js';

/** What a failed request was about. */
export type NotionObject = 'database' | 'data source' | 'page' | 'row';

/**
 * What stopped the sync, by code, with the facts an adapter needs to word it
 * and its next step (the command line names its commands and flags, the plugin
 * its commands and settings). The codes are stable: scripts read them.
 */
export type NotionProblem =
  /** No usable token (the adapter that reads tokens says why). */
  | { code: 'no-token' }
  | { code: 'bad-token' }
  /** Notion cannot see `object` (or, with `inDatabase`, any data source of the database of that title). */
  | { code: 'not-shared'; object: NotionObject; id: string | undefined; integration: string; inDatabase?: string }
  /** A page's id where a database was expected. */
  | { code: 'not-a-database'; id: string | undefined }
  /** A database's id where a page was expected (to create a database under). */
  | { code: 'not-a-page'; id: string | undefined }
  /** Text that is no Notion link or id, given for a database or a page. */
  | { code: 'bad-id'; input: string; expected: 'database' | 'page' }
  | { code: 'restricted'; integration: string }
  | { code: 'notion-unavailable' }
  | { code: 'rate-limited' }
  /** Notion refused or failed the request: `reason` says how, in Notion's words where it gave some. */
  | { code: 'rejected'; reason: string; databaseId?: string }
  | { code: 'schema-mismatch'; databaseId: string; repairable: boolean; problems: readonly SchemaProblem[] }
  | { code: 'several-data-sources'; title: string; sources: ReadonlyArray<{ id: string; name: string }> }
  | { code: 'state-broken'; file: string; reason: string }
  /** Nothing names a database: for a sync, or for forgetting a client. */
  | { code: 'no-target'; operation: 'sync' | 'forget' }
  /** Another sync of the vault holds its lock. */
  | { code: 'busy'; pid?: number };

/** The stable codes of the sync's errors. */
export type NotionErrorCode = NotionProblem['code'];

/** The data sources of a database, as messages list them: `id (name), …`. */
export function listSources(sources: ReadonlyArray<{ id: string; name: string }>): string {
  return sources.map((source) => `${source.id} (${source.name})`).join(', ');
}

const downMessage = 'Notion did not answer in time or is having trouble. Nothing was changed in your notes; try again in a few minutes.';

/** What happened, in plain words, with any step to take in Notion; never an adapter's command or setting. */
export function problemText(problem: NotionProblem): string {
  switch (problem.code) {
    case 'no-token':
      return 'No Notion token.';
    case 'bad-token':
      return 'Notion did not accept the token. Copy the integration secret again from notion.so/profile/integrations (it starts with ntn_ or secret_).';
    case 'not-shared':
      if (problem.inDatabase !== undefined) return `The database “${problem.inDatabase}” has no data source the integration can see. Open it in Notion, ••• → Connections, add ${problem.integration}.`;
      return `Notion cannot find the ${problem.object}${problem.id ? ` ${problem.id}` : ''}, or it is not shared with the integration. Open the ${problem.object === 'row' ? 'database' : problem.object} in Notion, ••• → Connections, add ${problem.integration}.`;
    case 'not-a-database':
      return `${problem.id ?? 'This id'} is a page, not a database. Give the database's link (open the database as a full page, ••• → Copy link), or create one under this page.`;
    case 'not-a-page':
      return `${problem.id ?? 'This id'} is a database, not a page to create one under.`;
    case 'bad-id':
      return `“${problem.input}” is not a Notion link or id. Open the ${problem.expected === 'database' ? 'database as a full page' : 'page'} in Notion, ••• → Copy link, and paste that link.`;
    case 'restricted':
      return `The integration may not do this. In Notion, open ${problem.integration}'s settings (notion.so/profile/integrations) and allow it to read, update and insert content.`;
    case 'notion-unavailable':
      return downMessage;
    case 'rate-limited':
      return 'Notion kept asking the sync to slow down. Nothing is lost: the next sync continues where this one stopped.';
    case 'rejected':
      return problem.reason;
    case 'schema-mismatch':
      return `The database is not set up the way the sync needs:\n${problem.problems.map((p) => `  - ${p.message}`).join('\n')}`;
    case 'several-data-sources':
      return `The database “${problem.title}” holds ${problem.sources.length} data sources: ${listSources(problem.sources)}. The sync needs one of them.`;
    case 'state-broken':
      return `The sync state in ${problem.file} is broken: ${problem.reason}. Nothing was changed. Fix the file, or move it away: rows are found again by their key, so nothing is duplicated.`;
    case 'no-target':
      return problem.operation === 'forget' ? 'There is no database to forget from: this vault names none.' : 'Nothing syncs until you say what syncs.';
    case 'busy':
      return `Another sync of this vault is still running${problem.pid !== undefined ? ` (process ${problem.pid})` : ''}.`;
  }
}

/** A message with Notion's request id after it, as people quote it to Notion's support. */
export function withRequestId(text: string, requestId: string | undefined): string {
  return requestId ? `${text} (Notion request id ${requestId})` : text;
}

/**
 * An error the sync explains to a person: a problem (code and facts), and a
 * message in plain words (`problemText`, or the adapter's own when it made the
 * error) that names no adapter's command or setting.
 */
export class NotionSyncError extends Error {
  readonly code: NotionErrorCode;
  readonly problem: NotionProblem;
  /** What happened, without the request id (`message` adds it). */
  readonly text: string;
  /** Notion's id for the failed request, when Notion answered. */
  readonly requestId: string | undefined;
  /** The HTTP status Notion answered with, when it answered. */
  readonly status: number | undefined;

  constructor(problem: NotionProblem, extra: { text?: string; requestId?: string | undefined; status?: number | undefined } = {}) {
    const text = extra.text ?? problemText(problem);
    super(withRequestId(text, extra.requestId));
    this.name = 'NotionSyncError';
    this.code = problem.code;
    this.problem = problem;
    this.text = text;
    this.requestId = extra.requestId;
    this.status = extra.status;
  }
}

/** Whether an error is one the sync explains. */
export function isNotionSyncError(error: unknown): error is NotionSyncError {
  return error instanceof NotionSyncError;
}

/** The state file is broken: say what is wrong and that deleting it is safe. */
export class StateFileError extends NotionSyncError {
  readonly file: string;
  constructor(file: string, reason: string) {
    super({ code: 'state-broken', file, reason });
    this.name = 'StateFileError';
    this.file = file;
  }
}

/** Whether an error is a broken state file. */
export function isStateFileError(error: unknown): error is StateFileError {
  return error instanceof StateFileError;
}

/** A network failure below the SDK (connection refused or dropped, timeout). */
export class NetworkError extends Error {
  readonly code = 'network' as const;
  constructor(message: string) {
    super(message);
    this.name = 'NetworkError';
  }
}

/** What the failed request was about, for the message. */
export interface ErrorContext {
  /** What was asked for: a database, a data source, a page (a row or the parent page). */
  object?: 'database' | 'data source' | 'page' | 'row';
  /** Its id, as the person gave it. */
  id?: string;
  /** The integration's name, for the sharing instructions. Default: "your integration". */
  integration?: string;
}

/** Turn an SDK or network error into one that says what happened. Never includes the token. */
export function explain(error: unknown, context: ErrorContext = {}): NotionSyncError {
  if (error instanceof NotionSyncError) return error;
  const integration = context.integration ?? 'your integration';
  if (RequestTimeoutError.isRequestTimeoutError(error) || error instanceof NetworkError) {
    return new NotionSyncError({ code: 'notion-unavailable' });
  }
  if (APIResponseError.isAPIResponseError(error) || error instanceof APIResponseError) {
    const extra = { requestId: error.request_id, status: error.status };
    const rejected = () => new NotionSyncError({ code: 'rejected', reason: `Notion rejected the request: ${error.message}` }, extra);
    switch (error.code as string) {
      case 'unauthorized':
        return new NotionSyncError({ code: 'bad-token' }, extra);
      case 'object_not_found':
        return new NotionSyncError({ code: 'not-shared', object: context.object ?? 'database', id: context.id, integration }, extra);
      case 'restricted_resource':
        return new NotionSyncError({ code: 'restricted', integration }, extra);
      case 'rate_limited':
        return new NotionSyncError({ code: 'rate-limited' }, extra);
      case 'internal_server_error':
      case 'service_unavailable':
      case 'gateway_timeout':
      case 'bad_gateway':
      case 'database_connection_unavailable':
      case 'service_overload':
      case 'conflict_error':
        return new NotionSyncError({ code: 'notion-unavailable' }, extra);
      case 'validation_error': {
        if (/is a page, not a database/i.test(error.message)) return notADatabase(context.id, extra);
        if (/is a database, not a page/i.test(error.message)) return new NotionSyncError({ code: 'not-a-page', id: context.id }, extra);
        return rejected();
      }
      default:
        if (error.status >= 500) return new NotionSyncError({ code: 'notion-unavailable' }, extra);
        return rejected();
    }
  }
  if (error instanceof UnknownHTTPResponseError) {
    if (error.status >= 500) return new NotionSyncError({ code: 'notion-unavailable' }, { status: error.status });
    return new NotionSyncError({ code: 'rejected', reason: `Notion answered with status ${error.status}.` }, { status: error.status });
  }
  const message = error instanceof Error ? error.message : String(error);
  if (/fetch failed|ECONNREFUSED|ECONNRESET|socket|network|ETIMEDOUT|EAI_AGAIN|ENOTFOUND/i.test(message)) {
    return new NotionSyncError({ code: 'notion-unavailable' });
  }
  return new NotionSyncError({ code: 'rejected', reason: `The request to Notion failed: ${message}` });
}

/** A page id given where a database was expected. */
export function notADatabase(id: string | undefined, extra: { requestId?: string | undefined; status?: number | undefined } = {}): NotionSyncError {
  return new NotionSyncError({ code: 'not-a-database', id }, extra);
}

/** Remove a secret from text, wherever it appears. */
export function redact(text: string, secret: string | undefined): string {
  if (!secret || secret.length < 4) return text;
  return text.split(secret).join('••••');
}
