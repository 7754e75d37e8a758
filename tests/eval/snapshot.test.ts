// Golden-output snapshots of the seeds' full records. After an intended change: newsevents eval --update-snapshots
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentSnapshots } from '../../src/eval/snapshots.js';

describe.each(currentSnapshots())('snapshot $id', ({ path, json }) => {
  it('matches fixtures/<id>.record.json', () => {
    // Compared as parsed objects, so the diff shows which field moved.
    expect(JSON.parse(json)).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });
});
