import { localDate } from '../core/index.js';

/** A usage mistake: the CLI prints its message and exits 2. */
export class UsageError extends Error {
  readonly code = 'usage' as const;
}

/** Whether an error is a usage mistake. */
export function isUsageError(error: unknown): error is UsageError {
  return error instanceof UsageError;
}

/** What the command line said, split into the command, its paths and its flags. */
export interface Args {
  command: string | undefined;
  paths: string[];
  flags: Map<string, string | true>;
}

/** Flags that take a value. */
const valued = new Set(['today', 'out', 'week']);

/** Split argv into a command, positional paths and flags (`--x`, `--x value`, `--x=value`); `extraValued` names more flags that take a value. */
export function parseArgs(argv: readonly string[], extraValued: readonly string[] = []): Args {
  const flags = new Map<string, string | true>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      flags.set('help', true);
    } else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
      if (eq > 0) flags.set(name, arg.slice(eq + 1));
      else if (valued.has(name) || extraValued.includes(name)) {
        const value = argv[i + 1];
        if (value === undefined || value.startsWith('--')) throw new UsageError(valued.has(name) ? `--${name} needs a value, like --${name} 2026-11-23.` : `--${name} needs a value, like --${name} <value>.`);
        flags.set(name, value);
        i++;
      } else flags.set(name, true);
    } else {
      positional.push(arg);
    }
  }
  const [command, ...paths] = positional;
  return { command, paths, flags };
}

/** Reject flags a command does not know, naming the ones it does. */
export function checkFlags(args: Args, allowed: readonly string[]): void {
  for (const name of args.flags.keys()) {
    if (!allowed.includes(name)) {
      throw new UsageError(
        `${args.command ?? 'follow-through'} does not take --${name}. It takes: ${allowed.map((a) => `--${a}`).join(', ')}.`,
      );
    }
  }
}

/**
 * The dates the tracking works with: years 1000 to 9998. Core's calendar reads
 * four-digit years, and a period (a month, or the span to the next session)
 * that starts late in 9999 would end in year 10000.
 */
export const firstSupportedDate = '1000-01-01';
export const lastSupportedDate = '9998-12-31';

/** Today's date: `--today`, else FOLLOW_THROUGH_TODAY, else the local date. */
export function resolveToday(args: Args, env: NodeJS.ProcessEnv, now: Date): string {
  const flag = args.flags.get('today');
  const fromFlag = typeof flag === 'string';
  const value = fromFlag ? flag : env.FOLLOW_THROUGH_TODAY;
  if (value !== undefined && value !== '') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
    if (!m || !date || date.getUTCMonth() !== Number(m[2]) - 1 || date.getUTCDate() !== Number(m[3])) {
      throw new UsageError(
        fromFlag
          ? `"${value}" is not a date: write it as YYYY-MM-DD, like --today 2026-11-23.`
          : `FOLLOW_THROUGH_TODAY is "${value}", which is not a date: set it as YYYY-MM-DD (like FOLLOW_THROUGH_TODAY=2026-11-23), or unset it to work with today's date.`,
      );
    }
    if (value < firstSupportedDate || value > lastSupportedDate) {
      throw new UsageError(
        `${fromFlag ? `--today ${value}` : `FOLLOW_THROUGH_TODAY=${value}`} is outside the dates Follow Through tracks (${firstSupportedDate} to ${lastSupportedDate}): give a date in that range, like ${fromFlag ? '--today' : 'FOLLOW_THROUGH_TODAY='}${fromFlag ? ' ' : ''}2026-11-23.`,
      );
    }
    return value;
  }
  return localDate(now);
}
