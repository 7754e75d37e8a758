// Loading development data and running the pipeline on it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractSync } from '../../extract.js';
import type { NewsRecord } from '../../schema/record.js';
import { prf, type Counts } from '../metrics.js';
import type { DiffItem, EvalOptions, ScoreRow, SetResult } from '../types.js';

export class MissingData extends Error {}

export function loadJson<T>(dataDir: string, file: string): T {
  const path = join(dataDir, file);
  if (!existsSync(path)) throw new MissingData(`${path} not found`);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function run(id: string, text: string, publishedAt?: string | null): NewsRecord {
  return extractSync({ id, text, publishedAt: publishedAt ?? undefined }, { validate: false });
}

export function row(set: string, field: string, measure: string, counts: Counts, note?: string, primary: 'f1' | 'r' = 'f1'): ScoreRow {
  return { set, field, measure, ...prf(counts), ...(note ? { note } : {}), primary };
}

/** Times a set's scoring and hands it the list for its misses when --diff asks for them. */
export function timed(options: EvalOptions, score: (diffs: DiffItem[] | null) => { rows: ScoreRow[]; documents: number }): SetResult {
  const started = performance.now();
  const diffs: DiffItem[] | null = options.diff ? [] : null;
  const { rows, documents } = score(diffs);
  return { rows, diffs: diffs ?? [], documents, seconds: (performance.now() - started) / 1000 };
}
