/** What a command needs from the process: where to write, the folder, the environment, terminals and the time. */
export interface Io {
  out: (text: string) => void;
  /** Standard output in pieces, as they come (no line break added); without it, the pieces are gathered and given to `out`. */
  write?: (text: string | Uint8Array) => void;
  err: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  now: Date;
}
