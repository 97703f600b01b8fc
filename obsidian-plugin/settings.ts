import { type App, type ButtonComponent, PluginSettingTab, SecretComponent, Setting, normalizePath, requireApiVersion } from 'obsidian';
import { type IfMissed, type WeekStart, defaultHeadings, defaultHorizonWeeks, defaultMeta, ifMissedValues, oneOf, weekStartValues } from '../core/index.js';

/** What the user can set. Defaults below; nothing here is secret (the Notion token lives in Obsidian's keychain, SecretStorage). */
export interface FollowThroughSettings {
  /** Headings that mark a commitments section. */
  headings: string[];
  /** The tag (without #) that marks a commitment anywhere. */
  tag: string;
  /** The week's first day, for notes that do not say. */
  weekStart: WeekStart;
  /** How a miss is answered, for notes that do not say. */
  ifMissed: IfMissed;
  /** Update checklists and write prompts when a period closes, without a command. Off by default. */
  autoUpdate: boolean;
  /** Weeks a note with no next session is tracked (1 to 8), unless it says otherwise with "track-until". */
  horizonWeeks: number;
  /** The Notion sync. The token is not here: it lives in Obsidian's keychain; only its name is here. */
  notion: NotionSettings;
}

/** What syncs with Notion, and how often. Nothing syncs by default. */
export interface NotionSettings {
  /** The database, as pasted: its link, a view's link (`?v=`), or its id. */
  database: string;
  /** Notes in these folders sync (`/` is every note), as vault paths (passed through normalizePath). */
  folders: string[];
  /** Notes whose `client` is one of these sync. */
  clients: string[];
  /** Sync in the background every this many minutes; 0 is off (the default). */
  intervalMinutes: number;
  /**
   * The name of the secret in Obsidian's keychain (SecretStorage) that holds the
   * Notion token, as chosen in the settings' secret picker; '' is none. Default:
   * `follow-through-notion-token`, where the plugin kept the token before the picker.
   */
  tokenSecret: string;
}

/** Where the plugin kept the token before the secret picker (obsidian-plugin/notion.ts's tokenSecretId): the default, so a saved token still works. */
export const defaultTokenSecret = 'follow-through-notion-token';

/** How each of core's tones (IfMissed) is offered: a tone added to core must be worded here. */
const toneChoices: Readonly<Record<IfMissed, string>> = {
  curious: 'Curious questions',
  gentle: 'A gentle check-in',
  direct: 'A direct, respectful challenge',
  none: 'Nothing until the next session',
};

/** The choices of the background sync, in minutes (0 is off). */
export const syncIntervals = [0, 15, 30, 60, 240] as const;

export const DEFAULT_SETTINGS: FollowThroughSettings = {
  headings: [...defaultHeadings],
  tag: 'commitment',
  weekStart: defaultMeta.weekStart,
  ifMissed: defaultMeta.ifMissed,
  autoUpdate: false,
  horizonWeeks: defaultHorizonWeeks,
  notion: { database: '', folders: [], clients: [], intervalMinutes: 0, tokenSecret: defaultTokenSecret },
};

function lines(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter((v) => v !== '') : [];
}

/** Folders as the vault names them: `clients\dana`, `/clients/dana/` and `clients//dana` are all `clients/dana`; a lone `/` stays every note. */
export function vaultFolders(value: readonly string[]): string[] {
  return [...new Set(value.map((v) => v.trim()).filter((v) => v !== '').map((v) => normalizePath(v)))];
}

