import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './args.js';

/** A note found on disk: where it is, and how to name it to the person. */
export interface NoteFile {
  /** Absolute path. */
  absolute: string;
  /** Path relative to the folder given (or the note's folder), with `/`. */
  relative: string;
}

/** Folders a vault walk never enters. */
function skipFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** Walk `dir` (which sits at `relative` under the folder given, '' for the folder itself), in name order. */
function walk(dir: string, relative: string, out: NoteFile[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // unreadable folder: skip it, as Obsidian would
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  // Paths are put together here rather than by path.relative per note: a vault has thousands. Each
  // note's paths are its folder's (one string for the whole folder) and its name, so a run over a
  // large vault holds each folder's path once, not once per note.
  const dirPrefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
  const inVaultPrefix = relative === '' ? '' : `${relative}/`;
  for (const entry of entries) {
    const full = dirPrefix + entry.name;
    const inVault = inVaultPrefix + entry.name;
    if (entry.isDirectory()) {
      if (!skipFolder(entry.name)) walk(full, inVault, out);
    } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) {
      out.push({ absolute: full, relative: inVault });
    }
  }
}

/** Collect the notes named by the PATHs: a note, or a folder searched recursively for `.md`. */
export function collectNotes(paths: readonly string[], cwd: string): NoteFile[] {
  if (paths.length === 0) throw new UsageError('Give a note or a vault folder, like: follow-through list examples/vault');
  const out: NoteFile[] = [];
  const seen = new Set<string>();
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let stat;
    try {
      stat = statSync(absolute);
    } catch {
      throw new UsageError(`There is no file or folder at "${given}". Check the path, or give a vault folder.`);
    }
    const found: NoteFile[] = [];
    if (stat.isDirectory()) walk(absolute, '', found);
    else found.push({ absolute, relative: path.basename(absolute) });
    for (const note of found) {
      if (seen.has(note.absolute)) continue;
      seen.add(note.absolute);
      out.push(note);
    }
  }
  return out;
}

/** Every note under a folder, by its path relative to the folder (`/`-separated), in path order. */
export function readNoteTexts(dir: string): Record<string, string> {
  return Object.fromEntries(collectNotes([dir], dir).map((note) => [note.relative, readFileSync(note.absolute, 'utf8')]));
}
