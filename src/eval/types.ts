// What a scored set reports: one row per field and measure, plus the misses for --diff.
import type { Prf } from './metrics.js';

export interface ScoreRow extends Prf {
  set: string;
  field: string;
  /** strict, overlap, value, ... */
  measure: string;
  /** What the number means when it is not a plain F1 (accuracy, recall only). */
  note?: string;
  /** The number the floors guard: F1, or recall where precision cannot be judged. */
  primary: 'f1' | 'r';
}

export interface DiffItem {
  set: string;
  document: string;
  field: string;
  kind: 'miss' | 'false-alarm' | 'wrong-value';
  text: string;
  detail?: string;
  sentence: string;
}

export interface SetResult {
  rows: ScoreRow[];
  diffs: DiffItem[];
  documents: number;
  seconds: number;
}

export interface EvalOptions {
  dataDir: string;
  limit?: number;
  diff: boolean;
}
