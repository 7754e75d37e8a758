// The regression guard: no field's F1 may drop below the floor recorded in fixtures/floors.json.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, evaluate, SETS } from '../../src/eval/index.js';
import { ROOT } from '../helpers.js';

const { floors } = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'floors.json'), 'utf8')) as { floors: Record<string, number> };
const report = evaluate();
const scores = new Map(Object.values(report.results).flatMap((r) => r.rows).map((r) => [`${r.set} | ${r.field} | ${r.measure}`, r[r.primary]]));

describe('floors', () => {
  it('cover every set and are real measured values, never 0', () => {
    const sets = new Set(Object.keys(floors).map((k) => k.split(' | ')[0]));
    expect([...sets].sort()).toEqual(Object.keys(SETS).sort());
    for (const [key, value] of Object.entries(floors)) expect({ key, positive: value > 0 }).toEqual({ key, positive: true });
  });

  it('the development data is where the scorer looks for it', () => {
    expect(existsSync(defaultDataDir()) ? Object.keys(report.missing) : []).toEqual([]);
  });

  it.each(Object.entries(floors))('%s >= %d', (key, floor) => {
    const set = key.split(' | ')[0];
    if (report.missing[set]) return; // data not on this machine: nothing to compare
    expect(scores.get(key), `no score for ${key}`).toBeDefined();
    expect(scores.get(key)!).toBeGreaterThanOrEqual(floor);
  });
});
