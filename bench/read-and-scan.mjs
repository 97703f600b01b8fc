// The floor for `list --json`: walk the vault as the CLI does, read every note
// and scan its lines once. No parsing beyond a look at each line's first character.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** Scan a note's lines once: count lines, list items and headings. */
export function scanLines(text) {
  let lines = 0;
  let items = 0;
  let headings = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let c = text.charCodeAt(i);
    while (c === 32 || c === 9) c = text.charCodeAt(++i);
    if (c === 45 || c === 42 || c === 43) items++;
    else if (c === 35) headings++;
    lines++;
    const end = text.indexOf('\n', i);
    if (end < 0) break;
    i = end + 1;
  }
  return lines + items + headings;
}

function walk(dir, out) {
  const entries = readdirSync(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') walk(full, out);
    } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) out.push(full);
  }
  return out;
}

// Run as a script only (not when bundled into the benchmark runner).
if (process.argv[1] && path.basename(process.argv[1]) === 'read-and-scan.mjs') {
  const root = process.argv[2];
  if (!root) {
    console.error('Usage: node bench/read-and-scan.mjs VAULT');
    process.exit(2);
  }
  let total = 0;
  const files = walk(path.resolve(root), []);
  for (const file of files) total += scanLines(readFileSync(file, 'utf8'));
  process.stdout.write(`${JSON.stringify({ notes: files.length, total })}\n`);
}
