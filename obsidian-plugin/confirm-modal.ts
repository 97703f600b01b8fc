import { type App, ButtonComponent, Modal } from 'obsidian';
import { markDestructive } from './settings.js';

/** What a confirmation shows: what will happen, the change line by line, and the button that does it. */
export interface Confirmation {
  title: string;
  intro: string;
  /** The change, one row a line: `-` goes, `+` comes, a space stays. */
  change: string;
  action: string;
  run: () => Promise<void>;
}

/** A dialog that shows a change before it is made; nothing happens unless the button is pressed. */
export class ConfirmModal extends Modal {
  constructor(
    app: App,
    private readonly confirmation: Confirmation,
  ) {
    super(app);
  }

  onOpen(): void {
    const { title, intro, change, action, run } = this.confirmation;
    this.setTitle(title);
    this.contentEl.createEl('p', { text: intro });
    this.contentEl.createEl('pre', { text: change, cls: 'ft-change' });
    const buttons = this.contentEl.createDiv({ cls: 'modal-button-container' });
    markDestructive(new ButtonComponent(buttons).setButtonText(action)).onClick(async () => {
      this.close();
      await run();
    });
    new ButtonComponent(buttons).setButtonText('Cancel').onClick(() => this.close());
  }

  onClose(): void {
    this.contentEl.empty();
  }
}
