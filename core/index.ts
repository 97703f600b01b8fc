// Follow Through's core: Markdown text in, commitments, findings and tracking
// out. No IO, no clock, no Obsidian or Notion: adapters pass those in.
//
// This is what the adapters (cli/, obsidian-plugin/, notion-sync/), bench/ and
// examples/ use, and nothing more: test/core/api.test.ts pins every name. Tests
// may import a module's internals from the module itself.

// Reading a note
export { parseNote, readingOf, headingMatcher, defaultHeadings } from './note.js';
export { ReadingCache } from './commitment/reading-cache.js';
export { readSimpleYaml } from './simple-yaml.js';
export { keepReading, optionsKey, readKept } from './kept.js';
export type { KeptHead, KeptReading } from './kept.js';
export type { ParseOptions, ReadNote, NoteDocument } from './note.js';
export { defaultMeta } from './frontmatter.js';
export { scanNote } from './markdown/scan.js';
export { splitLines } from './markdown/lines.js';
export { decodeNote, encodingAdvice } from './markdown/encoding.js';
export type { EncodingProblem } from './markdown/encoding.js';
export { describeCadence } from './commitment/cadence.js';

// Tracking: plans of edits, applied by the adapter
export { planTrack, planTrackNote, readTracking, defaultHorizonWeeks } from './tracking/track.js';
export type { TrackOptions, Tracking, PeriodRecord } from './tracking/track.js';
export { planUntrackText } from './tracking/untrack.js';
export type { UntrackPlan } from './tracking/untrack.js';
export { planPull, inertLines } from './tracking/pull.js';
export type { TickChange, AnswerChange } from './tracking/pull.js';
export { applyEdits, describeEdits } from './tracking/edit.js';
export { findMarks } from './tracking/marks.js';
export { itemKeyText, parseItemKey } from './tracking/written.js';
export { taskStatusesFrom, tasksSettingsPath } from './tracking/task-statuses.js';
export type { TaskStatuses } from './tracking/task-statuses.js';
export { supersededBy } from './tracking/sessions.js';
export { dayLabel, addDays, weekStartOf, localDate } from './tracking/dates.js';

// Reports
export { weeklyMessages, clientOf } from './report/weekly.js';
export type { TrackedNote, WeeklyMessage } from './report/weekly.js';
export { reviewAgenda, describeEnd, endQuestion } from './report/review.js';
export { clientNameKey } from './client.js';
export { hashText } from './hash.js';

// The shapes every adapter shows (schemas whose values the adapters check; the rest as types)
export { commitmentKinds, ifMissedValues, oneOf, periodStatuses, weekStartValues } from './schema.js';
export type { Commitment, Finding, FindingCode, IfMissed, WeekStart } from './schema.js';
