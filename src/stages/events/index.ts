// Events: PLOVER triggers (lexicon of lemmas) with actor (the entity before the trigger in its clause),
// recipient (the entity after it), date and place from the sentence, and the claim that reports it.
import type { Document, Sentence, Token } from '../../pipeline/document.js';
import type { Stage } from '../../pipeline/stage.js';
import type { Claim, DateItem, Entity, Event, Mention, Span } from '../../schema/record.js';
import { PloverType } from '../../schema/record.js';
import { compiled } from '../../lexicons/compile.js';
import type { Lexicons, Trigger } from '../../lexicons/index.js';
import { pushTo } from '../../util/collections.js';
import { stableId } from '../../util/id.js';
import { ARTICLES, PASSIVE_AUX, POSSESSIVE, contains, firstContaining, isParticiple, isPossessiveS, overlapping, spanIndex, textSpan, tokenAt } from '../../util/span.js';
import { ENDS_ED, ENDS_ING, OPEN_QUOTES } from '../../util/words.js';

interface EventWords {
  light: Set<string>; intent: Set<string>; hypothetical: Set<string>; violence: Set<string>; nouns: Set<string>; single: Map<string, Trigger>;
  multi: Map<string, Array<{ words: string[]; trigger: Trigger }>>; contexts: Contexts;
  /** Each trigger's notBefore phrases, split into words once. */
  notBefore: Map<Trigger, string[][]>;
}
/** The contexts' names in the lexicon's order, and by word the first context that lists it. */
interface Contexts { names: string[]; byWord: Map<string, number> }

function eventWords(lexicons: Lexicons): EventWords {
  return compiled(lexicons, 'events/triggers', (lex) => {
    const single = new Map<string, Trigger>();
    const multi: EventWords['multi'] = new Map();
    const notBefore = new Map<Trigger, string[][]>();
    for (const [key, trigger] of Object.entries(lex.triggers)) {
      for (const type of [trigger.type, trigger.withObject ?? trigger.type, trigger.verbal ?? trigger.type]) if (!PloverType.safeParse(type).success) throw new Error(`plover lexicon: "${key}" has unknown type ${type}`);
      if (trigger.notBefore) notBefore.set(trigger, trigger.notBefore.map((p) => p.split(' ')));
      if (key.includes(' ')) {
        const words = key.split(' ');
        pushTo(multi, words[0], { words, trigger });
      }
      else single.set(key, trigger);
    }
    return { light: new Set(lex.lightVerbs), intent: new Set(lex.intentWords), hypothetical: new Set(lex.hypotheticalWords), violence: new Set(lex.violenceWords), nouns: new Set(lex.triggerNouns), single, multi, contexts: contextsOf(lex.eventContexts), notBefore };
  });
}

// "will visit", "is willing to withdraw", "offered to hand over": an expressed intent (the lexicon's intentWords).
// PLOVER codes intent to cooperate as AGREE and intent to harm as THREATEN.
const COOPERATIVE = new Set(['CONSULT', 'AID', 'RETREAT', 'CONCEDE', 'COOPERATE', 'SUPPORT']);
const HOSTILE = new Set(['REJECT', 'SANCTION', 'ASSAULT', 'COERCE', 'MOBILIZE', 'PROTEST']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'refused', 'declined', 'failed']);
// Verbs that refuse what their infinitive says, in any form: "refuses to negotiate", "will refuse to sign".
const REFUSALS = new Set(['refuse', 'decline']);
const CLAUSE_BREAK = new Set([';', ':', 'that', 'which', 'who', 'because', 'while', 'but', 'after', 'before', 'when']);
const TRIGGER_POS = new Set(['VERB', 'NOUN']);
const OBJECT_POS = new Set(['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ']);

interface Located { entity: Entity; mention: Mention }

/** Office holders' countries by name and alias ("Yeltsin" -> RUS, "Kofi Annan" -> IGO). */
function leaderCountries(lexicons: Lexicons): Map<string, string> {
  return compiled(lexicons, 'events/leaders', (lex) => {
    const out = new Map<string, string>();
    for (const leader of lex.leaders) for (const name of [leader.name, ...leader.aliases]) if (!out.has(name)) out.set(name, leader.countryCode);
    return out;
  });
}

/** "Osama bin Laden's al-Qaeda network", "Romania's new government": the possessor named just before a mention. */
function possessor(text: string, mentions: readonly Located[], l: Located): Located | undefined {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    if (m.mention.end > l.mention.start) continue;
    return /^['’]s(?:\s+[\w-]+){0,3}?,?\s+(?:[a-z]{1,3}-)?$/.test(text.slice(m.mention.end, l.mention.start)) ? m : undefined;
  }
  return undefined;
}

function participant(l: Located, sentenceCountry: string | null, leaders: Map<string, string>, owner?: Located) {
  const e = l.entity;
  const sector = e.sector ?? (e.type === 'location' ? 'government' : null);
  // The country the text states; else the one a known office holder serves ("President Bush"); else the one of
  // the possessor ("Osama bin Laden's al-Qaeda"); else, for people and national bodies, the one country the
  // sentence names ("President Museveni threatened to ban Ugandan opposition candidates").
  const stated = (x: Located) => x.entity.countryCode ?? (x.entity.type === 'person' ? leaders.get(x.entity.name) : undefined) ?? null;
  const domestic = e.type === 'person' || (e.type === 'organization' && e.subtype !== 'international' && e.subtype !== 'ngo' && e.subtype !== 'media');
  const countryCode = stated(l) ?? (owner ? stated(owner) : null) ?? (domestic ? sentenceCountry : null);
  return { entityId: e.id, text: l.mention.text, countryCode, sector };
}

/** Entity mentions by sentence, left to right, in one pass; law entities are no actors. */
function mentionsBySentence(entities: readonly Entity[], sentences: readonly Sentence[]): Located[][] {
  const out: Located[][] = sentences.map(() => []);
  const all: Located[] = [];
  for (const entity of entities) {
    if (entity.type === 'law') continue;
    for (const mention of entity.mentions) all.push({ entity, mention });
  }
  all.sort((a, b) => a.mention.start - b.mention.start);
  let k = 0;
  for (const l of all) {
    while (k < sentences.length && sentences[k].end < l.mention.end) k++;
    if (k < sentences.length && l.mention.start >= sentences[k].start) out[k].push(l);
  }
  return out;
}