/** A secret's name as Obsidian's keychain allows it: lower-case letters and digits, with dashes between. */
const secretName = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Read the Notion part of saved settings; anything else in it (a token pasted by hand into data.json) is dropped. */
function readNotionSettings(saved: unknown): NotionSettings {
  const n = (saved && typeof saved === 'object' ? saved : {}) as Partial<Record<keyof NotionSettings, unknown>>;
  const interval = typeof n.intervalMinutes === 'number' && (syncIntervals as readonly number[]).includes(n.intervalMinutes) ? n.intervalMinutes : 0;
  return {
    database: typeof n.database === 'string' ? n.database.trim() : '',
    folders: vaultFolders(lines(n.folders)),
    clients: lines(n.clients),
    intervalMinutes: interval,
    tokenSecret: typeof n.tokenSecret === 'string' && (n.tokenSecret === '' || secretName.test(n.tokenSecret)) ? n.tokenSecret : defaultTokenSecret,
  };
}

/** Read saved settings, keeping only values of the right type (a hand-edited data.json never breaks the plugin). */
export function readSettings(saved: unknown): FollowThroughSettings {
  const s = (saved && typeof saved === 'object' ? saved : {}) as Partial<Record<keyof FollowThroughSettings, unknown>>;
  return {
    headings:
      Array.isArray(s.headings) && s.headings.every((h) => typeof h === 'string') && s.headings.length > 0
        ? s.headings
        : [...DEFAULT_SETTINGS.headings],
    tag: typeof s.tag === 'string' && s.tag.trim() !== '' ? s.tag.trim().replace(/^#/, '') : DEFAULT_SETTINGS.tag,
    weekStart: oneOf(weekStartValues, s.weekStart) ? s.weekStart : DEFAULT_SETTINGS.weekStart,
    ifMissed: oneOf(ifMissedValues, s.ifMissed) ? s.ifMissed : DEFAULT_SETTINGS.ifMissed,
    autoUpdate: typeof s.autoUpdate === 'boolean' ? s.autoUpdate : DEFAULT_SETTINGS.autoUpdate,
    horizonWeeks:
      typeof s.horizonWeeks === 'number' && Number.isInteger(s.horizonWeeks) && s.horizonWeeks >= 1 && s.horizonWeeks <= defaultHorizonWeeks
        ? s.horizonWeeks
        : DEFAULT_SETTINGS.horizonWeeks,
    notion: readNotionSettings(s.notion),
  };
}

/** What the Notion section asks of the plugin. */
export interface NotionHost {
  /** Whether the chosen secret holds a token. */
  hasToken(): boolean;
  testConnection(): Promise<string>;
  /** Add to the database the properties the sync needs and it lacks. */
  repairDatabase(): Promise<string>;
  /** Start, change or stop the background sync after its interval changed. */
  schedule(): void;
}

/** The host the settings tab needs: the settings and a way to save them. */
export interface SettingsHost {
  settings: FollowThroughSettings;
  saveSettings(): Promise<void>;
  /** Save settings that do not change what the index reads (no re-read of the vault). */
  saveQuietly(): Promise<void>;
  notion: NotionHost;
}

/**
 * Style a button that takes something away: setDestructive where Obsidian has
 * it (1.13.0), else the class the deprecated setWarning set (the plugin runs on
 * 1.11.4 and later).
 */
export function markDestructive(button: ButtonComponent): ButtonComponent {
  if (requireApiVersion('1.13.0')) return button.setDestructive();
  button.buttonEl.addClass('mod-warning');
  return button;
}

/** The settings tab: every option says what it does. */
export class FollowThroughSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    plugin: ConstructorParameters<typeof PluginSettingTab>[1],
    private readonly host: SettingsHost,
  ) {
    super(app, plugin);
  }

  display(): void {
    const { containerEl } = this;
    containerEl.empty();
    const settings = this.host.settings;
    const save = async () => this.host.saveSettings();

    new Setting(containerEl)
      .setName('Commitment headings')
      .setDesc('List items under a heading that contains one of these (one per line, any case) are read as commitments.')
      .addTextArea((text) =>
        text.setValue(settings.headings.join('\n')).onChange(async (value) => {
          const headings = value
            .split('\n')
            .map((h) => h.trim())
            .filter((h) => h !== '');
          settings.headings = headings.length > 0 ? headings : [...DEFAULT_SETTINGS.headings];
          await save();
        }),
      );

    new Setting(containerEl)
      .setName('Commitment tag')
      .setDesc('A list item with this tag is a commitment wherever it is, in any note. Without the #.')
      .addText((text) =>
        text.setPlaceholder(DEFAULT_SETTINGS.tag).setValue(settings.tag).onChange(async (value) => {
          settings.tag = value.trim().replace(/^#/, '') || DEFAULT_SETTINGS.tag;
          await save();
        }),
      );

    new Setting(containerEl)
      .setName('First day of the week')
      .setDesc('Weeks are tracked from this day, unless a note says otherwise with "week-start".')
      .addDropdown((dropdown) => {
        for (const day of weekStartValues) {
          dropdown.addOption(day, day.charAt(0).toUpperCase() + day.slice(1));
        }
        dropdown.setValue(settings.weekStart).onChange(async (value) => {
          settings.weekStart = value as WeekStart;
          await save();
        });
      });

    new Setting(containerEl)
      .setName('Track for')
      .setDesc('How long a note with no next session is tracked, from its session. A note can say otherwise with "track-until".')
      .addDropdown((dropdown) => {
        for (let weeks = 1; weeks <= defaultHorizonWeeks; weeks++) dropdown.addOption(String(weeks), `${weeks} week${weeks === 1 ? '' : 's'}`);
        dropdown.setValue(String(settings.horizonWeeks)).onChange(async (value) => {
          settings.horizonWeeks = Number(value);
          await save();
        });
      });

    new Setting(containerEl)
      .setName('When a week slips')
      .setDesc('How a reflection prompt speaks, unless a note says otherwise with "if-missed".')
      .addDropdown((dropdown) => {
        for (const tone of ifMissedValues) dropdown.addOption(tone, toneChoices[tone]);
        dropdown.setValue(settings.ifMissed).onChange(async (value) => {
          settings.ifMissed = value as IfMissed;
          await save();
        });
      });

    new Setting(containerEl)
      .setName('Update tracked notes automatically')
      .setDesc(
        'When on, notes you already track get the new week’s checklist, and a reflection prompt when a week closes, without running a command. Off: nothing is written until you ask.',
      )
      .addToggle((toggle) =>
        toggle.setValue(settings.autoUpdate).onChange(async (value) => {
          settings.autoUpdate = value;
          await save();
        }),
      );

    this.displayNotion(containerEl);
  }

  private displayNotion(containerEl: HTMLElement): void {
    new Setting(containerEl)
      .setName('Notion')
      .setDesc('Keep a Notion database in step with your notes: checklist items become rows, and ticks and reflection answers made in Notion come back into the notes. Nothing is sent to Notion until you fill in the token, the database and what syncs.')
      .setHeading();

    this.displayNotionToken(containerEl);
    this.displayNotionScope(containerEl);
    this.displayNotionActions(containerEl);
  }

  /** The token, kept in Obsidian's keychain. */
  private displayNotionToken(containerEl: HTMLElement): void {
    const settings = this.host.settings.notion;
    const notion = this.host.notion;
    const save = async () => this.host.saveQuietly();
    const tokenSetting = new Setting(containerEl).setName('Notion token');
    const describeToken = () =>
      tokenSetting.setDesc(
        `The secret of your Notion integration (notion.so/profile/integrations → your integration → Internal integration secret), kept in Obsidian’s keychain on this device: choose it here, or add it under a name of your own. Only its name is in the plugin’s settings file; the token is never shown. ${notion.hasToken() ? 'A token is chosen.' : 'No token chosen yet.'}`,
      );
    describeToken();
    tokenSetting
      .addComponent((el) =>
        new SecretComponent(this.app, el).setValue(settings.tokenSecret).onChange(async (value) => {
          settings.tokenSecret = value.trim();
          await save();
          describeToken();
        }),
      )
      .addButton((button) =>
        markDestructive(button)
          .setButtonText('Forget token')
          .onClick(async () => {
            // Only the plugin's link to the secret goes: the keychain entry is the user's (Settings → Keychain).
            settings.tokenSecret = '';
            await save();
            this.display();
          }),
      );

  }

  /** The database, and which notes sync to it. */
  private displayNotionScope(containerEl: HTMLElement): void {
    const settings = this.host.settings.notion;
    const save = async () => this.host.saveQuietly();
    new Setting(containerEl)
      .setName('Notion database')
      .setDesc('The database to sync with, as you copy it from Notion: its link (open it as a full page, then ••• menu, copy link), the link of one of its views, or its ID. The command line can create one with every property the sync needs. Share the database with the integration first (••• menu, connections).')
      .addText((text) =>
        text
          .setPlaceholder('Paste the database link')
          .setValue(settings.database)
          .onChange(async (value) => {
            settings.database = value.trim();
            await save();
          }),
      );

    new Setting(containerEl)
      .setName('Folders that sync')
      .setDesc('Notes in these folders, and in folders inside them, sync to the database. One folder per line, as the file explorer names it. A line with only / syncs every note: keep such a database to yourself, since sharing a database shares every row in it.')
      .addTextArea((text) =>
        text
          .setPlaceholder('For example: clients/dana')
          .setValue(settings.folders.join('\n'))
          .onChange(async (value) => {
            settings.folders = vaultFolders(value.split('\n'));
            await save();
          }),
      );

    new Setting(containerEl)
      .setName('Clients that sync')
      .setDesc('Notes whose “client” property names one of these sync to the database, wherever they are. One name per line. If you share the database with a client, name only that client here: give each client a database of their own.')
      .addTextArea((text) =>
        text
          .setPlaceholder('Dana')
          .setValue(settings.clients.join('\n'))
          .onChange(async (value) => {
            settings.clients = value.split('\n').map((v) => v.trim()).filter((v) => v !== '');
            await save();
          }),
      );

  }

  /** Test, repair, and how often to sync. */
  private displayNotionActions(containerEl: HTMLElement): void {
    const settings = this.host.settings.notion;
    const notion = this.host.notion;
    const save = async () => this.host.saveQuietly();
    /** A button that runs a Notion action, disabled until it is done. */
    const actionButton = (name: string, description: string, run: () => Promise<string>) =>
      new Setting(containerEl)
        .setName(name)
        .setDesc(description)
        .addButton((button) =>
          button.setButtonText(name).onClick(async () => {
            button.setDisabled(true);
            try {
              await run();
            } finally {
              button.setDisabled(false);
            }
          }),
        );
    actionButton(
      'Test connection',
      'Check that Notion accepts the token, that the database is shared with the integration, and that it has every property the sync needs. Reads from Notion; changes nothing.',
      () => notion.testConnection(),
    );
    actionButton(
      'Repair database',
      'When the test says the database is missing something, add it: the properties the sync needs, and the name the sync expects for the title column. Never deletes a property or changes one’s type, so nothing in Notion is lost.',
      () => notion.repairDatabase(),
    );

    new Setting(containerEl)
      .setName('Sync automatically')
      .setDesc('Sync with Notion in the background this often while Obsidian is open; you hear about it only when something came from Notion or went wrong. Off: only when you run the sync command.')
      .addDropdown((dropdown) => {
        for (const minutes of syncIntervals) dropdown.addOption(String(minutes), minutes === 0 ? 'Off' : minutes < 60 ? `Every ${minutes} minutes` : minutes === 60 ? 'Every hour' : `Every ${minutes / 60} hours`);
        dropdown.setValue(String(settings.intervalMinutes)).onChange(async (value) => {
          settings.intervalMinutes = Number(value);
          await save();
          notion.schedule();
        });
      });
  }
}
