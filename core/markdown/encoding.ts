/**
 * Notes are UTF-8, as Obsidian reads and writes them. A note that is not is
 * never decoded into text to be written back: every byte that does not decode
 * would come back as U+FFFD. Core reads bytes here so the command line and the
 * plugin (which checks `Vault.readBinary`) say the same thing.
 */

/** Why a note's bytes are not read as text. */
export type EncodingProblem = 'not-utf8' | 'utf-16';

/** A note's bytes, read as UTF-8 text, or the reason they could not be. */
export type DecodedNote = { text: string; problem?: undefined } | { text?: undefined; problem: EncodingProblem };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Whether the bytes are UTF-16 by their byte-order mark. (Without one, UTF-16 text is either not valid
 * UTF-8, and named as such, or valid UTF-8 with NUL bytes, which is written back byte for byte.)
 */
function looksUtf16(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

/** Read a note's bytes as UTF-8 (a byte-order mark is kept as U+FEFF, so writing it back keeps it). */
export function decodeNote(bytes: Uint8Array): DecodedNote {
  if (looksUtf16(bytes)) return { problem: 'utf-16' };
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    return { problem: 'not-utf8' };
  }
}

/** What to tell the person about a note that is not UTF-8, and how to convert it. */
export function encodingAdvice(problem: EncodingProblem): string {
  const [what, from] = problem === 'utf-16' ? ['it is saved as UTF-16', 'UTF-16'] : ['it is not valid UTF-8 (often a note saved as Latin-1 or Windows-1252)', 'WINDOWS-1252'];
  return `${what}, so Follow Through left it exactly as it was. To track it, save it again as UTF-8 (Save with Encoding › UTF-8 in most editors, or iconv -f ${from} -t UTF-8 "note.md" > "note-utf8.md").`;
}
