// The document that flows through the pipeline: the original text, untouched, and one layer per stage.
import type { Claim, DateItem, Entity, Event, NewsRecord, Span, Warning } from '../schema/record.js';
import type { Lexicons } from '../lexicons/index.js';

export interface ArticleMeta {
  id: string;
  title: string | null;
  publishedAt: string | null;
  url: string | null;
  source: string | null;
}

export interface PipelineOptions {
  /** Reference date (YYYY-MM-DD) for articles that carry none. */
  publishedAt?: string;
  /** Longest text analysed, in UTF-16 units; the rest is skipped with a warning. */
  maxChars: number;
  lexicons: Lexicons;
}

export interface Token extends Span {
  /** The token as it stands in the text. */
  value: string;
  /** Lower case. */
  lower: string;
  lemma: string;
  pos: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

export interface Sentence extends Span {
  /** Token index range [first, last) in Document.tokens. */
  firstToken: number;
  lastToken: number;
}

export interface IngestLayer {
  /** Same length as the original; web chrome and control characters blanked with spaces, so offsets never move. */
  analysisText: string;
  title: Span | null;
  /** Spans blanked out as web chrome ("Load more", "Tags ...", comment notices). */
  chrome: Span[];
  referenceDate: string | null;
  referenceSource: 'publishedAt' | 'dateline' | 'option' | 'none';
  /** A dateline span found in the text ("March 06, 2008" under the title). */
  dateline: Span | null;
  /** A wire dateline opening the story ("KYIV, Ukraine (AP) — ", "WASHINGTON, March 13 (Reuters) - "): the whole
   *  up to the words after the dash, and the place it was filed from ("KYIV, Ukraine"). */
  wire: { span: Span; place: Span } | null;
}

export interface Document {
  readonly text: string;
  readonly meta: ArticleMeta;
  readonly options: PipelineOptions;
  ingest?: IngestLayer;
  tokens?: Token[];
  sentences?: Sentence[];
  entities?: Entity[];
  /** Per sentence, whether it reports sport: a sentence of sport words or results in an article the entities stage
   *  reads as a sports report (where it reads places as teams). The events stage codes no event there. */
  sports?: boolean[];
  dates?: DateItem[];
  claims?: Claim[];
  events?: Event[];
  record?: NewsRecord;
  warnings: Warning[];
}

export type Layer = keyof Omit<Document, 'text' | 'meta' | 'options'>;
