// Events: PLOVER triggers (lexicon of lemmas) with actor (the entity before the trigger in its clause),
// recipient (the entity after it), date and place from the sentence, and the claim that reports it.
import type { Document, Sentence, Token } from '../../pipeline/document.js';
import type { Stage } from '../../pipeline/stage.js';
import type { Entity, Event, Mention } from '../../schema/record.js';
import { PloverType } from '../../schema/record.js';
import { compiled } from '../../lexicons/compile.js';
import type { Lexicons, Trigger } from '../../lexicons/index.js';
import { stableId } from '../../util/id.js';
import { contains, textSpan } from '../../util/span.js';

interface EventWords { nouns: Set<string>; single: Map<string, Trigger>; multi: Array<{ words: string[]; trigger: Trigger }>; contexts: Array<[string, Set<string>]> }

function eventWords(lexicons: Lexicons): EventWords {
  return compiled(lexicons, 'events/triggers', (lex) => {
    const single = new Map<string, Trigger>();
    const multi: EventWords['multi'] = [];
    for (const [key, trigger] of Object.entries(lex.triggers)) {
      if (!PloverType.safeParse(trigger.type).success) throw new Error(`plover lexicon: "${key}" has unknown type ${trigger.type}`);
      if (key.includes(' ')) multi.push({ words: key.split(' '), trigger });
      else single.set(key, trigger);
    }
    return { nouns: new Set(lex.triggerNouns), single, multi, contexts: Object.entries(lex.eventContexts).map(([name, words]) => [name, new Set(words)] as [string, Set<string>]) };
  });
}

const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'refused', 'declined', 'failed']);
const HYPOTHETICAL = new Set(['would', 'could', 'may', 'might', 'if', 'consider', 'considers', 'considering', 'should', 'can', 'possibility', 'idea', 'plan', 'plans', 'whether']);
const CLAUSE_BREAK = new Set([';', ':', 'that', 'which', 'who', 'because', 'while', 'but', 'after', 'before', 'when']);
const TRIGGER_POS = new Set(['VERB', 'NOUN']);

interface Located { entity: Entity; mention: Mention }

function participant(l: Located) {
  const e = l.entity;
  const sector = e.sector ?? (e.type === 'location' ? 'government' : null);
  return { entityId: e.id, text: l.mention.text, countryCode: e.countryCode, sector };
}

/** Entity mentions of one sentence, left to right; law entities are no actors. */
function sentenceMentions(entities: readonly Entity[], s: Sentence): Located[] {
  const out: Located[] = [];
  for (const entity of entities) {
    if (entity.type === 'law') continue;
    for (const mention of entity.mentions) if (mention.start >= s.start && mention.end <= s.end) out.push({ entity, mention });
  }
  return out.sort((a, b) => a.mention.start - b.mention.start);
}

/** The mention nearest to `from` in one direction, with the mentions coordinated to it by "and" or a comma. */
function coordinated(tokens: readonly Token[], text: string, list: Located[], index: number, step: 1 | -1): Located[] {
  const out = [list[index]];
  for (let k = index + step; k >= 0 && k < list.length; k += step) {
    const [a, b] = step === 1 ? [out[out.length - 1].mention, list[k].mention] : [list[k].mention, out[out.length - 1].mention];
    const between = text.slice(a.end, b.start).trim();
    if (!/^(,|and|, and|&|or|as well as)?$/.test(between)) break;
    out.push(list[k]);
  }
  const seen = new Set<string>();
  return out.filter((l) => !seen.has(l.entity.id) && seen.add(l.entity.id));
}

