// PLOVER gold-standard sentences: one coded event each; type, actor and recipient codes.
import type { Event, NewsRecord } from '../../schema/record.js';
import type { EvalOptions, SetResult } from '../types.js';
import { zero } from '../metrics.js';
import { loadJson, row, run, timed } from './common.js';

interface Actor { text: string; code: string; sector: string }
interface Data { records: Array<{ id: string; text: string; event: string; actor: Actor[]; recipient: Actor[] }> }

/** Actor code as PLOVER codes it: ISO alpha-3, or IGO/NGO for international and non-governmental organizations. */
export function actorCodes(record: NewsRecord, event: Event, role: 'actor' | 'recipient'): string[] {
  const byId = new Map(record.entities.map((e) => [e.id, e]));
  const participants = role === 'actor' ? event.actors : event.recipients;
  return participants.map((p) => {
    const e = p.entityId ? byId.get(p.entityId) : undefined;
    if (!e) return '';
    if (p.countryCode) return p.countryCode;
    if (e.subtype === 'international') return 'IGO';
    if (e.subtype === 'ngo') return 'NGO';
    return '';
  }).filter(Boolean);
}

/** The sentence's main event: the first one (verbs before the nouns they govern; noun events only without a verb). */
export function mainEvent(events: readonly Event[]): Event | undefined {
  return events[0];
}

export function evalPlover(options: EvalOptions): SetResult {
  return timed(options, (diffs) => {
    const data = loadJson<Data>(options.dataDir, 'plover/gsr-dev.json');
    const records = data.records.slice(0, options.limit);
    const type = zero();
    const actor = zero();
    const recipient = zero();
    for (const r of records) {
      const record = run(r.id, r.text, null);
      const e = mainEvent(record.events);
      type.gold++;
      type.system++;
      if (e?.type === r.event) type.correct++;
      const goldActors = new Set(r.actor.map((a) => a.code).filter(Boolean));
      const goldRecipients = new Set(r.recipient.map((a) => a.code).filter(Boolean));
      const sysActors = e ? actorCodes(record, e, 'actor') : [];
      const sysRecipients = e ? actorCodes(record, e, 'recipient') : [];
      if (goldActors.size > 0) { actor.gold++; actor.system++; if (sysActors.some((c) => goldActors.has(c))) actor.correct++; }
      if (goldRecipients.size > 0) { recipient.gold++; recipient.system++; if (sysRecipients.some((c) => goldRecipients.has(c))) recipient.correct++; }
      if (diffs && (e?.type !== r.event || (goldActors.size > 0 && !sysActors.some((c) => goldActors.has(c))))) {
        diffs.push({ set: 'plover', document: r.id, field: 'events', kind: 'wrong-value', text: e ? `${e.type} "${e.trigger.text}" actor [${sysActors}] recipient [${sysRecipients}]` : 'no event', detail: `gold ${r.event} actor [${[...goldActors]}] recipient [${[...goldRecipients]}]`, sentence: r.text });
      }
    }
    return {
      rows: [
        row('plover', 'events type', 'accuracy', type, 'main event of the sentence has the gold type'),
        row('plover', 'events actor', 'accuracy', actor, 'an actor code of the main event is a gold actor code'),
        row('plover', 'events recipient', 'accuracy', recipient, 'a recipient code of the main event is a gold recipient code'),
      ],
      documents: records.length,
    };
  });
}
