// Entities: name candidates per sentence, roles from titles and appositives, then one entity per real-world
// thing (surnames, acronyms, titles and pronouns merged into the entity they refer to).
import type { Document, Token } from '../../pipeline/document.js';
import type { Stage } from '../../pipeline/stage.js';
import type { Entity, Mention } from '../../schema/record.js';
import { Sector } from '../../schema/record.js';
import { stableId } from '../../util/id.js';
import { pushTo } from '../../util/collections.js';
import { bySpan, isPossessiveS, quoteOpen, tokenAt } from '../../util/span.js';
import { upperAt } from '../../util/headline.js';
import { compiled } from '../../lexicons/compile.js';
import type { Gender, Lexicons } from '../../lexicons/index.js';
import { gazetteer, lookup, misspelledCountry, type Gazetteer } from './gazetteer.js';
import { LOCATIVE, midSentenceCapitals, nameContext, sentenceNames, withArticle, withoutArticle, type Candidate, type NameContext } from './names.js';
import { sentenceLaws } from './laws.js';
import { organizationNoun, resolveNominals } from './nominals.js';

interface Roles { roleNouns: Set<string>; media: string[]; government: Set<string> }

function roles(lexicons: Lexicons): Roles {
  return compiled(lexicons, 'entities/roles', (lex) => ({
    roleNouns: new Set(lex.roleNouns),
    media: lex.mediaDescriptors,
    government: new Set(lex.governmentWords),
  }));
}

/** "the bank's chief executive, Jamie Dimon", "Its founder, Changpeng Zhao,": a lower-case role set off before a
 *  person's name, after a possessive or an article, is the person's title; after "its", "their" or a common noun's
 *  possessive ("the company's") the organization named last before, `lastOrganization`, is the person's
 *  affiliation. */
function roleBefore(doc: Document, tokens: readonly Token[], c: Candidate, sentenceStart: number, lexicons: Lexicons, lastOrganization: string | null): void {
  if (c.type !== 'person' || c.outer - 2 < sentenceStart || tokens[c.outer - 1].value !== ',') return;
  let j = c.outer - 2;
  while (j > sentenceStart && c.outer - j < 6 && /^[a-z-]+$/.test(tokens[j].value) && (tokens[j].pos === 'NOUN' || tokens[j].pos === 'ADJ')) j--;
  const opener = tokens[j];
  if (j === c.outer - 2 || !(isPossessiveS(opener) || ['the', 'its', 'his', 'her', 'their', 'our'].includes(opener.lower))) return;
  // (A role, or an office written in lower case: "Qatar's emir", "Saudi Arabia's king".)
  const gaz = gazetteer(lexicons);
  const role = tokens[c.outer - 2].lower;
  if (!roles(lexicons).roleNouns.has(role) && !gaz.titles.has(role)) return;
  // ("Qatar's emir, Sheikh Hamad bin Khalifa al-Thani": an honorific before the name leaves the role its title.)
  if (!c.title) {
    c.title = doc.text.slice(tokens[j + 1].start, tokens[c.outer - 2].end);
    c.subtype = 'official';
  }
  // ("Microsoft reported record profits. Its chief executive, Satya Nadella, said": the company named before.)
  // (Not a place's, "Ohio cast its votes for its governor, John Kasich", nor a person's, "the boy's father".)
  const owned = opener.lower === 'its' || opener.lower === 'their' || (isPossessiveS(opener) && j - 2 >= sentenceStart && tokens[j - 2].lower === 'the' && organizationNoun(lexicons, tokens[j - 1].value));
  if (owned && lastOrganization) c.affiliation ??= lastOrganization;
  // "Qatar's emir, Sheikh Hamad", "Saudi Arabia's king, Abdullah": the country whose office it is.
  if (isPossessiveS(opener) && !c.countryCode) {
    for (let k = j - 1; k >= Math.max(sentenceStart, j - 3); k--) {
      const owner = doc.text.slice(tokens[k].start, tokens[j - 1].end);
      const e = lookup(gaz, owner) ?? misspelledCountry(gaz, owner);
      if (e?.type === 'location' && e.countryCode) { c.countryCode = e.countryCode; break; }
    }
  }
}

