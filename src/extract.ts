// The library entry: one article in, one validated record out.
import type { Document, PipelineOptions } from './pipeline/document.js';
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
  const article = ArticleInput.parse(input);
  const pipelineOptions: PipelineOptions = {
    publishedAt: options.publishedAt,
    maxChars: options.maxChars ?? DEFAULT_MAX_CHARS,
    lexicons: options.lexicons ?? defaultLexicons(),
  };
  const doc: Document = {
    text: article.text,
    meta: {
      id: articleId(article),
      title: article.title ?? null,
      publishedAt: article.publishedAt ?? null,
      url: article.url ?? null,
      source: article.source ?? null,
    },
    options: pipelineOptions,
    warnings: [],
  };
  return (options.pipeline ?? defaultPipeline).run(doc);
}

export function extractSync(input: ArticleInput, options: ExtractOptions = {}): NewsRecord {
  const doc = analyze(input, options);
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
