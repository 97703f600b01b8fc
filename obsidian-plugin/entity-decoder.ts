// Decode a named character reference (`amp` in `&amp;`) for micromark, in the
// plugin. micromark's own browser decoder sets innerHTML on a scratch element,
// which the community directory refuses, and its plain build carries the whole
// HTML entity table (28 KB). This one asks the platform's own HTML parser, in an
// inert document that is never shown (DOMParser runs no script and loads
// nothing), and remembers each answer. The command line keeps the table build;
// test/plugin/entity-decoder.test.ts holds the two side by side in Chromium.

const known = new Map<string, string | false>();
let parser: DOMParser | undefined;

/** The character(s) a named reference stands for, or false when it is not one. */
export function decodeNamedCharacterReference(value: string): string | false {
  const seen = known.get(value);
  if (seen !== undefined) return seen;
  const reference = `&${value};`;
  parser ??= new DOMParser();
  const character = parser.parseFromString(`<!doctype html><body>${reference}`, 'text/html').body.textContent ?? reference;
  // A reference that may go without its semicolon (`&not`) matches the front of a
  // longer name (`&notit;` reads as `¬it;`): that is no match for the whole name.
  const decoded = (character.endsWith(';') && value !== 'semi') || character === reference ? false : character;
  known.set(value, decoded);
  return decoded;
}
