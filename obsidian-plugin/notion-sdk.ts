// What the sync engine imports from @notionhq/client, from the SDK's own
// modules rather than its barrel (which also brings webhooks, helpers and
// more). Only the plugin's build uses this (esbuild.notion-sdk.mjs).

export { default as Client } from '@notionhq/client/build/src/Client.js';
export { APIResponseError, RequestTimeoutError, UnknownHTTPResponseError } from '@notionhq/client/build/src/errors.js';
export { LogLevel, type Logger } from '@notionhq/client/build/src/logging.js';
