/**
 * `follow-through notion emulator [--port N] [--token T] [--json]`: run the emulator until stopped.
 */
import { NOTION_VERSION, startEmulator, type Emulator, type EmulatorOptions } from './server.js';

/** Where `runEmulator` writes (process.stdout fits). */
export interface Output {
  write(text: string): unknown;
}

/** A mistake in the command line; the message says what to type instead. */
export class EmulatorUsageError extends Error {
  readonly code = 'usage';
  constructor(message: string) {
    super(`${message}\nUsage: follow-through notion emulator [--port N] [--token T] [--person-token T] [--state FILE] [--no-openapi] [--json]`);
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
  const lines: string[] = [];
  const emulator = await startEmulator({ ...extra, ...options, log: (line) => lines.push(line) });
  if (json) {
    out.write(`${JSON.stringify({ baseUrl: emulator.baseUrl, token: emulator.token, personToken: emulator.personToken, pageId: emulator.pageId })}\n`);
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
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  return emulator;
}
