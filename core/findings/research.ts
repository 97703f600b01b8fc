// The research behind each finding, in plain words: for the README's table (test/findings/research.test.ts holds
// the two together), not for the plugin, which shows a finding's words, not its sources. See
// ../shared/domain/evidence.md.
import type { FindingCode } from '../schema.js';

export const research: Record<FindingCode, string> = {
  'missing-trigger':
    'If-then plans that name the moment to act raise goal attainment well beyond the goal alone (Gollwitzer & Sheeran 2006: 94 tests, d = .65).',
  'vague-trigger':
    'A cue works when it is a concrete situation that already happens; “when I have time” or “if I feel like it” are judgments, not cues (Gollwitzer; Hagger & Luszczynska 2014).',
  'day-without-time':
    'Writing down a date and a time raised follow-through; a date alone did not (Milkman et al. 2011).',
  'missing-coping-plan':
    'Coping plans (“if obstacle, then …”) add to action plans, and matter more as a change goes on (Sniehotta et al. 2005, 2006).',
  'vague-intention':
    'Specific goals lead to more action than “do your best” (Locke & Latham, about 400 studies).',
  'outcome-goal':
    'Tracking what you do changes what you do; outcome goals hang on things you cannot control (Harkin et al. 2016, 138 studies; Kingston & Hardy 1997).',
  'negated-action':
    '“Then I will not …” plans can strengthen the habit they target; a replacement act works better (Adriaanse et al. 2011).',
  'homework-language':
    'For many people the word “homework” carries a dread tied to evaluation and control (the accountability article).',
  'unclear-act':
    'One specific plan per goal works; several plans for one goal interfere, and a plan that is hard to pick out is hard to act on (de Vet et al. 2011; Verhoeven et al. 2013).',
  'not-english':
    'The reader knows English phrasing only; advice built from a misreading would mislead, so it gives none.',
  'too-many-commitments':
    'Specific plans work; many plans at once interfere with each other (Dalton & Spiller 2012; Verhoeven et al. 2013).',
};
