// The plugin's cut of @notionhq/client: the same SDK code, less what the sync
// never calls, so main.js stays within 250 KB. `node esbuild.config.mjs plugin`
// uses it; the command line bundles the whole SDK. Measured with esbuild's
// metafile (FT_BUNDLE_REPORT=1): the SDK's barrel (index.js, helpers.js,
// webhooks.js) was about 10 KB, the endpoint families below about 12 KB of
// Client.js, and their endpoint descriptions about 10 KB; the descriptions
// that only the removed methods read, in the kept families' modules, 1.4 KB.
// Since then: the stream requests that only agents' sessions open (2 KB), and
// the kept methods' one shared body, written once (1.4 KB).
//
// Every cut must find what it cuts: if the SDK changes shape, the build fails
// here rather than ship a client with a hole in it.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

/** The Client's endpoint families the sync uses (users.me, databases, data sources, pages); the others are removed. */
export const keptFamilies = ['databases', 'dataSources', 'pages', 'users'];
const droppedFamilies = ['agents', 'sessions', 'asyncTasks', 'blocks', 'customEmojis', 'comments', 'fileUploads', 'views', 'oauth'];
/** Methods of the kept families the sync never calls. */
const droppedMethods = {
  databases: ['update'],
  dataSources: ['create', 'listTemplates'],
  pages: ['move', 'retrieveMarkdown', 'updateMarkdown', 'properties'],
  users: ['retrieve', 'list'],
};
/** The endpoint description modules the kept families read. */
const keptEndpoints = ['common', 'data-sources', 'databases', 'pages', 'users'];
/** Their descriptions that only the removed methods read. */
const droppedEndpoints = {
  pages: ['movePage', 'getPageProperty', 'getPageMarkdown', 'updatePageMarkdown'],
  'data-sources': ['createDataSource', 'listDataSourceTemplates'],
  databases: ['updateDatabase'],
  users: ['getUser', 'listUsers'],
};

function fail(what) {
  throw new Error(`The plugin's cut of @notionhq/client no longer fits the SDK (${what}). Update esbuild.notion-sdk.mjs.`);
}

/** Remove `this.NAME = { … };` (or `= (…) => { … };`) at the constructor's indentation. */
function dropFamily(code, name) {
  const start = code.search(new RegExp(`\\n {8}this\\.${name} = `));
  if (start < 0) fail(`no family ${name}`);
  const end = code.indexOf('\n        };\n', start + 1);
  if (end < 0) fail(`no end of family ${name}`);
  return code.slice(0, start) + code.slice(end + '\n        };'.length);
}

/** Remove one method (`NAME: (args) => { … },` or `NAME: { … },`) from a family. */
function dropMethod(code, family, name) {
  const start = code.search(new RegExp(`\\n {8}this\\.${family} = \\{`));
  const end = code.indexOf('\n        };\n', start + 1);
  if (start < 0 || end < 0) fail(`no family ${family}`);
  const block = code.slice(start, end);
  const at = block.search(new RegExp(`\\n {12}${name}: (?:\\(args\\) => )?\\{`));
  if (at < 0) fail(`no method ${family}.${name}`);
  const close = block.indexOf('\n            },', at + 1);
  if (close < 0) fail(`no end of ${family}.${name}`);
  return code.slice(0, start) + block.slice(0, at) + block.slice(close + '\n            },'.length) + code.slice(end);
}

/**
 * Remove a method of the Client class (at four spaces, with the doc comment above it), by the words that open it:
 * `async *streamRequest(args, parseEvent) {`.
 */
function dropClassMethod(code, opening) {
  const at = code.indexOf(`\n    ${opening}\n`);
  if (at < 0) fail(`no method ${opening}`);
  const doc = code.lastIndexOf('\n    /**', at);
  const start = doc >= 0 && code.slice(doc, at).trimEnd().endsWith('*/') && !code.slice(doc, at).includes('\n    }') ? doc : at;
  const end = code.indexOf('\n    }\n', at + 1);
  if (end < 0) fail(`no end of method ${opening}`);
  return code.slice(0, start) + code.slice(end + '\n    }'.length);
}

