// The names of the built-in pipelines, light to import (the pipelines themselves load the NLP models).
export const PIPELINE_NAMES = ['default', 'dates-only', 'entities-only'] as const;
export type PipelineName = (typeof PIPELINE_NAMES)[number];
