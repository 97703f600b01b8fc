// Follow Through's core: Markdown text in, commitments, findings and (later)
// tracking out. No IO, no clock, no Obsidian or Notion: adapters pass those in.

export { parseNote, mayHoldCommitments, findPlaces, defaultHeadings, ownLines, shortLabel, headingMatcher } from './note.js';
export type { ParseOptions, ReadNote, CommitmentPlace } from './note.js';
export { readCommitment, normalizeText, splitSentences } from './commitment/read.js';
export type { Reading } from './commitment/read.js';
export { parseCadenceText, describeCadence } from './commitment/cadence.js';
export { extractFields, fieldAliases } from './commitment/fields.js';
export type { Field, FieldName } from './commitment/fields.js';
export { commitmentId } from './commitment/id.js';
export { fnv1a, hashText } from './hash.js';
export { readFrontmatter, readDate, frontmatterKeys, defaultMeta } from './frontmatter.js';
export type { YamlParser } from './frontmatter.js';
export { wording } from './findings/wording.js';
export type { FindingWording } from './findings/wording.js';
export { scanNote } from './markdown/scan.js';
export type { ScannedNote, ScannedListItem, ScannedHeading, ScannedSection, ScannedBlock } from './markdown/scan.js';
export { splitLines } from './markdown/lines.js';
export { decodeNote, encodingAdvice } from './markdown/encoding.js';
export type { DecodedNote, EncodingProblem } from './markdown/encoding.js';
export { planTrack, planTrackNote, readTracking, readCommitmentTracking } from './tracking/track.js';
export { promptLines, itemKeyText, parseItemKey, markerOf } from './tracking/written.js';
export type { ItemKey } from './tracking/written.js';
export { planUntrack, planUntrackText } from './tracking/untrack.js';
export type { UntrackPlan } from './tracking/untrack.js';
export type { TrackOptions, TrackPlan, Tracking, PeriodRecord, Pattern, TrackingEnd, EndReason, TrackingRecord } from './tracking/track.js';
export { defaultHorizonWeeks } from './tracking/track.js';
export { readDeadline } from './commitment/deadline.js';
export type { Deadline } from './commitment/deadline.js';
export { applyEdits, describeEdits, eolOf } from './tracking/edit.js';
export type { Edit } from './tracking/edit.js';
export { findMarks, itemState, answerLabel } from './tracking/marks.js';
export { taskStatusesFrom, tasksSettingsPath } from './tracking/task-statuses.js';
export type { TaskStatuses } from './tracking/task-statuses.js';
export type { Marks, MarkedItem, MarkedPrompt, ItemState } from './tracking/marks.js';
export { plannedItems, trackedCadence, periodHolding } from './tracking/schedule.js';
export type { Period, PlannedItem } from './tracking/schedule.js';
export { supersededBy } from './tracking/sessions.js';
export { planPull, inertLines } from './tracking/pull.js';
export type { TickChange, AnswerChange, PullProblem } from './tracking/pull.js';
export { dayLabel, addDays, weekStartOf, isoWeekLabel, localDate } from './tracking/dates.js';
export { reflectionPrompt } from './reflection/prompt.js';
export type { Prompt, PromptInput, Tone } from './reflection/prompt.js';
export { weeklyMessages, lastClosedWeek, clientOf, maxMessageLength } from './report/weekly.js';
export { clientNameKey } from './client.js';
export type { TrackedNote, WeeklyMessage, CommitmentFigures } from './report/weekly.js';
export { reviewAgenda, describeEnd, endQuestion } from './report/review.js';
export type { Line } from './markdown/lines.js';
export {
  Cadence,
  Commitment,
  CommitmentKind,
  CopingPlan,
  Diagnostic,
  DiagnosticCode,
  Finding,
  FindingCode,
  IfMissed,
  NoteMeta,
  ParsedNote,
  PeriodStatus,
  Severity,
  WeekStart,
} from './schema.js';