/** ", the top economic adviser of the Trump administration," after a name: its role and affiliation. */
function appositive(doc: Document, tokens: readonly Token[], c: Candidate, sentenceEnd: number, lexicons: Lexicons): void {
  const i = c.last;
  if (i + 2 >= sentenceEnd || tokens[i].value !== ',') return;
  let j = i + 1;
  if (!['the', 'a', 'an'].includes(tokens[j].lower) && tokens[j].pos !== 'ADJ' && tokens[j].pos !== 'PROPN') return;
  let end = j;
  while (end < sentenceEnd && end - i < 14 && tokens[end].value !== ',' && tokens[end].value !== '.' && tokens[end].pos !== 'VERB' && tokens[end].pos !== 'AUX') end++;
  if (end >= sentenceEnd || tokens[end].value !== ',' && tokens[end].value !== '.') return;
  const phrase = tokens.slice(j, end);
  const r = roles(lexicons);
  const text = doc.text;
  const gaz = gazetteer(lexicons);
  const country = phrase.map((t) => lookup(gaz, t.value)).find((e) => e?.countryCode && e.type === 'location');
  if (c.type === 'organization' || c.type === 'unknown') {
    const lower = text.slice(phrase[0].start, phrase[phrase.length - 1].end).toLowerCase();
    if (r.media.some((m) => lower.includes(m))) {
      c.type = 'organization';
      c.subtype = 'media';
      c.sector = 'media';
      c.rule = 'appositive:media-descriptor';
      if (country?.countryCode) c.countryCode = country.countryCode;
    }
    return;
  }
  if (c.type !== 'person') return;
  const roleAt = phrase.findIndex((t) => r.roleNouns.has(t.lower));
  if (roleAt < 0) return;
  if (['the', 'a', 'an'].includes(phrase[0].lower)) j = 1; else j = 0;
  // ("Jamie Dimon, the bank's chief executive,": the role after the possessive; "Rick Wagoner, GM's chief executive,":
  // a name there is whom the role serves.)
  const possessive = phrase.findIndex((t, k) => k < roleAt && isPossessiveS(t));
  if (possessive > j) {
    if (upperAt(phrase[j].value, 0)) c.affiliation ??= text.slice(phrase[j].start, phrase[possessive - 1].end);
    j = possessive + 1;
  }
  // The role runs to the preposition that names whom it serves: "top economic adviser" of ...
  const prepAt = phrase.findIndex((t, k) => k > roleAt && ['of', 'to', 'for', 'at', 'in', 'with', 'and'].includes(t.lower));
  const roleEnd = prepAt > 0 ? prepAt - 1 : phrase.length - 1;
  c.title = text.slice(phrase[j].start, phrase[roleEnd].end);
  c.subtype = 'official';
  c.sector = c.sector ?? 'government';
  const prep = phrase.findIndex((t, k) => k > roleAt && ['of', 'to', 'for', 'at'].includes(t.lower));
  if (prep >= 0 && prep + 1 < phrase.length) {
    let a = prep + 1;
    if (phrase[a].lower === 'the') a++;
    if (a < phrase.length) c.affiliation = text.slice(phrase[a].start, phrase[phrase.length - 1].end);
  }
  if (country?.countryCode) c.countryCode = country.countryCode;
}

const PRONOUNS = new Set(['he', 'she']);
// A quotation's closing marks, and the marks a quotation a pronoun tags ends with inside them ('“...,” he said').
const CLOSE_MARKS = new Set(['”', '"', "''", '’']);
const QUOTE_ENDS = new Set([',', '?', '!']);

interface Draft {
  type: Entity['type'];
  subtype: string | null;
  name: string;
  title: string | null;
  affiliation: string | null;
  countryCode: string | null;
  sector: string | null;
  rule: string;
  mentions: Mention[];
  /** A person's gender when the text shows it (a first name, "Mrs."): "she" and "Mrs. Clinton" look for a woman. */
  gender: Gender | null;
}

/** Words before a name that make it a place: "in Jordan", "to Washington". */
const PLACE_BEFORE = new Set([...LOCATIVE, 'into', 'of']);

/** Persons read from the shape of their name alone, with no first name or title known. */
const WEAK_PERSON_RULES = new Set(['names:capitalized-words', 'compromise:last-name']);
/** Rules whose places may be companies: a lone name elsewhere in the article does not join them. */
const WEAK_PLACE_RULES = new Set(['names:after-locative-preposition', 'places:before-its-region']);

interface LeaderFacts { terms: Array<readonly [number, number]>; gender: Gender | null }

/** What the leaders lexicon says of its leaders: by name, the years in office ("1993-2001", "2017-2021, 2025-") and the
 *  gender ("Bill Clinton", "Barack Obama": given names that tell none); by surname or one-word alias ("Obama", "Bush"),
 *  the names. */
function leaders(lexicons: Lexicons): { byName: Map<string, LeaderFacts>; bySurname: Map<string, string[]> } {
  return compiled(lexicons, 'entities/leaders', (lex) => ({
    byName: new Map(lex.leaders.map((l) => [l.name, {
      terms: (l.years ?? '').split(',').filter((term) => term.trim()).map((term) => {
        const [from, to] = term.trim().split('-');
        return [Number(from), to === undefined ? Number(from) : to === '' ? Infinity : Number(to)] as const;
      }),
      gender: l.gender ?? null,
    }])),
    bySurname: lex.leaders.reduce((map, l) => {
      for (const word of new Set([l.name.slice(l.name.lastIndexOf(' ') + 1), ...l.aliases.filter((a) => !a.includes(' '))])) pushTo(map, word, l.name);
      return map;
    }, new Map<string, string[]>()),
  }));
}

const leader = (lexicons: Lexicons, name: string) => leaders(lexicons).byName.get(name);

/** Whether the leader of that name held office in `year`; undefined when the year or the leader's years are unknown. */
function inOffice(lexicons: Lexicons, name: string, year: number | null): boolean | undefined {
  const terms = leader(lexicons, name)?.terms;
  if (year === null || !terms || terms.length === 0) return undefined;
  return terms.some(([from, to]) => from <= year && year <= to);
}

/** Whether two persons may be one by gender: unless both are known and differ. */
const compatible = (a: Gender | null | undefined, b: Gender | null | undefined) => !a || !b || a === b;

function keyOf(type: string, name: string): string {
  return `${type}\u0000${name.toLowerCase()}`;
}

/** The word that opens an organization's name of two words or more, when it may stand for it alone: a capitalized word of
 *  three letters or more that no lexicon knows as a place ("Saturn", "Penske", "Goldman"; not "American" of American
 *  Airlines). */
function leadWord(gaz: Gazetteer, name: string): string | null {
  const words = name.split(/\s+/);
  const w = words[0];
  if (words.length < 2 || !/^[A-Z][a-z]{2,}$/.test(w) || lookup(gaz, w)) return null;
  return w;
}
const initials = (name: string) => name.split(/[\s-]+/).filter((w) => upperAt(w, 0)).map((w) => w[0]).join('');