export const events: Stage = {
  name: 'events',
  requires: ['tokens', 'sentences', 'entities', 'dates', 'claims'],
  provides: ['events'],
  run(doc: Document): Partial<Document> {
    const words = eventWords(doc.options.lexicons);
    const tokens = doc.tokens!;
    const text = doc.text;
    const entities = doc.entities ?? [];
    const out: Event[] = [];
    for (const s of doc.sentences!) {
      const mentions = sentenceMentions(entities, s);
      const found: Array<{ first: number; last: number; trigger: Trigger; verb: boolean }> = [];
      for (let i = s.firstToken; i < s.lastToken; i++) {
        const t = tokens[i];
        const multi = words.multi.find((m) => m.words.every((w, k) => tokens[i + k] && i + k < s.lastToken && (tokens[i + k].lemma === w || tokens[i + k].lower === w)));
        if (multi) { found.push({ first: i, last: i + multi.words.length, trigger: multi.trigger, verb: true }); i += multi.words.length - 1; continue; }
        const trigger = words.single.get(t.lemma) ?? words.single.get(t.lower);
        if (!trigger || !TRIGGER_POS.has(t.pos)) continue;
        if (t.pos === 'NOUN' && !words.nouns.has(t.lower) && !words.nouns.has(t.lemma)) continue;
        // Part of a hyphenated modifier ("Beijing-approved encryption") is no event.
        if (i > s.firstToken && tokens[i - 1].value === '-' && tokens[i - 1].end === t.start) continue;
        // A mention's own word is no trigger ("the Trade Organization").
        if (mentions.some((l) => l.mention.start <= t.start && t.end <= l.mention.end)) continue;
        found.push({ first: i, last: i + 1, trigger, verb: t.pos === 'VERB' });
      }
      // Noun triggers stand only where no verb trigger of the clause does.
      const hasVerb = found.some((f) => f.verb);
      for (const f of found) {
        if (!f.verb && hasVerb) continue;
        const trigger = { start: tokens[f.first].start, end: tokens[f.last - 1].end };
        // Actor: nearest mention before the trigger, not beyond a clause break.
        let actorIndex = -1;
        for (let k = mentions.length - 1; k >= 0; k--) {
          if (mentions[k].mention.end > trigger.start) continue;
          const between = tokens.slice(tokenIndex(tokens, mentions[k].mention.end, s), f.first);
          if (between.some((t) => CLAUSE_BREAK.has(t.lower))) break;
          actorIndex = k;
          break;
        }
        // Places ("in Moscow") are where an event happens, not whom it targets.
        const isPlace = (l: Located) => l.entity.type === 'location' && ['in', 'at', 'near', 'across'].includes(tokens[tokenIndex(tokens, l.mention.start, s) - 1]?.lower ?? '');
        const recipientIndex = mentions.findIndex((l) => l.mention.start >= trigger.end && !isPlace(l));
        const actor = actorIndex >= 0 ? coordinated(tokens, text, mentions, actorIndex, -1) : [];
        const recipient = recipientIndex >= 0 ? coordinated(tokens, text, mentions, recipientIndex, 1).filter((r) => !actor.some((a) => a.entity.id === r.entity.id)) : [];
        const window = tokens.slice(Math.max(s.firstToken, f.first - 4), f.first);
        const negated = window.some((t) => NEGATIONS.has(t.lower));
        const hypothetical = tokens.slice(Math.max(s.firstToken, f.first - 6), f.first).some((t) => HYPOTHETICAL.has(t.lower));
        const date = (doc.dates ?? []).find((d) => d.start >= s.start && d.end <= s.end && (d.type === 'DATE' || d.type === 'TIME'));
        const place = mentions.find(isPlace);
        const claim = (doc.claims ?? []).find((c) => contains(c.content, trigger));
        const lemmas = new Set(tokens.slice(s.firstToken, s.lastToken).map((t) => t.lower));
        const context = f.trigger.context ?? words.contexts.find(([, set]) => [...set].some((w) => lemmas.has(w.toLowerCase())))?.[0] ?? null;
        out.push({
          id: stableId('event', doc.meta.id, f.trigger.type, trigger.start),
          type: f.trigger.type as Event['type'],
          mode: f.trigger.mode ?? null,
          context,
          trigger: textSpan(text, trigger.start, trigger.end),
          actor: actor.map((a) => a.entity.id),
          recipient: recipient.map((r) => r.entity.id),
          actors: actor.map(participant),
          recipients: recipient.map(participant),
          dateId: date?.id ?? null,
          placeId: place?.entity.id ?? null,
          claimId: claim?.id ?? null,
          sentence: { start: s.start, end: s.end },
          negated,
          hypothetical,
          rule: `plover:${text.slice(trigger.start, trigger.end).toLowerCase()}`,
        });
      }
    }
    return { events: out };
  },
};

function tokenIndex(tokens: readonly Token[], offset: number, s: Sentence): number {
  for (let i = s.firstToken; i < s.lastToken; i++) if (tokens[i].start >= offset) return i;
  return s.lastToken;
}
