import { type App, PluginSettingTab, Setting } from 'obsidian';
import { type IfMissed, type WeekStart, defaultHeadings } from '../core/index.js';

/** What the user can set. Defaults below; nothing here is secret (the Notion token lives in SecretStorage). */
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
}

export const DEFAULT_SETTINGS: FollowThroughSettings = {
  headings: [...defaultHeadings],
  tag: 'commitment',
  weekStart: 'monday',
  ifMissed: 'curious',
  autoUpdate: false,
};

/** Read saved settings, keeping only values of the right type (a hand-edited data.json never breaks the plugin). */
export function readSettings(saved: unknown): FollowThroughSettings {
  const s = (saved && typeof saved === 'object' ? saved : {}) as Partial<Record<keyof FollowThroughSettings, unknown>>;
  const days: WeekStart[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  const tones: IfMissed[] = ['curious', 'gentle', 'direct', 'none'];
  return {
    headings:
      Array.isArray(s.headings) && s.headings.every((h) => typeof h === 'string') && s.headings.length > 0
        ? s.headings
        : [...DEFAULT_SETTINGS.headings],
    tag: typeof s.tag === 'string' && s.tag.trim() !== '' ? s.tag.trim().replace(/^#/, '') : DEFAULT_SETTINGS.tag,
    weekStart: days.includes(s.weekStart as WeekStart) ? (s.weekStart as WeekStart) : DEFAULT_SETTINGS.weekStart,
    ifMissed: tones.includes(s.ifMissed as IfMissed) ? (s.ifMissed as IfMissed) : DEFAULT_SETTINGS.ifMissed,
    autoUpdate: typeof s.autoUpdate === 'boolean' ? s.autoUpdate : DEFAULT_SETTINGS.autoUpdate,
  };
}

/** The host the settings tab needs: the settings and a way to save them. */
export interface SettingsHost {
  settings: FollowThroughSettings;
  saveSettings(): Promise<void>;
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
        for (const day of ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const) {
          dropdown.addOption(day, day.charAt(0).toUpperCase() + day.slice(1));
        }
        dropdown.setValue(settings.weekStart).onChange(async (value) => {
          settings.weekStart = value as WeekStart;
          await save();
        });
      });

    new Setting(containerEl)
      .setName('When a week slips')
      .setDesc('How a reflection prompt speaks, unless a note says otherwise with "if-missed".')
      .addDropdown((dropdown) =>
        dropdown
          .addOption('curious', 'Curious questions')
          .addOption('gentle', 'A gentle check-in')
          .addOption('direct', 'A direct, respectful challenge')
          .addOption('none', 'Nothing until the next session')
          .setValue(settings.ifMissed)
          .onChange(async (value) => {
            settings.ifMissed = value as IfMissed;
            await save();
          }),
      );

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
  }
}