export const entities: Stage = {
  name: 'entities',
  requires: ['tokens', 'sentences'],
  provides: ['entities', 'sports'],
  run(doc: Document): Partial<Document> {
    const { text, options } = doc;
    const tokens = doc.tokens!;
    const lexicons = options.lexicons;
    const drafts = new Map<string, Draft>();
    const order: Draft[] = [];
    // Where each person is mentioned by name, surname or title, for he/she.
    const personMentions: PersonMention[] = [];
    const mentioned = (draft: Draft, c: Candidate) => { personMentions.push({ draft, sentence: tokens[c.first].sentence, end: c.end }); };
    const pending: Candidate[] = [];
    // The words the text writes in lower case, read once when a lone name needs them.
    let lowerWords: Set<string> | undefined;
    // Organizations by their initials, in the order they were found: "WTO" -> World Trade Organization; by the word
    // that opens their name: "Saturn" -> Saturn Corporation; and by their head word after "the": "the Commission" ->
    // European Commission.
    const byInitials = new Map<string, Draft[]>();
    const byLeadWord = new Map<string, Draft>();
    const byHeadWord = new Map<string, Draft>();
    const gaz = gazetteer(lexicons);
    const add = (key: string, init: () => Draft, mention: Mention) => {
      let draft = drafts.get(key);
      if (!draft) {
        draft = init();
        drafts.set(key, draft);
        order.push(draft);
        if (draft.type === 'organization') {
          pushTo(byInitials, initials(draft.name), draft);
          const lead = leadWord(gaz, draft.name);
          if (lead && !byLeadWord.has(lead)) byLeadWord.set(lead, draft);
          // ("the European Commission ... the Commission", "the Supreme Court ... the Court": its head word.)
          const head = draft.name.split(/\s+/).at(-1)!;
          if (head !== draft.name && lexicons.orgHeads[head] && !byHeadWord.has(head)) byHeadWord.set(head, draft);
        }
      }
      draft.mentions.push(mention);
      return draft;
    };
    const all: Candidate[] = [];
    const midCaps = midSentenceCapitals(tokens, doc.sentences!);
    const wirePlace = doc.ingest?.wire?.place ?? null;
    const contexts = doc.sentences!.map((sentence) => nameContext(text, tokens, sentence, lexicons, midCaps, wirePlace));
    // A sports report: sport in words in two sentences, or in one and a word only sport uses in another; two results
    // rows ("NEW YORK 74 58 .561"), or one and such a word ("SOCCER - IRELAND NAME SQUAD. Ireland beat Liechtenstein
    // 5-0"). Not news that mentions a game once ("because the NCAA basketball championship would be later that
    // night"), nor a golf resort's debts.
    const scores = contexts.filter((c) => c.sports && !c.sportsText).length;
    const texts = contexts.filter((c) => c.sportsText).length;
    const words = contexts.filter((c) => c.sportsWord).length;
    const sportsReport = texts >= 2 || (texts === 1 && words >= 2) || scores >= 2 || (scores === 1 && words >= 1);
    // The organization named last, when no place or person was named after it, for a role that "its" or "the
    // company's" ties to it.
    let lastOrganization: string | null = null;
    doc.sentences!.forEach((sentence, index) => {
      const ctx = contexts[index];
      ctx.sportsReport = sportsReport;
      if (sportsReport && ctx.sportsInReport) ctx.sports = true;
      const found = sentenceNames(ctx);
      found.forEach((c, k) => {
        // "Hizbollah (Party of God)", "The FOMC (Federal Open Market Committee)": a name of several words in brackets
        // right after an organization is its name in another language or in full; it joins that organization.
        const named = found[k - 1];
        if (c.type === 'organization' && named?.type === 'organization' && named.last === c.first - 1 && tokens[named.last].value === '(' &&
            tokens[c.last]?.value === ')' && c.last - c.first >= 2) {
          Object.assign(c, { name: named.name, subtype: named.subtype, countryCode: named.countryCode, sector: named.sector, rule: named.rule });
        }
        appositive(doc, tokens, c, sentence.lastToken, lexicons);
        roleBefore(doc, tokens, c, sentence.firstToken, lexicons, lastOrganization);
        lastOrganization = c.type === 'organization' ? c.name : c.type === 'location' || c.type === 'person' ? null : lastOrganization;
        // "United States Secretary Steven Mnuchin", "Chinese Premier Li": the adjacent country is the affiliation.
        const prev = found[k - 1];
        // "Palestinian leader Yasser Arafat": a demonym and a lower-case role before the name.
        // "French National Assembly president Laurent Fabius": an organization of a country and a role.
        // ("JPMorgan Chase & Co. chief executive Jamie Dimon": an organization of no country too.)
        // ("Binance and its founder Changpeng Zhao": the role after a possessive that stands for the organization.)
        if (c.type === 'person' && !c.title && prev && ((prev.type === 'location' && prev.countryCode) || prev.type === 'organization') && c.outer - prev.last >= 1 && c.outer - prev.last <= 3) {
          let role = tokens.slice(prev.last, c.outer);
          if (prev.type === 'organization' && role.length > 2 && role[0].lower === 'and' && (role[1].lower === 'its' || role[1].lower === 'their')) role = role.slice(2);
          // ("Meta Platforms Inc's chief executive Mark Zuckerberg", "Brazil's President Lula": after a possessive.)
          else if (role.length > 1 && isPossessiveS(role[0])) role = role.slice(1);
          if (role.every((t) => /^[a-z-]+$/.test(t.value) && t.pos !== 'CCONJ' && t.pos !== 'PRON' && t.pos !== 'DET' && t.pos !== 'ADP') && roles(lexicons).roleNouns.has(role[role.length - 1].lower)) {
            c.title = text.slice(role[0].start, role[role.length - 1].end);
            c.subtype = 'official';
            c.affiliation ??= text.slice(prev.start, prev.end);
            c.countryCode ??= prev.countryCode;
          }
        }
        // ("Brazil's President Lula", "Apple's CEO Tim Cook": after a possessive too.)
        const adjacent = !!prev && (prev.last === c.outer || (prev.last + 1 === c.outer && isPossessiveS(tokens[prev.last])));
        if (c.type === 'person' && c.title && prev && adjacent && prev.type === 'location' && prev.countryCode) {
          c.affiliation ??= text.slice(prev.start, prev.end);
          c.countryCode ??= prev.countryCode;
        }
        // "Apple CEO Tim Cook", "Reuters correspondent ...": the organization right before a titled person is theirs.
        if (c.type === 'person' && c.title && prev && adjacent && prev.type === 'organization') c.affiliation ??= text.slice(prev.start, prev.end);
      });
      // "The Civil Rights Act passed": a name that ends where a law does is the law, unless a title or a known first
      // name makes it a person's and the law word may be a surname ("Stuart Law"; not "the Helms-Burton Act").
      const person = (c: Candidate) => c.type === 'person' && c.rule !== 'names:capitalized-words';
      const laws = sentenceLaws(text, tokens, sentence, lexicons).filter((law) => !found.some((c) => c.end === law.end && person(c) && /\bLaw$/.test(law.name)));
      // (So is a name inside a named law's: "Tax Cuts" in "the Tax Cuts and Jobs Act".)
      for (const c of found) if (!laws.some((law) => law.end === c.end || (law.rule === 'laws:named' && law.start <= c.start && c.end <= law.end))) all.push(c);
      for (const law of laws) {
        add(keyOf('law', law.name), () => ({ type: 'law', subtype: 'regulation', name: law.name, title: null, affiliation: null, countryCode: null, sector: null, rule: law.rule, mentions: [], gender: null }),
          { start: law.start, end: law.end, text: text.slice(law.start, law.end), kind: 'name' });
      }
    });
    // Persons with full names first, so surnames and titles can find them.
    const persons: Draft[] = [];
    // The persons with a given first or last name, in the order found ("Obama" -> Barack Obama, the first; "Mrs.
    // Clinton" -> the first woman among Bill and Hillary Clinton): look-ups, not scans, so that a huge article stays
    // linear.
    const byNameWord = new Map<string, Draft[]>();
    const government = roles(lexicons).government;
    personsAsOrganizations(all);
    placesAsTeams(doc, all, sportsReport);
    const year = doc.ingest?.referenceDate ? Number(doc.ingest.referenceDate.slice(0, 4)) : null;
    const aliasSurnames = leaderSurnames(doc, all, year);
    for (const c of all) {
      const mention: Mention = { start: c.start, end: c.end, text: text.slice(c.start, c.end), kind: aliasSurnames.has(c) ? 'surname' : c.kind };
      const next = tokens[c.last];
      if ((c.type === 'person' || c.type === 'unknown' || c.lone) && c.kind === 'name' && next && government.has(next.lower) && !c.title) {
        // "the Obama administration": the government its leader heads.
        const end = next.end;
        const leader = text.slice(c.start, c.end);
        add(keyOf('organization', `${leader} ${next.lower}`), () => ({
          type: 'organization', subtype: 'government', name: `${leader} ${next.lower}`, title: null, affiliation: null,
          countryCode: next.lower === 'administration' ? 'USA' : null, sector: 'government', rule: 'org-words:leader-government', mentions: [], gender: null,
        }), { start: c.start, end, text: text.slice(c.start, end), kind: 'name' });
        continue;
      }
      if (c.type === 'person' && c.kind === 'name') {
        const words = c.name.split(/\s+/);
        const named = words.length === 1 ? byNameWord.get(c.name) : undefined;
        // (Not one of the other gender: "Hillary Clinton ... Mr. Clinton" is another Clinton.)
        const longer = named && ((c.gender && named.find((d) => d.gender === c.gender)) || named.find((d) => compatible(c.gender, d.gender)));
        const draft = longer ?? add(keyOf('person', c.name), () => {
          const d: Draft = { type: 'person', subtype: c.subtype, name: c.name, title: null, affiliation: null, countryCode: null, sector: null, rule: c.rule, mentions: [], gender: (words.length > 1 ? genderOf(gaz, words[0].toLowerCase()) : null) ?? leader(lexicons, c.name)?.gender ?? null };
          persons.push(d);
          for (const w of new Set([words[0], words[words.length - 1]])) pushTo(byNameWord, w, d);
          return d;
        }, mention);
        draft.gender ??= c.gender ?? null;
        if (longer) longer.mentions.push({ ...mention, kind: 'surname' });
        if (c.title && !draft.title) { draft.title = c.title; draft.subtype = 'official'; draft.sector = c.sector; }
        if (c.affiliation && !draft.affiliation) draft.affiliation = c.affiliation;
        if (c.countryCode && !draft.countryCode) draft.countryCode = c.countryCode;
        mentioned(draft, c);
        continue;
      }
      pending.push(c);
    }
    // Persons named first by surname only ("Obama" ... "Barack Obama") join the full name (the first found; not one of
    // the other gender: "Mr. Clinton" ... "Hillary Clinton" are two).
    const fullBySurname = new Map<string, Draft[]>();
    for (const q of persons) {
      const words = q.name.split(/\s+/);
      if (words.length > 1) pushTo(fullBySurname, words[words.length - 1], q);
    }
    const joined = new Map<Draft, Draft>();
    for (const p of persons) {
      const full = p.name.includes(' ') ? undefined : fullBySurname.get(p.name)?.find((q) => compatible(p.gender, q.gender));
      if (!full) {
        // ("Mr. Obama" in 2016, no other Obama named in full: the one leader in office then whose surname it is; "Mr.
        // Bush" in 2003 is George W. Bush.)
        const held = p.name.includes(' ') ? [] : (leaders(lexicons).bySurname.get(p.name) ?? []).filter((name) => inOffice(lexicons, name, year) && compatible(p.gender, leader(lexicons, name)?.gender));
        const known = held.length === 1 ? held[0] : undefined;
        if (known && !drafts.has(keyOf('person', known))) {
          drafts.delete(keyOf('person', p.name));
          drafts.set(keyOf('person', known), p);
          Object.assign(p, { name: known, subtype: 'official', sector: 'government', rule: 'lexicon:leaders', mentions: p.mentions.map((m) => ({ ...m, kind: 'surname' as const })) });
          p.gender ??= leader(lexicons, known)?.gender ?? null;
        }
        continue;
      }
      full.mentions.push(...p.mentions.map((m) => ({ ...m, kind: 'surname' as const })));
      full.title ??= p.title; full.subtype = full.title ? 'official' : full.subtype;
      drafts.delete(keyOf('person', p.name));
      joined.set(p, full);
    }
    if (joined.size > 0) {
      for (const list of [order, persons]) {
        let k = 0;
        for (const d of list) if (!joined.has(d)) list[k++] = d;
        list.length = k;
      }
      for (const pm of personMentions) pm.draft = joined.get(pm.draft) ?? pm.draft;
    }
    // Surname and first-name lookups for the mentions still to place ("Mnuchin", "Jansher").
    const bySurname = new Map<string, Draft>();
    const byFirstName = new Map<string, Draft>();
    for (const p of persons) {
      const words = p.name.split(/\s+/);
      const surname = words[words.length - 1];
      if (!bySurname.has(surname)) bySurname.set(surname, p);
      // ("Abu Bakr al-Baghdadi" is "Baghdadi" too, as "the hunt for al-Baghdadi" writes him.)
      const bare = withoutArticle(surname);
      if (bare !== surname && !bySurname.has(bare)) bySurname.set(bare, p);
      if (words.length > 1 && !byFirstName.has(words[0])) byFirstName.set(words[0], p);
    }
    for (const c of pending) {
      const mention: Mention = { start: c.start, end: c.end, text: text.slice(c.start, c.end), kind: c.kind };
      if (c.kind === 'title') {
        const holder = persons.find((p) => p.title?.toLowerCase().endsWith(c.title!.toLowerCase()));
        if (holder) {
          holder.mentions.push(mention);
          mentioned(holder, c);
        }
        continue;
      }
      if (c.type === 'unknown' || c.lone || (c.type === 'organization' && c.kind === 'acronym')) {
        const person = bySurname.get(c.name) ?? byFirstName.get(c.name);
        if (person) {
          // ("the hunt for al-Baghdadi": the article is part of the surname.)
          const start = withArticle(text, c.start);
          person.mentions.push({ ...mention, start, text: text.slice(start, c.end), kind: 'surname' });
          // ("Rubio disagreed. “...,” he said": the surname is the latest mention of the person.)
          mentioned(person, c);
          continue;
        }
        // (An acronym has two letters at least: "N / A" is no "Newsdesk".)
        const expansion = c.name.length > 1 ? byInitials.get(c.name)?.find((d) => d.name.length > c.name.length) : undefined;
        if (expansion) { expansion.mentions.push({ ...mention, kind: 'acronym' }); continue; }
        // ("The Penske Automotive Group ... According to Penske", "Saturn Corporation ... future Saturn vehicles": the
        // word that opens an organization's name, alone, is that organization, as a surname is a person; not a word the
        // text also writes in lower case, nor a common one opening a sentence: "Wayne's World" is not the World Wide
        // Developers Conference, "Bank shares rose" no Bank of America.)
        const lead = (c.type !== 'organization' || c.kind !== 'acronym') ? byLeadWord.get(c.name) : undefined;
        const opening = c.first === 0 || tokens[c.first - 1].sentence !== tokens[c.first].sentence;
        const named = lead && !(opening && gaz.commonWords.has(c.name.toLowerCase())) &&
          !(lowerWords ??= new Set(tokens.filter((t) => t.value === t.lower).map((t) => t.lower))).has(c.name.toLowerCase()) ? lead : undefined;
        if (named) { named.mentions.push(mention); continue; }
        const headed = tokens[c.first - 1]?.lower === 'the' ? byHeadWord.get(c.name) : undefined;
        if (headed) { headed.mentions.push(mention); continue; }
        // ("the city of Arbil ... Arbil lies within the safe haven": a lone name the article calls a place elsewhere.)
        // (Not one only a preposition or a place after it made a place: "jobs at Opel", "Jayark, New York, distributes".)
        const place = c.lone ? drafts.get(keyOf('location', c.name)) : undefined;
        if (place && !WEAK_PLACE_RULES.has(place.rule)) { place.mentions.push(mention); continue; }
        if (c.type === 'unknown') continue;
      }
      const type = c.type as Entity['type'];
      // "the United States Senate", "the Canadian Government": the country named inside is mentioned too.
      // (Not in a team named by its city: "Kansas City" names no state.)
      if (type === 'organization' && c.last - c.first >= 2 && !c.rule.startsWith('sports:place-as-team')) {
        for (let j = c.last - 1; j > c.first; j--) {
          const lead = lookup(gazetteer(lexicons), text.slice(c.start, tokens[j - 1].end));
          // (Not one of two names an ampersand joins: "Douglas & Lomason".)
          if (lead?.type === 'location' && lead.countryCode && tokens[j].value !== '&') {
            add(keyOf('location', lead.name), () => ({ type: 'location', subtype: lead.subtype, name: lead.name, title: null, affiliation: null, countryCode: lead.countryCode, sector: null, rule: lead.source, mentions: [], gender: null }),
              { start: c.start, end: tokens[j - 1].end, text: text.slice(c.start, tokens[j - 1].end), kind: lead.kind });
            c.countryCode ??= lead.countryCode;
            break;
          }
        }
      }
      // Acronyms of lexicon organizations carry the canonical name; an acronym met first keeps its own.
      const draft = add(keyOf(type, c.name), () => ({
        type, subtype: c.subtype, name: c.name, title: null, affiliation: null, countryCode: c.countryCode, sector: c.sector, rule: c.rule, mentions: [], gender: null,
      }), mention);
      // ("the Department of Health and Human Services (HHS) ... HHS said": the acronym a name defines names it after.)
      if (c.kind === 'acronym' && c.rule === 'names:acronym-definition') pushTo(byInitials, mention.text, draft);
      if (c.type === 'organization' && c.subtype === 'media' && draft.subtype !== 'media') { draft.subtype = 'media'; draft.sector = 'media'; draft.countryCode ??= c.countryCode; }
    }
    placesAsSurnames(tokens, drafts, bySurname, gaz.firstNames, personMentions);
    capitalSurnames(doc, contexts, order, bySurname, personMentions);
    resolvePronouns(doc, personMentions);
    resolveNominals(text, tokens, order, lexicons);
    return { entities: entitiesOf(order), sports: contexts.map((c) => c.sports && c.sportsReport) };
  },
};

