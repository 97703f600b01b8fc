// Notion from inside Obsidian: the same engine as `follow-through sync`
// (notion-sync/), over Obsidian's `requestUrl`, with the notes read from and
// written to the vault through `Vault.process`, and the sync state in
// `.follow-through/notion.json` through the vault's adapter (shared with the CLI).

import { type App, Notice } from 'obsidian';
import { type Clock, type NotionConnection, connect, systemClock } from '../notion-sync/client.js';
import { summaryLine } from '../notion-sync/describe.js';
import { type NotionSyncError, StateFileError, explain, listSources, redact, withRequestId } from '../notion-sync/errors.js';
import { checkDatabase } from '../notion-sync/init.js';
import type { SchemaCheck } from '../notion-sync/schema.js';
import { replaceTargets, serializeState, stateFile, stateFromText, targetsFor } from '../notion-sync/state.js';
import type { StoreNote, SyncStore } from '../notion-sync/store.js';
import { type SyncResult, parseNotionId, resolveDatabase, resultCounts, syncVault } from '../notion-sync/sync.js';
import { requestUrlFetch } from './request-fetch.js';
import type { FollowThroughSettings } from './settings.js';
import type { VaultIndex } from './vault-index.js';

/** The id of the token in Obsidian's secret storage (never in the plugin's data). */
export const tokenSecretId = 'follow-through-notion-token';

/** Where to reach Notion, and the clock that paces requests (tests point these at the local emulator). */
export interface NotionEndpoint {
  baseUrl?: string | undefined;
  clock?: Clock | undefined;
}

/** A sync with at least this much work shows its progress. */
const progressFrom = 5;
/** A background (interval) sync shows its progress from this much work. */
const quietProgressFrom = 25;

const settingsPlace = 'Settings → Follow Through → Notion';
/** The first step when no token is set, said by the errors and by the commands that need one. */
const pasteTokenFirst = `Paste your Notion integration’s secret in ${settingsPlace} first.`;
/** How to get a database's own link in Notion. */
const copyLinkSteps = 'open the database as a full page, ••• → Copy link';
const nothingSyncs = `Nothing syncs yet. Name the folders or clients that sync in ${settingsPlace}.`;

/**
 * The sync's store in an Obsidian vault: the notes the index found (read
 * afresh), written only through `Vault.process` and only when the note still
 * says what was read; the state file through the adapter, in the same place
 * the command line keeps it.
 */
export class VaultSyncStore implements SyncStore {
  readonly stateLocation = stateFile;
  readonly vaultName: string;
  private folderMade = false;

  constructor(
    private readonly app: App,
    private readonly index: VaultIndex,
  ) {
    this.vaultName = app.vault.getName();
  }

  async notes(): Promise<readonly StoreNote[]> {
    const out: StoreNote[] = [];
    for (const { file } of [...this.index.notes.values()].sort((a, b) => a.file.path.localeCompare(b.file.path))) {
      out.push({ path: file.path, text: await this.app.vault.read(file) });
    }
    return out;
  }

  async replaceNote(path: string, expected: string, next: string): Promise<boolean> {
    const file = this.app.vault.getFileByPath(path);
    if (!file) throw new Error('the note was moved or deleted');
    if (next === expected) return (await this.app.vault.read(file)) === expected;
    let same = false;
    // Compared inside the callback: nothing can write between the read and the write, so typing is never lost.
    await this.app.vault.process(file, (current) => {
      same = current === expected;
      return same ? next : current;
    });
    return same;
  }

  async readState(): Promise<string | undefined> {
    const adapter = this.app.vault.adapter;
    if (!(await adapter.exists(stateFile))) return undefined;
    try {
      return await adapter.read(stateFile);
    } catch (error) {
      throw new StateFileError(stateFile, `it could not be read (${error instanceof Error ? error.message : 'error'})`);
    }
  }

  async writeState(text: string): Promise<void> {
    const adapter = this.app.vault.adapter;
    const folder = stateFile.slice(0, stateFile.lastIndexOf('/'));
    if (!this.folderMade && !(await adapter.exists(folder))) await adapter.mkdir(folder);
    this.folderMade = true;
    await adapter.write(stateFile, text);
  }
}

/** Where to go when the database lacks what the sync needs. */
const repairHint = `Run “Repair the Notion database” (command palette, or the button in ${settingsPlace}) to add what is missing.`;

/** How to finish, after a sync in which items failed: this plugin's own command. */
const finishLater = ' Run “Sync with Notion now” again to finish: what was done is kept.';

