// Scoring against gold: the fixtures and the development sets, one scorer per set.
import { join } from 'node:path';
import { packageRoot } from '../util/paths.js';
import type { EvalOptions, SetResult } from './types.js';
import { MissingData } from './sets/common.js';
import { evalFixtures } from './sets/fixtures.js';
import { evalTimeml } from './sets/timeml.js';
import { evalMeantime } from './sets/meantime.js';
import { evalConll } from './sets/conll.js';
import { evalPolnear } from './sets/polnear.js';
import { evalPlover } from './sets/plover.js';

export type { EvalOptions, ScoreRow, SetResult, DiffItem } from './types.js';
export { prf, spansMatch, matchSpans, countMatches } from './metrics.js';

export const SETS: Record<string, (options: EvalOptions) => SetResult> = {
  fixtures: evalFixtures,
  timeml: evalTimeml,
  meantime: evalMeantime,
  conll: evalConll,
  polnear: evalPolnear,
  plover: evalPlover,
};

export function defaultDataDir(): string {
  return process.env.NEWSEVENTS_DATA ?? join(packageRoot(), '..', 'shared', 'data');
}

export interface EvalReport { results: Record<string, SetResult>; missing: Record<string, string> }

/** Scores the named sets (all by default); a set whose data is absent is reported as missing, not failed. */
export function evaluate(names: readonly string[] = Object.keys(SETS), options: Partial<EvalOptions> = {}): EvalReport {
  const full: EvalOptions = { dataDir: options.dataDir ?? defaultDataDir(), limit: options.limit, diff: options.diff ?? false };
  const report: EvalReport = { results: {}, missing: {} };
  for (const name of names) {
    const scorer = SETS[name];
    if (!scorer) throw new Error(`unknown data set "${name}"; known: ${Object.keys(SETS).join(', ')}`);
    try {
      report.results[name] = scorer(full);
    } catch (error) {
      if (error instanceof MissingData) report.missing[name] = error.message;
      else throw error;
    }
  }
  return report;
}
