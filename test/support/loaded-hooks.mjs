// Module hooks for a child process (see loaded-register.mjs): every file the
// process loads is appended, as a file: URL, to the file FT_LOADED_LOG names.
import { appendFileSync } from 'node:fs';

export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && process.env.FT_LOADED_LOG) appendFileSync(process.env.FT_LOADED_LOG, `${url}\n`);
  return nextLoad(url, context);
}
