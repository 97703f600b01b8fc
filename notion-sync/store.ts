// What the sync needs from the place the notes live: the command line's folder
// on disk (cli/notion-store.ts) or an Obsidian vault (obsidian-plugin/notion.ts).
// The engine itself does no IO but through this and the Notion client.

/** A note the sync may read, as the store found it. */
export interface StoreNote {
  /** Its path in the vault, with `/` (targets and keys name notes by it). */
  path: string;
  /** Its whole text, as read. */
  text: string;
}

/** The notes and the sync state of one vault. */
export interface SyncStore {
  /** Where the state lives, as a person would find it (for messages). */
  readonly stateLocation: string;
  /** The vault's name, for the optional `obsidian://` links on rows. */
  readonly vaultName: string;
  /** The notes to sync. */
  notes(): Promise<readonly StoreNote[]>;
  /**
   * Replace a note's text with `next`, only if it still equals `expected` (what
   * was read): atomically, so an edit made meanwhile is never lost. Returns
   * false, writing nothing, when it changed meanwhile; throws when it could not
   * be read or written. With `next === expected` it only checks.
   */
  replaceNote(path: string, expected: string, next: string): Promise<boolean>;
  /** The state file's text, or undefined when there is none. Throws (a `StateFileError`) when it exists but cannot be read. */
  readState(): Promise<string | undefined>;
  /** Write the state file's text (whole, or not at all where the store can). */
  writeState(text: string): Promise<void>;
  /**
   * Take the vault's sync lock (one sync per vault at a time on one machine),
   * resolving to its release; throws a `NotionSyncError` (`busy`) when another
   * sync holds it. Optional: a store that runs one sync at a time needs none.
   */
  lock?(): Promise<() => Promise<void>>;
}
