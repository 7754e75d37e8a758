// The golden fixtures of the seed articles: every field, against hand-written gold.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, NewsRecord, Span } from '../../schema/record.js';
import { packagePath } from '../../util/paths.js';
import { overlaps } from '../../util/span.js';
import type { EvalOptions, SetResult } from '../types.js';
import { add, countMatches, matchSpans, zero, type Counts } from '../metrics.js';
import { claimCounts, context, dateCounts, scoreClaims, scoreDates, type GoldDate } from '../score.js';
import { row, run, timed } from './common.js';

export interface GoldMention extends Span { text: string; kind: string }
export interface GoldEntity { type: string; subtype: string; name: string; title: string | null; countryCode: string | null; mentions: GoldMention[] }
export interface GoldClaimItem { n: number; speaker: (Span & { kind: string; entity: string | null }) | null; cue: Span; content: Span; parent: number | null; date?: Span | null }
export interface GoldEvent { type: string; trigger: Span & { text: string }; actor: string[]; recipient: string[] }
export interface GoldFixture { id: string; publishedAt: string; entities: GoldEntity[]; dates: GoldDate[]; claims: GoldClaimItem[]; events: GoldEvent[] }

export function loadFixtures(): Array<{ gold: GoldFixture; text: string }> {
  const dir = packagePath('fixtures');
  return readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort().map((f) => {
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldFixture;
    return { gold, text: readFileSync(packagePath('seeds', `${gold.id}.txt`), 'utf8') };
  });
}

/** A system entity is right when it has the gold type and shares a mention with one gold entity. */
function entityMatch(system: Entity, gold: readonly GoldEntity[]): GoldEntity | undefined {
  return gold.find((g) => g.type === system.type && (g.name.toLowerCase() === system.name.toLowerCase() || system.mentions.some((m) => g.mentions.some((gm) => gm.start === m.start && gm.end === m.end))));
}

