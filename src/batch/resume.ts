// --resume: what an earlier, interrupted run already wrote to the output, so it is not done twice.
import { createReadStream, existsSync, statSync, truncateSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { articleId } from '../util/id.js';
import type { InputItem } from '../io/inputs.js';

/** The key an input is known by in the output: the article id, or the place of a failed input. */
export function inputKey(item: InputItem): string {
  if (item.article) return `id:${articleId(item.article)}`;
  return `ref:${item.ref.path ?? 'stdin'}:${item.ref.line ?? ''}`;
}

/**
 * Reads an output file of an earlier run: the keys of the inputs it holds, with how many times each (a dump may
 * repeat an id). A last line cut off by the interruption is removed from the file, so the run can append after it.
 */
export async function completedKeys(path: string): Promise<Map<string, number>> {
  const keys = new Map<string, number>();
  const add = (key: string) => keys.set(key, (keys.get(key) ?? 0) + 1);
  if (!existsSync(path)) return keys;
  let goodBytes = 0;
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) {
    let value: { article?: { id: string }; error?: unknown; input?: { path: string | null; line: number | null; id: string | null } };
    try {
      value = JSON.parse(line);
    } catch {
      break;
    }
    if (value.article?.id) add(`id:${value.article.id}`);
    else if (value.error && value.input) add(`ref:${value.input.path ?? 'stdin'}:${value.input.line ?? ''}`);
    else break;
    goodBytes += Buffer.byteLength(line) + 1;
  }
  if (goodBytes < statSync(path).size) truncateSync(path, goodBytes);
  return keys;
}
