// Dates only: ingest, tokens and the dates stage (for timeline building and date evaluation).
import { createPipeline } from '../src/pipeline/stage.js';
import { dates, ingest, record, tokens } from '../src/stages/index.js';

export default createPipeline('dates-only', [ingest, tokens, dates, record]);
