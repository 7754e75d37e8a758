// Compiled forms of lexicons (regexes, sets, tries) are built once per lexicon object and reused.
import type { Lexicons } from './index.js';

const cache = new WeakMap<Lexicons, Map<string, unknown>>();

export function compiled<T>(lexicons: Lexicons, key: string, build: (lexicons: Lexicons) => T): T {
  let forLexicons = cache.get(lexicons);
  if (!forLexicons) cache.set(lexicons, (forLexicons = new Map()));
  if (!forLexicons.has(key)) forLexicons.set(key, build(lexicons));
  return forLexicons.get(key) as T;
}
