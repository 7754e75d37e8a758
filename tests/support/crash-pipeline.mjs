// A pipeline whose worker dies on an article that says CRASH, and never ends one that says HANG: the batch must
// replace the worker (stopping it first) and go on.
import { createPipeline, stages } from '../../dist/src/index.js';

const crash = {
  name: 'crash',
  requires: ['ingest'],
  provides: [],
  run(doc) {
    if (doc.text.includes('CRASH')) process.exit(7);
    if (doc.text.includes('HANG')) for (;;);
    return {};
  },
};

export default createPipeline('crash-test', [stages.ingest, crash, stages.tokens, stages.dates, stages.record]);
