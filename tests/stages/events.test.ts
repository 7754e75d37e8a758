// Events: PLOVER type, trigger, actor and recipient on the seeds and on coded sentences.
import { describe, expect, it } from 'vitest';
import { defaultLexicons, extendLexicons, extractSync } from '../../src/index.js';
import { at, SEED_A, SEED_B, seedRecord, seedText } from '../helpers.js';

const A = seedRecord(SEED_A);
const B = seedRecord(SEED_B);

describe('seed 000', () => {
  it('a refusal to cooperate is one REJECT, whatever the refusing verb\'s form ("refuses to negotiate", "will refuse to", "has refused to sign the deal")', () => {
    const r = extractSync({ text: 'Iran refuses to negotiate with the US. Iran will refuse to negotiate with Britain. Iran has refused to sign the deal. Turkey refused the request.', publishedAt: '2023-03-15' });
    expect(r.events.map((e) => [e.type, e.trigger.text])).toEqual([['REJECT', 'negotiate'], ['REJECT', 'negotiate'], ['REJECT', 'deal'], ['REJECT', 'refused']]);
  });

  it('takes no target from the next clause ("If Iran attacks, Israel will retaliate"), but a list after a comma stays ("on Iran, Russia and China")', () => {
    const r = extractSync({ text: 'If Iran attacks, Israel will retaliate. The US imposed sanctions on Iran, Russia and China.', publishedAt: '2023-03-15' });
    expect(r.events.map((e) => [e.type, e.actors.map((a) => a.text), e.recipients.map((a) => a.text)])).toEqual([['ASSAULT', ['Iran'], []], ['SANCTION', ['US'], ['Iran', 'Russia', 'China']]]);
  });

  it('coordinated actors who meet or agree somewhere target no one there ("Kenya and Somalia signed a peace deal in Nairobi")', () => {
    const r = extractSync({ text: 'Kenya and Somalia signed a peace deal in Nairobi. Police arrested 20 protesters in Nairobi.', publishedAt: '2023-03-15' });
    expect(r.events.map((e) => [e.type, e.actors.map((a) => a.text), e.recipients.map((a) => a.text)])).toEqual([['AGREE', ['Kenya', 'Somalia'], []], ['COERCE', [], ['Nairobi']]]);
    // (Force with no agent named is the state's where it happens, named right after it; not a place further on.)
    const a = extractSync({ text: 'A missionary from Calgary was arrested in Lebanon. He served in Kuwait; in 2001 he was arrested on a drug charge.', publishedAt: '2023-03-15' });
    expect(a.events.map((e) => [e.type, e.actors.map((x) => x.countryCode)])).toEqual([['COERCE', ['LBN']], ['COERCE', []]]);
  });

  it('dates an event by the date nearest its trigger, the reporting claim\'s date only when no other is there', () => {
    const r = extractSync({ text: 'On Monday, officials said China had agreed on Friday to hold talks. Officials said on Tuesday that the US imposed sanctions.', publishedAt: '2023-03-15' });
    const value = (id: string | null) => r.dates.find((d) => d.id === id)?.value ?? null;
    expect(r.events.map((e) => [e.type, value(e.dateId)])).toEqual([['AGREE', '2023-03-10'], ['CONSULT', '2023-03-10'], ['SANCTION', '2023-03-14']]);
  });

  it('the meeting is a CONSULT by China inside the sources\' claim', () => {
    const e = A.events.find((x) => x.trigger.text === 'meeting')!;
    expect(e.type).toBe('CONSULT');
    expect(e.trigger).toEqual({ ...at(seedText(SEED_A), 'meeting'), text: 'meeting' });
    expect(e.actors.map((a) => a.countryCode)).toEqual(['CHN']);
    expect(e.claimId).toBe(A.claims.find((c) => c.content.text.startsWith('that Chinese negotiators held a meeting'))!.id);
  });

  it('China\'s openness to easing cloud rules is a CONCESSION', () => {
    expect(A.events.find((x) => x.trigger.text === 'easing')).toMatchObject({ type: 'CONCEDE' });
  });
});

describe('seed 004', () => {
  it('the U.S. requests clarification from China', () => {
    const e = B.events.find((x) => x.type === 'REQUEST' && x.recipients.length > 0)!;
    expect(e.actors.map((a) => a.countryCode)).toEqual(['USA']);
    expect(e.recipients.map((a) => a.countryCode)).toEqual(['CHN']);
  });
});

