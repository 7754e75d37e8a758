// Golden-output snapshots: the full records of the seeds, as fixtures/<id>.record.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extractSync } from '../extract.js';
import { packagePath } from '../util/paths.js';
import { loadFixtures } from './sets/fixtures.js';

export function snapshotPath(id: string): string {
  return packagePath('fixtures', `${id}.record.json`);
}

/** The seeds' records as they are now, serialized the way the snapshots are. */
export function currentSnapshots(): Array<{ id: string; path: string; json: string }> {
  return loadFixtures().map(({ gold, text }) => ({
    id: gold.id,
    path: snapshotPath(gold.id),
    json: `${JSON.stringify(extractSync({ id: gold.id, text, publishedAt: gold.publishedAt }), null, 1)}\n`,
  }));
}

export function updateSnapshots(): string[] {
  const written: string[] = [];
  for (const s of currentSnapshots()) {
    if (existsSync(s.path) && readFileSync(s.path, 'utf8') === s.json) continue;
    writeFileSync(s.path, s.json);
    written.push(s.path);
  }
  return written;
}