/**
 * Server-sent event streams: only the sessions family (agents' chat sessions) opens one. With it gone, the stream
 * request, its single request and the SSE frame readers at the end of the module go too (about 2 KB minified).
 */
function dropStreams(code) {
  if (code.includes('this.streamRequest(')) fail('a kept family still opens a stream');
  let out = dropClassMethod(code, 'async *streamRequest(args, parseEvent) {');
  out = dropClassMethod(out, 'async executeSingleStreamRequest(args) {');
  const helpers = out.indexOf('\nconst sessionStreamEventTypes = new Set([');
  const last = out.indexOf('\nfunction parseSessionStreamEvent(frame) {', helpers);
  const end = out.indexOf('\n}\n', last);
  if (helpers < 0 || last < 0 || end < 0) fail('no SSE helpers at the end of Client.js');
  out = out.slice(0, helpers) + out.slice(end + '\n}'.length);
  for (const name of ['streamRequest', 'executeSingleStreamRequest', 'takeSseFrames', 'parseSseFrame', 'parseSessionStreamEvent', 'sessionStreamEventTypes']) {
    if (new RegExp(`\\b${name}\\b`).test(out)) fail(`${name} is still referenced`);
  }
  return out;
}

/**
 * The sync builds its client with `retry: false` (notion-sync/client.ts: its fetch layer paces and retries, so the
 * counts it reports are honest), so the SDK retries nothing: the branch that would retry, and the methods only it
 * calls (which errors to retry, how long to wait, the Retry-After header, the sleep), never run. They go (about
 * 0.5 KB minified); the build fails if the sync ever asks the SDK to retry.
 */
const retryBranchRe =
  /\n {16}if \(attempt < __classPrivateFieldGet\(this, _Client_maxRetries, "f"\) && this\.canRetry\(error, method\)\) \{\n[\s\S]*?\n {20}continue;\n {16}\}/;

async function dropRetries(code) {
  if (!/\bretry: false,/.test(await readFile('notion-sync/client.ts', 'utf8'))) fail('the sync no longer builds its client with retry: false');
  if (!retryBranchRe.test(code)) fail('no retry branch in executeWithRetry');
  let out = code.replace(retryBranchRe, '');
  for (const opening of ['canRetry(error, method) {', 'calculateRetryDelay(error, attempt) {', 'parseRetryAfterHeader(headers) {', 'sleep(ms) {']) out = dropClassMethod(out, opening);
  for (const name of ['canRetry', 'calculateRetryDelay', 'parseRetryAfterHeader', 'sleep']) {
    if (new RegExp(`\\bthis\\.${name}\\(`).test(out)) fail(`${name} is still called`);
  }
  // With nothing left to read them, the constructor's retry settings go too.
  const settings = /\n {8}if \(\(options === null \|\| options === void 0 \? void 0 : options\.retry\) === false\) \{\n[\s\S]*?\n {8}else \{\n[\s\S]*?\n {8}\}(?=\n {4}\})/;
  if (!settings.test(out)) fail('no retry settings in the constructor');
  out = out.replace(settings, '');
  for (const field of ['_Client_maxRetries', '_Client_initialRetryDelayMs', '_Client_maxRetryDelayMs']) {
    if (out.includes(`__classPrivateFieldGet(this, ${field}`)) fail(`${field} is still read`);
  }
  return out;
}

/**
 * A request's own `auth` may be an OAuth client's id and secret (sent as Basic, built with Node's Buffer); only the
 * OAuth endpoints take one, and they are dropped, and the sync gives the client its token once. The branch goes
 * (about 0.1 KB minified); the build fails if the sync or the plugin ever passes an `auth` of its own.
 */
