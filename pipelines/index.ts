// Named pipelines users can pick with --pipeline NAME (or pass a module path that default-exports a Pipeline).
import type { Pipeline } from '../src/pipeline/stage.js';
import datesOnly from './dates-only.js';
import defaultPipeline from './default.js';
import entitiesOnly from './entities-only.js';
import type { PipelineName } from './names.js';

export const pipelines: Readonly<Record<PipelineName, Pipeline> & Record<string, Pipeline | undefined>> = Object.freeze({
  default: defaultPipeline,
  'dates-only': datesOnly,
  'entities-only': entitiesOnly,
});
