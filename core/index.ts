// Follow Through's core: Markdown text in, commitments, findings and (later)
// tracking out. No IO, no clock, no Obsidian or Notion: adapters pass those in.

export { parseNote, mayHoldCommitments, findPlaces, defaultHeadings } from './note.js';
export type { ParseOptions, ReadNote, CommitmentPlace } from './note.js';
export { readCommitment, normalizeText, splitSentences } from './commitment/read.js';
export type { Reading } from './commitment/read.js';
export { parseCadenceText, describeCadence } from './commitment/cadence.js';
export { extractFields, fieldAliases } from './commitment/fields.js';
export type { Field, FieldName } from './commitment/fields.js';
export { commitmentId } from './commitment/id.js';
export { readFrontmatter, readDate, frontmatterKeys, defaultMeta } from './frontmatter.js';
export type { YamlParser } from './frontmatter.js';
export { wording } from './findings/wording.js';
export type { FindingWording } from './findings/wording.js';
export { scanNote } from './markdown/scan.js';
export type { ScannedNote, ScannedListItem, ScannedHeading, ScannedSection, ScannedBlock } from './markdown/scan.js';
export { splitLines } from './markdown/lines.js';
export type { Line } from './markdown/lines.js';
export {
  Cadence,
  Commitment,
  CopingPlan,
  Diagnostic,
  DiagnosticCode,
  Finding,
  FindingCode,
  IfMissed,
  NoteMeta,
  ParsedNote,
  Severity,
  WeekStart,
} from './schema.js';
