// Public API of the newsevents library.
export { extract, extractSync, extractManySync, analyze, articleId, DEFAULT_MAX_CHARS, type ExtractOptions, type Extracted } from './extract.js';
export { createPipeline, PipelineError, type Pipeline, type Stage } from './pipeline/stage.js';
export type { Document, Token, Sentence, PipelineOptions } from './pipeline/document.js';
export * from './schema/record.js';
export { defaultLexicons, extendLexicons, loadLexiconFile, type Lexicons } from './lexicons/index.js';
export * as stages from './stages/index.js';
export { pipelines } from '../pipelines/index.js';
