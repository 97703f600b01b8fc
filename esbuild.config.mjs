// Build the command line (dist/cli.js, plain JavaScript that starts fast) and
// the Obsidian plugin (dist/follow-through/: main.js, manifest.json, styles.css).
// `npm ci` runs this through `prepare`, so a fresh clone works at once.
import { build } from 'esbuild';
import { chmod, copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { blocksOffIn, noOffBlocks } from './esbuild.micromark.mjs';
import { slimNotionSdk } from './esbuild.notion-sdk.mjs';

/** Print a line on standard output (a script's output is its product, not a log). */
const say = (text) => process.stdout.write(`${text}\n`);

const only = process.argv[2];

async function cli() {
  // Chunk names change with their contents: start from an empty folder so old ones do not pile up.
  await rm('dist/cli-chunks', { recursive: true, force: true });
  await build({
    // dist/cli.js, and the Notion commands and the demo in chunks of their own
    // (dist/cli-chunks/), loaded only when used: list and friends start faster.
    // The emulator (notion-emulator/, with ajv) is one more, loaded only by
    // `notion emulator` and the demo's Notion step (test/cli/chunks.test.ts).
    entryPoints: { cli: 'cli/main.ts' },
    outdir: 'dist',
    chunkNames: 'cli-chunks/[name]-[hash]',
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as __ftCreateRequire } from 'node:module';\nconst require = __ftCreateRequire(import.meta.url);",
    },
    logLevel: 'warning',
  });
  await chmod('dist/cli.js', 0o755);
}

/** The command line's quick paths the plugin leaves out: `*` pairs read without micromark, to-dos set apart unread (obsidian-plugin/no-quick-emphasis.ts and no-todo-shortcut.ts say why). */
function noQuickEmphasis() {
  return {
    name: 'no-quick-emphasis',
    setup(build) {
      build.onResolve({ filter: /^\.\/emphasis\.js$/ }, (args) =>
        args.importer.endsWith(path.join('core', 'markdown', 'plain-text.ts')) ? { path: path.resolve('obsidian-plugin/no-quick-emphasis.ts') } : undefined,
      );
      // The same for the shortcut that skips reading a to-do set apart anyway (core/todo-apart.ts).
      build.onResolve({ filter: /^\.\/todo-apart\.js$/ }, (args) =>
        args.importer.endsWith(path.join('core', 'note.ts')) ? { path: path.resolve('obsidian-plugin/no-todo-shortcut.ts') } : undefined,
      );
    },
  };
}

/**
 * micromark asks, in seven places, whether indented code is disabled (`parser.constructs.disable.null`): only an
 * extension can disable it, and the plugin's one parser is built with one that turns off other blocks only
 * (`blocksOff` in core/markdown/plain-text.ts), so the answer is always no and the question goes from the plugin's
 * build (about 0.4 KB). The build fails if the parser is ever built with other options, if `blocksOff` names indented
 * code, or if micromark stops asking in the words cut here.
 */
const codeIndentedAsked = /(!?)(?:self|this)\.parser\.constructs\.disable\.null\.includes\('codeIndented'\)( \? undefined : | && )/g;
function noDisabledConstructs() {
  return {
    name: 'no-disabled-constructs',
    setup(build) {
      build.onLoad({ filter: /[\\/]micromark(?:-core-commonmark)?[\\/]lib[\\/].*\.js$/ }, async (args) => {
        const code = await readFile(args.path, 'utf8');
        if (!code.includes("disable.null.includes('codeIndented')")) return undefined;
        const own = await readFile('core/markdown/plain-text.ts', 'utf8');
        // Its one parser turns off only the blocks in `blocksOff`, never indented code (esbuild.micromark.mjs checks).
        if ((own.match(/\bparse\(/g) ?? []).length !== 1 || !own.includes('parse({ extensions: [{ disable: { null: blocksOff } }] })')) throw new Error('core/markdown/plain-text.ts builds its parser with other options: micromark may disable constructs. Update esbuild.config.mjs.');
        await blocksOffIn();
        const out = code.replace(codeIndentedAsked, (m, not, then) => {
          if ((not === '!') !== (then === ' && ')) throw new Error(`micromark asks about indented code in words esbuild.config.mjs does not know (${args.path})`);
          return '';
        });
        if (out.includes("includes('codeIndented')")) throw new Error(`micromark still asks about indented code in ${args.path}`);
        return { contents: out, loader: 'js' };
      });
    },
  };
}

async function plugin() {
  // FT_PLUGIN_OUT: build elsewhere (a test that loads the built plugin uses a folder of its own).
  const out = process.env.FT_PLUGIN_OUT ?? 'dist/follow-through';
  await mkdir(out, { recursive: true });
  const result = await build({
    entryPoints: ['obsidian-plugin/main.ts'],
    outfile: `${out}/main.js`,
    bundle: true,
    // Obsidian runs plugins as CommonJS, on desktop and on mobile: no Node built-ins.
    platform: 'browser',
    format: 'cjs',
    target: 'es2021',
    minify: true,
    external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*'],
    // @notionhq/client's webhook helper keeps a require("crypto") as a fallback;
    // the plugin never verifies webhooks, so a stub that throws takes its place.
    alias: {
      crypto: './obsidian-plugin/no-node-crypto.ts',
      'node:crypto': './obsidian-plugin/no-node-crypto.ts',
      // micromark decodes entities (&amp;) with decode-named-character-reference,
      // whose browser build sets innerHTML on a scratch element: the directory's
      // review refuses innerHTML. Its plain build carries the whole entity table
      // (28 KB). The plugin's own decoder asks DOMParser instead, in an inert
      // document (obsidian-plugin/entity-decoder.ts; the same answers, tested in Chromium).
      'decode-named-character-reference': './obsidian-plugin/entity-decoder.ts',
    },
    logLevel: 'warning',
    legalComments: 'none',
    // Keep “curly quotes” and emoji as UTF-8 (Obsidian reads plugins as UTF-8) rather than \uXXXX escapes.
    charset: 'utf8',
    metafile: true,
    plugins: [slimNotionSdk(), noQuickEmphasis(), noDisabledConstructs(), noOffBlocks()],
  });
  // The SDK's modules lose their own "use strict" (esbuild.notion-sdk.mjs): the whole of main.js must be strict.
  if (!(await readFile(`${out}/main.js`, 'utf8')).startsWith('"use strict";')) throw new Error('main.js no longer starts with "use strict": the Notion SDK\'s modules would run sloppy. Update esbuild.notion-sdk.mjs.');
  if (process.env.FT_BUNDLE_REPORT) {
    const { analyzeMetafile } = await import('esbuild');
    say(await analyzeMetafile(result.metafile, { verbose: false }));
  }
  await copyFile('manifest.json', `${out}/manifest.json`);
  await copyFile('obsidian-plugin/styles.css', `${out}/styles.css`);
}

if (!only || only === 'cli') await cli();
if (!only || only === 'plugin') await plugin();