/** The mention nearest to `from` in one direction, with the mentions coordinated to it by "and" or a comma. */
function coordinated(tokens: readonly Token[], text: string, list: Located[], index: number, step: 1 | -1): Located[] {
  const out = [list[index]];
  // The edge of the phrase so far: "Bulgarian President Todor Zhivkov" runs from its demonym.
  let edge = list[index];
  for (let k = index + step; k >= 0 && k < list.length; k += step) {
    const [a, b] = step === 1 ? [edge.mention, list[k].mention] : [list[k].mention, edge.mention];
    // ("Latvian" inside "Latvian Constitutional Court", "U.S." inside "U.S. State Department": one phrase, the whole.)
    if (b.start < a.end) {
      if (contains(list[k].mention, edge.mention) && out[out.length - 1] === edge) out[out.length - 1] = edge = list[k];
      continue;
    }
    const between = text.slice(a.end, b.start).trim();
    // ("Libyan leader Muammar Gaddafi and Bulgarian President Todor Zhivkov": a person's country before the title.)
    const person = step === 1 ? list[k] : edge;
    const described = step === 1 ? edge : list[k];
    if (described.mention.kind === 'demonym' && person.entity.type === 'person' && !!person.entity.title && between.toLowerCase() === person.entity.title.toLowerCase()) {
      edge = list[k];
      continue;
    }
    // (After a person's country, a comma alone ends the phrase: "Before Levy's arrival in Bonn, German Defence
    // Minister Volker Ruehe will visit".)
    // ("China and the United States", "MCA and the Bronfmans": the article of the next name too; not after a comma
    // alone, which opens an appositive: "Sinn Fein, the IRA's political wing".)
    if (!/^(?:,|(?:and|, and|&|or|, or|as well as)(?: the)?)?$/i.test(between) || (between === ',' && edge.mention.kind === 'demonym' && edge !== list[index])) break;
    edge = list[k];
    out.push(list[k]);
  }
  const seen = new Set<string>();
  // In text order: "U.S. and Russian negotiators" lists the United States first.
  if (step === -1) out.reverse();
  return out.filter((l) => !seen.has(l.entity.id) && seen.add(l.entity.id));
}

export const events: Stage = {
  name: 'events',
  requires: ['tokens', 'sentences', 'entities', 'sports', 'dates', 'claims'],
  provides: ['events'],
  run(doc: Document): Partial<Document> {
    const words = eventWords(doc.options.lexicons);
    const leaders = leaderCountries(doc.options.lexicons);
    const tokens = doc.tokens!;
    const entities = doc.entities ?? [];
    const out: Event[] = [];
    const bySentence = mentionsBySentence(entities, doc.sentences!);
    const reports = spanIndex(doc.claims ?? [], (c) => c.content);
    const cueIndex = spanIndex(doc.claims ?? [], (c) => c.cue);
    const byId = new Map<string, Entity>();
    for (const e of entities) if (!byId.has(e.id)) byId.set(e.id, e);
    for (const [index, s] of doc.sentences!.entries()) {
      // ("Kent stepped up a gear to dismiss Nottinghamshire for 21", "Hussain struck 158": sport has no PLOVER events.)
      if (doc.sports![index]) continue;
      const mentions = bySentence[index];
      const found = triggersIn(doc, s, mentions, words);
      if (found.length === 0) continue;
      const countries = new Set(mentions.filter((l) => l.entity.type === 'location' && l.entity.countryCode).map((l) => l.entity.countryCode!));
      const soleCountry = countries.size === 1 ? [...countries][0] : null;
      // Places ("in Moscow") are where an event happens, not whom it targets.
      const isPlace = (l: Located) => {
        if (l.entity.type !== 'location') return false;
        const k = tokenIndex(tokens, l.mention.start, s);
        // "in Moscow", "in southeastern Turkey", "in the Gaza Strip"
        const prep = (i: number) => ['in', 'at', 'near', 'across', 'throughout'].includes(tokens[i]?.lower ?? '');
        return prep(k - 1) || (prep(k - 2) && (tokens[k - 1].pos === 'ADJ' || tokens[k - 1].lower === 'the'));
      };
      const scope: EventScope = { doc, s, index, mentions, isPlace, soleCountry, words, leaders, reports, cueIndex, byId, firstActors: null, sentenceKind: undefined };
      // Noun triggers stand only where no verb trigger of the clause does.
      const hasVerb = found.some((f) => f.verb);
      for (const f of found) if (f.verb || !hasVerb) out.push(eventOf(scope, f));
    }
    return { events: out };
  },
};

/** A trigger found in a sentence: its tokens, its lexicon entry, whether a verb (or a noun a light verb carries) states
 *  it, and the light verb that carries it. */
interface FoundTrigger { first: number; last: number; trigger: Trigger; verb: boolean; head?: number }

/** What the events of one sentence read, with what its first event leaves for the next: its actors, and the sentence's
 *  context once read. */
interface EventScope {
  readonly doc: Document;
  readonly s: Sentence;
  readonly index: number;
  readonly mentions: Located[];
  readonly isPlace: (l: Located) => boolean;
  readonly soleCountry: string | null;
  readonly words: EventWords;
  readonly leaders: Map<string, string>;
  readonly reports: ReturnType<typeof spanIndex<Claim>>;
  readonly cueIndex: ReturnType<typeof spanIndex<Claim>>;
  readonly byId: Map<string, Entity>;
  /** The actors of the sentence's first event with any: "Russian forces shelled Kharkiv, killing three civilians". */
  firstActors: Located[] | null;
  /** The sentence's context ("in a match", "on the battlefield"), read once when an event needs it. */
  sentenceKind: string | null | undefined;
}

/** The triggers of sentence `s`, in order; a light verb that is a trigger of its own gives way to the event noun it
 *  carries. */