async function dropOauthAuth(code) {
  for (const dir of ['notion-sync', 'obsidian-plugin']) {
    for (const file of await readdir(dir)) {
      if (!file.endsWith('.ts')) continue;
      const text = await readFile(path.join(dir, file), 'utf8');
      const auths = text.match(/\bauth:/g)?.length ?? 0;
      if (auths > (dir === 'notion-sync' && file === 'client.ts' && text.includes('auth: token,') ? 1 : 0)) fail(`${dir}/${file} passes an auth of its own`);
    }
  }
  const branch = /\n {8}if \(typeof auth === "object"\) \{\n[\s\S]*?Buffer\.from[\s\S]*?\n {8}\}/;
  if (!branch.test(code)) fail('no OAuth branch in buildAuthHeader');
  return code.replace(branch, '');
}

/**
 * Node's `agent` (an HTTP agent for a proxy) means nothing to the plugin's fetch, and the sync never gives one: the
 * option is no longer kept or handed to fetch (about 0.1 KB minified); the build fails if the sync names an agent.
 */
async function dropAgent(code) {
  for (const file of await readdir('notion-sync')) {
    if (file.endsWith('.ts') && /\bagent\b/.test(await readFile(path.join('notion-sync', file), 'utf8'))) fail(`notion-sync/${file} names an agent`);
  }
  const kept = '\n        __classPrivateFieldSet(this, _Client_agent, options === null || options === void 0 ? void 0 : options.agent, "f");';
  const handed = '\n            agent: __classPrivateFieldGet(this, _Client_agent, "f"),';
  if (!code.includes(kept) || !code.includes(handed)) fail('the client no longer keeps an agent as it did');
  const out = code.replace(kept, '').replaceAll(handed, '');
  if (out.includes('__classPrivateFieldGet(this, _Client_agent')) fail('the agent is still read');
  return out;
}

/**
 * The sync always gives the client its own logger (notion-sync/client.ts, which redacts the token), so the SDK's
 * console logger, its default, is never made: the default and the function go (about 0.1 KB minified); the build
 * fails if the sync stops passing a logger.
 */
const consoleDefault = '(_b = options === null || options === void 0 ? void 0 : options.logger) !== null && _b !== void 0 ? _b : (0, logging_1.makeConsoleLogger)(package_json_1.name)';
async function dropConsoleLogger(code) {
  if (!/\n {4}logger,\n/.test(await readFile('notion-sync/client.ts', 'utf8'))) fail('the sync no longer gives the client a logger');
  if (!code.includes(consoleDefault)) fail('no console logger default in the constructor');
  return code.replace(consoleDefault, 'options.logger');
}
function dropMakeConsoleLogger(code) {
  const fn = /\nfunction makeConsoleLogger\(name\) \{\n[\s\S]*?\n\}/;
  if (!fn.test(code) || !code.includes('\nexports.makeConsoleLogger = makeConsoleLogger;')) fail('no makeConsoleLogger in logging.js');
  return code.replace(fn, '').replace('\nexports.makeConsoleLogger = makeConsoleLogger;', '');
}

/**
 * The plugin gives the sync no logger (obsidian-plugin/ never names one), so every line the SDK logs is thrown away
 * by the sync's own logger: the calls, the methods that only they use (the request id, the warning about unknown
 * parameters) and the helpers behind them go (about 1 KB minified). The build fails if the plugin ever names a
 * logger, or if a log call is left.
 */