describe('sentences', () => {
  it.each([
    ['Chinese negotiators held a meeting with representatives of Microsoft and Amazon.', 'CONSULT', ['CHN'], ['Microsoft', 'Amazon']],
    // No target named: the place's country is the recipient, as PLOVER codes domestic events.
    ['Police arrested dozens of protesters in Moscow on Sunday.', 'COERCE', [], ['Moscow']],
  ])('%s', (text, type, actorCodes, recipients) => {
    const r = extractSync({ text, publishedAt: '2020-01-01' });
    const e = r.events[0];
    expect(e.type).toBe(type);
    expect(e.actors.map((a) => a.countryCode).filter(Boolean)).toEqual(actorCodes);
    expect(e.recipients.map((a) => a.text)).toEqual(recipients);
  });
});

describe('PLOVER conventions', () => {
  it.each([
    ['Syria says it will not accept any more refugees.', 'REJECT', ['SYR'], []],
    ['Russia said on Tuesday that Sudan must return the helicopter.', 'REQUEST', ['RUS'], ['SDN']],
    // Closing a border is a SANCTION; military drills MOBILIZE; martial law and a state of emergency COERCE.
    ['Poland closed its border with Belarus.', 'SANCTION', ['POL'], ['BLR']],
    ['China launched large-scale military drills around Taiwan.', 'MOBILIZE', ['CHN'], ['TWN']],
    ["Peru declared a state of emergency in Lima.", 'COERCE', ['PER'], ['PER']],
    // Exchanging fire is an ASSAULT of both.
    ['India and Pakistan exchanged fire along the Line of Control.', 'ASSAULT', ['IND', 'PAK'], []],
    // Releasing people named by a plural the tagger keeps whole ("Americans") concedes.
    ['Venezuela released six Americans in a prisoner swap.', 'CONCEDE', ['VEN'], ['USA']],
    // A fine is a SANCTION (wink's lemma of "fined" is "fin": the tokens stage restores the silent "e").
    ['The European Commission fined Apple 1.8 billion euros for breaching EU antitrust rules.', 'SANCTION', [null], ['USA']],
    ['Israel will withdraw its troops from Lebanon.', 'AGREE', ['ISR'], ['LBN']],
    ['A camp in Congo was attacked by Burundian militiamen.', 'ASSAULT', ['BDI'], ['COD']],
    // Actors whose country the sentence does not state: a known office holder (the leaders lexicon) ...
    ['President Bush has threatened further action against Russia.', 'THREATEN', ['USA'], ['RUS']],
    // ... the possessor of the actor ("Osama bin Laden's al-Qaeda" is an armed group, IMG) ...
    ["Osama bin Laden's al-Qaeda terror network has threatened to deliver devastating blows to the United States.", 'THREATEN', ['IMG'], ['USA']],
    // ... a party of the one country the sentence names ...
    ["The fundamentalist Umma party has said it will boycott Algeria's first multi-party elections.", 'THREATEN', ['DZA'], ['DZA']],
    // ... and a place the actor goes to is not the actor.
    ['U.S. and Russian negotiators return to Geneva this week for talks on nuclear missiles.', 'CONSULT', ['USA', 'RUS'], []],
  ])('%s -> %s', (text, type, actors, recipients) => {
    const r = extractSync({ text, publishedAt: '2000-01-01' });
    const e = r.events[0];
    expect(e.type).toBe(type);
    expect(e.actors.map((a) => a.countryCode)).toEqual(actors);
    expect(e.recipients.map((a) => a.countryCode)).toEqual(recipients);
  });
});

