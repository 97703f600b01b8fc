// Vitest setup for the plugin tests: Obsidian's DOM helpers and listener tracking
// (skipped in a file that asks for the node environment, like the bundle test).
import { installDomHelpers, trackListeners } from './dom.js';

if (typeof Node !== 'undefined') {
  installDomHelpers();
  trackListeners();
}