function triggersIn(doc: Document, s: Sentence, mentions: Located[], words: EventWords): FoundTrigger[] {
  const tokens = doc.tokens!;
  const found: FoundTrigger[] = [];
  for (let i = s.firstToken; i < s.lastToken; i++) {
    const t = tokens[i];
    const multi = matchMulti(tokens, i, s.lastToken, words.multi);
    if (multi) { found.push({ first: i, last: multi.last, trigger: multi.trigger, verb: true }); i = multi.last - 1; continue; }
    // ("launch a new offensive": an event noun the tagger read as an adjective heads its phrase.)
    const pos = t.pos === 'ADJ' && headsPhrase(tokens, i, s) ? 'NOUN' : t.pos;
    if (!TRIGGER_POS.has(pos)) continue;
    const trigger = words.single.get(t.lemma) ?? (t.lower === t.lemma ? undefined : words.single.get(t.lower));
    if (!trigger || t.lower === 'according') continue;
    if (pos === 'NOUN' && !words.nouns.has(t.lower) && !words.nouns.has(t.lemma)) continue;
    // Part of a hyphenated modifier ("Beijing-approved encryption") is no event.
    if (i > s.firstToken && tokens[i - 1].value === '-' && tokens[i - 1].end === t.start) continue;
    // Nor a participle that modifies a noun after an article, a preposition or an adverb in -ly ("a negotiated
    // settlement", "the cases of murdered women", "privately negotiated transactions").
    if (t.pos === 'VERB' && ENDS_ED.test(t.value) && i > s.firstToken && tokens[i + 1]?.pos === 'NOUN' &&
      (ARTICLES.has(tokens[i - 1].lower) || tokens[i - 1].pos === 'ADP' || (tokens[i - 1].pos === 'ADV' && /ly$/.test(tokens[i - 1].lower)))) continue;
    // ("China's rising demand", "the growing market": a present participle after a determiner or possessive too.)
    if (t.pos === 'VERB' && ENDS_ING.test(t.value) && i > s.firstToken && tokens[i + 1]?.pos === 'NOUN' &&
      (tokens[i - 1].pos === 'DET' || isPossessiveS(tokens[i - 1]) || POSSESSIVE.has(tokens[i - 1].lower))) continue;
    // A mention's own word is no trigger ("the Trade Organization").
    if (insideMention(mentions, t)) continue;
    // ("Apple released the iPhone": a verb of the lexicon's objects only for them or a person after it, or, in the
    // passive, before it: "Keating was released from prison", "the iPhone was released" is no event.)
    if (trigger.objects && t.pos === 'VERB') {
      let aux = i - 1;
      while (aux > s.firstToken && tokens[aux].pos === 'ADV') aux--;
      // ("has been holding thousands of refugees": a progressive, no passive.)
      const passive = PASSIVE_AUX.has(tokens[aux]?.lower ?? '') && !/ing$/.test(t.lower);
      // (In the passive, before it or after it: "Keating was released", "was given $5 million".)
      const after = objectIn(tokens, i + 1, Math.min(s.lastToken, i + 5), trigger.objects, mentions);
      if (!(after || (passive && objectIn(tokens, Math.max(s.firstToken, aux - 5), aux, trigger.objects, mentions)))) continue;
    }
    // ("a heart attack": not after words of the lexicon's notAfter.)
    if (trigger.notAfter && i > s.firstToken && trigger.notAfter.includes(tokens[i - 1].lemma)) continue;
    // ("declined to comment", "asked whether": not before words of the lexicon's notBefore.)
    if (t.pos === 'VERB' && phraseAfter(tokens, i, words.notBefore.get(trigger))) continue;
    // "held talks", "launched a mediation effort": a noun after a light verb carries the clause's event. ("called a
    // strike"; not a name given to an event told of, "called the attack a war crime".)
    const light = pos === 'NOUN' && tokens.slice(Math.max(s.firstToken, i - 4), i).some((x) => words.light.has(x.lower) && x.pos === 'VERB' && !(x.lemma === 'call' && tokens[i - 1].lower === 'the'));
    // ("strong demand for chips": a noun the lexicon marks owned only with its owner, its light verb or "that".)
    if (trigger.owned && pos === 'NOUN' && !light && !ownedNoun(tokens, i, s, mentions)) continue;
    // ("A missile struck a school": with a direct object the verb's other sense; so the noun with a place for target
    // after "on" or "against": "a strike on Iran", not "went on strike on Monday", "a strike against the operator".)
    const onPlace = pos === 'NOUN' && TARGET_PREPOSITIONS.has(tokens[i + 1]?.lower ?? '') && placeAt(mentions, tokens[tokens[i + 2]?.lower === 'the' ? i + 3 : i + 2]);
    // ('had struck "military targets"': a quotation mark may open the object.)
    const objectAt = OPEN_QUOTES.has(tokens[i + 1]?.value ?? '') ? i + 2 : i + 1;
    const object = trigger.withObject && ((t.pos === 'VERB' && OBJECT_POS.has(tokens[objectAt]?.pos ?? '')) || onPlace);
    // ("Spitzer attacked him for failing to enforce a court order": with no word of violence in the sentence, the
    // trigger's verbal type. Not a noun after a name or a date, "the Paris attacks", "the 9/11 attacks", nor a verb
    // with a place for object, "Russia did not attack Kyiv". A noun may refer back: "No one has claimed
    // responsibility for the attacks" reads the sentence before too.)
    const noun = pos === 'NOUN';
    const from = noun && s.firstToken > 0 ? doc.sentences![tokens[s.firstToken - 1].sentence].firstToken : s.firstToken;
    const target = tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
    const verbal = !!trigger.verbal && !(noun && i > s.firstToken && (tokens[i - 1].pos === 'PROPN' || tokens[i - 1].pos === 'NUM')) &&
      !(!noun && placeAt(mentions, tokens[target])) &&
      !tokens.slice(from, s.lastToken).some((x) => words.violence.has(x.lemma) || words.violence.has(x.lower));
    found.push({ first: i, last: i + 1, trigger: object ? { type: trigger.withObject! } : verbal ? { ...trigger, type: trigger.verbal! } : trigger, verb: t.pos === 'VERB' || light });
  }
  // "opened fraud investigations", "imposed a curfew": a light verb that is a trigger of its own ("opened its
  // borders") gives way to the event noun it carries, which is read from the verb's place in the clause ("refused
  // to sign the agreement" is a REJECT).
  for (let k = found.length - 2; k >= 0; k--) {
    const f = found[k];
    const g = found[k + 1];
    if (f.last - f.first === 1 && words.light.has(tokens[f.first].lower) && tokens[f.first].pos === 'VERB' && g.verb && tokens[g.first].pos === 'NOUN' &&
      g.first - f.last <= 3 && !tokens.slice(f.last, g.first).some((x) => x.pos === 'VERB' || x.pos === 'ADP' || x.value === ',')) {
      g.head = f.first;
      found.splice(k, 1);
    }
  }
  // "refused to negotiate", "has refused to sign the deal": one event, the refused cooperation (a REJECT), not the
  // refusal besides it.
  for (let k = found.length - 2; k >= 0; k--) {
    const f = found[k];
    const g = found[k + 1];
    const at = g.head ?? g.first;
    if (f.trigger.type === 'REJECT' && REFUSALS.has(tokens[f.first].lemma) && tokens[f.last]?.lower === 'to' && at > f.last && at - f.last <= 2 &&
      (COOPERATIVE.has(g.trigger.type) || g.trigger.type === 'AGREE')) found.splice(k, 1);
  }
  return found;
}