describe('in the sentence', () => {
  it('gives an event the speaker as actor through a pronoun that can stand for it ("Hungary has said it will"), not "she" for a news agency', () => {
    const actors = (text: string) => extractSync({ text, publishedAt: '2000-01-01' }).events.map((e) => [e.type, e.actors.map((a) => a.text)]);
    expect(actors('Hungary has said it will support the sanctions.')).toEqual([['AGREE', ['Hungary']]]);
    expect(actors('A vendor stabbed a judge after she fined him, the Interfax news agency said.')).toEqual([['ASSAULT', []], ['SANCTION', []]]);
  });

  it('takes no speaker after the reported words as recipient', () => {
    const r = extractSync({ text: 'North Korea fired a ballistic missile into the sea, Japan said.', publishedAt: '2024-03-14' });
    expect(r.events.map((e) => [e.type, e.actors.map((a) => a.text), e.recipients.map((a) => a.text)])).toEqual([['ASSAULT', ['North Korea'], []]]);
  });

  it('takes the countries that modify the subject\'s head over a place in its "of" phrase ("The Turkish and Greek sides of ... Cyprus"); none before the head ("Leaders of China and Japan")', () => {
    const text = 'The Turkish and Greek sides of the divided Mediterranean island of Cyprus have agreed to share information. Leaders of China and Japan agreed to meet.';
    const r = extractSync({ text, publishedAt: '2000-01-01' });
    expect(r.events.filter((e) => e.type === 'AGREE').map((e) => e.actors.map((a) => [a.text, a.countryCode]))).toEqual([[['Turkish', 'TUR'], ['Greek', 'GRC']], [['China', 'CHN'], ['Japan', 'JPN']]]);
  });

  it('gives a participle after a comma the actor of the clause before', () => {
    const r = extractSync({ text: 'Russian forces shelled Kharkiv overnight, killing three civilians.', publishedAt: '2024-03-14' });
    expect(r.events.map((e) => [e.type, e.trigger.text, e.actors.map((a) => a.text)])).toEqual([['ASSAULT', 'shelled', ['Russian']], ['ASSAULT', 'killing', ['Russian']]]);
  });

  it('coordinates officials past their country and title ("Libyan leader ... and Bulgarian President ..."), not a place before a comma', () => {
    const r = extractSync({ text: 'Libyan leader Muammar Gaddafi and Bulgarian President Todor Zhivkov today signed a treaty of friendship. Before Levy\'s arrival in Bonn, German Defence Minister Volker Ruehe will visit Israel.', publishedAt: '1990-01-01' });
    expect(r.events.map((e) => [e.trigger.text, e.actors.map((a) => a.text)])).toEqual([['treaty', ['Muammar Gaddafi', 'Todor Zhivkov']], ['visit', ['Volker Ruehe']]]);
  });

  it('takes the subject before its appositive as actor ("Pakistan, a key U.S. ally ..., has refused"); a passive may have adverbs before its participle, and its agent is in the phrase after "by"', () => {
    const r = extractSync({ text: 'Pakistan, a key U.S. ally in the war against terrorism, has refused to deploy peacekeepers in Iraq. Mr. Antar is being investigated by a federal grand jury in Newark. The accord was unanimously approved by the Erbamont board.', publishedAt: '2004-01-01' });
    expect(r.events.map((e) => [e.trigger.text, e.actors.map((a) => a.text), e.recipients.map((a) => a.text)])).toEqual([
      ['refused', ['Pakistan'], ['Iraq']], ['deploy', ['U.S.'], ['Iraq']], ['investigated', [], ['Antar']], ['approved', ['Erbamont'], []],
    ]);
  });

  it('reads "called on" as a request and "called X a liar" as no consultation; a phone, a cut in costs, giving details, offering a price, receiving money, helping sales, sending a letter, declining to comment or asking about it is no event', () => {
    const r = extractSync({ text: 'Mr. Gore called on Israel to continue taking risks for peace. Saddam Hussein called President Bush a liar.', publishedAt: '1990-08-10' });
    expect(r.events.map((e) => [e.type, e.trigger.text])).toEqual([['REQUEST', 'called on']]);
    // Cutting costs, jobs or a dividend is business; cutting off, or cutting ties, aid or flights, is a sanction.
    const c = extractSync({ text: 'GM plans to cut 30,000 jobs. Magna cut its quarterly dividend in half. The airline has also cut all flights to South Korea. Iraq cut off oil exports.', publishedAt: '2006-01-23' });
    expect(c.events.map((e) => [e.type, e.trigger.text])).toEqual([['SANCTION', 'cut all flights'], ['SANCTION', 'cut off']]);
    // Releasing a product is business; releasing people is a concession, in the passive too.
    const released = 'Apple released the iPhone in 2007. Iraq released two hostages. The iPhone was released in 2007. Keating was released from prison.';
    const rel = extractSync({ text: released, publishedAt: '2009-01-01' });
    expect(rel.events.map((e) => [e.type, e.trigger.start])).toEqual([['CONCEDE', released.indexOf('released two')], ['CONCEDE', released.indexOf('released from')]]);
    // A progressive is no passive: its object follows it.
    const releasing = extractSync({ text: 'Iraq has been releasing prisoners of war since Friday.', publishedAt: '1990-08-20' });
    expect(releasing.events.map((e) => [e.type, e.trigger.text, e.actors.map((a) => a.text)])).toEqual([['CONCEDE', 'releasing', ['Iraq']]]);
    // Giving is aid only when aid, money, arms or shelter is given ("gave no further details" is none).
    const g = extractSync({ text: 'Police gave no further details. Japan gave $5 million to the refugees. Finland will give Tanzania a grant.', publishedAt: '1996-08-30' });
    expect(g.events.map((e) => [e.type, e.trigger.text])).toEqual([['AID', 'gave'], ['AGREE', 'give']]);
    // Offering is an agreement when it offers to act, or aid, talks, a truce ...; not a price or a job.
    const o = extractSync({ text: 'Putin offered to negotiate with Armenia. The bank offered $30 a share. She was offered the job of press secretary.', publishedAt: '1999-10-01' });
    expect(o.events.map((e) => [e.type, e.trigger.text])).toEqual([['AGREE', 'offered'], ['AGREE', 'negotiate']]);
    // Receiving hosts people (a person, an envoy, a mission), not money.
    const rc = extractSync({ text: 'Shareholders will receive $21 in cash. Yeltsin received the Japanese foreign minister in the Kremlin.', publishedAt: '1997-11-01' });
    expect(rc.events.map((e) => [e.type, e.trigger.text])).toEqual([['CONSULT', 'received']]);
    // Helping is aid for victims, refugees, the needy, a disaster; not "helped boost sales".
    const h = extractSync({ text: 'The new phone helped boost sales. Aid groups rushed to help flood victims.', publishedAt: '2004-12-30' });
    expect(h.events.map((e) => [e.type, e.trigger.text])).toEqual([['AID', 'help']]);
    // Declining to comment rejects nothing, asking about or whether requests nothing; refusing to sign and asking the UN
    // to act do.
    const dc = extractSync({ text: 'The spokesman declined to comment. He was asked about the plan. Reporters asked whether he would run. Iran refused to sign the accord. Iraq asked the UN to lift sanctions.', publishedAt: '1999-01-01' });
    expect(dc.events.filter((e) => e.trigger.text !== 'lift').map((e) => [e.type, e.trigger.text])).toEqual([['REJECT', 'accord'], ['REQUEST', 'asked']]);
    // Sending is aid when arms, aid or a team are sent, a mobilization when troops are; a letter is neither.
    const sn = extractSync({ text: 'The United States continued to send arms to Pakistan. Bush sent 5,000 troops to Saudi Arabia. He sent a letter to the minister. Japan sent vaccines to Vietnam. The army sent tanks into the city.', publishedAt: '1990-08-20' });
    expect(sn.events.map((e) => [e.type, e.trigger.text])).toEqual([['AID', 'send'], ['MOBILIZE', 'sent 5,000 troops'], ['AID', 'sent']]);
    // A phone is a device, no event; phoning is one.
    const p = extractSync({ text: 'The new phone has two cameras. Obama phoned Putin on Friday.', publishedAt: '2010-06-08' });
    expect(p.events.map((e) => [e.type, e.trigger.text])).toEqual([['CONSULT', 'phoned']]);
  });

  it('refuses a lexicon whose trigger gives an unknown PLOVER type, also as its verbal type', () => {
    const lexicons = extendLexicons(defaultLexicons(), { triggers: { ...defaultLexicons().triggers, attack: { type: 'ASSAULT', verbal: 'SCOLD' } } });
    expect(() => extractSync({ text: 'Smith attacked Jones.', publishedAt: '2016-01-01' }, { lexicons })).toThrow('plover lexicon: "attack" has unknown type SCOLD');
  });

  it('codes an attack with no word of violence in or (for a noun) before its sentence as verbal, ACCUSE; a heart attack is none', () => {
    const text = 'In Sunday\'s debate, Spitzer attacked Vacco for failing to enforce a court order. Armed men attacked a military convoy, killing one soldier. ' +
      'A bomb exploded near the embassy. No one has claimed the attacks. She prayed for him to have a heart attack. The friendly audience cheered Clinton\'s attacks on Trump.';
    const r = extractSync({ text, publishedAt: '1998-10-26' });
    expect(r.events.filter((e) => /attack/i.test(e.trigger.text)).map((e) => [e.type, e.trigger.text, e.trigger.start])).toEqual([
      ['ACCUSE', 'attacked', text.indexOf('attacked Vacco')], ['ASSAULT', 'attacked', text.indexOf('attacked a military')],
      ['ASSAULT', 'attacks', text.indexOf('attacks.')], ['ACCUSE', 'attacks', text.indexOf('attacks on Trump')],
    ]);
  });

  it('reads a participle that modifies a noun after an article, an adverb or a possessive as no event ("a negotiated settlement", "the bombed embassy", "his negotiating position")', () => {
    const text = 'Collins sought a negotiated settlement with Britain. Albright laid flowers at the bombed embassy. Rebels bombed the embassy. His negotiating position is strong.';
    const r = extractSync({ text, publishedAt: '1998-08-18' });
    expect(r.events.map((e) => [e.type, e.trigger.text, e.trigger.start])).toEqual([['REQUEST', 'sought', text.indexOf('sought')], ['ASSAULT', 'bombed', text.indexOf('bombed the')]]);
  });

  it('takes the subject before an appositive opened by "another" or a possessive as actor ("Chrysler, another U.S. car maker, rejected")', () => {
    const r = extractSync({ text: 'Chrysler, another U.S. car maker, rejected the offer. Toyota, Japan\'s largest carmaker, recalled cars.', publishedAt: '2009-05-15' });
    expect(r.events.map((e) => [e.trigger.text, e.actors.map((a) => a.text)])).toEqual([['rejected', ['Chrysler']], ['recalled', ['Toyota']]]);
  });

  it('takes the body before an appositive that ranges over its members as actor ("X officials, from ... to ..., have")', () => {
    const r = extractSync({ text: 'Kremlin officials, from Foreign Minister Sergei Lavrov to President Vladimir Putin himself, have accused Ukraine of provocation.', publishedAt: '2016-08-31' });
    expect(r.events.map((e) => [e.type, e.actors.map((a) => a.text), e.recipients.map((a) => a.text)])).toEqual([['ACCUSE', ['Kremlin'], ['Ukraine']]]);
  });

  it('reads "they" right before a trigger as the pair the sentence before speaks of ("the two sides ... they\'ve agreed")', () => {
    const text = "The United States and China held talks in Beijing. Officials said the two sides had made progress. He said that they've pretty much agreed on an enforcement mechanism. Later they met in Geneva.";
    const r = extractSync({ text, publishedAt: '2019-04-03' });
    expect(r.events.map((e) => [e.trigger.text, e.actors.map((a) => a.text)])).toEqual([['talks', ['United States', 'China']], ['agreed', ['United States', 'China']], ['met', []]]);
  });

  it('marks an event hypothetical when its clause considers, expects, hopes or fears it, or a condition opens the sentence', () => {
    const text = 'Washington could impose sanctions on Iran. The minister is expected to visit Moscow next week. Investors left in fear of being forced to hand over data. ' +
      'If the talks fail, Iran will attack the convoy. The ministers, later than analysts had expected, met in Geneva. Russia attacked Kharkiv on Monday.';
    const r = extractSync({ text, publishedAt: '2019-04-03' });
    expect(r.events.map((e) => [e.trigger.text, e.hypothetical])).toEqual([
      ['sanctions', true], ['visit', true], ['forced', true], ['hand over', true], ['attack', true], ['met', false], ['attacked', false],
    ]);
  });

  it('makes the subject of a passive with no agent the recipient, and names no actor ("Five Iraqis were deported"); not a state ("is committed to")', () => {
    const text = 'Five Iraqis were also deported, the newspaper said. Dr. Barnett Slepian was killed in his kitchen last fall. Vietnam is committed to cooperating with its neighbours.';
    const r = extractSync({ text, publishedAt: '1999-01-01' });
    expect(r.events.map((e) => [e.trigger.text, e.actors.map((a) => a.text), e.recipients.map((a) => a.text)])).toEqual([
      ['deported', [], ['Iraqis']], ['killed', [], ['Barnett Slepian']], ['committed', ['Vietnam'], []], ['cooperating', ['Vietnam'], []],
    ]);
  });

  it('finds a passive\'s agent after "by" further on in its clause, not past a relative pronoun', () => {
    const text = 'Elian Gonzalez was rescued off the coast of Florida by two Cuban fishermen last November. Wang Youcai was arrested in Hangzhou by security officers who told his family he would be sent away.';
    const r = extractSync({ text, publishedAt: '2000-01-01' });
    expect(r.events.slice(0, 2).map((e) => [e.trigger.text, e.actors.map((a) => a.text), e.recipients.map((a) => a.text)])).toEqual([
      ['rescued', ['Cuban'], ['Elian Gonzalez']], ['arrested', [], ['Wang Youcai']],
    ]);
  });

  it('codes no event in the sentences of a sports report ("Pettite allowed two runs", "struck out 10"), and does in a news sentence', () => {
    const text = 'BASEBALL - PETTITE WINS. Pettite (19-7) allowed two runs and eight hits over eight innings. Sanders (8-4) struck out 10 and walked three to win his fourth straight. Benes (12-8) allowed three runs, walked three and struck out three for the win.';
    expect(extractSync({ text, publishedAt: '1996-08-31' }).events).toEqual([]);
    expect(extractSync({ text: 'Iraq allowed U.N. inspectors to return.', publishedAt: '1996-08-31' }).events.map((e) => e.trigger.text)).toEqual(['allowed', 'return']);
  });

  it('a light verb that is a trigger of its own gives way to the event noun it carries, read from the verb\'s place: "opened fraud investigations", "imposed a curfew", "refused to sign the agreement"', () => {
    const text = 'Judge Alejandro Rivera opened fraud investigations against 28 Chilean officials. Turkish authorities have imposed a curfew in the town of Cizre. The family refused to sign the agreement. Benin opened its borders today.';
    const r = extractSync({ text, publishedAt: '2000-01-01' });
    expect(r.events.map((e) => [e.type, e.trigger.text])).toEqual([['ACCUSE', 'investigations'], ['COERCE', 'curfew'], ['REJECT', 'agreement'], ['CONCEDE', 'opened']]);
  });

  it('codes a sworn fight as a threat (the lexicon\'s intent words)', () => {
    const r = extractSync({ text: 'Ethnic Albanians have sworn to fight until they gain control of the villages.', publishedAt: '2001-03-14' });
    expect(r.events.map((e) => [e.type, e.trigger.text, e.mode])).toEqual([['THREATEN', 'fight', 'intend']]);
  });

  it('cancelling restrictions is a concession; a country inside an organization\'s name is one participant, the organization', () => {
    const text = 'The Latvian Constitutional Court cancelled restrictions on the use of the Russian language. Castro said his government had shared its concerns with the U.S. State Department.';
    const r = extractSync({ text, publishedAt: '2000-01-01' });
    expect(r.events.map((e) => [e.type, e.trigger.text, e.actors.map((a) => a.text), e.recipients.map((a) => a.text)])).toEqual([
      ['CONCEDE', 'cancelled restrictions', ['Latvian Constitutional Court'], ['Russian']],
      ['COOPERATE', 'shared', ['Castro'], ['U.S. State Department']],
    ]);
  });

  it('codes occupation and overrunning as ASSAULT, surrender as CONCEDE, an indictment as a legal ACCUSE', () => {
    const text = 'Iraqi troops overran the northern town of Arbil. Israel occupies a strip of southern Lebanon. Thousands of Iraqi soldiers surrendered. A federal grand jury indicted Kopp.';
    const r = extractSync({ text, publishedAt: '2000-01-01' });
    expect(r.events.map((e) => [e.type, e.trigger.text, e.context])).toEqual([['ASSAULT', 'overran', 'military'], ['ASSAULT', 'occupies', null], ['CONCEDE', 'surrendered', 'military'], ['ACCUSE', 'indicted', 'legal']]);
    // Words of two contexts: the one listed first in plover.json contexts, wherever its word stands.
    const two = extractSync({ text: 'Iraqi troops overran the town where the court sat.', publishedAt: '2000-01-01' });
    expect(two.events.map((e) => e.context)).toEqual(['legal']);
  });

  it('gives a participle after a comma the subject of the clause\'s verb when the clause has no event: "Vietnamese-led forces launched rocket fire ..., killing 50"', () => {
    const text = 'Vietnamese-led forces launched rocket fire against Kampuchean guerrilla camps, killing 50. Co-moderator Andrea Mitchell raised the issue of Bill Clinton\'s affairs, asking Sanders why.';
    const r = extractSync({ text, publishedAt: '1990-01-01' });
    expect(r.events.map((e) => [e.type, e.trigger.text, e.actors.map((a) => a.text)])).toEqual([['ASSAULT', 'killing', ['Vietnamese']], ['REQUEST', 'asking', ['Co-moderator Andrea Mitchell']]]);
  });

  it('reads "strike" by its object: a deal is an AGREE, a target an ASSAULT, none a PROTEST', () => {
    const r = extractSync({ text: 'Yeltsin struck a deal with the rebels. A missile struck a school in Kharkiv. Workers struck for higher pay.', publishedAt: '2024-03-14' });
    expect(r.events.map((e) => [e.type, e.trigger.text])).toEqual([['AGREE', 'struck a deal'], ['ASSAULT', 'struck'], ['PROTEST', 'struck']]);
  });
});