/** The gender a given name tells, if any. */
function genderOf(gaz: Gazetteer, first: string): Gender | null {
  return gaz.femaleNames.has(first) ? 'female' : gaz.maleNames.has(first) ? 'male' : null;
}

/** "Jones Medical completes acquisition ... Jones Medical Industries Inc": a name read as a person's for want of a
 *  first name that opens an organization's name in the article is that organization (not the surname of a person the
 *  article names: "Sony hired Jon Peters. Later Peters quit, and Sony sold Peters Entertainment Co."). */
function personsAsOrganizations(all: Candidate[]): void {
  const orgByPrefix = new Map<string, Candidate>();
  const personWords = new Set<string>();
  for (const c of all) {
    if (c.type === 'person' && c.kind === 'name' && !WEAK_PERSON_RULES.has(c.rule)) for (const w of c.name.split(' ')) personWords.add(w);
    if (c.type !== 'organization' || c.kind !== 'name') continue;
    const words = c.name.split(' ');
    for (let k = 1; k < words.length; k++) {
      const prefix = words.slice(0, k).join(' ');
      if (!orgByPrefix.has(prefix)) orgByPrefix.set(prefix, c);
    }
  }
  for (const c of all) {
    const org = c.type === 'person' && c.kind === 'name' && WEAK_PERSON_RULES.has(c.rule) && !personWords.has(c.name) ? orgByPrefix.get(c.name) : undefined;
    if (org) Object.assign(c, { type: 'organization', subtype: org.subtype, name: org.name, countryCode: org.countryCode, sector: org.sector, rule: org.rule, title: null, affiliation: null });
  }
}