// (The trigger loop's tests on its token are functions of their own: a closure that reads the loop's token or index
// would make V8 allocate that iteration's variables anew for every token.)
/** Whether a token lies inside an entity's mention ("the Trade Organization"). */
function insideMention(mentions: readonly Located[], t: Token): boolean {
  for (const l of mentions) if (l.mention.start <= t.start && t.end <= l.mention.end) return true;
  return false;
}

/** Whether a place's mention starts at a token. */
function placeAt(mentions: readonly Located[], t: Token | undefined): boolean {
  if (!t) return false;
  for (const l of mentions) if (l.entity.type === 'location' && l.mention.start === t.start) return true;
  return false;
}

/** Whether the adjective at token i heads a noun phrase: an article or possessive before it, with one modifier at most
 *  between, and no noun or adjective after it ("a new offensive in the spring", "its summer offensive"; not "were
 *  offensive", "a major offensive operation"). */
function headsPhrase(tokens: readonly Token[], i: number, s: Sentence): boolean {
  let k = i - 1;
  if (k > s.firstToken && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'ADV' || tokens[k].pos === 'NOUN')) k--;
  const determined = k >= s.firstToken && (tokens[k].pos === 'DET' || isPossessiveS(tokens[k]) || POSSESSIVE.has(tokens[k].lower));
  return determined && !['NOUN', 'PROPN', 'ADJ'].includes(tokens[i + 1]?.pos ?? '');
}

/** Whether the noun at token i has an owner before it, a possessive or a name ("Hamas's demand", "his famous demand",
 *  "the DOJ demand"), or "that" after it ("the demand that HB2 not be implemented"). */
function ownedNoun(tokens: readonly Token[], i: number, s: Sentence, mentions: readonly Located[]): boolean {
  let k = i - 1;
  while (k > s.firstToken && tokens[k].pos === 'ADJ') k--;
  const owner = k >= s.firstToken && (isPossessiveS(tokens[k]) || POSSESSIVE.has(tokens[k].lower) || mentions.some((l) => l.mention.end === tokens[k].end));
  return owner || tokens[i + 1]?.lower === 'that';
}

/** Whether one of `phrases` (lemmas) follows token i. */
function phraseAfter(tokens: readonly Token[], i: number, phrases: readonly string[][] | undefined): boolean {
  return !!phrases && phrases.some((p) => p.every((w, k) => tokens[i + 1 + k]?.lemma === w));
}

// What names the target of an event noun: "a strike on Iran", "strikes against Syria".
const TARGET_PREPOSITIONS = new Set(['on', 'against']);
// Event types that, done with no agent named, are the state's where they happen.
const STATE_FORCE = new Set(['COERCE']);

/** Whether a participle and "by" stand right before a mention, or before its article: "brokered by China", "backed by
 *  the EU" (after a noun "by" names the target: "calls by Belarus's rulers", "violations by the Israeli military"). */
function afterBy(tokens: readonly Token[], s: Sentence, l: Located): boolean {
  let k = tokenIndex(tokens, l.mention.start, s) - 1;
  if (k > s.firstToken && tokens[k].lower === 'the') k--;
  return k > s.firstToken && tokens[k].lower === 'by' && tokens[k - 1].pos === 'VERB';
}

// Event types that coordinated actors do together (with each other, not to a third party).
const BETWEEN_ACTORS = new Set(['AGREE', 'CONSULT', 'COOPERATE']);

