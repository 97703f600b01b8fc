import { parse } from 'yaml';
import type { TrackOptions } from '../../core/index.js';

/** The YAML parser the CLI uses, for tests of core. */
export const parseYaml = (source: string): unknown => parse(source);

/** Track options for a day, with the CLI's YAML parser. */
export function on(today: string, extra: Partial<TrackOptions> = {}): TrackOptions {
  return { parseYaml, today, ...extra };
}
