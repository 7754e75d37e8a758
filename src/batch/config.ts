// Run configuration that can cross to a worker thread: plain data, turned into extract options on each side.
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ExtractOptions } from '../extract.js';
import { defaultLexicons, extendLexicons, loadLexiconFile } from '../lexicons/index.js';
import type { Pipeline } from '../pipeline/stage.js';
import { PIPELINE_NAMES } from '../../pipelines/names.js';

export interface RunConfig {
  publishedAt?: string;
  maxChars?: number;
  /** User lexicon files (JSON), applied in order over the built-in lexicons. */
  lexiconFiles: string[];
  /** A pipeline name from pipelines/ or a path to a module that default-exports a Pipeline. */
  pipeline: string;
  validate: boolean;
}

/** A problem with the run's options (a lexicon file, a pipeline name): reported as a usage error. */
export class ConfigError extends Error {}

/**
 * Checks the configuration in the main thread before any worker starts: lexicon files parse and extend the
 * built-in lexicons, the pipeline is a built-in name or an existing file. Cheap: loads no NLP model.
 */
export function checkConfig(config: RunConfig): void {
  try {
    let lexicons = defaultLexicons();
    for (const file of config.lexiconFiles) lexicons = extendLexicons(lexicons, loadLexiconFile(file));
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  if (!(PIPELINE_NAMES as readonly string[]).includes(config.pipeline)) {
    if (!/[\\/.]/.test(config.pipeline)) throw new ConfigError(`unknown pipeline "${config.pipeline}"; built-in: ${PIPELINE_NAMES.join(', ')}; or give a path to a .js module`);
    if (!existsSync(resolve(config.pipeline))) throw new ConfigError(`pipeline module ${config.pipeline} not found`);
  }
}

export async function resolvePipeline(nameOrPath: string): Promise<Pipeline> {
  if ((PIPELINE_NAMES as readonly string[]).includes(nameOrPath)) {
    const { pipelines } = await import('../../pipelines/index.js');
    return pipelines[nameOrPath]!;
  }
  if (!/[\\/.]/.test(nameOrPath)) {
    throw new ConfigError(`unknown pipeline "${nameOrPath}"; built-in: ${PIPELINE_NAMES.join(', ')}; or give a path to a .js module`);
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