/** The event of trigger `f`. */
function eventOf(scope: EventScope, f: FoundTrigger): Event {
  const { doc, s, index, mentions, isPlace, soleCountry, words, leaders, reports, cueIndex, byId } = scope;
  const tokens = doc.tokens!;
  const text = doc.text;
  const entities = doc.entities ?? [];
  const trigger = { start: tokens[f.first].start, end: tokens[f.last - 1].end };
  // (Where the event stands in its clause: the light verb that carries a noun.)
  const at = f.head ?? f.first;
  const before = tokens.slice(Math.max(s.firstToken, at - 4), at);
  // ("had been soundly rejected": adverbs may stand between.)
  let aux = at - 1;
  while (aux > s.firstToken && tokens[aux].pos === 'ADV') aux--;
  const passiveForm = tokens[at].pos === 'VERB' && aux >= s.firstToken && PASSIVE_AUX.has(tokens[aux].lower);
  // Passive only with its agent: "was attacked by militiamen" (not "is committed to").
  // ("was rescued off the coast of Florida by two American fishermen": the agent's "by" further on in the clause,
  // before another verb: not "was granted immunity and has been interviewed by the agency".)
  let byAt = -1;
  for (let k = f.last; k < Math.min(s.lastToken, f.last + 12) && byAt < 0 && tokens[k].value !== ',' && !CLAUSE_BREAK.has(tokens[k].lower) &&
    tokens[k].pos !== 'VERB' && tokens[k].pos !== 'AUX' && tokens[k].pos !== 'CCONJ'; k++) if (tokens[k].lower === 'by') byAt = k;
  const passive = passiveForm && isParticiple(tokens[at]) && byAt >= 0;
  let type = f.trigger.type;
  let mode = f.trigger.mode ?? null;
  const unless = tokens.slice(at, s.lastToken).some((t) => t.lower === 'unless');
  const near = tokens.slice(Math.max(s.firstToken, at - 3), at);
  const refused = near.some((t) => NEGATIONS.has(t.lower) || REFUSALS.has(t.lemma));
  const must = near.some((t) => t.lower === 'must');
  const rejected = refused && (COOPERATIVE.has(type) || type === 'AGREE');
  if (rejected) { type = 'REJECT'; mode = mode ?? 'refuse'; }
  else if (must && (COOPERATIVE.has(type) || type === 'AGREE')) { type = 'REQUEST'; mode = mode ?? 'demand'; }
  else if (!passiveForm && before.some((t) => words.intent.has(t.lower)) && !before.some((t) => NEGATIONS.has(t.lower))) {
    if (COOPERATIVE.has(type) && !unless) { type = 'AGREE'; mode = mode ?? 'intend'; }
    else if (HOSTILE.has(type) || unless) { type = 'THREATEN'; mode = mode ?? 'intend'; }
  }
  // Actor: nearest mention before the trigger, not beyond a clause break; places ("to Geneva") are skipped.
  let actorIndex = -1;
  for (let k = mentions.length - 1; k >= 0; k--) {
    if (mentions[k].mention.end > tokens[at].start) continue;
    const between = tokens.slice(tokenIndex(tokens, mentions[k].mention.end, s), at);
    if (between.some((t) => CLAUSE_BREAK.has(t.lower))) break;
    // "negotiators return to Geneva for talks", "a rally in Lagos to protest": a place that names no country
    // is where the actor goes, not the actor; look further back.
    const m = mentions[k];
    if (m.entity.type === 'location' && !m.entity.countryCode && (isPlace(m) || tokens[tokenIndex(tokens, m.mention.start, s) - 1]?.lower === 'to')) continue;
    actorIndex = k;
    break;
  }
  // ("Pakistan, a key U.S. ally in the war against terrorism, has refused": the subject before its appositive.)
  const head = actorIndex >= 0 ? appositiveHead(tokens, s, at, mentions, actorIndex) : -1;
  if (head >= 0) actorIndex = head;
  // ("The Turkish and Greek sides of the divided island of Cyprus have agreed": the subject's own modifiers.)
  const modifier = actorIndex >= 0 && head < 0 ? modifierOfHead(tokens, s, mentions, actorIndex) : -1;
  if (modifier >= 0) actorIndex = modifier;
  // ("Rubio, 53, has been a leading critic of China and has called for a ceasefire": a verb joined by "and" or "but"
  // to the clause's first verb has that verb's subject, not a name inside the first verb's phrase.)
  const joined = sharedSubject(tokens, s, at, mentions, actorIndex);
  if (joined >= 0) actorIndex = joined;
  const claim = firstContaining(reports, trigger);
  // ("North Korea fired a missile into the sea, Japan said": the speaker after the reported words is no target.)
  const reported = (l: Located) => !claim || contains(claim.content, l.mention);
  // (Nor the subject of the next clause: "If Iran attacks, Israel will retaliate".)
  const clauseEnd = nextClause(tokens, s, f.last);
  // (Nor an agent after "by", nor those listed with it: "agreed to a truce brokered by Qatar and Egypt".)
  const agents = new Set(mentions.flatMap((l, k) => l.mention.start >= trigger.end && afterBy(tokens, s, l) ? [l, ...coordinated(tokens, text, mentions, k, 1)] : []));
  let recipientIndex = mentions.findIndex((l) => l.mention.start >= trigger.end && l.mention.start < clauseEnd && !isPlace(l) && reported(l) && !agents.has(l));
  // "A camp was attacked by Burundian militiamen": the agent follows "by", the subject suffers.
  if (passive) {
    // (In the agent's phrase, not past a comma or a place: "by early deciders, ... he might", "by a federal grand
    // jury in Newark" name none.)
    const phraseEnd = tokens[Math.min(s.lastToken, byAt + 12) - 1].end;
    // (Nor past a relative pronoun: "by security officers who told the dissident's family he would".)
    const agent = mentions.findIndex((l) => l.mention.start >= tokens[byAt].end && l.mention.start < phraseEnd && !isPlace(l) && !/[,;]|\b(?:who|which|that)\b/.test(text.slice(tokens[byAt].end, l.mention.start)));
    const patient = actorIndex;
    actorIndex = agent;
    recipientIndex = patient;
  }
  // "a letter signed by Gonzalez", "Gonzalez, backed by Castro,", "an activist sought by the FBI": a participle with
  // its agent right after it and no auxiliary: the agent acts; what the participle follows, named right before it,
  // suffers.
  if (!passive && !passiveForm && byAt === f.last && at === f.last - 1 && isParticiple(tokens[at])) {
    const agent = mentions.findIndex((l) => l.mention.start >= tokens[byAt].end && !isPlace(l) && tokenIndex(tokens, l.mention.start, s) <= byAt + 2);
    if (agent >= 0) {
      const nearBefore = actorIndex >= 0 && tokenIndex(tokens, mentions[actorIndex].mention.end, s) >= at - 2 && tokens[at - 1]?.pos !== 'VERB';
      recipientIndex = nearBefore ? actorIndex : -1;
      actorIndex = agent;
    }
  }
  // "The price of Columbia shares has been cut", "A missionary from Calgary was arrested in Lebanon": with no
  // agent, the subject suffers; the actor is unnamed.
  // (Not a state: "Vietnam is committed to", "is prepared to".)
  const agentless = !passive && passiveForm && isParticiple(tokens[at]) && tokens[f.last]?.lower !== 'to' && actorIndex >= 0 && !isPlace(mentions[actorIndex]);
  if (agentless) {
    recipientIndex = actorIndex;
    actorIndex = -1;
  }
  let actor = actorIndex >= 0 ? coordinated(tokens, text, mentions, actorIndex, -1) : [];
  // (A participle after a comma hangs on the clause before: its subject acts, the actor of its event or, when it
  // has none, the subject of the clause's verb: "Vietnamese-led forces launched rocket fire against Kampuchean
  // camps, killing 50".)
  const adjunct = tokens[at].pos === 'VERB' && /ing$/.test(tokens[at].lower) && tokens[at - 1]?.value === ',';
  if (adjunct && scope.firstActors) actor = scope.firstActors;
  else if (adjunct) {
    const subject = verbSubject(tokens, s, at - 2, mentions);
    if (subject >= 0 && !isPlace(mentions[subject])) actor = coordinated(tokens, text, mentions, subject, -1);
  }
  let recipientOverride: Located[] | null = null;
  const said = claim?.speaker;
  const speaker = said?.entityId ? byId.get(said.entityId) : undefined;
  // (Not the one a passive tells of: "Reno has said she was consulted".)
  if (actor.length === 0 && claim && said && speaker && !agentless) {
    // "Hungary has said it will support ...": the speaker acts in what it says it will do. (A pronoun that can stand
    // for the speaker: not "she" for the news agency in "after she fined him, Interfax said".)
    const pronouns = speaker.type === 'person' ? SELF_AS_PERSON : SELF_AS_BODY;
    const pronoun = tokens.slice(Math.max(tokenIndex(tokens, claim.content.start, s), at - 5), at).some((t) => pronouns.has(t.lower));
    if (pronoun) actor = [{ entity: speaker, mention: { ...said, kind: 'name' } }];
  }
  // "Russia said that Sudan must return the helicopter": the speaker requests, the subject is asked.
  if (must && type === 'REQUEST' && said && speaker) {
    recipientOverride = actor;
    actor = [{ entity: speaker, mention: { ...said, kind: 'name' } }];
  }
  // "the two sides agreed", "both nations": the two countries the article speaks of most; so is "they" right before
  // the trigger when the sentence before speaks of the pair ("... that the two sides had made progress. He said
  // that they've pretty much agreed").
  if (actor.length === 0 && (pairSubject(tokens, s.firstToken, at) || (pronounSubject(tokens, s, at) && index > 0 && pairSubject(tokens, doc.sentences![index - 1].firstToken, s.firstToken, Infinity)))) {
    actor = topCountries(entities, 2);
  }
  // "The document also took issue with the rules", "The statement condemned the strikes": the trigger is the cue of
  // a claim whose speaker is a document; its author acts.
  if (actor.length === 0) {
    // (The cue may be shorter than the trigger: "called" in "called for".)
    const cued = overlapping(cueIndex, trigger)[0]?.item.speaker;
    const author = cued?.kind === 'document' && cued.entityId ? byId.get(cued.entityId) : undefined;
    if (cued && author) actor = [{ entity: author, mention: { start: cued.start, end: cued.end, text: cued.text, kind: 'name' } }];
  }
  if (!scope.firstActors && actor.length > 0) scope.firstActors = actor;
  // (A target before the trigger, a passive's subject, is coordinated leftward: "GM and Chrysler were given loans".)
  const leftward = recipientIndex >= 0 && mentions[recipientIndex].mention.end <= trigger.start;
  let recipient = (recipientOverride ?? (recipientIndex >= 0 ? coordinated(tokens, text, mentions, recipientIndex, leftward ? -1 : 1) : [])).filter((r) => !actor.some((a) => a.entity.id === r.entity.id));
  // The first place after the trigger that has a country: where the event happens.
  const where = mentions.find((l) => l.mention.start >= trigger.end && isPlace(l) && l.entity.countryCode);
  // "imposed a curfew in the town of Cizre in southeastern Turkey": with no one named as target, the place
  // where it happens is (its country's people are) the target, as PLOVER codes domestic events.
  // (Not where coordinated actors meet or agree: "Kenya and Somalia signed a peace deal in Nairobi" targets no one there.)
  if (where && recipient.length === 0 && !(actor.length > 1 && BETWEEN_ACTORS.has(type))) recipient = [where];
  // ("A missionary was arrested in Lebanon", "were detained in Cairo": force with no one named as its agent is the
  // state's where it happens, named right after it, as PLOVER codes domestic events.)
  if (where && actor.length === 0 && STATE_FORCE.has(type) && tokenIndex(tokens, where.mention.start, s) - f.last <= 2) actor = [where];
  // ("did not accept" is a REJECT, not a negated one.)
  // ("Israel has ruled out a strike": none is planned; "has not ruled out a strike": one may come.)
  const ruledOut = before.some((t, k) => t.lemma === 'rule' && before[k + 1]?.lower === 'out');
  const denied = before.some((t) => NEGATIONS.has(t.lower));
  const negated = !rejected && (ruledOut ? !denied : denied);
  // (In the trigger's clause, not "than some analysts had expected, helps"; or after a condition that opens the
  // sentence, "If he loses, he'll give ...".)
  const opener = tokens[s.firstToken].pos === 'PUNCT' ? tokens[s.firstToken + 1] : tokens[s.firstToken];
  let hypothetical = opener?.lower === 'if' || opener?.lower === 'unless' || (ruledOut && denied);
  for (let k = at - 1; k >= Math.max(s.firstToken, at - 6) && tokens[k].value !== ',' && !hypothetical; k--) hypothetical = words.hypothetical.has(tokens[k].lower);
  const date = eventDate(doc.dates ?? [], s, trigger, claim?.dateId ?? null);
  const place = mentions.find(isPlace);
  const context = f.trigger.context ?? (scope.sentenceKind === undefined ? (scope.sentenceKind = sentenceContext(tokens, s, words.contexts)) : scope.sentenceKind);
  return {
    id: stableId('event', doc.meta.id, type, trigger.start),
    type: type as Event['type'],
    mode,
    context,
    trigger: textSpan(text, trigger.start, trigger.end),
    actor: actor.map((a) => a.entity.id),
    recipient: recipient.map((r) => r.entity.id),
    actors: actor.map((a) => participant(a, soleCountry, leaders, possessor(text, mentions, a))),
    recipients: recipient.map((r) => participant(r, soleCountry, leaders, possessor(text, mentions, r))),
    dateId: date?.id ?? null,
    placeId: place?.entity.id ?? null,
    claimId: claim?.id ?? null,
    sentence: { start: s.start, end: s.end },
    negated,
    hypothetical,
    rule: `plover:${text.slice(trigger.start, trigger.end).toLowerCase()}`,
  };
}

