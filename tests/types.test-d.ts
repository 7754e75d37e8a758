// The public API's types, inferred from the zod schemas.
import { describe, expectTypeOf, it } from 'vitest';
import { extract, extractSync, createPipeline, type Claim, type Entity, type NewsRecord, type Stage, type Pipeline } from '../src/index.js';

describe('types', () => {
  it('extract returns the record type the schema infers', () => {
    expectTypeOf(extract).returns.resolves.toEqualTypeOf<NewsRecord>();
    expectTypeOf(extractSync).returns.toEqualTypeOf<NewsRecord>();
    expectTypeOf<NewsRecord['claims']>().toEqualTypeOf<Claim[]>();
    expectTypeOf<Entity['type']>().toEqualTypeOf<'person' | 'organization' | 'location' | 'law'>();
    expectTypeOf<NonNullable<Claim['speaker']>['kind']>().toEqualTypeOf<'named' | 'anonymous' | 'document' | 'media' | 'group' | 'pronoun'>();
    // A claim may name no speaker: "The convention is expected to draw 50,000 delegates".
    expectTypeOf<null>().toMatchTypeOf<Claim['speaker']>();
  });

  it('createPipeline takes stages and gives a pipeline', () => {
    expectTypeOf(createPipeline).parameters.toEqualTypeOf<[string, readonly Stage[]]>();
    expectTypeOf(createPipeline).returns.toEqualTypeOf<Pipeline>();
  });
});