describe('passives', () => {
  const roles = (text: string) => extractSync({ text, publishedAt: '2000-01-15' }).events.map((e) => [e.type, e.trigger.text, e.actors.map((a) => a.text), e.recipients.map((a) => a.text)]);

  it('reads a participle with its agent right after it as a passive: "Juan Miguel Gonzalez, backed by Fidel Castro, has demanded"', () => {
    expect(roles('Juan Miguel Gonzalez, backed by Fidel Castro, has demanded his rights.')).toEqual([
      ['SUPPORT', 'backed', ['Fidel Castro'], ['Juan Miguel Gonzalez']], ['REQUEST', 'demanded', ['Juan Miguel Gonzalez'], []]]);
  });

  it('knows an irregular participle ("being sought by the FBI") and coordinates a passive subject leftward ("Israel and Jordan were criticized")', () => {
    expect(roles('James Kopp is now the second activist being sought by the FBI.')).toEqual([['REQUEST', 'sought', ['FBI'], ['James Kopp']]]);
    expect(roles('Israel and Jordan were criticized by the United Nations.')).toEqual([['ACCUSE', 'criticized', ['United Nations'], ['Israel', 'Jordan']]]);
  });

  it('takes no target from an agent after a participle ("a deal brokered by China"); after a noun "by" names the target ("calls by Belarus")', () => {
    expect(roles('Saudi Arabia and Iran agreed to restore ties in a deal brokered by China.')).toEqual([
      ['AGREE', 'agreed', ['Saudi Arabia', 'Iran'], []], ['COOPERATE', 'restore', ['Saudi Arabia', 'Iran'], []]]);
    expect(roles('Berlin rejected recent calls by Belarus for immediate economic aid.')[0]).toEqual(['REJECT', 'rejected', ['Berlin'], ['Belarus']]);
  });

  it('takes no target from those listed with the agent either ("brokered by Qatar and Egypt")', () => {
    expect(roles('Hamas and Israel agreed to a truce brokered by Qatar and Egypt.')).toEqual([['AGREE', 'agreed', ['Hamas', 'Israel'], []]]);
  });
});