/** A Notion error in plain words for Obsidian: what happened and the next step, in the plugin's commands and settings. */
export function inPlainWords(error: NotionSyncError, token: string | undefined): string {
  const problem = error.problem;
  let message: string;
  switch (problem.code) {
    case 'no-token':
      message = pasteTokenFirst;
      break;
    case 'bad-token':
      message = `Notion did not accept the token. Copy the integration’s secret again from notion.so/profile/integrations and paste it in ${settingsPlace}.`;
      break;
    case 'bad-id':
      message = `The database link is not a Notion link or id. In Notion, ${copyLinkSteps}, and paste that link in ${settingsPlace}.`;
      break;
    case 'not-a-database':
      message = `The link is a page, not a database. Paste the database’s own link in ${settingsPlace} (${copyLinkSteps}), or create one with the command line’s “follow-through notion init”.`;
      break;
    case 'several-data-sources':
      message = `The database “${problem.title}” holds several data sources. Paste the id of the one to sync in ${settingsPlace}: ${listSources(problem.sources)}.`;
      break;
    case 'schema-mismatch':
      message = `${error.message}\n${problem.repairable ? '' : `${wrongTypesHint} `}${repairHint}`;
      break;
    case 'no-target':
      message = nothingSyncs;
      break;
    case 'state-broken':
    case 'not-shared':
    case 'restricted':
      message = withRequestId(`${error.text} Then run “Sync with Notion now” again.`, error.requestId);
      break;
    default:
      message = error.message;
  }
  return redact(message, token);
}

/** What to do about properties of the wrong type: only a person can, in Notion. */
const wrongTypesHint = 'Once a property of the wrong type is renamed in Notion, repair adds the one the sync needs.';

/** What to do next about a check's problems, in Obsidian. */
function nextStep(check: SchemaCheck): string {
  const canAdd = check.problems.some((p) => p.code !== 'wrong-type');
  return [check.repairable ? '' : wrongTypesHint, canAdd ? repairHint : ''].filter((t) => t !== '').join(' ');
}

/** A check's problems, one sentence each. */
function problemsOf(check: SchemaCheck): string {
  return check.problems.map((p) => p.message).join(' ');
}

/** The plugin's Notion sync: the command, the timer and the settings' test button. */
export class NotionSync {
  private running = false;
  private repairing = false;

  constructor(
    private readonly app: App,
    private readonly index: VaultIndex,
    private readonly settings: () => FollowThroughSettings,
    private readonly endpoint: () => NotionEndpoint,
  ) {}

  /** Whether a token is kept in secret storage (the token itself is never shown). */
  hasToken(): boolean {
    return this.token() !== undefined;
  }

  /** Keep a new token in secret storage. */
  setToken(token: string): void {
    this.app.secretStorage.setSecret(tokenSecretId, token.trim());
  }

  /** Forget the token (secret storage has no delete: it is emptied). */
  forgetToken(): void {
    this.app.secretStorage.setSecret(tokenSecretId, '');
  }

  private token(): string | undefined {
    const id = this.settings().notion.tokenSecret;
    const token = id === '' ? undefined : this.app.secretStorage.getSecret(id)?.trim();
    return token ? token : undefined;
  }

  private connection(token: string): NotionConnection {
    const { baseUrl, clock } = this.endpoint();
    return connect({ token, baseUrl, fetch: requestUrlFetch, clock: clock ?? systemClock });
  }

  /** Check the token and the database, and say what was found in a notice. Returns the message. */
  async testConnection(): Promise<string> {
    const token = this.token();
    const say = (text: string) => {
      new Notice(text, 10_000);
      return text;
    };
    if (!token) return say(`Paste your Notion integration’s secret in the token field first.`);
    const { client } = this.connection(token);
    let name: string;
    try {
      const me = (await client.users.me({})) as { name?: string | null; bot?: { workspace_name?: string | null } };
      name = me.name ?? 'your integration';
    } catch (error) {
      return say(inPlainWords(explain(error), token));
    }
    const database = this.settings().notion.database.trim();
    if (!database) return say(`Connected to Notion as “${name}”. Next, paste the link of the database to sync with.`);
    try {
      const result = await checkDatabase(client, database, { repair: false, integration: name });
      const title = result.title ? `“${result.title}”` : 'the database';
      if (result.check.ok) return say(`Connected to Notion as “${name}”: ${title} is shared with it and has everything the sync needs.`);
      return say(`Connected to Notion as “${name}”, but ${title} is missing what the sync needs: ${problemsOf(result.check)} ${nextStep(result.check)}`);
    } catch (error) {
      return say(inPlainWords(explain(error, { object: 'database', id: database, integration: name }), token));
    }
  }