async function dropLogging(code) {
  for (const file of await readdir('obsidian-plugin')) {
    if (file.endsWith('.ts') && /\blogger\b/.test(await readFile(path.join('obsidian-plugin', file), 'utf8'))) fail(`obsidian-plugin/${file} names a logger`);
  }
  const calls = [
    '\n        this.log(logging_1.LogLevel.INFO, "request start", { method, path });',
    '\n                this.logRequestError(error, attempt);',
    '\n        this.warnUnknownParams(args, endpoint);',
  ];
  let out = code;
  for (const call of calls) {
    if (!out.includes(call)) fail(`no log call ${call.trim()}`);
    out = out.replace(call, '');
  }
  const success = /\n {8}this\.log\(logging_1\.LogLevel\.INFO, "request success", \{[\s\S]*?\n {8}\}\);/;
  if (!success.test(out)) fail('no "request success" log');
  out = out.replace(success, '');
  for (const opening of ['logRequestError(error, attempt) {', 'extractRequestId(obj) {', 'warnUnknownParams(args, endpoint) {', 'log(level, message, extraInfo) {']) out = dropClassMethod(out, opening);
  if (/\bthis\.(?:log|logRequestError|extractRequestId|warnUnknownParams)\(/.test(out)) fail('a log call is left');
  return out;
}
/** What only the dropped log calls used: logging.js's severity order and utils.js's unknown parameters. */
function dropLogHelpers(code, name) {
  const fn = new RegExp(`\\nfunction ${name}\\([^)]*\\) \\{\\n[\\s\\S]*?\\n\\}`);
  const exported = `\nexports.${name} = ${name};`;
  if (!fn.test(code) || !code.includes(exported)) fail(`no ${name}`);
  return code.replace(fn, '').replace(exported, '');
}

/**
 * Every endpoint method of the Client has the same body (check the arguments, then `this.request` with the endpoint's
 * path, method, query, body and auth); the kept methods call that body once, written as a method of its own, instead
 * of nine copies (about 1.4 KB minified). The same statements, in the same order: only where they are written moves.
 */
const endpointMethodRe =
  /\(args\) => \{\n {16}this\.warnUnknownParams\(args, api_endpoints_1\.(\w+)\);\n {16}return this\.request\(\{\n {20}path: api_endpoints_1\.\1\.path\((args)?\),\n {20}method: api_endpoints_1\.\1\.method,\n {20}query: \(0, utils_1\.pick\)\(args, api_endpoints_1\.\1\.queryParams\),\n {20}body: \(0, utils_1\.pick\)\(args, api_endpoints_1\.\1\.bodyParams\),\n {20}auth: args === null \|\| args === void 0 \? void 0 : args\.auth,\n {16}\}\);\n {12}\}/g;
const sharedEndpointMethod = `
    ftEndpoint(endpoint, args, pathTakesArgs) {
        this.warnUnknownParams(args, endpoint);
        return this.request({
            path: pathTakesArgs ? endpoint.path(args) : endpoint.path(),
            method: endpoint.method,
            query: (0, utils_1.pick)(args, endpoint.queryParams),
            body: (0, utils_1.pick)(args, endpoint.bodyParams),
            auth: args === null || args === void 0 ? void 0 : args.auth,
        });
    }
    async request(args) {`;

function shareEndpointBody(code) {
  let methods = 0;
  let out = code.replace(endpointMethodRe, (_m, endpoint, pathArgs) => {
    methods++;
    return `(args) => this.ftEndpoint(api_endpoints_1.${endpoint}, args, ${pathArgs ? 'true' : 'false'})`;
  });
  if (methods < keptFamilies.length) fail(`only ${methods} endpoint methods have the shared body`);
  if (!out.includes('\n    async request(args) {')) fail('no request method');
  out = out.replace('\n    async request(args) {', sharedEndpointMethod);
  // Every call of this.request is now the shared body's: a method of another shape would still hold its own.
  if (out.split('this.request(').length - 1 !== 1) fail('an endpoint method has a body of another shape');
  return out;
}

/**
 * Form data: only file uploads send it (a dropped family), so no kept endpoint has `formDataParams` and `request`'s
 * `buildFormData` always returns nothing. The method goes and `request` sends its JSON body alone (about 0.2 KB
 * minified); the build fails if a kept endpoint description ever names form data.
 */
async function dropFormData(code) {
  for (const name of keptEndpoints) {
    if ((await readFile(path.resolve(`node_modules/@notionhq/client/build/src/api-endpoints/${name}.js`), 'utf8')).includes('formDataParams')) fail(`the ${name} endpoints send form data`);
  }
  const call = '\n        const formData = this.buildFormData(formDataParams, headers);';
  const body = 'body: bodyAsJsonString !== null && bodyAsJsonString !== void 0 ? bodyAsJsonString : formData,';
  if (!code.includes(call) || !code.includes(body)) fail('request no longer builds form data as it did');
  const out = dropClassMethod(code.replace(call, '').replace(body, 'body: bodyAsJsonString !== null && bodyAsJsonString !== void 0 ? bodyAsJsonString : undefined,'), 'buildFormData(formDataParams, headers) {');
  if (/\bbuildFormData\b|\bformData\b/.test(out)) fail('form data is still built');
  return out;
}

/**
 * errors.js writes the API's error codes out twice: the codes of an HTTP response error (the client's own
 * "response error" and every API code), and the API codes alone. The second is made from the first, less the
 * client's code (about 0.3 KB minified); the build fails unless the two lists are those exactly.
 */
function shareErrorCodes(code) {
  const block = (name) => {
    const m = new RegExp(`\\nconst ${name} = \\{\\n([^}]*)\\n\\};`).exec(code);
    if (!m) fail(`no ${name} in errors.js`);
    return m;
  };
  const http = block('httpResponseErrorCodes');
  const api = block('apiErrorCodes');
  const own = '    [ClientErrorCode.ResponseError]: true,';
  if (http[1].split('\n').filter((line) => line !== own).join('\n') !== api[1] || !http[1].includes(own)) fail('the two lists of error codes differ');
  return code.replace(api[0], '\nconst apiErrorCodes = { ...httpResponseErrorCodes };\ndelete apiErrorCodes[ClientErrorCode.ResponseError];');
}

/**
 * TypeScript's CommonJS preamble in each SDK module: `exports.A = exports.B = … = void 0;`, which declares the names
 * before the module assigns them, and the `__esModule` mark, which only a default import reads (the plugin imports
 * Client.js's default, so Client.js keeps it; the endpoint barrel's __exportStar reads it only for exports that are
 * getters, and no bundled module has one). Both go (about 1.1 KB minified), and so does each module's "use strict". The build fails if a declared name is
 * never assigned and is not a description cut above, or if a module exports a getter.
 */
const voidChainRe = /^exports\.\w+ = (?:exports\.\w+ = )*void 0;\n/m;
const esModuleLine = 'Object.defineProperty(exports, "__esModule", { value: true });\n';

export function dropPreamble(code, file) {
  const cut = new Set(Object.values(droppedEndpoints).flat());
  let out = code.replace(voidChainRe, (line, at) => {
    const rest = code.slice(at + line.length);
    for (const [, name] of line.matchAll(/exports\.(\w+) =/g)) {
      if (!cut.has(name) && !rest.includes(`exports.${name} = `)) fail(`${file} declares ${name} and never assigns it`);
    }
    return '';
  });
  if (/Object\.defineProperty\(exports, "(?!__esModule")/.test(out)) fail(`${file} exports a getter`);
  if (path.basename(file) !== 'Client.js') {
    if (!out.includes(esModuleLine)) fail(`${file} has no __esModule mark`);
    out = out.replace(esModuleLine, '');
  }
  // Each module's "use strict" says again what main.js says once at its top (the plugin's build checks it does).
  return out.replace(/^"use strict";\n/, '');
}

export function slimNotionSdk() {
  return {
    name: 'slim-notion-sdk',
    setup(build) {
      // The SDK's entry re-exports everything (webhooks with their require("crypto"), helpers, …): take only what the engine imports.
      build.onResolve({ filter: /^@notionhq\/client$/ }, () => ({ path: path.resolve('obsidian-plugin/notion-sdk.ts') }));
      build.onLoad({ filter: /[\\/]@notionhq[\\/]client[\\/]build[\\/]src[\\/]Client\.js$/ }, async (args) => {
        let code = await readFile(args.path, 'utf8');
        for (const name of droppedFamilies) code = dropFamily(code, name);
        for (const [family, names] of Object.entries(droppedMethods)) for (const name of names) code = dropMethod(code, family, name);
        code = code.replace(/\n {8}this\.search = \(args\) => \{[\s\S]*?\n {8}\};/, '');
        if (code.includes('meeting_notes_1.') || code.includes('this.search')) fail('meeting notes or search are still referenced');
        code = code.replace(/\nconst meeting_notes_1 = require\("\.\/api-endpoints\/meeting-notes"\);/, '');
        code = dropStreams(code);
        code = await dropRetries(code);
        code = await dropFormData(code);
        code = await dropOauthAuth(code);
        code = await dropAgent(code);
        code = await dropConsoleLogger(code);
        code = shareEndpointBody(code);
        code = await dropLogging(code);
        // The version for the user agent, without the SDK's whole package.json.
        const { version } = JSON.parse(await readFile(path.join(path.dirname(args.path), '../../package.json'), 'utf8'));
        const before = code;
        code = code.replace('require("../package.json")', JSON.stringify({ version }));
        if (code === before) fail('no package.json require');
        for (const name of keptFamilies) if (!code.includes(`this.${name} = {`)) fail(`family ${name} is missing`);
        for (const name of Object.values(droppedEndpoints).flat()) if (code.includes(`api_endpoints_1.${name}`)) fail(`${name} is still called`);
        return { contents: dropPreamble(code, args.path), loader: 'js' };
      });
      build.onLoad({ filter: /[\\/]@notionhq[\\/]client[\\/]build[\\/]src[\\/]api-endpoints[\\/](?:pages|data-sources|databases|users)\.js$/ }, async (args) => {
        let code = await readFile(args.path, 'utf8');
        for (const name of droppedEndpoints[path.basename(args.path, '.js')] ?? []) {
          const start = code.indexOf(`\nexports.${name} = {`);
          const end = code.indexOf('\n};', start + 1);
          if (start < 0 || end < 0) fail(`no endpoint ${name}`);
          code = code.slice(0, start) + code.slice(end + '\n};'.length);
        }
        return { contents: dropPreamble(code, args.path), loader: 'js' };
      });
      build.onLoad({ filter: /[\\/]@notionhq[\\/]client[\\/]build[\\/]src[\\/]errors\.js$/ }, async (args) => ({
        contents: dropPreamble(shareErrorCodes(await readFile(args.path, 'utf8')), args.path),
        loader: 'js',
      }));
      build.onLoad({ filter: /[\\/]@notionhq[\\/]client[\\/]build[\\/]src[\\/]api-endpoints\.js$/ }, async (args) => {
        const code = await readFile(args.path, 'utf8');
        const kept = code.replace(/__exportStar\(require\("\.\/api-endpoints\/([a-z-]+)"\), exports\);\n?/g, (line, name) => (keptEndpoints.includes(name) ? line : ''));
        for (const name of keptEndpoints) if (!kept.includes(`"./api-endpoints/${name}"`)) fail(`no endpoint module ${name}`);
        return { contents: dropPreamble(kept, args.path), loader: 'js' };
      });
      build.onLoad({ filter: /[\\/]@notionhq[\\/]client[\\/]build[\\/]src[\\/]logging\.js$/ }, async (args) => ({
        contents: dropPreamble(dropLogHelpers(dropMakeConsoleLogger(await readFile(args.path, 'utf8')), 'logLevelSeverity'), args.path),
        loader: 'js',
      }));
      build.onLoad({ filter: /[\\/]@notionhq[\\/]client[\\/]build[\\/]src[\\/]utils\.js$/ }, async (args) => ({
        contents: dropPreamble(dropLogHelpers(await readFile(args.path, 'utf8'), 'getUnknownParams'), args.path),
        loader: 'js',
      }));
      // Every other module of the SDK the plugin bundles (logging, utils, constants, common, …): only its preamble goes.
      build.onLoad({ filter: /[\\/]@notionhq[\\/]client[\\/]build[\\/]src[\\/].*\.js$/ }, async (args) => ({
        contents: dropPreamble(await readFile(args.path, 'utf8'), args.path),
        loader: 'js',
      }));
    },
  };
}
