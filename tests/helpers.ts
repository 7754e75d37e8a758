// Shared test helpers: the seeds, and one analysed document per seed (analysed once per test file).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { analyze, extractSync } from '../src/index.js';
import type { Document } from '../src/pipeline/document.js';
import type { NewsRecord } from '../src/schema/record.js';

export const ROOT = join(import.meta.dirname, '..');
export const SEED_A = '000_a185d4f629436621';
export const SEED_B = '004_ba3efd011fdb170d';
/** The publication dates the golden fixtures assume (the seeds carry none). */
export const SEED_DATES: Record<string, string> = Object.fromEntries(
  [SEED_A, SEED_B].map((id) => [id, JSON.parse(readFileSync(join(ROOT, 'fixtures', `${id}.gold.json`), 'utf8')).publishedAt]),
);

export function seedText(id: string): string {
  return readFileSync(join(ROOT, 'seeds', `${id}.txt`), 'utf8');
}

const temporary: string[] = [];
/** A fresh directory under the system's temporary one, removed when the test file is done. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const docs = new Map<string, Document>();
export function seedDoc(id: string): Document {
  if (!docs.has(id)) docs.set(id, analyze({ id, text: seedText(id), publishedAt: SEED_DATES[id] }));
  return docs.get(id)!;
}

export function seedRecord(id: string): NewsRecord {
  return extractSync({ id, text: seedText(id), publishedAt: SEED_DATES[id] });
}

/** Offsets of the n-th occurrence of `needle` in `text`. */
export function at(text: string, needle: string, nth = 1): { start: number; end: number } {
  let from = -1;
  for (let i = 0; i < nth; i++) {
    from = text.indexOf(needle, from + 1);
    if (from < 0) throw new Error(`"${needle}" occurs fewer than ${nth} times`);
  }
  return { start: from, end: from + needle.length };
}
