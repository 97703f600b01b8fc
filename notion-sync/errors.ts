// The Notion sync's errors: classes with a narrow code and the next step in the
// message. Notion's request_id is kept so a person can quote it to Notion's support.

import { APIResponseError, RequestTimeoutError, UnknownHTTPResponseError } from '@notionhq/client';

/** The stable codes of the sync's errors. */
export type NotionErrorCode =
  | 'no-token'
  | 'bad-token'
  | 'not-shared'
  | 'not-a-database'
  | 'not-a-page'
  | 'bad-id'
  | 'restricted'
  | 'notion-unavailable'
  | 'rate-limited'
  | 'rejected'
  | 'schema-mismatch'
  | 'several-data-sources'
  | 'state-broken'
  | 'no-target'
  | 'busy';

/** An error the sync explains to a person: what happened and what to do next. */
export class NotionSyncError extends Error {
  readonly code: NotionErrorCode;
  /** Notion's id for the failed request, when Notion answered. */
  readonly requestId: string | undefined;
  /** The HTTP status Notion answered with, when it answered. */
  readonly status: number | undefined;
  /** What each adapter needs to word its own next step (ids, names, whether a repair can help). The message holds no command line. */
  readonly facts: Readonly<Record<string, string>>;

  constructor(code: NotionErrorCode, message: string, extra: { requestId?: string | undefined; status?: number | undefined; facts?: Record<string, string> } = {}) {
    super(extra.requestId ? `${message} (Notion request id ${extra.requestId})` : message);
    this.name = 'NotionSyncError';
    this.code = code;
    this.requestId = extra.requestId;
    this.status = extra.status;
    this.facts = extra.facts ?? {};
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
    super(
      'state-broken',
      `The sync state in ${file} is broken: ${reason}. Nothing was changed. Fix the file, or move it away: rows are found again by their key, so nothing is duplicated.`,
      { facts: { file } },
    );
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

const downMessage = 'Notion did not answer in time or is having trouble. Nothing was changed in your notes; try again in a few minutes.';

/** Turn an SDK or network error into one that says what happened and what to do next. Never includes the token. */
export function explain(error: unknown, context: ErrorContext = {}): NotionSyncError {
  if (error instanceof NotionSyncError) return error;
  const integration = context.integration ?? 'your integration';
  if (RequestTimeoutError.isRequestTimeoutError(error) || error instanceof NetworkError) {
    return new NotionSyncError('notion-unavailable', downMessage);
  }
  if (APIResponseError.isAPIResponseError(error) || error instanceof APIResponseError) {
    const requestId = error.request_id;
    const extra = { requestId, status: error.status };
    switch (error.code as string) {
      case 'unauthorized':
        return new NotionSyncError(
          'bad-token',
          'Notion did not accept the token. Copy the integration secret again from notion.so/profile/integrations (it starts with ntn_ or secret_) into NOTION_TOKEN or the file NOTION_TOKEN_FILE names, then run the command again.',
          extra,
        );
      case 'object_not_found': {
        const what = context.object ?? 'database';
        return new NotionSyncError(
          'not-shared',
          `Notion cannot find the ${what}${context.id ? ` ${context.id}` : ''}, or it is not shared with the integration. Open the ${what === 'row' ? 'database' : what} in Notion, ••• → Connections, add ${integration}, then run the command again.`,
          extra,
        );
      }
      case 'restricted_resource':
        return new NotionSyncError(
          'restricted',
          `The integration may not do this. In Notion, open ${integration}'s settings (notion.so/profile/integrations) and allow it to read, update and insert content, then run the command again.`,
          extra,
        );
      case 'rate_limited':
        return new NotionSyncError('rate-limited', 'Notion kept asking the sync to slow down. Nothing is lost: the next sync continues where this one stopped.', extra);
      case 'internal_server_error':
      case 'service_unavailable':
      case 'gateway_timeout':
      case 'bad_gateway':
      case 'database_connection_unavailable':
      case 'service_overload':
      case 'conflict_error':
        return new NotionSyncError('notion-unavailable', downMessage, extra);
      case 'validation_error': {
        if (/is a page, not a database/i.test(error.message)) return notADatabase(context.id, extra);
        if (/is a database, not a page/i.test(error.message)) {
          return new NotionSyncError('not-a-page', `${context.id ?? 'This id'} is a database; give the page the database should be created under.`, extra);
        }
        return new NotionSyncError('rejected', `Notion rejected the request: ${error.message}`, extra);
      }
      default:
        if (error.status >= 500) return new NotionSyncError('notion-unavailable', downMessage, extra);
        return new NotionSyncError('rejected', `Notion rejected the request: ${error.message}`, extra);
    }
  }
  if (error instanceof UnknownHTTPResponseError) {
    if (error.status >= 500) return new NotionSyncError('notion-unavailable', downMessage, { status: error.status });
    return new NotionSyncError('rejected', `Notion answered with status ${error.status}.`, { status: error.status });
  }
  const message = error instanceof Error ? error.message : String(error);
  if (/fetch failed|ECONNREFUSED|ECONNRESET|socket|network|ETIMEDOUT|EAI_AGAIN|ENOTFOUND/i.test(message)) {
    return new NotionSyncError('notion-unavailable', downMessage);
  }
  return new NotionSyncError('rejected', `The request to Notion failed: ${message}`);
}

/** A page id given where a database was expected. */
export function notADatabase(id: string | undefined, extra: { requestId?: string | undefined; status?: number | undefined } = {}): NotionSyncError {
  return new NotionSyncError(
    'not-a-database',
    `${id ?? 'This id'} is a page, not a database. Give the database's link (open the database as a full page, ••• → Copy link), or create one under this page.`,
    { ...extra, facts: { id: id ?? '<page>' } },
  );
}

/** Remove a secret from text, wherever it appears. */
export function redact(text: string, secret: string | undefined): string {
  if (!secret || secret.length < 4) return text;
  return text.split(secret).join('••••');
}
