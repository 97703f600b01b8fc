/**
 * `follow-through notion emulator [--port N] [--token T] [--json]`: run the emulator until stopped.
 */
import { existsSync } from 'node:fs';
import { DEFAULT_RATE_LIMIT } from './rate-limit.js';
import { NOTION_VERSION, startEmulator, type Emulator, type EmulatorOptions } from './server.js';

/** Where `runEmulator` writes (process.stdout fits). */
export interface Output {
  write(text: string): unknown;
  /** Where the emulator's notes go with `--json` (its one line stays alone on `write`); dropped when absent. */
  warn?(text: string): unknown;
}

/** The emulator's usage line (what `--help` prints, and what follows a bad argument's message). */
export const EMULATOR_USAGE =
  'Usage: follow-through notion emulator [--port N] [--token T] [--person-token T] [--state FILE] [--openapi FILE] [--no-openapi] [--no-rate-limit] [--per-second N] [--burst N] [--per-minute N] [--workspace-per-minute N] [--busy SHARE] [--faults SHARE] [--slow-ms MS] [--seed N] [--query-delay-ms MS] [--json]';

/** A mistake in the command line; the message says what to type instead. */
export class EmulatorUsageError extends Error {
  readonly code = 'usage';
  constructor(message: string) {
    super(`${message}\n${EMULATOR_USAGE}`);
    this.name = 'EmulatorUsageError';
  }
}

/** Whether `error` is an `EmulatorUsageError`. */
export function isEmulatorUsageError(error: unknown): error is EmulatorUsageError {
  return error instanceof EmulatorUsageError;
}

/** The flags of `notion emulator`. */
export interface EmulatorArguments {
  options: EmulatorOptions;
  json: boolean;
}

function numberOf(flag: string, text: string, max = Number.MAX_SAFE_INTEGER, whole = true): number {
  const n = Number(text);
  const ok = text.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= max && (!whole || Number.isInteger(n));
  if (!ok) throw new EmulatorUsageError(`${flag} takes ${whole ? 'a whole number' : 'a number'} from 0 to ${max}, not ${JSON.stringify(text)}.`);
  return n;
}

/** The limits and faults flags: each sets one option (rate limits start from Notion's 3 a second, bursts of 10). */
function applyLimitFlag(options: EmulatorOptions, flag: string, text: string): boolean {
  const limit = () => {
    if (options.rateLimit === false || options.rateLimit === undefined) options.rateLimit = { ...DEFAULT_RATE_LIMIT };
    return options.rateLimit;
  };
  const random = () => (options.randomFaults ??= {});
  switch (flag) {
    case '--per-second':
      limit().perSecond = numberOf(flag, text, 1000, false) || 0.001;
      return true;
    case '--burst':
      limit().burst = Math.max(1, numberOf(flag, text));
      return true;
    case '--per-minute':
      limit().perMinute = numberOf(flag, text);
      return true;
    case '--workspace-per-minute':
      limit().workspacePerMinute = numberOf(flag, text);
      return true;
    case '--busy':
      random().busy = numberOf(flag, text, 1, false);
      return true;
    case '--faults':
      random().rate = numberOf(flag, text, 1, false);
      return true;
    case '--slow-ms':
      random().slowMs = numberOf(flag, text);
      return true;
    case '--seed':
      random().seed = numberOf(flag, text);
      return true;
    case '--query-delay-ms':
      options.queryDelayMs = numberOf(flag, text);
      return true;
    default:
      return false;
  }
}

const limitFlags = new Set(['--per-second', '--burst', '--per-minute', '--workspace-per-minute', '--busy', '--faults', '--slow-ms', '--seed', '--query-delay-ms']);

/** Parse the arguments after `notion emulator`. */
export function parseEmulatorArguments(argv: readonly string[]): EmulatorArguments {
  const options: EmulatorOptions = {};
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const next = inline ?? argv[++i];
      if (next === undefined || next === '' || (inline === undefined && next.startsWith('--'))) throw new EmulatorUsageError(`${flag} needs a value.`);
      return next;
    };
    if (limitFlags.has(flag)) {
      applyLimitFlag(options, flag, value());
      continue;
    }
    switch (flag) {
      case '--port': {
        const text = value();
        const port = Number(text);
        if (!/^\d+$/.test(text) || port > 65535) throw new EmulatorUsageError(`--port takes a port number from 0 to 65535 (0 = any free port), not ${JSON.stringify(text)}.`);
        options.port = port;
        break;
      }
      case '--token':
        options.token = value();
        break;
      case '--person-token':
        options.personToken = value();
        break;
      case '--state':
        options.stateFile = value();
        break;
      case '--openapi':
        options.openApi = value();
        break;
      case '--no-openapi':
        options.openApi = false;
        break;
      case '--no-rate-limit':
        options.rateLimit = false;
        break;
      case '--json':
        json = true;
        break;
      default:
        throw new EmulatorUsageError(`Unknown argument ${JSON.stringify(arg)}.`);
    }
  }
  return { options, json };
}

/**
 * Start the emulator from command-line arguments and print how to reach it
 * (with `--json`, one line `{"baseUrl","token","personToken","pageId"}`).
 * Resolves once it is serving; it serves until `close()` or the process ends.
 * Throws `EmulatorUsageError` for bad arguments.
 */
export async function runEmulator(argv: readonly string[], out: Output, extra: Partial<EmulatorOptions> = {}): Promise<Emulator> {
  const { options, json } = parseEmulatorArguments(argv);
  // A file named on purpose must be there; the default one, beside the checkout, may be absent (the emulator says so).
  if (typeof options.openApi === 'string' && !existsSync(options.openApi)) {
    throw new EmulatorUsageError(`--openapi names ${JSON.stringify(options.openApi)}, which is not there. Name Notion's OpenAPI description (notion-openapi.json), or leave the flag out.`);
  }
  const lines: string[] = [];
  const emulator = await startEmulator({ ...extra, ...options, log: (line) => lines.push(line) });
  if (json) {
    out.write(`${JSON.stringify({ baseUrl: emulator.baseUrl, token: emulator.token, personToken: emulator.personToken, pageId: emulator.pageId })}\n`);
    for (const line of lines) out.warn?.(`${line}\n`);
    return emulator;
  }
  out.write(
    [
      `Notion API emulator serving at ${emulator.baseUrl} (Notion-Version ${NOTION_VERSION})`,
      '',
      `  NOTION_BASE_URL=${emulator.baseUrl}`,
      `  Integration token: ${emulator.token}`,
      `  Person token:      ${emulator.personToken}   (edits show a person, as in Notion's app)`,
      `  Shared page id:    ${emulator.pageId}`,
      '',
      `Try: NOTION_BASE_URL=${emulator.baseUrl} NOTION_TOKEN=<integration token> follow-through notion init --parent ${emulator.pageId}`,
      ...lines,
      ...(!emulator.openApiValidation && options.openApi !== false ? ['Name the description with --openapi FILE, or leave that check out (and this note) with --no-openapi.'] : []),
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  return emulator;
}
