// compromise's lexicon (word -> tags, with the inflected forms it works out when it loads), which the gazetteer reads
// for given names, surnames, places and common words. Loading compromise to get it costs a process or worker thread
// about 25 MB of memory and 200 ms, so `npm run build` writes it to a file (scripts/compromise-lexicon.mjs), with the
// version of compromise it came from; the file is read when that version is the one installed, compromise otherwise.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { packagePath } from './paths.js';

export type CompromiseLexicon = Record<string, string | string[]>;
export interface LexiconSnapshot { version: string; lexicon: CompromiseLexicon }

const require = createRequire(import.meta.url);

/** Where the build writes the snapshot. */
export const snapshotPath = () => packagePath('dist', 'compromise-lexicon.json');

/** The installed compromise's version (its package.json is not among its exports: found above its entry file). */
export function compromiseVersion(): string {
  let dir = dirname(require.resolve('compromise'));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const data = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
      if (data.name === 'compromise' && data.version) return data.version;
    }
    if (dirname(dir) === dir) throw new Error('newsevents: cannot find the version of compromise');
    dir = dirname(dir);
  }
}

/** The lexicon from compromise itself: what the snapshot holds. */
export function lexiconSnapshot(): LexiconSnapshot {
  // (Its one-file CommonJS build: the same lexicon, loaded in about half the time of its ES modules.)
  const nlp = require('compromise') as { model(): { one: { lexicon: CompromiseLexicon } } };
  return { version: compromiseVersion(), lexicon: nlp.model().one.lexicon };
}

/** The lexicon: from the build's snapshot when it was made from the compromise installed, else from compromise. */
export function compromiseLexicon(): CompromiseLexicon {
  const path = snapshotPath();
  if (existsSync(path)) {
    const snapshot = JSON.parse(readFileSync(path, 'utf8')) as LexiconSnapshot;
    if (snapshot.version === compromiseVersion()) return snapshot.lexicon;
  }
  return lexiconSnapshot().lexicon;
}