/** A multiword trigger at token i: its words in order, up to two other words between them ("raised their concerns"). */
/** Where the clause after token `from` ends: at a comma, a semicolon or a dash that a subject and its verb follow ("If
 *  Iran attacks, Israel will retaliate"), else at the sentence's end. An offset. */
function nextClause(tokens: readonly Token[], s: Sentence, from: number): number {
  for (let k = from; k < s.lastToken - 2; k++) {
    if (tokens[k].value !== ',' && tokens[k].value !== ';' && tokens[k].value !== '—') continue;
    let j = k + 1;
    if (tokens[j].pos === 'DET') j++;
    while (j < s.lastToken && (tokens[j].pos === 'PROPN' || tokens[j].pos === 'NOUN' || tokens[j].pos === 'PRON') && j - k <= 4) j++;
    if (j > k + 1 && j < s.lastToken && (tokens[j].pos === 'AUX' || tokens[j].pos === 'VERB') && !ENDS_ING.test(tokens[j].lower)) return tokens[k].start;
  }
  return Infinity;
}

/** The date of an event: of the sentence's days and times, the one nearest its trigger, other than the date of the
 *  claim that reports it ("On Monday, officials said China had agreed on Friday": Friday); that one when it is all. */
function eventDate(dates: readonly DateItem[], s: Span, trigger: Span, reported: string | null): DateItem | undefined {
  let best: DateItem | undefined;
  let distance = Infinity;
  let fallback: DateItem | undefined;
  for (const d of overlapping(dates, s)) {
    if (!contains(s, d) || (d.type !== 'DATE' && d.type !== 'TIME')) continue;
    if (d.id === reported) { fallback ??= d; continue; }
    const gap = d.start >= trigger.end ? d.start - trigger.end : trigger.start - d.end;
    if (gap < distance) { best = d; distance = gap; }
  }
  return best ?? fallback;
}

