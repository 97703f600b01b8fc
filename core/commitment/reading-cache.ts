// Readings kept between reads of the same note. An editor reads its note again
// on every keystroke; a keystroke changes one commitment's words at most, so the
// others' readings are taken from here instead of being worked out again.
// Reading is a pure function of the words, so a kept reading is the reading.
import { type Reading, readCommitment } from './read.js';

/** The readings of the last words read, up to `size` of them (the least recently used go first). */
export class ReadingCache {
  private readonly kept = new Map<string, Reading>();

  constructor(private readonly size = 200) {}

  /** The reading of these words: kept, or read now and kept. Each caller gets its own copy, so none can change another's. */
  read(text: string): Reading {
    let reading = this.kept.get(text);
    if (reading) this.kept.delete(text); // kept again below, as the most recent
    else reading = readCommitment(text);
    this.kept.set(text, reading);
    if (this.kept.size > this.size) {
      const oldest = this.kept.keys().next();
      if (!oldest.done) this.kept.delete(oldest.value);
    }
    return structuredClone(reading);
  }
}
