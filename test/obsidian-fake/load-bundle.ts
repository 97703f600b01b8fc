// Load a built plugin (main.js) as Obsidian does: CommonJS, whose
// `require('obsidian')` gets the app's module (here the fake), and whose other
// requires (CodeMirror, Lezer) come from node_modules. Used by the test of the
// shipped bundle and by the start-up benchmark.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

export function loadBundle<PluginClass>(file: string, obsidian: unknown, root: string): PluginClass {
  const nodeRequire = createRequire(path.join(root, 'package.json'));
  const module = { exports: {} as Record<string, unknown> };
  const requireFor = (id: string): unknown => (id === 'obsidian' ? obsidian : nodeRequire(id));
  const wrapped = vm.runInThisContext(`(function (exports, require, module) {${readFileSync(file, 'utf8')}\n})`, { filename: file }) as (
    exports: unknown,
    require: (id: string) => unknown,
    module: { exports: Record<string, unknown> },
  ) => void;
  wrapped(module.exports, requireFor, module);
  const exported = (module.exports.default ?? module.exports) as unknown;
  if (typeof exported !== 'function') throw new Error(`${file} does not export a plugin class`);
  return exported as PluginClass;
}
