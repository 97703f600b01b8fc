import { it } from 'vitest';
import { readCommitment } from '../../core/commitment/read.js';
it('debug', () => {
  for (const t of (process.env.T ?? '').split('|||')) {
    const r = readCommitment(t);
    console.log(JSON.stringify({ ...r, clauses: r.clauses.map((c) => [c.role, c.weight, c.cue, c.act, c.evidence]) }, null, 1));
  }
});
