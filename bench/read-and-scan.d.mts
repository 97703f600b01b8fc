/** Scan a note's lines once: count lines, list items and headings. */
export function scanLines(text: string): number;