/** In a sports report, a place named as a team by its role in one sentence names it in the others too ("Brian Giles
 *  homered for Cleveland" ... "seven of the 10 meetings from Cleveland"), but where it is where a game is played ("in
 *  Cleveland", "(Cleveland)", "ARLINGTON, Texas"; "from" and "to" a team are its too) and in a dateline ("CLEVELAND
 *  1996-08-30"). (Not from a place read as a team by the sports words around it alone: news of a city can read as a
 *  sports report.) */
function placesAsTeams(doc: Document, all: Candidate[], sportsReport: boolean): void {
  const tokens = doc.tokens!;
  const teams = new Set(sportsReport ? all.filter((c) => c.rule === 'sports:place-as-team-by-role').map((c) => c.name) : []);
  if (teams.size > 0) {
    const placeEnds = new Set(all.filter((c) => c.type === 'location').map((c) => c.last));
    for (const c of all) {
      if (c.type !== 'location' || c.kind !== 'name' || !teams.has(c.name) || c.subtype === 'country') continue;
      const before = c.first > 0 && tokens[c.first - 1].sentence === tokens[c.first].sentence ? tokens[c.first - 1] : undefined;
      if (before && ((LOCATIVE.has(before.lower) && before.lower !== 'from' && before.lower !== 'to') || before.value === '(' || (before.value === ',' && placeEnds.has(c.first - 1)))) continue;
      if (c.first === doc.sentences![tokens[c.first].sentence].firstToken && /^\d/.test(tokens[c.last]?.value ?? '')) continue;
      Object.assign(c, { type: 'organization', subtype: 'club', sector: 'civil', countryCode: null, rule: 'sports:place-as-team-by-role' });
    }
  }
}

