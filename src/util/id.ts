// Stable ids derived from content, so databases can upsert.
import { createHash } from 'node:crypto';

export function stableId(prefix: string, ...parts: Array<string | number>): string {
  const hash = createHash('sha1').update(parts.join('\u0000')).digest('hex').slice(0, 16);
  return `${prefix}_${hash}`;
}

/** An article's id: the one it was given, else one derived from its text. */
export function articleId(input: { id?: string | null; text: string }): string {
  return input.id ?? stableId('art', input.text);
}
