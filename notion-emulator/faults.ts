/**
 * Scripted faults, so tests can exercise retries, timeouts and resumption.
 */

/** Which requests a fault applies to. */
export interface FaultMatch {
  /** Only requests with this method (GET, POST, PATCH…). */
  method?: string;
  /** Only requests whose path (without query) equals this string or matches this pattern, e.g. `/v1/pages` or `/^\/v1\/pages\//`. */
  path?: string | RegExp;
  /** The nth matching request from when the fault is scripted (1 = the next one). Default 1. */
  nth?: number;
  /** How many consecutive matching requests, from the nth, it applies to. Default 1. */
  times?: number;
  /**
   * `before` (default): a status or a drop stands in for the request, which is
   * not carried out; a delay holds the request, which is carried out only once
   * the delay is over (as with a slow Notion; never if the emulator closes first).
   * `after`: the emulator carries the request out at once (a create really
   * creates), then the fault replaces, withholds or delays the response, as when
   * a response is lost on the way back.
   */
  when?: 'before' | 'after';
}

/** A fault: answer with a status, hold the response, or drop the connection. */
export type Fault =
  | (FaultMatch & {
      kind: 'status';
      status: number;
      /** Notion's error code; default the one Notion uses for `status`. */
      code?: string;
      message?: string;
      /** Retry-After seconds (sent with 429 by default as 1). */
      retryAfter?: number;
    })
  | (FaultMatch & {
      kind: 'delay';
      /** How long to hold the response, past the client's timeout. */
      ms: number;
    })
  | (FaultMatch & { kind: 'drop' });

interface Armed {
  fault: Fault;
  /** Matching requests still to skip before the fault applies. */
  skip: number;
  /** Matching requests it still applies to. */
  remaining: number;
}

/** The list of scripted faults, consumed as requests match them. */
export class FaultScript {
  private readonly armed: Armed[] = [];

  add(fault: Fault): void {
    const nth = fault.nth ?? 1;
    const times = fault.times ?? 1;
    if (!Number.isInteger(nth) || nth < 1) throw new Error(`A fault's nth must be a whole number from 1, not ${nth}.`);
    if (!Number.isInteger(times) || times < 1) throw new Error(`A fault's times must be a whole number from 1, not ${times}.`);
    this.armed.push({ fault, skip: nth - 1, remaining: times });
  }

  /** The fault that applies to this request, if any; every armed fault counts the request. */
  next(method: string, path: string): Fault | undefined {
    let chosen: Fault | undefined;
    for (const entry of this.armed) {
      if (!matches(entry.fault, method, path)) continue;
      if (entry.skip > 0) {
        entry.skip -= 1;
        continue;
      }
      if (chosen === undefined && entry.remaining > 0) {
        chosen = entry.fault;
        entry.remaining -= 1;
      }
    }
    for (let i = this.armed.length - 1; i >= 0; i--) {
      if ((this.armed[i]?.remaining ?? 0) <= 0) this.armed.splice(i, 1);
    }
    return chosen;
  }

  /** Faults not yet used up. */
  get pending(): number {
    return this.armed.length;
  }

  clear(): void {
    this.armed.length = 0;
  }
}

function matches(fault: Fault, method: string, path: string): boolean {
  if (fault.method !== undefined && fault.method.toUpperCase() !== method) return false;
  if (fault.path === undefined) return true;
  return typeof fault.path === 'string' ? fault.path === path : fault.path.test(path);
}

/** Faults drawn at random, for soak tests: any test can start the emulator this way from its command line. */
export interface RandomFaultOptions {
  /** The share of requests (0 to 1) that meet a fault: 409, 500, 502, 503, 504, or a slow answer. */
  rate?: number;
  /** The share of requests (0 to 1) answered 529 `service_overload` with Retry-After, as a busy Notion does. */
  busy?: number;
  /** How long a slow answer is held, in ms. Default 2,000. */
  slowMs?: number;
  /** Seed of the random draws, so a failing run can be repeated. Default 1. */
  seed?: number;
}

/** A small seeded generator (mulberry32): the same seed, the same faults. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const randomStatuses = [409, 500, 502, 503, 504] as const;

/** Draws a fault for each request, or none. */
export class RandomFaults {
  private readonly random: () => number;
  constructor(private readonly options: RandomFaultOptions) {
    this.random = seeded(options.seed ?? 1);
  }

  next(): Fault | undefined {
    if (this.random() < (this.options.busy ?? 0)) return { kind: 'status', status: 529, code: 'service_overload', retryAfter: 1 };
    if (this.random() >= (this.options.rate ?? 0)) return undefined;
    const pick = Math.floor(this.random() * (randomStatuses.length + 1));
    const status = randomStatuses[pick];
    if (status === undefined) return { kind: 'delay', ms: this.options.slowMs ?? 2000, when: 'after' };
    // A 409 is a conflict that stopped the write; a 5xx may come after the work was done, as a lost response does.
    const when = status !== 409 && this.random() < 0.5 ? 'after' : 'before';
    return { kind: 'status', status, when };
  }
}
