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
