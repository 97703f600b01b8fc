import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

/** The fake Obsidian API: tests of the plugin import 'obsidian' and get this (never shipped). */
const obsidianFake = fileURLToPath(new URL('./test/obsidian-fake/obsidian.ts', import.meta.url));

export default defineConfig({
  test: {
    // No test here is timed: a generous limit keeps a busy shared machine from failing a slow-but-right test, and a hang still fails.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/plugin/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        resolve: { alias: { obsidian: obsidianFake } },
        test: {
          name: 'plugin',
          include: ['test/plugin/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['test/obsidian-fake/setup.ts'],
        },
      },
    ],
  },
});
