// `npm run screenshots`: render the plugin's screens in headless Chromium and
// write the README's pictures to docs/. Fails on any console or page error, or
// an empty view.
import path from 'node:path';
import { chromiumPath, hasChromium, installHint, shoot } from './shoot.js';

/** Print a line on standard output (a script's output is its product, not a log). */
const say = (text: string): boolean => process.stdout.write(`${text}\n`);

const root = process.cwd();
if (!hasChromium()) {
  console.error(`No Chromium at ${chromiumPath}. ${installHint}`);
  process.exit(1);
}
const result = await shoot({ root, pngDir: path.join(root, 'docs') });
for (const file of result.files) say(`wrote ${path.relative(root, file)}`);
if (result.problems.length > 0) {
  console.error(`\nThe preview had ${result.problems.length} problem(s):`);
  for (const problem of result.problems) console.error(`- ${problem}`);
  process.exit(1);
}
