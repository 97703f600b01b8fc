// Lint with the rules the Obsidian community directory's scan runs
// (eslint-plugin-obsidianmd's recommended config, which brings typescript-eslint's
// type-checked rules) over the whole repository: the plugin, core, the Notion
// sync, the command line, the tests, the benchmarks and the build scripts. Only
// node_modules/ and the built dist/ are left out. `npm run lint` runs this; CI
// and the release workflow run it before the tests.
//
// Code that runs only in Node (the command line, the Notion emulator, tests,
// benchmarks, scripts) says so below: it gets Node's globals and leaves off the
// few rules that are about running inside Obsidian's window. Everything else in
// the recommended set applies to it as it is.
import json from '@eslint/json';
import { defineConfig, globalIgnores } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';
import tseslint from 'typescript-eslint';

/** The Obsidian plugin's own source. */
const PLUGIN = ['obsidian-plugin/**/*.ts'];

/** Code that runs in Node only, never inside Obsidian. */
const NODE_ONLY = [
  'cli/**',
  'notion-emulator/**',
  'bench/**',
  'test/**',
  'docs/**',
  'examples/**',
  '*.{js,mjs,cjs}',
  'vitest.config.ts',
];

/** Every file of code (JavaScript and TypeScript). */
const CODE = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];

/**
 * One block of the recommended config, as it stands, except that blocks meant
 * for every file are kept to code: their JavaScript rules cannot read the JSON
 * files (versions.json) that have rules of their own below.
 */
function onCode(block) {
  if (block.files || (!block.rules && !block.languageOptions)) return block;
  return { ...block, files: CODE };
}

/** The globals Node gives a script (the recommended set knows the browser's). */
const NODE_GLOBALS = Object.fromEntries(
  [
    'console', 'process', 'Buffer', 'global', 'URL', 'URLSearchParams', 'performance', 'fetch', 'Response', 'Request', 'Headers',
    'AbortController', 'AbortSignal', 'TextEncoder', 'TextDecoder', 'structuredClone', 'queueMicrotask',
    'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate',
    // @types/node's namespace of types (NodeJS.ProcessEnv…), which no-undef sees as a name.
    'NodeJS',
  ].map((name) => [name, 'readonly']),
);

export default defineConfig([
  globalIgnores(['dist/', 'bench/.cache/', 'coverage/']),

  // Everything the community directory checks, on every file.
  ...obsidianmd.configs.recommended.map(onCode),

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
    rules: {
      // The same convention as tsc's noUnusedParameters: a leading _ marks a
      // parameter a signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  // The plugin: two settings of the recommended rules.
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

  // Core and the Notion sync engine are bundled into the plugin, so they run
  // inside Obsidian on a phone: no Node built-in may creep in (an error here,
  // not the recommended warning).
  {
    files: ['core/**/*.ts', 'notion-sync/**/*.ts'],
    rules: {
      'obsidianmd/regex-lookbehind': 'error',
      'obsidianmd/no-nodejs-modules': 'error',
    },
  },

  // The Notion client runs in the command line (Node, no window) as well as in
  // the plugin: its network timeout and the system clock's sleep use the timers
  // both have. (window.setTimeout would throw in Node; these timers touch no DOM.)
  {
    files: ['notion-sync/client.ts'],
    rules: { 'obsidianmd/prefer-window-timers': 'off' },
  },

  // Node-only code. What stays on: everything else in the recommended set
  // (console included: scripts write to process.stdout/stderr).
  {
    files: NODE_ONLY,
    languageOptions: { globals: NODE_GLOBALS },
    rules: {
      // Node programs import Node's modules; the plugin bundle test proves none reaches main.js.
      'obsidianmd/no-nodejs-modules': 'off',
      // No window or popout window in Node: its timers and globalThis are the only ones.
      'obsidianmd/prefer-window-timers': 'off',
      'obsidianmd/no-global-this': 'off',
      // requestUrl exists only inside Obsidian; the command line, the emulator's clients and the tests use Node's fetch.
      'no-restricted-globals': 'off',
      // Outside Obsidian there is no Vault#configDir: the command line finds a vault by its .obsidian folder.
      'obsidianmd/hardcoded-config-path': 'off',
      // Scripts and tests load files they are given (a benchmark, the built bundle) by path.
      'no-unsanitized/method': 'off',
    },
  },
  // The fake of Obsidian's API and the plugin's tests play Obsidian's part: they
  // build its DOM and delete notes as a person would.
  {
    files: ['test/**'],
    rules: {
      'obsidianmd/prefer-create-el': 'off',
      'obsidianmd/prefer-file-manager-trash-file': 'off',
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
]);
