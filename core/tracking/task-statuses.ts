/**
 * How a checklist item's mark reads, as the Obsidian Tasks plugin reads it: done
 * is `x` (and `X`, which Obsidian shows checked), set aside is `-`, anything else
 * is not done yet (`/` in progress, `!`, `?`, `*`, `<`, …: in every status set
 * Tasks ships they are to-dos, and Dataview counts only `x`/`X` as completed).
 * Where a vault has Tasks with custom statuses, their types decide.
 */
import type { ItemState } from './marks.js';

/** Marks whose meaning a vault's Tasks settings give: the mark's character → how it reads. */
export type TaskStatuses = ReadonlyMap<string, ItemState>;

/**
 * The statuses in Tasks' settings (`statusSettings.coreStatuses` and
 * `.customStatuses`, each `{ symbol, type, … }`), those of the right shape only.
 * (Checked by hand rather than with a zod schema: zod's array and object checks
 * would cost the plugin bundle 7 KB for one small file.)
 */
function statusesIn(settings: unknown): Array<{ symbol: string; type: string }> {
  const section = (settings as { statusSettings?: unknown } | null)?.statusSettings;
  if (!section || typeof section !== 'object') return [];
  const out: Array<{ symbol: string; type: string }> = [];
  for (const key of ['coreStatuses', 'customStatuses'] as const) {
    const list = (section as Record<string, unknown>)[key];
    if (!Array.isArray(list)) continue;
    for (const status of list as unknown[]) {
      const { symbol, type } = (status ?? {}) as { symbol?: unknown; type?: unknown };
      if (typeof symbol === 'string' && typeof type === 'string') out.push({ symbol, type });
    }
  }
  return out;
}

/** What each of Tasks' status types means for a checklist item. */
const byType: Record<string, ItemState> = {
  DONE: 'done',
  CANCELLED: 'skipped',
  // Tasks' "not a task" marks (a note, a bookmark) never count as done; on an item Follow Through wrote, read it as set aside.
  NON_TASK: 'skipped',
  TODO: 'open',
  IN_PROGRESS: 'open',
  ON_HOLD: 'open',
};

/**
 * Read the statuses from Tasks' settings file (already parsed JSON). Core
 * statuses come first and the first of a symbol wins, as in Tasks. Returns
 * undefined when the settings hold no statuses or are not Tasks' shape.
 */
export function taskStatusesFrom(settings: unknown): TaskStatuses | undefined {
  const statuses = new Map<string, ItemState>();
  for (const status of statusesIn(settings)) {
    const state = byType[status.type];
    if (state && [...status.symbol].length === 1 && !statuses.has(status.symbol)) statuses.set(status.symbol, state);
  }
  return statuses.size > 0 ? statuses : undefined;
}

/** Where a vault keeps Tasks' settings, from the vault's root. */
export const tasksSettingsPath = '.obsidian/plugins/obsidian-tasks-plugin/data.json';
