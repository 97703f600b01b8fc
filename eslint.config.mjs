// Lint with the rules the Obsidian community directory's review runs
// (eslint-plugin-obsidianmd's recommended config) on the plugin, and with
// typescript-eslint's type-checked recommended rules everywhere else.
// `npm run lint` runs this; CI runs it before the tests.
import js from '@eslint/js';
import json from '@eslint/json';
import { defineConfig, globalIgnores } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';
import tseslint from 'typescript-eslint';

/** The Obsidian plugin's own source: the code the directory's review reads. */
const PLUGIN = ['obsidian-plugin/**/*.ts'];

/**
 * Narrow one block of the recommended config to the plugin. Blocks for plain
 * JavaScript are dropped (the plugin has none); the `package.json` blocks, the
 * plugin registration and the linter options stay global.
 */
function forPlugin(block) {
  const first = [block.files ?? []].flat(2)[0];
  if (first === 'package.json') return [block];
  if (first === '**/*.{js,cjs,mjs,jsx}') return [];
  if (!block.files && !block.rules && !block.languageOptions) return [block];
  return [{ ...block, files: PLUGIN }];
}

/** Node globals the build and bench scripts use. */
const NODE_GLOBALS = Object.fromEntries(
  ['console', 'process', 'performance', 'setTimeout', 'clearTimeout', 'URL'].map((name) => [name, 'readonly']),
);

export default defineConfig([
  globalIgnores(['dist/', 'bench/.cache/', 'coverage/']),

  // The plugin: everything the community directory checks.
  ...obsidianmd.configs.recommended.flatMap(forPlugin),
  {
    files: PLUGIN,
    rules: {
      // Off in the recommended set, but popout windows are real: the issue asks
      // for `activeDocument` over `document` in plugin code.
      'obsidianmd/prefer-active-doc': 'warn',
      'obsidianmd/ui/sentence-case': [
        'warn',
        {
          enforceCamelCaseLower: true,
          // The names this plugin's UI uses. Replaces the default list, whose
          // "Cursor" (the editor) would capitalise "at the cursor".
          brands: ['Follow Through', 'Obsidian', 'Notion', 'Markdown'],
          // English capitalises these wherever they stand; "Commitments" is the
          // default heading name, quoted as the user writes it.
          ignoreWords: ['I', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Commitments'],
        },
      ],
    },
  },

  // Type information for every TypeScript file, from tsconfig.json; the
  // default project covers files tsconfig.json does not list.
  {
    files: ['**/*.{ts,mts,cts}'],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.*'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },

  // The manifest, with the directory's manifest rules. TypeScript's parser
  // reads a .json file as one object expression, which is what the rule walks.
  {
    files: ['manifest.json'],
    languageOptions: { parser: tseslint.parser },
    rules: { 'obsidianmd/validate-manifest': 'error' },
  },
  {
    files: ['versions.json'],
    language: 'json/json',
    plugins: { json },
    extends: [json.configs.recommended],
  },

  // Core, CLI, bench and tests: typescript-eslint's type-checked rules, none of
  // the Obsidian-only ones (these never touch the Obsidian API).
  {
    files: ['**/*.{ts,mts,cts}'],
    ignores: PLUGIN,
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    rules: {
      // The same convention as tsc's noUnusedParameters: a leading _ marks a
      // parameter a signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // Off, as the Obsidian config has it for the plugin: fakes, emulators and
      // adapters implement Promise-returning interfaces without awaiting.
      '@typescript-eslint/require-await': 'off',
    },
  },
  // Core is bundled into the plugin, so it runs inside Obsidian on a phone:
  // keep the two plugin rules that are about that, not about the Obsidian API.
  {
    files: ['core/**/*.ts'],
    rules: {
      'obsidianmd/regex-lookbehind': 'error',
      'obsidianmd/no-nodejs-modules': 'error',
    },
  },
  // The Notion sync engine is bundled into the plugin too (its emulator is not):
  // no Node built-in may creep into it.
  {
    files: ['notion-sync/**/*.ts'],
    ignores: ['notion-sync/emulator/**'],
    rules: {
      'obsidianmd/regex-lookbehind': 'error',
      'obsidianmd/no-nodejs-modules': 'error',
    },
  },
  // Build and bench scripts in plain JavaScript (not in tsconfig.json).
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { globals: NODE_GLOBALS },
  },
]);
