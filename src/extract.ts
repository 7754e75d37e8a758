// The library entry: one article in, one validated record out.
import type { Document } from './pipeline/document.js';
import type { Pipeline } from './pipeline/stage.js';
import { ArticleInput, NewsRecord } from './schema/record.js';
import { defaultLexicons, type Lexicons } from './lexicons/index.js';
import { articleId } from './util/id.js';
import defaultPipeline from '../pipelines/default.js';

export interface ExtractOptions {
  /** Reference date for articles that carry no publishedAt and no dateline (YYYY-MM-DD). */
  publishedAt?: string;
  /** Longest text analysed, in UTF-16 units (default 1,000,000); longer texts are cut with a warning. */
  maxChars?: number;
  lexicons?: Lexicons;
  /** Which stages run (default: pipelines/default). */
  pipeline?: Pipeline;
  /** Check the record against the zod schema (default true). */
  validate?: boolean;
}

export const DEFAULT_MAX_CHARS = 1_000_000;

export { articleId };

/** Runs the pipeline and returns the whole document (every layer), for tools and tests. */
export function analyze(input: ArticleInput, options: ExtractOptions = {}): Document {
  return (options.pipeline ?? defaultPipeline).run(newDocument(input, options));
}

export function extractSync(input: ArticleInput, options: ExtractOptions = {}): NewsRecord {
  return recordOf(analyze(input, options), options);
}

/** One article's outcome in extractManySync: its record, or the error that stopped it. */
export type Extracted = { record: NewsRecord; error?: undefined } | { error: Error; record?: undefined };

/**
 * Extracts many articles at once, stage by stage (faster than one at a time: see Pipeline.runMany). One article's
 * error (bad input, a failing stage, an invalid record) is its outcome; the others are unaffected.
 */
export function extractManySync(inputs: readonly ArticleInput[], options: ExtractOptions = {}): Extracted[] {
  const out: Extracted[] = new Array(inputs.length);
  const docs: Document[] = [];
  const at: number[] = [];
  inputs.forEach((input, i) => {
    try {
      docs.push(newDocument(input, options));
      at.push(i);
    } catch (error) {
      out[i] = { error: error as Error };
    }
  });
  (options.pipeline ?? defaultPipeline).runMany(docs).forEach((doc, k) => {
    try {
      if (doc instanceof Error) throw doc;
      out[at[k]] = { record: recordOf(doc, options) };
    } catch (error) {
      out[at[k]] = { error: error as Error };
    }
  });
  return out;
}

function newDocument(input: ArticleInput, options: ExtractOptions): Document {
  const article = ArticleInput.parse(input);
  return {
    text: article.text,
    meta: {
      id: articleId(article),
      title: article.title ?? null,
      publishedAt: article.publishedAt ?? null,
      url: article.url ?? null,
      source: article.source ?? null,
    },
    options: {
      publishedAt: options.publishedAt,
      maxChars: options.maxChars ?? DEFAULT_MAX_CHARS,
      lexicons: options.lexicons ?? defaultLexicons(),
    },
    warnings: [],
  };
}

function recordOf(doc: Document, options: ExtractOptions): NewsRecord {
  if (!doc.record) throw new Error('the pipeline has no record stage');
  return options.validate === false ? doc.record : NewsRecord.parse(doc.record);
}

/**
 * Extracts one article's record.
 * @example const record = await extract({ text, publishedAt: '2019-04-03' });
 */
export async function extract(input: ArticleInput, options: ExtractOptions = {}): Promise<NewsRecord> {
  return extractSync(input, options);
}