/** "Donald J. Trump ... Trump", "Jeb Bush ... Bush": a surname the leaders lexicon gives to one person ("Trump" ->
 *  Donald Trump, "Bush" -> George H. W. Bush) is the person the article names in full: the lexicon's person written
 *  another way (same first and last name, no other middle name), else, where the article does not name the lexicon's
 *  person in full and the lexicon's person was out of office in the year of publication ("Clinton" in 2016 is no
 *  longer Bill Clinton; in 1996 "Yeltsin" by his wife Naina Yeltsin is still Boris), its one person of that surname
 *  (of several, the latest before, else the first after), not of the other gender a title gives. (Names of two or
 *  three words that open with a given name, or of two that open with no common word, "Jeb Bush": not "Jews Against
 *  Trump" or "Ted Cruz Hints Trump" from a headline.) */
function leaderSurnames(doc: Document, all: Candidate[], year: number | null): Set<Candidate> {
  const { text, options: { lexicons } } = doc;
  const gaz = gazetteer(lexicons);
  const fullBySurnameWord = new Map<string, Candidate[]>();
  const writtenInFull = new Set<string>();
  const aliasSurnames = new Set<Candidate>();
  for (const c of all) {
    // ("Russian President Boris Yeltsin": after a title.)
    if (c.type !== 'person' || c.kind !== 'name' || !c.name.includes(' ') || !text.slice(c.start, c.end).endsWith(c.name)) continue;
    writtenInFull.add(c.name);
    const words = c.name.split(' ');
    const given = words[0].toLowerCase();
    if (gaz.firstNames.has(given) ? words.length <= 3 : words.length === 2 && !gaz.commonWords.has(given)) pushTo(fullBySurnameWord, words[words.length - 1], c);
  }
  for (const c of fullBySurnameWord.size > 0 ? all : []) {
    const written = text.slice(c.start, c.end);
    if (c.type !== 'person' || c.kind !== 'name' || written.includes(' ') || !c.name.endsWith(` ${written}`)) continue;
    const named = (fullBySurnameWord.get(written) ?? []).filter((f) => f.name !== c.name && compatible(c.gender, genderOf(gaz, f.name.split(' ')[0].toLowerCase())));
    if (named.length === 0) continue;
    const known = c.name.split(' ');
    const variant = named.find((f) => {
      const words = f.name.split(' ');
      return words[0] === known[0] && (known.length === 2 || known.slice(1, -1).join(' ') === words.slice(1, -1).join(' '));
    });
    const before = named.filter((f) => f.start < c.start);
    const person = variant ?? (writtenInFull.has(c.name) || inOffice(lexicons, c.name, year) !== false ? undefined : before.length > 0 ? before[before.length - 1] : named[0]);
    if (!person) continue;
    Object.assign(c, { name: person.name, subtype: person.subtype, countryCode: person.countryCode, sector: person.sector, rule: person.rule });
    aliasSurnames.add(c);
  }
  return aliasSurnames;
}

