// The default pipeline: every stage. This is what `newsevents extract` runs.
import { createPipeline } from '../src/pipeline/stage.js';
import { claims, dates, entities, events, ingest, record, tokens } from '../src/stages/index.js';

export default createPipeline('default', [ingest, tokens, entities, dates, claims, events, record]);