function matchMulti(tokens: readonly Token[], i: number, end: number, multi: EventWords['multi']): { last: number; trigger: Trigger } | null {
  const byLemma = multi.get(tokens[i].lemma);
  const byForm = tokens[i].lower !== tokens[i].lemma ? multi.get(tokens[i].lower) : undefined;
  return (byLemma && matchFrom(tokens, i, end, byLemma)) ?? (byForm && matchFrom(tokens, i, end, byForm)) ?? null;
}

/** The first phrase of `candidates` whose later words follow token i, each within three tokens of the one before. */
function matchFrom(tokens: readonly Token[], i: number, end: number, candidates: Array<{ words: string[]; trigger: Trigger }>): { last: number; trigger: Trigger } | null {
  for (const m of candidates) {
    let at = i + 1;
    let ok = true;
    for (let n = 1; n < m.words.length; n++) {
      const w = m.words[n];
      const stop = Math.min(end, at + 3);
      let k = at;
      while (k < stop && tokens[k].lemma !== w && tokens[k].lower !== w) k++;
      if (k >= stop) { ok = false; break; }
      at = k + 1;
    }
    if (ok) return { last: at, trigger: m.trigger };
  }
  return null;
}

const APOSTROPHES = new Set(["'", '’']);
// The pronouns by which a speaker may speak of itself: a person, or a country, a company, a body.
const SELF_AS_PERSON = new Set(['he', 'she', 'we', 'i']);
const SELF_AS_BODY = new Set(['it', 'we']);
const PAIR = /^(?:the two|both) (?:sides|nations|countries|governments|parties|leaders|delegations|teams)$/;

/** A pair phrase ("the two sides") in the `window` tokens before token `to`, from token `from` on. */
function pairSubject(tokens: readonly Token[], from: number, to: number, window = 8): boolean {
  for (let i = Math.max(from, to - window); i + 2 < to + 1; i++) {
    if (PAIR.test(`${tokens[i].lower} ${tokens[i + 1]?.lower} ${tokens[i + 2]?.lower}`)) return true;
  }
  return false;
}

/** One of `objects` (by lemma; a plural name the tagger keeps whole by its singular: "Americans") or a person's mention
 *  among tokens [from, to). */
function objectIn(tokens: readonly Token[], from: number, to: number, objects: readonly string[], mentions: readonly Located[]): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (objects.includes(t.lemma) || (t.pos === 'PROPN' && objects.includes(t.lemma.replace(/s$/, ''))) || mentions.some((l) => l.entity.type === 'person' && l.mention.start === t.start)) return true;
  }
  return false;
}

/** "they" as the trigger's subject, past auxiliaries and adverbs ("they've pretty much agreed"; "they' ve", the
 *  contraction split by a space). */
