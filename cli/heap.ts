// Keeping a long run's memory to what it holds. Reading a vault makes a great
// deal of short-lived garbage (each note's bytes, text and reading), and V8
// lets its heap grow to several times what is live before it collects: at
// 100,000 notes a run that holds under 60 MB peaked at 335 MB. So a run over
// many notes looks at its heap every few hundred notes and collects it once it
// has grown by 15% over what was live last time (and passed a floor below which
// collecting is not worth its time): the peak follows what is held, not what
// was thrown away.
import v8 from 'node:v8';
import vm from 'node:vm';

/** Below this much heap in use, a run never collects by itself. */
const floorBytes = 32 * 1024 * 1024;

/**
 * How much what is held may grow before the next collection: 15%. A quarter let the peak at 100,000 notes sit on the
 * 2 MB-per-1,000-notes target (198–206 MB over six runs here); 15% keeps it at 189–192 MB, for about a sixth more
 * time at that size (16–18 s against 19–21 s on this noisy machine; no difference to see at 10,000 notes).
 */
const grown = 1.15;

/** How many notes go by between looks at the heap. */
const every = 256;

let collector: (() => void) | null | undefined;

/** V8's full collection, made callable once (null where this Node does not allow it: the run then goes on as before). */
function collect(): (() => void) | null {
  if (collector === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      const gc = vm.runInNewContext('gc') as unknown;
      collector = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      collector = null;
    }
  }
  return collector;
}

/** The bytes in use in V8's old generation: what survived, live or not yet collected (the young generation is collected often anyway). */
function oldBytes(): number {
  let used = 0;
  for (const space of v8.getHeapSpaceStatistics()) if (space.space_name !== 'new_space' && space.space_name !== 'code_space') used += space.space_used_size;
  return used;
}

/** Counts a run's notes (or lines written) and collects the heap when what it holds has grown by 15% since the last collection (see above). */
export class HeapKeeper {
  private count = 0;
  private live = 0;

  /** One more note read (or printed). */
  tick(): void {
    if (++this.count % every !== 0) return;
    const used = oldBytes();
    if (used < floorBytes || used < grown * this.live) return;
    const gc = collect();
    if (!gc) return;
    gc();
    this.live = oldBytes();
  }
}