describe('coordination, targets and what is ruled out', () => {
  it('coordinates a name with its article after "and" ("China and the United States"), not after a comma alone, an appositive ("Sinn Fein, the IRA\'s political wing")', () => {
    const actors = (text: string) => extractSync({ text, publishedAt: '2024-11-20' }).events.map((e) => [e.type, e.actors.map((a) => a.text), e.recipients.map((a) => a.text)]);
    expect(actors('China and the United States agreed to resume talks.')[0]).toEqual(['AGREE', ['China', 'United States'], []]);
    expect(actors('The British government called for Sinn Fein, the IRA\'s political wing, to be expelled.')[0]).toEqual(['REQUEST', ['British'], ['Sinn Fein']]);
  });

  it('reads an event noun with a place for target after "on" or "against" in the verb\'s other sense ("a strike on Iran"), not a strike on a date or against an employer', () => {
    const types = (text: string) => extractSync({ text, publishedAt: '2024-11-20' }).events.map((e) => [e.type, e.trigger.text]);
    expect(types('The US launched strikes against Syria.')).toEqual([['ASSAULT', 'strikes']]);
    expect(types('Workers went on strike on Monday. Dockworkers began a strike against the port operator.')).toEqual([['PROTEST', 'strike'], ['PROTEST', 'strike']]);
  });

  it('reads an event noun the tagger took for an adjective where it heads its phrase ("launch a new offensive", "its summer offensive"; not "were offensive")', () => {
    const types = (text: string) => extractSync({ text, publishedAt: '2024-11-20' }).events.map((e) => [e.type, e.trigger.text]);
    expect(types('Russia may launch a new offensive in the spring. Ukraine began its summer offensive. The remarks were offensive to many.')).toEqual([['ASSAULT', 'offensive'], ['ASSAULT', 'offensive']]);
  });

  it('a quotation mark may open a verb\'s object ("struck \\"military targets\\""); naming an event told of is none ("called the attack a war crime")', () => {
    const types = (text: string) => extractSync({ text, publishedAt: '2024-11-20' }).events.map((e) => [e.type, e.trigger.text, e.actors.map((a) => a.text)]);
    expect(types('Russia\'s Defense Ministry said its forces had struck "military targets" in the region.')).toEqual([['ASSAULT', 'struck', ['Defense Ministry']]]);
    expect(types('Zelenskyy urged allies to speed up deliveries of air defense systems and called the attack a war crime.')).toEqual([['REQUEST', 'urged', ['Zelenskyy']]]);
  });

  it('a verb joined by "and" or "but" to its clause\'s first verb has that verb\'s subject, not a name inside its phrase ("a critic of China and has called for")', () => {
    const actors = (text: string) => extractSync({ text, publishedAt: '2024-11-20' }).events.map((e) => [e.type, e.actors.map((a) => a.text)]);
    expect(actors('Rubio, 53, has been a leading critic of China and has urged Congress to act.')).toEqual([['REQUEST', ['Rubio']]]);
    expect(actors('The EU criticized China but welcomed the deal.')).toEqual([['ACCUSE', ['EU']], ['SUPPORT', ['EU']]]);
    expect(actors('She said that Sanders had ignored her call and instead attacked his rival.')).toEqual([['ACCUSE', ['Sanders']]]);
  });

  it('a demand is a REQUEST only with its owner, its light verb or "that" ("the DOJ demand that ...", "issued a demand"); "strong demand for chips" is none', () => {
    const types = (text: string) => extractSync({ text, publishedAt: '2024-11-20' }).events.map((e) => [e.type, e.trigger.text]);
    expect(types('Nvidia forecast strong revenue as demand for its chips stays strong. The company faces lower demand in China.')).toEqual([]);
    expect(types("Hamas rejected Israel's demand. The union issued a demand for higher wages.")).toEqual([['REJECT', 'rejected'], ['REQUEST', 'demand']]);
  });

  it('markets rallying protest nothing; lifting is a concession only of a sanction, a ban or the like ("lifted sanctions", "the ban was lifted"; not "lifted stocks", "lift the economy")', () => {
    const types = (text: string) => extractSync({ text, publishedAt: '2024-11-20' }).events.map((e) => [e.type, e.trigger.text]);
    expect(types('Markets rallied on the news. Thousands rallied in Tbilisi.')).toEqual([['PROTEST', 'rallied']]);
    expect(types('The US lifted sanctions on Venezuela. The ban was lifted on Monday. Tax cuts would lift the economy.')).toEqual([['CONCEDE', 'lifted'], ['CONCEDE', 'lifted']]);
  });

  it('what is ruled out is negated; what is not ruled out is hypothetical, not negated', () => {
    const r = extractSync({ text: 'Israel has ruled out talks with Hamas. Israel has not ruled out a strike on Iran.', publishedAt: '2024-11-20' });
    expect(r.events.map((e) => [e.type, e.negated, e.hypothetical])).toEqual([['CONSULT', true, false], ['ASSAULT', false, true]]);
  });
});

describe('negation', () => {
  it('marks a denied event negated; a refusal read as REJECT is not negated as well', () => {
    const r = extractSync({ text: 'Russia did not attack Kyiv. Hamas did not accept the ceasefire proposal.', publishedAt: '2024-03-14' });
    expect(r.events.map((e) => [e.type, e.trigger.text, e.negated])).toEqual([['ASSAULT', 'attack', true], ['REJECT', 'accept', false]]);
  });
});

describe('entities keep the stated country', () => {
  it('keeps the entity\'s own country to what the text states: President Bush has none', () => {
    const r = extractSync({ text: 'President Bush has threatened further action against Russia.', publishedAt: '2000-01-01' });
    expect(r.entities.find((e) => e.name === 'Bush')).toMatchObject({ type: 'person', subtype: 'official', countryCode: null });
  });
});
