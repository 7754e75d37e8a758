// Run configuration that can cross to a worker thread: plain data, turned into extract options on each side.
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExtractOptions } from '../extract.js';
import { defaultLexicons, extendLexicons, loadLexiconFile } from '../lexicons/index.js';
import type { Pipeline } from '../pipeline/stage.js';
import { pipelines } from '../../pipelines/index.js';

export interface RunConfig {
  publishedAt?: string;
  maxChars?: number;
  /** User lexicon files (JSON), applied in order over the built-in lexicons. */
  lexiconFiles: string[];
  /** A pipeline name from pipelines/ or a path to a module that default-exports a Pipeline. */
  pipeline: string;
  validate: boolean;
}

export async function resolvePipeline(nameOrPath: string): Promise<Pipeline> {
  if (pipelines[nameOrPath]) return pipelines[nameOrPath];
  if (!/[\\/.]/.test(nameOrPath)) {
    throw new Error(`unknown pipeline "${nameOrPath}"; built-in: ${Object.keys(pipelines).join(', ')}; or give a path to a .js module`);
  }
  const url = pathToFileURL(isAbsolute(nameOrPath) ? nameOrPath : resolve(nameOrPath)).href;
  const module = await import(url);
  const pipeline = module.default as Pipeline | undefined;
  if (!pipeline || typeof pipeline.run !== 'function') throw new Error(`${nameOrPath} must default-export a pipeline made by createPipeline`);
  return pipeline;
}

export async function extractOptions(config: RunConfig): Promise<ExtractOptions> {
  let lexicons = defaultLexicons();
  for (const file of config.lexiconFiles) lexicons = extendLexicons(lexicons, loadLexiconFile(file));
  return {
    publishedAt: config.publishedAt,
    maxChars: config.maxChars,
    lexicons,
    pipeline: await resolvePipeline(config.pipeline),
    validate: config.validate,
  };
}