function pronounSubject(tokens: readonly Token[], s: Sentence, at: number): boolean {
  let k = at - 1;
  while (k > s.firstToken && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV' || tokens[k].pos === 'PART' || (APOSTROPHES.has(tokens[k].value) && tokens[k + 1].pos === 'AUX'))) k--;
  return k >= s.firstToken && tokens[k].lower === 'they';
}

function topCountries(entities: readonly Entity[], n: number): Located[] {
  return entities
    .filter((e) => e.type === 'location' && e.subtype === 'country')
    .sort((a, b) => b.mentions.length - a.mentions.length || a.mentions[0].start - b.mentions[0].start)
    .slice(0, n)
    .map((entity) => ({ entity, mention: entity.mentions[0] }));
}

/** The first PLOVER context whose words the sentence uses ("trade" -> economic). */
function contextsOf(lexicon: Record<string, string[]>): Contexts {
  const names = Object.keys(lexicon);
  const byWord = new Map<string, number>();
  names.forEach((name, k) => { for (const word of lexicon[name]) if (!byWord.has(word)) byWord.set(word, k); });
  return { names, byWord };
}

/** The first context (in the lexicon's order) a word of the sentence belongs to. */
function sentenceContext(tokens: readonly Token[], s: Sentence, contexts: Contexts): string | null {
  let best = contexts.names.length;
  for (let i = s.firstToken; i < s.lastToken && best > 0; i++) {
    best = Math.min(best, contexts.byWord.get(tokens[i].value) ?? best, contexts.byWord.get(tokens[i].lower) ?? best);
  }
  return contexts.names[best] ?? null;
}

/** The mention an appositive describes, when the actor found lies inside one that ends right before the trigger
 *  (past auxiliaries and adverbs): "Pakistan, a key U.S. ally in the war against terrorism, has refused". */
function appositiveHead(tokens: readonly Token[], s: Sentence, trigger: number, mentions: readonly Located[], actor: number): number {
  let close = trigger - 1;
  while (close > s.firstToken && (tokens[close].pos === 'AUX' || tokens[close].pos === 'ADV' || tokens[close].pos === 'PART')) close--;
  if (tokens[close].value !== ',') return -1;
  let open = close - 1;
  while (open > s.firstToken && close - open < 20 && tokens[open].value !== ',') open--;
  // (Or the range of its members: "Obama administration officials, from Secretary of State John Kerry to President Obama
  // himself, have raised their concerns".)
  const range = tokens[open + 1]?.lower === 'from' && tokens.slice(open + 2, close).some((t) => t.lower === 'to');
  // ("Chrysler, another U.S. car maker, released", "Toyota, Japan's largest carmaker, said": "another" or a possessive
  // opens one too.)
  const opener = tokens[open + 1];
  // ("Gonzalez, backed by Castro, has demanded": so does a participle and its agent.)
  const describes = !!opener && (ARTICLES.has(opener.lower) || opener.lower === 'another' || (opener.pos === 'PROPN' && isPossessiveS(tokens[open + 2])) ||
    (opener.pos === 'VERB' && tokens[open + 2]?.lower === 'by'));
  if (tokens[open].value !== ',' || !(describes || range) || mentions[actor].mention.start < tokens[open].end) return -1;
  // The head's mention ends the phrase, or a noun follows it ("Obama administration officials").
  const last = tokens[open - 1];
  const end = last?.pos === 'NOUN' && /s$/.test(last.lower) ? tokens[open - 2]?.end : undefined;
  for (let k = actor - 1; k >= 0; k--) if (mentions[k].mention.end === last?.end || mentions[k].mention.end === end) return k;
  return -1;
}

/** "The Turkish and Greek sides of the divided Mediterranean island of Cyprus have agreed": when the mention nearest
 *  the trigger ends a chain of "of" phrases after the subject's head noun, and mentions modify that noun ("Turkish and
 *  Greek sides"), they are the actor: the last of them (coordinated() takes the others). Not "Leaders of China and
 *  Japan agreed": no mention before the head. */
function modifierOfHead(tokens: readonly Token[], s: Sentence, mentions: readonly Located[], actor: number): number {
  // (A person is the head: "Hungarian head of state Arpad Goencz signed".)
  if (mentions[actor].entity.type !== 'location') return -1;
  let k = tokenIndex(tokens, mentions[actor].mention.start, s) - 1;
  // Back over the "of" phrases: "of the divided Mediterranean island of".
  let of = -1;
  // ("the divided island": a participle after an article modifies too.)
  while (k > s.firstToken && (tokens[k].lower === 'of' || OF_PHRASE.has(tokens[k].pos) || (tokens[k].pos === 'VERB' && tokens[k - 1].pos === 'DET'))) {
    if (tokens[k].lower === 'of') of = k;
    k--;
  }
  if (of < 0 || tokens[of - 1]?.pos !== 'NOUN') return -1;
  // The head noun, and right before it a mention that modifies it.
  const head = of - 1;
  for (let m = actor - 1; m >= 0; m--) {
    const end = tokenIndex(tokens, mentions[m].mention.end - 1, s);
    if (end === head - 1 && mentions[m].mention.kind === 'demonym') return m;
    if (end < head - 1) break;
  }
  return -1;
}

const OF_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);

/** The mention that is the subject of the last verb at or before token `from`: it ends before the verb with only its
 *  noun phrase and auxiliaries between ("Vietnamese-led forces launched", "Co-moderator Andrea Mitchell raised"). */
function verbSubject(tokens: readonly Token[], s: Sentence, from: number, mentions: readonly Located[]): number {
  // (Not a word of a name or a hyphenated modifier: "Lilac Falls Motel", "Ontario-based".)
  const isVerb = (k: number) => (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') && tokens[k - 1]?.value !== '-' && !insideMention(mentions, tokens[k]);
  let verb = from;
  while (verb > s.firstToken && !isVerb(verb)) verb--;
  if (verb <= s.firstToken) return -1;
  for (let k = mentions.length - 1; k >= 0; k--) {
    if (mentions[k].mention.end > tokens[verb].start) continue;
    const between = tokens.slice(tokenIndex(tokens, mentions[k].mention.end, s), verb);
    // (Words of its phrase: "-led forces", "his golden head"; a verb only joined by a hyphen.)
    const phrase = between.every((x, j) => SUBJECT_PHRASE.has(x.pos) || x.value === '-' || x.value === ')' || (x.pos === 'VERB' && between[j - 1]?.value === '-'));
    return phrase ? k : -1;
  }
  return -1;
}
const SUBJECT_PHRASE = new Set(['ADV', 'AUX', 'PART', 'NOUN', 'ADJ', 'DET', 'PRON', 'PROPN', 'NUM']);

/** The subject a verb at `at`, joined by "and" or "but" (auxiliaries and adverbs aside) to the first verb of its
 *  clause, shares with it: the last mention between the clause's opening and that first verb, when the actor found
 *  (`actor`, -1 for none) lies after that verb or there is none; else -1. A clause opens at the sentence's start or
 *  after a word that opens one ("that", "who", "because", ...), a semicolon, a colon or a dash. */
function sharedSubject(tokens: readonly Token[], s: Sentence, at: number, mentions: readonly Located[], actor: number): number {
  let c = at - 1;
  while (c > s.firstToken && (tokens[c].pos === 'AUX' || tokens[c].pos === 'ADV' || tokens[c].pos === 'PART')) c--;
  if (c <= s.firstToken || (tokens[c].lower !== 'and' && tokens[c].lower !== 'but')) return -1;
  let open = c - 1;
  while (open > s.firstToken && !CLAUSE_STARTS.has(tokens[open - 1].lower)) open--;
  let first = open;
  while (first < c && !((tokens[first].pos === 'VERB' || tokens[first].pos === 'AUX') && !insideMention(mentions, tokens[first]))) first++;
  if (first >= c || (actor >= 0 && mentions[actor].mention.start < tokens[first].end)) return -1;
  for (let k = mentions.length - 1; k >= 0; k--) {
    if (mentions[k].mention.end <= tokens[first].start) return mentions[k].mention.start >= tokens[open].start ? k : -1;
  }
  return -1;
}
// Words and marks after which a clause opens with its own subject: "said that Sanders had ignored her call and ...".
const CLAUSE_STARTS = new Set([...CLAUSE_BREAK, 'if', 'although', 'though', 'since', 'as', 'whether', 'where', '—', '--']);

/** The first token of the sentence at or after `offset` (the sentence end when there is none). */
function tokenIndex(tokens: readonly Token[], offset: number, s: Sentence): number {
  return Math.max(s.firstToken, Math.min(tokenAt(tokens, offset), s.lastToken));
}
