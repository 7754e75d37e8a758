// Every stage, in the order of the flow: text -> spans -> entities/dates -> claims -> events -> record.
export { ingest } from './ingest/index.js';
export { tokens } from './tokens/index.js';
export { entities } from './entities/index.js';
export { dates } from './dates/index.js';
export { claims } from './claims/index.js';
export { events } from './events/index.js';
export { record } from './record/index.js';
