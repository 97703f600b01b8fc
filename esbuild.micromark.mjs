// The plugin's cut of micromark: the blocks core/markdown/plain-text.ts turns off
// (`blocksOff`: a commitment's words are an item's paragraph lines, read as a
// paragraph holds them) are never tried, so their code goes from the plugin's
// build (about 12 KB: lists, quotes, fenced code, ATX and setext headings, HTML
// blocks, thematic breaks). The command line keeps micromark whole; both read the
// same, because the parser is told to try none of them (test/markdown/plain-text.test.ts
// and test/plugin/built-plugin.test.ts hold the readings).
//
// The cut must find what it cuts: if micromark's table of constructs changes
// shape, or the list in plain-text.ts names a construct the table does not hold,
// the build fails rather than ship a reader that tries something else.
import { readFile } from 'node:fs/promises';

const fail = (why) => {
  throw new Error(`esbuild.micromark.mjs: ${why}. Update esbuild.micromark.mjs.`);
};

/** The constructs plain-text.ts turns off, read from its source (one list, of names). */
export async function blocksOffIn(file = 'core/markdown/plain-text.ts') {
  const own = await readFile(file, 'utf8');
  const m = /export const blocksOff = \[([^\]]*)\];/.exec(own);
  if (!m) fail('no `export const blocksOff = [...]` in core/markdown/plain-text.ts');
  const names = [...(m[1] ?? '').matchAll(/'([A-Za-z]+)'/g)].map((x) => x[1]);
  if (names.length === 0) fail('blocksOff names no construct');
  // micromark asks inside the constructs that stay whether indented code is off; the plugin's build answers "no".
  if (names.includes('codeIndented')) fail('blocksOff turns indented code off, which esbuild.config.mjs answers as on');
  return names;
}

/**
 * micromark/lib/constructs.js without the named constructs: each of its tables (`export const x = { [code]: c, … }`)
 * keeps its other entries, and the import names only what the tables still use. Pure, for the build and its test.
 */
export function withoutConstructs(code, names) {
  const off = new Set(names);
  const found = new Set();
  const tables = code.replace(/(export const \w+ = \{)([^}]*)(\};)/g, (_all, open, body, close) => {
    const entries = [...body.matchAll(/\s*(\[-?\d+\]|null):\s*(\[[^\]]*\]|\w+),?/g)];
    if (entries.map((e) => e[0]).join('').replace(/\s/g, '') !== body.replace(/\s/g, '')) fail(`a table micromark writes in a shape not read here: ${open}`);
    const kept = [];
    for (const [, key, value] of entries) {
      const list = value.startsWith('[') ? value.slice(1, -1).split(',').map((v) => v.trim()).filter(Boolean) : [value];
      for (const v of list) if (off.has(v)) found.add(v);
      const left = list.filter((v) => !off.has(v));
      if (left.length === 0) continue;
      kept.push(`  ${key}: ${value.startsWith('[') ? `[${left.join(', ')}]` : left[0]}`);
    }
    return `${open}\n${kept.join(',\n')}\n${close}`;
  });
  for (const name of names) if (!found.has(name)) fail(`micromark's tables hold no construct named ${name}`);
  const importRe = /import \{([^}]*)\} from 'micromark-core-commonmark';/;
  const imported = importRe.exec(tables);
  if (!imported) fail("no import from 'micromark-core-commonmark' in micromark/lib/constructs.js");
  const used = (imported[1] ?? '').split(',').map((v) => v.trim()).filter((v) => v && !off.has(v));
  const out = tables.replace(importRe, `import { ${used.join(', ')} } from 'micromark-core-commonmark';`);
  for (const name of names) if (new RegExp(`\\b${name}\\b`).test(out)) fail(`${name} is still named in the cut table`);
  return out;
}

/** The esbuild plugin: micromark's table of constructs, less the blocks plain-text.ts turns off. */
export function noOffBlocks() {
  return {
    name: 'no-off-blocks',
    setup(build) {
      build.onLoad({ filter: /[\\/]micromark[\\/]lib[\\/]constructs\.js$/ }, async (args) => ({
        contents: withoutConstructs(await readFile(args.path, 'utf8'), await blocksOffIn()),
        loader: 'js',
      }));
    },
  };
}
