// Build the preview page and photograph it in headless Chromium (the Debian
// `chromium` package, driven by playwright-core). Used by `npm run screenshots`
// (docs/preview/screenshots.ts) and by test/screenshots.test.ts.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, type Page, chromium } from 'playwright-core';
import type { PreviewReport } from './page.js';
import { readNoteTexts } from '../../cli/vault.js';

/** Where Debian's `chromium` package puts the browser. */
export const chromiumPath = '/usr/bin/chromium';

/** How to get it, for a message when it is missing. */
export const installHint = 'Install Chromium to render the screenshots: sudo apt-get install chromium';


/** Bundle the preview page into `outDir` (index.html, preview.js, the preview theme and the plugin's styles.css, unchanged). */
export async function buildPreview(root: string, outDir: string): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: ['docs/preview/page.ts'],
    outfile: path.join(outDir, 'preview.js'),
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    alias: { obsidian: './test/obsidian-fake/obsidian.ts' },
    define: {
      PREVIEW_VAULT: JSON.stringify(readNoteTexts(path.join(root, 'examples', 'vault'))),
      PREVIEW_MANIFEST: readFileSync(path.join(root, 'manifest.json'), 'utf8'),
    },
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  copyFileSync(path.join(root, 'obsidian-plugin', 'styles.css'), path.join(outDir, 'styles.css'));
  copyFileSync(path.join(root, 'docs', 'preview', 'preview.css'), path.join(outDir, 'preview.css'));
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Follow Through: preview</title>
<link rel="stylesheet" href="preview.css">
<link rel="stylesheet" href="styles.css">
</head>
<body>
<script src="preview.js"></script>
</body>
</html>
`;
  const index = path.join(outDir, 'index.html');
  writeFileSync(index, html);
  return index;
}

/** One picture: which part of the page, in which theme, after which clicks. */
export interface Shot {
  file: string;
  theme: 'light' | 'dark';
  selector: string;
  /** A tab of the side view to click first. */
  tab?: 'This note' | 'All clients';
}

/** The README's pictures. */
export const shots: readonly Shot[] = [
  { file: 'side-view-light.png', theme: 'light', selector: '#shot-side' },
  { file: 'side-view-dark.png', theme: 'dark', selector: '#shot-side' },
  { file: 'reflection-prompt.png', theme: 'light', selector: '#shot-note' },
  { file: 'editor-hint.png', theme: 'light', selector: '#shot-editor' },
  // Last: the click moves the mouse, which would close the editor's hover tooltip.
  { file: 'vault-view.png', theme: 'light', selector: '#shot-side', tab: 'All clients' },
];

/** What a run saw: the pictures written, what the page reported, and every problem. */
export interface ShootResult {
  files: string[];
  reports: PreviewReport[];
  problems: string[];
}

/** The flags the brief asks for: headless, sandbox off (CI runs as root), nothing that phones home. */
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // No name resolves, so nothing can reach the network even by mistake.
  '--host-resolver-rules=MAP * ~NOTFOUND',
];

function watch(page: Page, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.stack ?? error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`));
}

async function openPreview(context: BrowserContext, index: string, theme: 'light' | 'dark', problems: string[]): Promise<{ page: Page; report: PreviewReport | undefined }> {
  const page = await context.newPage();
  watch(page, problems);
  await page.goto(`${pathToFileURL(index).href}?theme=${theme}`);
  try {
    await page.waitForSelector('body[data-preview-ready="true"]', { timeout: 20_000 });
  } catch {
    problems.push(`the ${theme} preview never finished drawing`);
    return { page, report: undefined };
  }
  const report = await page.evaluate(() => window.previewReport);
  if (!report) problems.push(`the ${theme} preview drew nothing`);
  else {
    if (report.commitments === 0) problems.push(`the ${theme} side view is empty: no commitments drawn`);
    if (report.callouts === 0) problems.push(`the ${theme} note shows no reflection prompt`);
    if (report.hints === 0) problems.push(`the ${theme} editor underlines nothing`);
    if (report.tooltip.trim() === '') problems.push(`the ${theme} editor's hint tooltip is empty`);
  }
  return { page, report };
}

/**
 * Open the preview in headless Chromium and write the pictures to `pngDir`.
 * Every console error, page error or failed request, and an empty view, is a problem.
 */
export async function shoot(options: { root: string; pngDir: string; executablePath?: string; scale?: number }): Promise<ShootResult> {
  const work = mkdtempSync(path.join(tmpdir(), 'follow-through-preview-'));
  const result: ShootResult = { files: [], reports: [], problems: [] };
  let context: BrowserContext | undefined;
  try {
    const index = await buildPreview(options.root, path.join(work, 'page'));
    context = await chromium.launchPersistentContext(path.join(work, 'profile'), {
      executablePath: options.executablePath ?? chromiumPath,
      headless: true,
      args: chromiumArgs,
      viewport: { width: 1200, height: 1000 },
      deviceScaleFactor: options.scale ?? 2,
      colorScheme: 'light',
      offline: true,
      serviceWorkers: 'block',
    });
    // The page is files on disk; anything else would be a request to the network.
    await context.route(/^(?!file:)/, async (route) => {
      result.problems.push(`blocked a request to ${route.request().url()}`);
      await route.abort();
    });
    mkdirSync(options.pngDir, { recursive: true });
    for (const theme of ['light', 'dark'] as const) {
      const { page, report } = await openPreview(context, index, theme, result.problems);
      if (report) result.reports.push(report);
      for (const shot of shots.filter((s) => s.theme === theme)) {
        if (!report) continue;
        if (shot.tab) {
          await page.locator(`${shot.selector} .ft-tab`, { hasText: shot.tab }).click();
          await page.waitForSelector(`${shot.selector} .ft-tab.is-active:text-is("${shot.tab}")`);
          if ((await page.locator(`${shot.selector} .ft-commitment`).count()) === 0) result.problems.push(`the “${shot.tab}” view is empty`);
        }
        const file = path.join(options.pngDir, shot.file);
        await page.locator(shot.selector).screenshot({ path: file, animations: 'disabled' });
        result.files.push(file);
      }
      await page.close();
    }
  } finally {
    await context?.close();
    rmSync(work, { recursive: true, force: true });
  }
  return result;
}

/** Whether this machine can take the pictures. */
export function hasChromium(): boolean {
  return existsSync(chromiumPath);
}