/** Where a person is mentioned by name, surname or title: the sentence, and the mention's end (for he/she). */
interface PersonMention { draft: Draft; sentence: number; end: number }

/** "Neil Jordan ... Jordan said", "MaliVai Washington ... when Washington found the net": a place's name that a person
 *  of the article bears as surname is that person, unless the article puts it after a preposition of place ("shot in
 *  Jordan"): then every mention stays the place. (Only a person whose first name is one: "Statistics Canada", "Atlas
 *  Bangladesh" are no people.) */
function placesAsSurnames(tokens: readonly Token[], drafts: Map<string, Draft>, bySurname: Map<string, Draft>, firstNames: ReadonlySet<string>, personMentions: PersonMention[]): void {
  for (const [surname, person] of bySurname) {
    if (!firstNames.has(person.name.split(/\s+/)[0].toLowerCase())) continue;
    const place = drafts.get(keyOf('location', surname));
    if (!place || place.mentions.some((m) => PLACE_BEFORE.has(tokens[tokenAt(tokens, m.start) - 1]?.lower ?? ''))) continue;
    for (const m of place.mentions) {
      person.mentions.push({ ...m, kind: 'surname' });
      personMentions.push({ draft: person, sentence: tokens[tokenAt(tokens, m.start)].sentence, end: m.end });
    }
    place.mentions = [];
  }
}

/** "SOCCER - SHEARER NAMED AS ENGLAND CAPTAIN.": a word in capitals in a line in capitals that is the surname of a
 *  person the article names ("Alan Shearer") is that person, with the first name before it ("ROBERTO DURAN"). (A
 *  surname that is a common word only for a name with a given name in it: "HILL" for "Anthony Hill", no "CUP" for a
 *  "World Cup" read as a person's name.) */
function capitalSurnames(doc: Document, contexts: readonly NameContext[], order: readonly Draft[], bySurname: Map<string, Draft>, personMentions: PersonMention[]): void {
  const { text, options: { lexicons } } = doc;
  const tokens = doc.tokens!;
  const gaz = gazetteer(lexicons);
  const firstNames = gaz.firstNames;
  const byCapitalSurname = new Map<string, Draft>();
  for (const [surname, person] of bySurname) {
    const common = gaz.commonWords.has(surname.toLowerCase()) && !person.name.split(/\s+/).some((w) => firstNames.has(w.toLowerCase()));
    if (!common && !byCapitalSurname.has(surname.toUpperCase())) byCapitalSurname.set(surname.toUpperCase(), person);
  }
  const capitalLines = byCapitalSurname.size > 0 ? doc.sentences!.filter((_, index) => contexts[index].allCaps) : [];
  if (capitalLines.length > 0) {
    const named = new Set<number>();
    for (const d of order) for (const m of d.mentions) for (let k = tokenAt(tokens, m.start); k < tokens.length && tokens[k].start < m.end; k++) named.add(k);
    for (const s of capitalLines) {
      // (Not in the desk's label before a dash: "BASEBALL - MAJOR LEAGUE STANDINGS".)
      let from = s.firstToken;
      for (let k = s.firstToken + 1; k < Math.min(s.lastToken, s.firstToken + 4); k++) if (tokens[k].value === '-') { from = k + 1; break; }
      // (From the end: a surname takes the given name before it before that can be read as a name of its own.)
      for (let k = s.lastToken - 1; k >= from; k--) {
        const person = named.has(k) || tokens[k].value.length < 3 ? undefined : byCapitalSurname.get(tokens[k].value);
        if (!person) continue;
        // (The first name before it: the person's, or a given name before a person named by surname alone.)
        const first = person.name.split(/\s+/)[0];
        const full = k > from && !named.has(k - 1) && (first === person.name ? firstNames.has(tokens[k - 1].lower) : tokens[k - 1].value === first.toUpperCase());
        const start = tokens[full ? k - 1 : k].start;
        person.mentions.push({ start, end: tokens[k].end, text: text.slice(start, tokens[k].end), kind: full ? 'name' : 'surname' });
        personMentions.push({ draft: person, sentence: tokens[k].sentence, end: tokens[k].end });
        named.add(k);
        if (full) named.add(--k);
      }
    }
  }
}

