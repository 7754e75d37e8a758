// A stage declares what it reads and what it adds; createPipeline checks the order once and freezes it.
import type { Document, Layer } from './document.js';

export interface Stage {
  readonly name: string;
  readonly requires: readonly Layer[];
  readonly provides: readonly Layer[];
  /** Returns the layers it adds; never mutates the document it is given. */
  run(doc: Document): Partial<Document>;
}

export interface Pipeline {
  readonly name: string;
  readonly stages: readonly Stage[];
  run(doc: Document): Document;
}

export class PipelineError extends Error {}

export function createPipeline(name: string, stages: readonly Stage[]): Pipeline {
  const available = new Set<Layer>(['warnings']);
  for (const stage of stages) {
    const missing = stage.requires.filter((layer) => !available.has(layer));
    if (missing.length > 0) {
      throw new PipelineError(`pipeline "${name}": stage "${stage.name}" requires ${missing.join(', ')}, which no earlier stage provides`);
    }
    for (const layer of stage.provides) available.add(layer);
  }
  const frozen = Object.freeze([...stages]);
  return Object.freeze({
    name,
    stages: frozen,
    run(doc: Document): Document {
      let current = doc;
      for (const stage of frozen) {
        const layer = stage.run(current);
        const warnings = layer.warnings ? [...current.warnings, ...layer.warnings] : current.warnings;
        current = { ...current, ...layer, warnings };
      }
      return current;
    },
  });
}
