// The community directory's scan reads the repository's source with
// eslint-plugin-obsidianmd's recommended rules: `npm run lint` must read the
// same files with the same rules (everything but node_modules and dist).
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

import { root } from '../support/cli.js';

const eslint = new ESLint({ cwd: root });

/** The severity a rule has for a file under the repository's config (0 off, 1 warn, 2 error). */
async function severity(file: string, rule: string): Promise<number> {
  const config = (await eslint.calculateConfigForFile(path.join(root, file))) as { rules?: Record<string, unknown> };
  const setting = config.rules?.[rule];
  const level: unknown = Array.isArray(setting) ? (setting as unknown[])[0] : setting;
  return level === 'error' ? 2 : level === 'warn' ? 1 : typeof level === 'number' ? level : 0;
}

describe('what npm run lint reads', () => {
  it('should read every source file, bench and scripts included, and leave out only node_modules and dist', async () => {
    for (const file of ['obsidian-plugin/main.ts', 'core/index.ts', 'notion-sync/sync.ts', 'notion-emulator/server.ts', 'cli/main.ts', 'bench/run.ts', 'bench/top-self-time.mjs', 'test/cli/usage.test.ts', 'esbuild.config.mjs', 'version-bump.mjs', 'docs/preview/screenshots.ts', 'manifest.json']) {
      expect(await eslint.isPathIgnored(path.join(root, file)), file).toBe(false);
    }
    for (const file of ['dist/cli.js', 'dist/follow-through/main.js', 'node_modules/yaml/dist/index.js']) {
      expect(await eslint.isPathIgnored(path.join(root, file)), file).toBe(true);
    }
  });

  it('should apply the recommended rules to Node code too: no console.log in bench/ or the scripts, the security and comment rules', async () => {
    for (const file of ['bench/run.ts', 'bench/top-self-time.mjs', 'esbuild.config.mjs', 'cli/main.ts', 'test/cli/usage.test.ts']) {
      expect(await severity(file, 'obsidianmd/rule-custom-message'), file).toBe(2);
      expect(await severity(file, 'eslint-comments/no-restricted-disable'), file).toBe(2);
      expect(await severity(file, '@microsoft/sdl/no-inner-html'), file).toBeGreaterThan(0);
    }
    for (const file of ['obsidian-plugin/settings.ts', 'core/index.ts']) {
      expect(await severity(file, 'obsidianmd/no-nodejs-modules'), file).toBeGreaterThan(0);
      expect(await severity(file, 'obsidianmd/prefer-window-timers'), file).toBeGreaterThan(0);
    }
  });
});
