/**
 * Notion's error responses, as the emulator sends them.
 *
 * Codes and statuses follow https://developers.notion.com/reference/status-codes;
 * the body is `{ object: "error", status, code, message, request_id }`.
 */

/**
 * The `code` values Notion documents for each status (status codes page; the
 * OpenAPI description's `error_api_*` schemas). 502 has none: it comes from
 * Notion's edge, not its API, so a scripted 502 is answered with a plain-text body.
 */
export const CODE_FOR_STATUS: Readonly<Record<number, string>> = {
  400: 'validation_error',
  401: 'unauthorized',
  403: 'restricted_resource',
  404: 'object_not_found',
  409: 'conflict_error',
  429: 'rate_limited',
  500: 'internal_server_error',
  503: 'service_unavailable',
  504: 'gateway_timeout',
  529: 'service_overload',
};

/** Default messages for scripted faults, close to Notion's own wording. */
const MESSAGE_FOR_STATUS: Readonly<Record<number, string>> = {
  409: 'Conflict occurred while saving. Please try again.',
  429: "You have been rate limited. Please try again in a few minutes.",
  500: 'Unexpected error occurred.',
  503: 'Notion is unavailable. Please try again later.',
  504: 'Notion timed out while completing this request. Please try again later.',
  529: 'Notion is overloaded. Please try again later.',
};

/** An error the emulator answers with; thrown by handlers, caught by the server. */
export class NotionApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, code: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.name = 'NotionApiError';
    this.status = status;
    this.code = code;
    this.headers = headers;
  }

  body(requestId: string): NotionErrorBody {
    return { object: 'error', status: this.status, code: this.code, message: this.message, request_id: requestId };
  }
}

/** The JSON body of every Notion error response. */
export interface NotionErrorBody {
  object: 'error';
  status: number;
  code: string;
  message: string;
  request_id: string;
}

/** 400 `validation_error` with `message`. */
export function validationError(message: string): NotionApiError {
  return new NotionApiError(400, 'validation_error', message);
}

/** 404 `object_not_found` worded as Notion words it. */
export function notFound(kind: 'page' | 'database' | 'data_source' | 'block', id: string): NotionApiError {
  return new NotionApiError(
    404,
    'object_not_found',
    `Could not find ${kind} with ID: ${id}. Make sure the relevant pages and databases are shared with your integration.`,
  );
}

/** An error for a scripted status, with Notion's code for that status; undefined when Notion has no code for it. */
export function errorForStatus(status: number, message?: string, code?: string): NotionApiError | undefined {
  const known = code ?? CODE_FOR_STATUS[status];
  if (known === undefined) return undefined;
  return new NotionApiError(status, known, message ?? MESSAGE_FOR_STATUS[status] ?? `Scripted ${status} response.`);
}