export function evalFixtures(options: EvalOptions): SetResult {
  return timed(options, (diffs) => {
    const fixtures = loadFixtures().slice(0, options.limit);
    const mentions = zero();
    const entities = { correct: 0, system: 0, gold: 0 };
    const titles = zero();
    const dates = dateCounts();
    const claims = claimCounts();
    const nested = zero();
    const claimDates = zero();
    const events = zero();
    const actors = zero();
    const recipients = zero();
    for (const { gold, text } of fixtures) {
      const record: NewsRecord = run(gold.id, text, gold.publishedAt);
      const set = 'fixtures';
      // Entities: mention level (span overlap and type) and entity level.
      const sysM = record.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type })));
      const goldM = gold.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type })));
      mentions.correct += matchSpans(sysM, goldM, 'overlap', (a, b) => a.type === b.type).length;
      mentions.system += sysM.length;
      mentions.gold += goldM.length;
      const matchedGold = new Set<GoldEntity>();
      for (const e of record.entities) {
        const g = entityMatch(e, gold.entities);
        entities.system++;
        if (g && !matchedGold.has(g)) { entities.correct++; matchedGold.add(g); }
        else diffs?.push({ set, document: gold.id, field: 'entities', kind: 'false-alarm', text: `${e.type} ${e.name}`, detail: e.rule, sentence: context(text, e.mentions[0]) });
        if (g?.title) { titles.gold++; titles.system++; if (e.title?.toLowerCase() === g.title.toLowerCase()) titles.correct++; }
      }
      entities.gold += gold.entities.length;
      for (const g of gold.entities) if (!matchedGold.has(g)) diffs?.push({ set, document: gold.id, field: 'entities', kind: 'miss', text: `${g.type} ${g.name}`, sentence: context(text, g.mentions[0]) });
      scoreDates(dates, record.dates, gold.dates, text, gold.id, set, diffs);
      scoreClaims(claims, record.claims, gold.claims.map((c) => ({ source: c.speaker, cue: c.cue, content: c.content })), text, gold.id, set, diffs);
      // Nested attribution: a matched inner claim whose parent is the match of its gold parent.
      const pairs = matchSpans(record.claims.map((c) => c.content), gold.claims.map((c) => c.content), 'half');
      const sysOf = new Map(pairs.map(([s, g]) => [g, record.claims[s]]));
      for (const g of gold.claims.filter((c) => c.parent !== null)) {
        nested.gold++;
        const inner = sysOf.get(g.n);
        const outer = sysOf.get(g.parent!);
        if (inner?.parentId) nested.system++;
        if (inner && outer && inner.parentId === outer.id) nested.correct++;
      }
      // The date that governs a claim, on the matched claims: the system's date overlaps the gold one.
      for (const g of gold.claims) {
        const c = sysOf.get(g.n);
        if (!c) continue;
        const date = c.dateId ? record.dates.find((d) => d.id === c.dateId) : undefined;
        if (g.date) claimDates.gold++;
        if (date) claimDates.system++;
        if (g.date && date && overlaps(date, g.date)) claimDates.correct++;
        else if (g.date || date) diffs?.push({ set, document: gold.id, field: 'claims date', kind: 'wrong-value', text: date?.text ?? '(none)', detail: `gold ${g.date ? `"${text.slice(g.date.start, g.date.end)}"` : '(none)'} (cue "${c.cue.text}")`, sentence: context(text, c.cue) });
      }
      // Events: trigger overlap and type; then actor and recipient by entity name on the matched ones.
      const ev = matchSpans(record.events.map((e) => ({ ...e.trigger, type: e.type })), gold.events.map((e) => ({ ...e.trigger, type: e.type })), 'overlap', (a, b) => a.type === b.type);
      events.correct += ev.length;
      events.system += record.events.length;
      events.gold += gold.events.length;
      const names = new Map(record.entities.map((e) => [e.id, e.name]));
      for (const [s, g] of ev) {
        const ge = gold.events[g];
        const se = record.events[s];
        const hit = (ids: string[], want: string[]) => ids.some((id) => want.includes(names.get(id) ?? ''));
        for (const [field, ids, want, counts] of [['actor', se.actor, ge.actor, actors], ['recipient', se.recipient, ge.recipient, recipients]] as const) {
          if (!want.length) continue;
          counts.gold++;
          counts.system++;
          if (hit(ids, want)) counts.correct++;
          else diffs?.push({ set, document: gold.id, field: `events ${field}`, kind: 'wrong-value', text: ids.map((id) => names.get(id)).join(', ') || '(none)', detail: `gold ${want.join(', ')} (${se.type} "${se.trigger.text}")`, sentence: context(text, se.trigger) });
        }
      }
      if (diffs) {
        const ms = new Set(ev.map(([s]) => s));
        const mg = new Set(ev.map(([, g]) => g));
        gold.events.forEach((g, i) => { if (!mg.has(i)) diffs.push({ set, document: gold.id, field: 'events', kind: 'miss', text: `${g.type} "${g.trigger.text}"`, sentence: context(text, g.trigger) }); });
        record.events.forEach((e, i) => { if (!ms.has(i)) diffs.push({ set, document: gold.id, field: 'events', kind: 'false-alarm', text: `${e.type} "${e.trigger.text}"`, detail: e.rule, sentence: context(text, e.trigger) }); });
      }
    }
    return {
      rows: [
        row('fixtures', 'entities', 'entity', entities),
        row('fixtures', 'entities', 'mentions overlap', mentions),
        row('fixtures', 'entities title', 'accuracy', titles, 'officials matched to gold whose title is the gold title'),
        row('fixtures', 'dates', 'extent strict', dates.strict),
        row('fixtures', 'dates', 'extent overlap', dates.overlap),
        row('fixtures', 'dates', 'value', dates.value),
        row('fixtures', 'claims content', 'half-overlap', claims.content),
        row('fixtures', 'claims source', 'on matched', claims.source),
        row('fixtures', 'claims cue', 'overlap', claims.cue),
        row('fixtures', 'claims nested', 'parent', nested),
        row('fixtures', 'claims date', 'on matched', claimDates, 'the date that governs a matched claim ("said on Wednesday")'),
        row('fixtures', 'events', 'type+trigger', events),
        row('fixtures', 'events actor', 'on matched', actors),
        row('fixtures', 'events recipient', 'on matched', recipients),
      ],
      documents: fixtures.length,
    };
  });
}
