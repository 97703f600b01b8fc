/**
 * A local Notion API emulator (API version 2026-03-11) for tests and the demo.
 */
export { startEmulator, NOTION_VERSION, type Emulator, type EmulatorOptions, type RequestLog } from './server.js';
export { runEmulator, parseEmulatorArguments, EMULATOR_USAGE, isEmulatorUsageError, EmulatorUsageError, type Output } from './cli.js';
export type { Fault, FaultMatch } from './faults.js';
export type { RateLimit } from './rate-limit.js';
export { DEFAULT_RATE_LIMIT } from './rate-limit.js';
export { defaultOpenApiPath, OPENAPI_RELATIVE_PATH } from './openapi.js';
export type { Workspace } from './state.js';
export { MAX_TEXT_LENGTH, MAX_ARRAY_LENGTH } from './properties.js';
export { MAX_PAGE_SIZE } from './query.js';