/** Pronouns: "He said" after a person refers to the latest person named in this or the two sentences before. */
function resolvePronouns(doc: Document, personMentions: PersonMention[]): void {
  const text = doc.text;
  const tokens = doc.tokens!;
  const possessor = (end: number) => {
    const after = tokens[tokenAt(tokens, end - 1) + 1];
    return after !== undefined && isPossessiveS(after);
  };
  // (Inside a quotation "he" is the speaker's, who may mean anyone: a quotation mark left open in the paragraph, read
  // no further back than 2000 characters.)
  const analysis = doc.ingest?.analysisText ?? text;
  const quoted = (at: number) => quoteOpen(analysis.slice(Math.max(analysis.lastIndexOf('\n', at) + 1, at - 2000), at));
  personMentions.sort((a, b) => a.end - b.end);
  let latest = -1;
  // (The pronoun's resolution is a function apart: closures over the loop's token would make V8 allocate it anew for
  // every token of the article.)
  const resolveAt = (at: number) => {
    const t = tokens[at];
    // "he": the latest person not known to be a woman. "she": the latest woman, else the latest person of no known
    // gender ("she" after "Bill and Hillary Clinton" is Hillary; the names of unknown gender in news are mostly men's).
    const resolve = (sentences: number) => {
      const within = (k: number) => k >= 0 && t.sentence - personMentions[k].sentence <= sentences;
      let referent = -1;
      if (t.lower === 'he') {
        for (let k = latest; within(k) && referent < 0; k--) if (personMentions[k].draft.gender !== 'female') referent = k;
        // ("Sheriff Joe Arpaio vouched for Trump's proposal to build a wall. He said ...": a possessor is less likely
        // what "He" opening a sentence refers to than a person named before it as no one's.)
        if (referent >= 0 && possessor(personMentions[referent].end) && t.value === 'He' && !quoted(t.start)) {
          for (let k = referent - 1; within(k); k--) {
            if (personMentions[k].draft.gender !== 'female' && !possessor(personMentions[k].end) && personMentions[k].draft !== personMentions[referent].draft) { referent = k; break; }
          }
        }
      } else {
        let unknown = -1;
        for (let k = latest; within(k) && referent < 0; k--) {
          const g = personMentions[k].draft.gender;
          if (g === 'female') referent = k;
          else if (!g && unknown < 0) unknown = k;
        }
        if (referent < 0) referent = unknown;
      }
      return referent;
    };
    // ('“...,” he continued.': a pronoun tagging a quotation names its speaker, who may have been named several quoted
    // sentences before; looked for there only when no one is named in the two sentences before.)
    const tag = (at > 1 && CLOSE_MARKS.has(tokens[at - 1].value) && QUOTE_ENDS.has(tokens[at - 2].value)) || (at > 1 && tokens[at - 1].value === ',' && CLOSE_MARKS.has(tokens[at - 2].value));
    let referent = resolve(2);
    if (referent < 0 && tag) referent = resolve(6);
    if (referent >= 0) personMentions[referent].draft.mentions.push({ start: t.start, end: t.end, text: t.value, kind: 'pronoun' });
  };
  for (let at = 0; at < tokens.length; at++) {
    const t = tokens[at];
    while (latest + 1 < personMentions.length && personMentions[latest + 1].end <= t.start) latest++;
    if (t.pos === 'PRON' && latest >= 0 && PRONOUNS.has(t.lower)) resolveAt(at);
  }
}

/** The entities of the drafts that kept a mention, in text order; stable ids from type and name. */
function entitiesOf(order: readonly Draft[]): Entity[] {
  const out: Entity[] = [];
  for (const d of order) {
    const mentions = dedupe(d.mentions);
    if (mentions.length === 0) continue;
    const sector = d.sector && Sector.safeParse(d.sector).success ? (d.sector as Entity['sector']) : null;
    out.push({
      id: stableId('ent', d.type, d.name.toLowerCase()),
      type: d.type, subtype: d.subtype, name: d.name, title: d.title, affiliation: d.affiliation,
      countryCode: d.countryCode, sector: d.type === 'person' && d.subtype === 'official' ? sector ?? 'government' : sector,
      rule: d.rule, mentions,
    });
  }
  out.sort((a, b) => bySpan(a.mentions[0], b.mentions[0]) || a.id.localeCompare(b.id));
  return out;
}

/** The mentions in text order, one per span (the first found): sorted, one span's mentions are neighbours. */
function dedupe(mentions: Mention[]): Mention[] {
  return [...mentions].sort(bySpan).filter((m, i, sorted) => i === 0 || bySpan(m, sorted[i - 1]) !== 0);
}
