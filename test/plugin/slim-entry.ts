// The sync engine as the plugin bundles it, for bundle-notion.test.ts.
export { connect } from '../../notion-sync/client.js';
export { initDatabase } from '../../notion-sync/init.js';
export { emptyState, serializeState } from '../../notion-sync/state.js';
export { resolveDatabase, syncVault } from '../../notion-sync/sync.js';
