// The output record, defined once. Types are inferred; `newsevents schema` prints the JSON Schema.
import { z } from 'zod';

export const Span = z.object({
  start: z.number().int().nonnegative().describe('UTF-16 offset into the original text, inclusive'),
  end: z.number().int().nonnegative().describe('UTF-16 offset into the original text, exclusive'),
});
export type Span = z.infer<typeof Span>;

export const TextSpan = Span.extend({ text: z.string().describe('original.slice(start, end)') });
export type TextSpan = z.infer<typeof TextSpan>;

export const Article = z.object({
  id: z.string().describe('given by the input, else the file name stem, else derived from the text'),
  title: z.string().nullable(),
  publishedAt: z.string().nullable().describe('publication date as given (ISO 8601), or null'),
  referenceDate: z.string().nullable().describe('YYYY-MM-DD the dates were resolved against, or null'),
  referenceSource: z.enum(['publishedAt', 'dateline', 'option', 'none']),
  url: z.string().nullable(),
  source: z.string().nullable(),
  textLength: z.number().int().nonnegative(),
});
export type Article = z.infer<typeof Article>;

export const EntityType = z.enum(['person', 'organization', 'location', 'law']);
export const Sector = z.enum(['government', 'military', 'business', 'media', 'civil', 'international', 'judicial', 'other']);
export const MentionKind = z.enum(['name', 'acronym', 'surname', 'title', 'pronoun', 'demonym', 'nominal']);
export type MentionKind = z.infer<typeof MentionKind>;

export const Mention = TextSpan.extend({ kind: MentionKind });
export type Mention = z.infer<typeof Mention>;

export const Entity = z.object({
  id: z.string().describe('stable: derived from type and canonical name, the same across articles'),
  type: EntityType,
  subtype: z.string().nullable().describe('official, agency, company, media, international, government, country, city, region, law, ...'),
  name: z.string().describe('canonical name'),
  title: z.string().nullable().describe('title or role, for officials'),
  affiliation: z.string().nullable().describe('country or organization an official serves, as named'),
  countryCode: z.string().length(3).nullable().describe('ISO 3166-1 alpha-3'),
  sector: Sector.nullable(),
  rule: z.string().describe('which rule or lexicon entry decided the type'),
  mentions: z.array(Mention).min(1),
});
export type Entity = z.infer<typeof Entity>;

export const DateType = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);
export const DateItem = TextSpan.extend({
  id: z.string(),
  type: DateType,
  value: z.string().describe('TimeML value: 2019-04-03, 2019-W14, 2017, PAST_REF, P2W, XXXX-WXX-3 ...'),
  rule: z.string(),
});
export type DateItem = z.infer<typeof DateItem>;

export const SpeakerKind = z.enum(['named', 'anonymous', 'document', 'media', 'group', 'pronoun']);
export const Claim = z.object({
  id: z.string(),
  speaker: TextSpan.extend({ entityId: z.string().nullable(), kind: SpeakerKind }).nullable()
    .describe('null when the text names no one: "the convention is expected to draw 50,000 delegates"'),
  cue: TextSpan,
  content: TextSpan.extend({
    fragments: z.array(TextSpan).min(2).optional()
      .describe('the pieces of the content around its own attribution when that attribution interrupts it ("A," he said, "B."): absent when the content is one piece'),
  }),
  parentId: z.string().nullable().describe('the claim this one is nested in'),
  dateId: z.string().nullable(),
  quoted: z.boolean().describe('content is a direct quotation'),
  rule: z.string(),
});
export type Claim = z.infer<typeof Claim>;

export const PloverType = z.enum([
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE',
  'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
]);
export type PloverType = z.infer<typeof PloverType>;

export const Participant = z.object({
  entityId: z.string().nullable(),
  text: z.string(),
  countryCode: z.string().length(3).nullable().describe('ISO 3166-1 alpha-3 of the country the participant acts for; IGO or IMG (PLOVER codes) for officers of international organizations and leaders of armed groups known by name'),
  sector: Sector.nullable(),
});
export const Event = z.object({
  id: z.string(),
  type: PloverType,
  mode: z.string().nullable(),
  context: z.string().nullable(),
  trigger: TextSpan,
  actor: z.array(z.string()).describe('entity ids'),
  recipient: z.array(z.string()).describe('entity ids'),
  actors: z.array(Participant),
  recipients: z.array(Participant),
  dateId: z.string().nullable(),
  placeId: z.string().nullable(),
  claimId: z.string().nullable(),
  sentence: Span,
  negated: z.boolean().describe('the trigger is denied ("did not attack"); a refusal read as REJECT ("did not accept") is not'),
  hypothetical: z.boolean().describe('the event is conditional or considered ("could impose", "if they attack")'),
  rule: z.string(),
});
export type Event = z.infer<typeof Event>;

export const Severity = z.enum(['info', 'warning', 'error']);
export const Warning = z.object({
  code: z.string().describe('fixed code, e.g. dates/no-reference-date; listed in README'),
  severity: Severity,
  stage: z.string(),
  message: z.string(),
  span: Span.optional(),
});
export type Warning = z.infer<typeof Warning>;

export const NewsRecord = z.object({
  article: Article,
  entities: z.array(Entity),
  dates: z.array(DateItem),
  claims: z.array(Claim),
  events: z.array(Event),
  warnings: z.array(Warning),
});
export type NewsRecord = z.infer<typeof NewsRecord>;

export const ErrorRecord = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
  input: z.object({ path: z.string().nullable(), line: z.number().int().nullable(), id: z.string().nullable() }),
});
export type ErrorRecord = z.infer<typeof ErrorRecord>;

/** What an article looks like on input (a JSONL line, or a .txt file with its metadata). */
export const ArticleInput = z.object({
  id: z.string().optional(),
  text: z.string(),
  title: z.string().nullish(),
  publishedAt: z.string().nullish(),
  url: z.string().nullish(),
  source: z.string().nullish(),
});
export type ArticleInput = z.infer<typeof ArticleInput>;

export function jsonSchema(): unknown {
  return {
    $id: 'https://newsevents.dev/schema/record.json',
    ...z.toJSONSchema(z.union([NewsRecord, ErrorRecord]), { target: 'draft-2020-12' }),
  };
}
