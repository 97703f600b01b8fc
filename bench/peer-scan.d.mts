/** Read one note the way a line-scanning plugin (Tasks, Dataview) does: its tasks, list items and inline fields. */
export function peerScan(text: string): { tasks: unknown[]; items: unknown[]; fields: unknown[] };
