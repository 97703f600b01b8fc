// Where the time goes in a V8 .cpuprofile (from `node --cpu-prof`): the functions
// with the most self time, and the total (inclusive) time of the named ones.
// node bench/top-self-time.mjs FILE.cpuprofile [N] [--inclusive name,name,…]
import { readFileSync } from 'node:fs';

/** Print a line on standard output (a script's output is its product, not a log). */
const say = (text) => process.stdout.write(`${text}\n`);

const args = process.argv.slice(2);
const at = args.indexOf('--inclusive');
const inclusiveNames = at >= 0 ? (args.splice(at, 2)[1] ?? '').split(',').filter(Boolean) : [];
const [file, count = '25'] = args;
if (!file) {
  console.error('Usage: node bench/top-self-time.mjs FILE.cpuprofile [N] [--inclusive name,name,…]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
const dt = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const self = new Map();
const inclusive = new Map(inclusiveNames.map((name) => [name, 0]));
let total = 0;
for (const [id, us] of dt) {
  const f = byId.get(id).callFrame;
  const key = `${f.functionName || '(anonymous)'}  ${f.url.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`;
  self.set(key, (self.get(key) ?? 0) + us);
  total += us;
  // Count a sample once for each named function on its stack.
  const onStack = new Set();
  for (let node = id; node !== undefined; node = parent.get(node)) onStack.add(byId.get(node).callFrame.functionName);
  for (const name of inclusiveNames) if (onStack.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + us);
}
const ms = (us) => `${(us / 1000).toFixed(1).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%`;
say(`total ${(total / 1000).toFixed(0)} ms\n\nself time`);
for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(count))) say(`${ms(us)}  ${key}`);
if (inclusiveNames.length > 0) {
  say('\ntotal time (self and callees)');
  for (const [name, us] of inclusive) say(`${ms(us)}  ${name}`);
}
