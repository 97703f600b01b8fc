// `npm version 0.2.0` (or `npm run version -- 0.2.0`): move the version in
// package.json, package-lock.json, manifest.json and versions.json together, so
// a release tag, the npm package and the Obsidian plugin always say the same.
// versions.json maps each plugin version to the oldest Obsidian it runs on
// (manifest.json's minAppVersion), which is how Obsidian picks a release an
// older app can still install. Works on the files in the current folder.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/** Print a line on standard output (a script's output is its product, not a log). */
const say = (text) => process.stdout.write(`${text}\n`);

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Write JSON as npm and Obsidian's sample plugin do: two-space indents, a final newline. */
function writeJson(file, value) {
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

const pkg = readJson('package.json');
// `npm version` has already written package.json and sets npm_package_version;
// a version given on the command line moves package.json too.
const target = process.argv[2] ?? process.env.npm_package_version ?? pkg.version;
if (!SEMVER.test(target)) {
  console.error(`version-bump: "${target}" is not a version: write it as 1.2.3.`);
  process.exit(2);
}

if (pkg.version !== target) writeJson('package.json', { ...pkg, version: target });
if (existsSync('package-lock.json')) {
  const lock = readJson('package-lock.json');
  if (lock.version !== target || lock.packages?.['']?.version !== target) {
    lock.version = target;
    if (lock.packages?.['']) lock.packages[''].version = target;
    writeJson('package-lock.json', lock);
  }
}

const manifest = readJson('manifest.json');
writeJson('manifest.json', { ...manifest, version: target });

const versions = existsSync('versions.json') ? readJson('versions.json') : {};
versions[target] = manifest.minAppVersion;
writeJson('versions.json', versions);

// Stage the files, so that `npm version` commits them with package.json (as
// Obsidian's sample plugin does); outside a git repository this does nothing.
const files = ['package.json', 'package-lock.json', 'manifest.json', 'versions.json'].filter((f) => existsSync(f));
spawnSync('git', ['add', ...files], { stdio: 'ignore' });

say(`version-bump: ${target} (Obsidian ${manifest.minAppVersion} or later) in package.json, manifest.json and versions.json`);
