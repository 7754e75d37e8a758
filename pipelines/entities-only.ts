// Entities only: ingest, tokens and the entities stage (for entity lists and NER evaluation).
import { createPipeline } from '../src/pipeline/stage.js';
import { entities, ingest, record, tokens } from '../src/stages/index.js';

export default createPipeline('entities-only', [ingest, tokens, entities, record]);