  /**
   * Add to the database what the sync needs and it lacks (missing properties;
   * the title column named Item). Never deletes a property or changes a
   * type, so nothing in Notion is lost. Says what it did in a notice.
   */
  async repairDatabase(): Promise<string> {
    const say = (text: string) => {
      new Notice(text, 10_000);
      return text;
    };
    if (this.repairing) return say('A repair of the Notion database is already running.');
    const token = this.token();
    if (!token) return say(pasteTokenFirst);
    const database = this.settings().notion.database.trim();
    if (!database) return say(`Paste the link of the database to repair in ${settingsPlace} first.`);
    const { client } = this.connection(token);
    this.repairing = true;
    try {
      const me = (await client.users.me({})) as { name?: string | null };
      const name = me.name ?? 'your integration';
      const first = await checkDatabase(client, database, { repair: true, integration: name });
      const the = first.title ? `“${first.title}”` : 'the database';
      const The = first.title ? the : 'The database';
      if (first.check.ok) return say(`${The} already has everything the sync needs. Nothing was changed.`);
      if (!first.repaired) return say(`${The} needs a change only you can make in Notion: ${problemsOf(first.check)} ${wrongTypesHint}`);
      // A renamed title column can leave a property of that name to add: repair again while something can be added.
      let after = first.after;
      for (let round = 0; round < 2 && after && !after.ok && after.problems.some((p) => p.code !== 'wrong-type'); round++) {
        after = (await checkDatabase(client, database, { repair: true, integration: name })).after ?? after;
      }
      if (!after || after.ok) return say(`Repaired ${the}: ${problemsOf(first.check)} All of that is fixed; it has everything the sync needs now.`);
      return say(`Repaired what could be repaired in ${the}. Still to do in Notion: ${problemsOf(after)} ${wrongTypesHint}`);
    } catch (error) {
      return say(inPlainWords(explain(error, { object: 'database', id: database }), token));
    } finally {
      this.repairing = false;
    }
  }

  /**
   * Sync now: point the state's targets for the database at the folders and
   * clients the settings name, then run the engine. `quiet` (the timer) shows
   * a notice only when something came from Notion or went wrong. Returns the
   * summary line, or the message of what stopped it.
   */
  async syncNow(quiet = false): Promise<string> {
    const say = (text: string, always = true) => {
      if (always || !quiet) new Notice(text, 10_000);
      return text;
    };
    if (this.running) return say('A sync with Notion is already running.', false);
    if (!this.index.isReady) return say('Follow Through is still reading the vault; try again in a moment.', false);
    const token = this.token();
    const { notion } = this.settings();
    if (!token) return say(`To sync with Notion, paste your integration’s secret in ${settingsPlace}.`);
    if (!notion.database.trim()) return say(`To sync with Notion, paste the link of your database in ${settingsPlace}.`);
    if (notion.folders.length === 0 && notion.clients.length === 0) return say(nothingSyncs);

    this.running = true;
    let progress: Notice | undefined;
    try {
      const store = new VaultSyncStore(this.app, this.index);
      const { client } = this.connection(token);
      // The targets: the settings' folders and clients, for the database they name (as notion init writes them).
      const { state } = stateFromText(await store.readState(), store.stateLocation);
      const id = parseNotionId(notion.database);
      const known = state.targets.find((t) => t.databaseId === id || t.dataSourceId === id);
      const database = known ?? (await resolveDatabase(client, notion.database));
      if (replaceTargets(state, database.dataSourceId, targetsFor(database, notion))) await store.writeState(serializeState(state));

      const result: SyncResult = await syncVault({
        store,
        parseOptions: this.index.parseOptions(),
        today: this.index.today(),
        client,
        clock: this.endpoint().clock ?? systemClock,
        dryRun: false,
        progress: (done, total) => {
          // A background sync shows its progress only when it has much to do (a first sync, a new week).
          if (total < (quiet ? quietProgressFrom : progressFrom)) return;
          const text = `Syncing with Notion… ${Math.min(done, total)} of ${total}`;
          if (progress) progress.setMessage(text);
          else progress = new Notice(text, 0);
        },
      });
      progress?.hide();
      const counts = resultCounts(result);
      const parts = [`${summaryLine(counts, { dryRun: false })}${counts.failed > 0 ? finishLater : ''}`];
      if (result.failures.length > 0) parts.push(`First problem: ${result.failures[0]?.message ?? ''}`);
      if (result.waiting.length > 0) parts.push(`${result.waiting.length} ${result.waiting.length === 1 ? 'change' : 'changes'} from Notion wait for the next sync: ${result.waiting[0]?.message ?? ''}`);
      return say(redact(parts.join(' '), token), counts.pulled > 0 || result.failures.length > 0 || result.waiting.length > 0);
    } catch (error) {
      progress?.hide();
      return say(inPlainWords(explain(error, { object: 'database', id: notion.database }), token));
    } finally {
      this.running = false;
    }
  }
}
