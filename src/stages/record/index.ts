// Record assembly: the article header and every layer the pipeline produced, in the schema's shape.
import type { Document } from '../../pipeline/document.js';
import type { Stage } from '../../pipeline/stage.js';
import type { NewsRecord } from '../../schema/record.js';

export function assemble(doc: Document): NewsRecord {
  const ingest = doc.ingest;
  const title = doc.meta.title ?? (ingest?.title ? doc.text.slice(ingest.title.start, ingest.title.end) : null);
  return {
    article: {
      id: doc.meta.id,
      title,
      publishedAt: doc.meta.publishedAt,
      referenceDate: ingest?.referenceDate ?? null,
      referenceSource: ingest?.referenceSource ?? 'none',
      url: doc.meta.url,
      source: doc.meta.source,
      textLength: doc.text.length,
    },
    entities: doc.entities ?? [],
    dates: doc.dates ?? [],
    claims: doc.claims ?? [],
    events: doc.events ?? [],
    warnings: doc.warnings,
  };
}

export const record: Stage = {
  name: 'record',
  requires: ['ingest'],
  provides: ['record'],
  run(doc: Document): Partial<Document> {
    return { record: assemble(doc) };
  },
};
