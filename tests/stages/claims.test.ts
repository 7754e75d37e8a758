// Claims: speaker, cue and content with exact spans, kinds, entity links and nesting.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { extractSync } from '../../src/index.js';
import { at, SEED_A, SEED_B, seedRecord, seedText } from '../helpers.js';

const A = seedRecord(SEED_A);
const textA = seedText(SEED_A);
const B = seedRecord(SEED_B);
const claimAt = (r: typeof A, content: string) => r.claims.find((c) => c.content.text.startsWith(content));

describe('seed 000', () => {
  it('"Sources said that China considers allowing ..." is an anonymous claim', () => {
    const c = claimAt(A, 'that China considers allowing')!;
    const content = 'that China considers allowing American companies to enter the market';
    expect(c.speaker).toEqual({ ...at(textA, 'Sources', 2), text: 'Sources', entityId: null, kind: 'anonymous' });
    expect(c.cue).toEqual({ ...at(textA, 'said', 2), text: 'said' });
    expect(c.content).toEqual({ ...at(textA, content), text: content });
  });

  it('Mnuchin\'s claim links to him and to "Wednesday"', () => {
    const c = claimAt(A, 'that the two sides had made progress')!;
    const mnuchin = A.entities.find((e) => e.name === 'Steven Mnuchin')!;
    expect(c.speaker.entityId).toBe(mnuchin.id);
    expect(c.speaker.kind).toBe('named');
    expect(A.dates.find((d) => d.id === c.dateId)?.start).toBe(at(textA, 'Wednesday', 2).start);
  });

  it('"He added that ..." resolves to Kudlow', () => {
    const c = claimAt(A, 'that officials discussed the remaining differences')!;
    expect(c.speaker.text).toBe('He');
    expect(c.speaker.entityId).toBe(A.entities.find((e) => e.name === 'Larry Kudlow')!.id);
  });

  it('nests Li Keqiang\'s assurance in the Wall Street Journal report', () => {
    const outer = claimAt(A, 'that Premier Li Keqiang assured')!;
    const inner = claimAt(A, 'that they are open to the idea')!;
    expect(outer.speaker).toMatchObject({ text: 'The report of the Wall Street Journal', kind: 'document' });
    expect(outer.speaker.entityId).toBe(A.entities.find((e) => e.name === 'Wall Street Journal')!.id);
    expect(inner.speaker.text).toBe('Premier Li Keqiang');
    expect(inner.cue.text).toBe('assured');
    expect(inner.parentId).toBe(outer.id);
  });
});

describe('seed 004', () => {
  it('"..., Reuters reported." is a media claim with the content before it', () => {
    const c = B.claims.find((x) => x.cue.text === 'reported')!;
    expect(c.speaker.kind).toBe('media');
    expect(c.content.text).toBe('The U.S. is taking its concern over China’s looming cybersecurity regulations to the World Trade Organization (WTO)');
  });

  it('a quotation before "the document said" is the content, quoted', () => {
    const c = B.claims.find((x) => x.cue.text === 'said')!;
    expect(c.speaker).toMatchObject({ text: 'the document', kind: 'document' });
    expect(c.quoted).toBe(true);
    expect(c.content.text).toBe('“The requirement for a product to be ‘indigenous’ would allow for little involvement by foreign companies,”');
  });
});

describe('forms', () => {
  it.each([
    ['"We will not back down," said Prime Minister Theresa May.', 'Prime Minister Theresa May', '"We will not back down,"'],
    ['According to the ministry, exports fell sharply in May.', 'the ministry', 'exports fell sharply in May'],
    // "according to X" set inside the clause, after an adverbial: all of the sentence.
    ['Over the long term, according to the budget office, deficits will rise.', 'the budget office', 'Over the long term, according to the budget office, deficits will rise'],
    ['Officials told Reuters the talks had stalled.', 'Officials', 'the talks had stalled'],
    ['“The talks stalled.” Trump said.', 'Trump', '“The talks stalled.”'],
    ['Helen Ferre, who took over as head of communications, said voters care about more than immigration.', 'Helen Ferre, who took over as head of communications', 'voters care about more than immigration'],
  ])('%s', (text, speaker, content) => {
    const r = extractSync({ text, publishedAt: '2019-06-01' });
    expect(r.claims).toHaveLength(1);
    expect(r.claims[0].speaker.text).toBe(speaker);
    expect(r.claims[0].content.text).toBe(content);
  });
});

describe('quotation styles', () => {
  it("reads ''two-apostrophe'' quotes as quotation marks, keeping the original offsets", () => {
    const text = "''We need Chapter 9,'' said Ms. Acosta, referring to the bankruptcy chapter.";
    const r = extractSync({ text, publishedAt: '2015-06-30' });
    const c = r.claims.find((x) => x.cue.text === 'said')!;
    expect(c.content).toEqual({ start: 0, end: 22, text: "''We need Chapter 9,''" });
    expect(c.speaker.text).toBe('Ms. Acosta');
  });

  it('a quotation resumed after the attribution is one content: after a hearer and time, after a quoted name, in the next paragraph', () => {
    const texts = [
      '“What I believe,” former Education Secretary Arne Duncan told The New York Times in 2012, “is that education ends poverty.”',
      '“I think he will do great things,” she said, showing off the “Make America Great Again” hat. “I have been a supporter since the beginning.”',
      '"Obama knows it. He knows what he is doing," said Rubio. "He is trying to change this country."',
      "''People make claims,'' Mrs. Clinton said. ''Are they way out in left field?\n\n''That's why I said what I will do.''\n\nThe race went on.",
      // Quotation marks of both styles mixed; a participle inside the speaker's phrase.
      '"This is a long and expensive process,” said Paul Lindsay, a spokesman for the Bush super PAC. "Some candidates will have a hard time.”',
      '“There is no data to suggest that,” said one unaligned Florida Republican strategist. “There is no home-state advantage.”',
    ];
    for (const text of texts) {
      const c = extractSync({ text, publishedAt: '2016-01-01' }).claims.find((x) => x.cue.text === 'told' || x.cue.text === 'said')!;
      const end = text.includes('The race') ? text.indexOf('\n\nThe race') : text.length;
      expect([c.content.start, c.content.end]).toEqual([0, end]);
    }
  });

  it('an unnamed person described by role is an anonymous source, even with a party or place in the description', () => {
    const r = extractSync({ text: 'A Republican strategist said the race was over. Senator Marco Rubio said it was not.', publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => [c.speaker.text, c.speaker.kind, c.speaker.entityId === null])).toEqual([['A Republican strategist', 'anonymous', true], ['Senator Marco Rubio', 'named', false]]);
  });

  it('a name before a plural common noun says whose they are: "Trump aides" are anonymous, "Clinton supporters" a group, both linked to the person', () => {
    const text = 'Hillary Clinton spoke. Trump aides said the plan failed. Clinton supporters said it worked. The Clinton campaign said it was fine.';
    const r = extractSync({ text, publishedAt: '2016-03-01' });
    const name = (id: string | null) => r.entities.find((e) => e.id === id)?.name ?? null;
    expect(r.claims.map((c) => [c.speaker.text, c.speaker.kind, name(c.speaker.entityId)])).toEqual([
      ['Trump aides', 'anonymous', 'Donald Trump'], ['Clinton supporters', 'group', 'Hillary Clinton'], ['The Clinton campaign', 'named', 'Hillary Clinton'],
    ]);
  });

  it('a role named after a comma is no longer anonymous: "A spokesman for JPMorgan, Joe Evangelisti"; "for Mr. Pinchuk" still is', () => {
    const r = extractSync({ text: 'A spokesman for JPMorgan, Joe Evangelisti, said the bank would respond. A representative for Mr. Pinchuk said the talks were useful.', publishedAt: '2016-03-01' });
    const name = (id: string | null) => r.entities.find((e) => e.id === id)?.name ?? null;
    expect(r.claims.filter((c) => c.cue.text === 'said').map((c) => [c.speaker.kind, name(c.speaker.entityId)])).toEqual([['named', 'Joe Evangelisti'], ['anonymous', null]]);
  });

  it('a name no entity holds, then a description with a place or body in it, links to neither; a person named after a role does', () => {
    const text = 'Jolly, who was elected to Congress in 2014, said he would run again. Salceda, citing data from the U.S. State Department, said that 4 million people live there. The finance minister, Lou Jiwei, said growth would slow.';
    const r = extractSync({ text, publishedAt: '2016-03-01' });
    const name = (id: string | null) => r.entities.find((e) => e.id === id)?.name ?? null;
    expect(r.claims.filter((c) => c.cue.text === 'said').map((c) => [c.speaker.kind, name(c.speaker.entityId)])).toEqual([['named', null], ['named', null], ['named', 'Lou Jiwei']]);
  });

  it('a place in a description set off after a common noun is not what the speaker belongs to; the author of a document is', () => {
    const text = 'The company, based in Seattle, said it would cut 300 jobs. The senator, speaking outside the Capitol, insisted the bill would pass. The poll, released by the Public Policy Institute of California, showed Clinton ahead.';
    const r = extractSync({ text, publishedAt: '2016-05-27' });
    const name = (id: string | null) => r.entities.find((e) => e.id === id)?.name ?? null;
    expect(r.claims.map((c) => [c.cue.text, c.speaker.kind, name(c.speaker.entityId)])).toEqual([
      ['said', 'group', null], ['insisted', 'group', null], ['showed', 'document', 'Public Policy Institute of California'],
    ]);
  });

  it('a restrictive relative clause belongs to the speaker: "People who know him say", "Voters who support Trump said", "Those who attended the meeting said"', () => {
    const text = 'People who know him say he is a careful listener. Voters who support Trump said they were worried. Those who attended the meeting said it was tense. Those close to the governor say he will not run.';
    const r = extractSync({ text, publishedAt: '2016-05-27' });
    // (The relative clause's own cue keeps its claim, its words ending with the clause: "People who" know "him".)
    expect(r.claims.filter((c) => c.cue.text === 'know' || c.cue.text === 'support').map((c) => [c.speaker.text, c.content.text])).toEqual([['People who', 'him'], ['Voters who', 'Trump']]);
    expect(r.claims.filter((c) => c.cue.text.startsWith('sa')).map((c) => [c.cue.text, c.speaker.text, c.speaker.kind, c.speaker.entityId])).toEqual([
      ['say', 'People who know him', 'anonymous', null], ['said', 'Voters who support Trump', 'group', null],
      ['said', 'Those who attended the meeting', 'group', null], ['say', 'Those close to the governor', 'anonymous', null],
    ]);
  });

  it('a citation after the cue is no content: "Reuters reported on Monday, citing two sources, that ..."; nor a participle of saying after an attribution set inside', () => {
    const text = 'Reuters reported on Monday, citing two sources, that the talks had collapsed. The transaction needs no vote, the company said, adding that directors had approved it.';
    const r = extractSync({ text, publishedAt: '2016-05-27' });
    expect(r.claims.map((c) => [c.cue.text, c.speaker.text, c.content.text])).toEqual([
      ['reported', 'Reuters', 'that the talks had collapsed'], ['said', 'the company', 'The transaction needs no vote'], ['adding', 'the company', 'that directors had approved it'],
    ]);
  });

  it('an outlet of several words at the end of the phrase is media: "Chinese state media reported"', () => {
    const r = extractSync({ text: 'Chinese state media reported that the talks had ended.', publishedAt: '2023-03-15' });
    expect(r.claims.map((c) => [c.speaker.text, c.speaker.kind])).toEqual([['Chinese state media', 'media']]);
  });

  it('a tally and footage speak as documents ("According to a Reuters tally", "Footage showed")', () => {
    const r = extractSync({ text: 'According to a Reuters tally, at least 40 people died. Footage showed troops entering the town.', publishedAt: '2023-03-15' });
    const name = (id: string | null) => r.entities.find((e) => e.id === id)?.name ?? null;
    expect(r.claims.map((c) => [c.speaker.text, c.speaker.kind, name(c.speaker.entityId)])).toEqual([['a Reuters tally', 'document', 'Reuters'], ['Footage', 'document', null]]);
  });

  it('a readout and a court opinion speak as documents, linked to who issued them', () => {
    const r = extractSync({ text: 'The two leaders discussed trade, according to a readout from the White House. The opinion said the law was unconstitutional.', publishedAt: '2016-03-01' });
    const name = (id: string | null) => r.entities.find((e) => e.id === id)?.name ?? null;
    expect(r.claims.map((c) => [c.speaker.text, c.speaker.kind, name(c.speaker.entityId)])).toEqual([['a readout from the White House', 'document', 'White House'], ['The opinion', 'document', null]]);
  });

  it('"who" and "which" after a comma stand for the entity named before it, not for a name after a preposition; after an unnamed speaker, for that speaker', () => {
    const r = extractSync({ text: 'The bill goes to President Joe Biden, who has said he will sign it. It was first reported by Reuters, which said talks had stalled. "It was a bomb," said an embassy official in Nairobi, who refused to give his name.', publishedAt: '2024-03-14' });
    const name = (id: string | null) => r.entities.find((e) => e.id === id)?.name ?? null;
    expect(r.claims.filter((c) => /^(?:who|which)$/.test(c.speaker.text)).map((c) => [c.speaker.text, c.cue.text, c.speaker.kind, name(c.speaker.entityId)])).toEqual([
      ['who', 'said', 'named', 'Joe Biden'], ['which', 'said', 'media', 'Reuters'], ['who', 'refused', 'anonymous', null],
    ]);
  });

  it('a content its own attribution interrupts carries its pieces; one piece carries none', () => {
    const r = extractSync({ text: '"The system is sound," Yellen said on Thursday. "Depositors will be paid." The 1920 election, we might recall, was a blow-out. Powell said rates would rise. It is also being criticized because it is costly.', publishedAt: '2023-03-16' });
    expect(r.claims.map((c) => [c.cue.text, c.content.fragments?.map((f) => f.text) ?? null])).toEqual([
      ['said', ['"The system is sound,"', '"Depositors will be paid."']], ['recall', ['The 1920 election', 'was a blow-out']], ['said', null], ['being criticized', null],
    ]);
    expect(r.claims[0].content.text).toBe('"The system is sound," Yellen said on Thursday. "Depositors will be paid."');
  });

  it('"who" after a description set off by commas stands for the person the description follows', () => {
    const r = extractSync({ text: '"This is a turning point," said Alfonso Aguilar, the executive director of the Latino Partnership, who added that rates may fall.', publishedAt: '2016-03-01' });
    const name = (id: string | null) => r.entities.find((e) => e.id === id)?.name ?? null;
    expect(r.claims.map((c) => [c.speaker.text, c.cue.text, c.speaker.kind, name(c.speaker.entityId)])).toEqual([['Alfonso Aguilar, the executive director of the Latino Partnership', 'said', 'named', 'Alfonso Aguilar'], ['who', 'added', 'named', 'Alfonso Aguilar']]);
  });

  it('a subject with a relative clause set off by commas speaks the words after the cue ("The memo, which was reviewed by Reuters, says ...")', () => {
    const r = extractSync({ text: 'The memo, which was reviewed by Reuters, says the firm plans layoffs. Mr. Drabinsky, who would have had the right to vote those shares, said the purchase was aimed at consolidating his control.', publishedAt: '2023-03-15' });
    expect(r.claims.map((c) => [c.speaker.text, c.content.text])).toEqual([
      ['The memo, which was reviewed by Reuters', 'the firm plans layoffs'],
      ['Mr. Drabinsky, who would have had the right to vote those shares', 'the purchase was aimed at consolidating his control'],
    ]);
  });

  it('an unnamed spokesperson is anonymous and linked to the body the phrase names; another unnamed source to no one', () => {
    const r = extractSync({ text: 'A spokesman for the Kremlin said talks were over. A Pfizer spokeswoman said the vaccine was safe. A senior official close to the Kremlin said talks would resume.', publishedAt: '2023-03-15' });
    const name = (id: string | null) => r.entities.find((e) => e.id === id)?.name ?? null;
    expect(r.claims.map((c) => [c.speaker.kind, name(c.speaker.entityId)])).toEqual([['anonymous', 'Kremlin'], ['anonymous', 'Pfizer'], ['anonymous', null]]);
  });

  it('an irregular participle after a form of "be" is a passive: its subject heard or suffered, no one speaks unless an agent follows ("He was told that ...", "was told by aides that ...", "was found clinging")', () => {
    const r = extractSync({ text: 'He was told that the plant would close. The minister was told by aides that the vote would fail. The boy was found clinging to an inner tube.', publishedAt: '2024-03-20' });
    expect(r.claims.map((c) => [c.speaker?.text ?? null, c.cue.text, c.content.text])).toEqual([['aides', 'told by', 'that the vote would fail']]);
  });

  it('a conjunction after the comma that follows a cue opens another clause, no words of the cue ("did not comment, but the ministry said ...")', () => {
    const r = extractSync({ text: "The Kremlin did not immediately comment, but Russia's Defense Ministry said its forces had struck military targets. The family refused, and federal agents took the child by force.", publishedAt: '2024-03-20' });
    expect(r.claims.map((c) => [c.speaker?.text, c.cue.text, c.content.text])).toEqual([["Russia's Defense Ministry", 'said', 'its forces had struck military targets']]);
  });

  it('"according to" opening the sentence: its source runs to the comma, a participle\'s phrase with it, and the words are after it', () => {
    const r = extractSync({ text: 'According to a Reuters poll published last week, most economists expect the first cut in June.', publishedAt: '2024-03-20' });
    expect(r.claims.map((c) => [c.speaker?.text, c.cue.text, c.content.text])).toEqual([['a Reuters poll published last week', 'According to', 'most economists expect the first cut in June']]);
  });

  it('"according to people familiar with the matter" is anonymous, though the tagger reads "people" as a verb', () => {
    const r = extractSync({ text: 'The bank is exploring a sale, according to people familiar with the matter.', publishedAt: '2023-03-15' });
    expect(r.claims.map((c) => [c.speaker.text, c.speaker.kind])).toEqual([['people familiar with the matter', 'anonymous']]);
  });

  it('an unnamed news outlet speaks as media, linked to the outlet its phrase names', () => {
    const r = extractSync({ text: 'The newspaper reported that the talks had collapsed. State media said the minister had resigned. The Maariv newspaper said the vote was delayed.', publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => [c.speaker.text, c.speaker.kind, c.speaker.entityId !== null])).toEqual([['The newspaper', 'media', false], ['State media', 'media', false], ['The Maariv newspaper', 'media', true]]);
  });

  it('a description after a speaker named after the cue is the speaker\'s, up to the setting of the words, a participle or a clause of its own', () => {
    const speaker = (text: string) => extractSync({ text, publishedAt: '2016-03-01' }).claims.map((c) => c.speaker?.text);
    expect(speaker('"We will win," said Paul Maslin, a Democratic pollster.')).toEqual(['Paul Maslin, a Democratic pollster']);
    expect(speaker('"It was cold," said Karen Janes, 67, of Exeter, N.H.')).toEqual(['Karen Janes, 67, of Exeter, N.H.']);
    expect(speaker('"We will win," said Ann Smith, a lawyer, in a statement.')).toEqual(['Ann Smith, a lawyer']);
    expect(speaker('"We will win," said Ann Smith, a lawyer, adding that the case was strong.')).toEqual(['Ann Smith, a lawyer', 'Ann Smith, a lawyer']);
    // (Words that go on after the speaker end the speaker's phrase at the name.)
    expect(speaker('"A," said Ann Smith, a lawyer, "and B."')).toEqual(['Ann Smith']);
  });

  it('a phrase of time, manner or concession set off by commas after the speaker is the attribution\'s, not the speaker\'s', () => {
    const speaker = (text: string) => extractSync({ text, publishedAt: '2016-03-01' }).claims.map((c) => c.speaker?.text);
    expect(speaker('Priebus, in the wake of a new poll showing Trump down to 14 percent, told Fox News that Trump would do better.').at(-1)).toBe('Priebus');
    expect(speaker('Murphy, though, said he backs Hillary Clinton.')).toEqual(['Murphy']);
    expect(speaker('Some voters who have listened to his speeches over the decades, on television or at small events, said he had less magnetism.'))
      .toEqual(['Some voters who', 'Some voters who have listened to his speeches']);
    // (Not a hometown nor others who speak too.)
    expect(speaker('Fields, along with reporter Ben Terris, say the manager yanked her arm.')).toEqual(['Fields, along with reporter Ben Terris']);
  });

  it('a first name the tagger reads as a verb inside a sentence is the speaker\'s ("White House spokesman Josh Earnest", "after Ted Cruz")', () => {
    const speaker = (text: string) => extractSync({ text, publishedAt: '2016-03-01' }).claims.map((c) => c.speaker?.text);
    expect(speaker('White House spokesman Josh Earnest said Obama enjoyed the dinner.')).toEqual(['White House spokesman Josh Earnest']);
    expect(speaker('Voters were angry after Ted Cruz blamed the network for reporting it.')).toEqual(['Ted Cruz']);
  });

  it('a hyphenated compound before the speaker\'s head is the speaker\'s, whatever the tagger read its first part as', () => {
    const speaker = (text: string) => extractSync({ text, publishedAt: '2016-03-01' }).claims.map((c) => c.speaker?.text);
    expect(speaker('France’s far-right National Front leader, Marine Le Pen, said she would run.')).toEqual(['France’s far-right National Front leader, Marine Le Pen']);
    expect(speaker('Then-Senate Majority Leader Harry Reid said the bill was dead.')).toEqual(['Then-Senate Majority Leader Harry Reid']);
    expect(speaker('The al Qaeda-linked cleric Anwar al-Awlaki said the vote was rigged.')).toEqual(['The al Qaeda-linked cleric Anwar al-Awlaki']);
  });

  it('a participle\'s phrase set off by commas after the speaker is not the speaker\'s (the members a group lists are)', () => {
    const speaker = (text: string) => extractSync({ text, publishedAt: '2016-03-01' }).claims.map((c) => c.speaker?.text);
    expect(speaker('Judge David McKeague, writing for the majority, said the law was valid.')).toEqual(['Judge David McKeague']);
    expect(speaker('Democratic candidates, including Hillary Clinton and Bernie Sanders, proposed new spending.')).toEqual(['Democratic candidates, including Hillary Clinton and Bernie Sanders']);
  });

  it('whoever speaks on condition of anonymity is anonymous, whatever the head noun', () => {
    const r = extractSync({ text: 'The senator, speaking on condition of anonymity, said the bill lacked votes. The spokesman, who asked not to be identified, said talks had stalled.', publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => [c.speaker.text, c.speaker.kind])).toEqual([['The senator', 'anonymous'], ['The spokesman, who asked not to be identified', 'anonymous']]);
  });

  it('the head of a speaker comes before a comma that opens a description, not before a name', () => {
    const r = extractSync({ text: 'The report, released Tuesday, found that emissions rose. Another Clinton ally, Agriculture Secretary Tom Vilsack, said the race was close.', publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => [c.speaker.text, c.speaker.kind])).toEqual([['The report', 'document'], ['Another Clinton ally, Agriculture Secretary Tom Vilsack', 'named']]);
  });

  it('a participle after the head ends its phrase too: "A UN report released Tuesday" is a document', () => {
    const r = extractSync({ text: 'A UN report released Tuesday said the number of refugees had doubled.', publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => [c.speaker.text, c.speaker.kind])).toEqual([['A UN report released Tuesday', 'document']]);
  });

  it('a name inside the head\'s phrase is the speaker; after a common noun, a name further on is what it belongs to', () => {
    const text = 'Sen. Ted Cruz of Texas said the bill was dead. Lawyers for Trump argued that the case should be dismissed. ' +
      'The central bank will raise rates next week, economists polled by Reuters said. Secretary of State Madeleine Albright said the embassy would reopen.';
    const r = extractSync({ text, publishedAt: '2016-03-01' });
    const name = (id: string | null) => r.entities.find((e) => e.id === id)?.name ?? null;
    expect(r.claims.map((c) => [c.speaker.text, c.speaker.kind, name(c.speaker.entityId)])).toEqual([
      ['Sen. Ted Cruz of Texas', 'named', 'Ted Cruz'], ['Lawyers for Trump', 'group', 'Donald Trump'],
      ['economists polled by Reuters', 'group', 'Reuters'], ['Secretary of State Madeleine Albright', 'named', 'Madeleine Albright']]);
  });

  it('a speaker named beats none for the same words: "X is expected to ..., the ministry said"', () => {
    const r = extractSync({ text: 'Inflation is expected to ease next year, the ministry said.', publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => [c.speaker?.text ?? null, c.cue.text, c.content.text])).toEqual([['the ministry', 'said', 'Inflation is expected to ease next year']]);
  });

  it('a date opening the speaker\'s words is when, not who: "Late Saturday he announced" is his claim, dated Saturday', () => {
    const r = extractSync({ text: 'Late Saturday he announced that the talks would resume. A June poll found that voters were split.', publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => [c.speaker.text, c.cue.text, r.dates.find((d) => d.id === c.dateId)?.text ?? null]))
      .toEqual([['he', 'announced', 'Late Saturday'], ['A June poll', 'found', 'June']]);
  });

  it('a phrase with no verb (but a participle after a noun) that opens the sentence and ends in a date dates the claim after its comma: "On Tuesday, Trump said", "In a document published Thursday, the U.S. argues"; not a duration, nor a date inside a quotation', () => {
    const text = 'On Tuesday, Trump said the wall would be built. In an interview on Sunday, Clinton said she would win. For two years, his father refused to call him Ted. “I will win on Tuesday,” Sanders said. In a document published Thursday, the U.S. argues that the rules would hurt trade.';
    const r = extractSync({ text, publishedAt: '2016-03-02' });
    expect(r.claims.map((c) => [c.speaker?.text, c.cue.text, r.dates.find((d) => d.id === c.dateId)?.text ?? null]))
      .toEqual([['Trump', 'said', 'Tuesday'], ['Clinton', 'said', 'Sunday'], ['his father', 'refused', null], ['Sanders', 'said', null], ['the U.S.', 'argues', 'Thursday']]);
  });

  it('a quotation that goes on after its attribution leaves the attribution\'s date to the claim: "“A,” Trump said Friday. “B.”"; not a date inside the quotation', () => {
    const text = '“She had tens of millions of dollars,” Trump said Friday. “She’s a liar.” “Word is,” Trump said last month on Twitter, “that Ford will stay.” “I was too young,” he said. “Now I give speeches.”';
    const r = extractSync({ text, publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => [c.cue.text, r.dates.find((d) => d.id === c.dateId)?.text ?? null]))
      .toEqual([['said', 'Friday'], ['said', 'last month'], ['said', null]]);
  });

  it('a part of a group speaks as a group: "75 percent of Republicans", "A majority of Democrats"', () => {
    const r = extractSync({ text: '75 percent of Republicans said politicians can’t be trusted. A majority of Democrats said they back her. Some 42% of Ohioans say they don’t know him.', publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => [c.speaker.text, c.speaker.kind])).toEqual([['75 percent of Republicans', 'group'], ['A majority of Democrats', 'group'], ['Some 42% of Ohioans', 'group']]);
  });

  it('an expectation no one in the text holds is a claim without a speaker: "is expected to", "is projected to"', () => {
    const text = 'The convention, which is expected to draw 50,000 delegates, opens Monday. The deficit is projected to be $544 billion. The talks were expected by analysts to fail.';
    const r = extractSync({ text, publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => [c.speaker, c.cue.text, c.content.text])).toEqual([
      [null, 'is expected', 'which is expected to draw 50,000 delegates, opens Monday'],
      [null, 'is projected', 'The deficit is projected to be $544 billion'],
    ]);
  });

  it('hearsay no one in the text holds has no speaker either: "are said to", "were thought to" (not its subject)', () => {
    const text = 'Some advisers are said to be urging the governor to pay on Tuesday. The plants were thought to be affected. He said to me that it was fine.';
    const r = extractSync({ text, publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => [c.speaker?.text ?? null, c.cue.text, c.content.text])).toEqual([
      [null, 'are said', 'Some advisers are said to be urging the governor to pay on Tuesday'],
      [null, 'were thought', 'The plants were thought to be affected'],
      ['He', 'said', 'that it was fine'],
    ]);
  });

  it('"reportedly" reports its sentence with no one named', () => {
    const r = extractSync({ text: 'The FBI is reportedly making arrangements to interview Hillary Clinton.', publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => [c.speaker, c.cue.text, c.content.text])).toEqual([[null, 'reportedly', 'The FBI is reportedly making arrangements to interview Hillary Clinton']]);
  });

  it('a question put by no one named is a claim without a speaker, its topic the content: "when asked about ..."', () => {
    const text = '“No government is ever going to get it perfect,” Lopez-Cantera said when asked about the Florida Standards. Pence was asked about the “not there yet” comment.';
    const r = extractSync({ text, publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => [c.speaker?.text ?? null, c.cue.text, c.content.text])).toEqual([
      ['Lopez-Cantera', 'said', '“No government is ever going to get it perfect,”'],
      [null, 'asked about', 'the Florida Standards'],
      [null, 'asked about', 'the “not there yet” comment'],
    ]);
  });

  it('"it" and "you" are pronoun speakers, not groups', () => {
    // ("It appears that ...": an "it" that stands for the clause after is no speaker; see 'It appears, though, ...'.)
    const r = extractSync({ text: 'It appears to be working. You know the ones who went to college.', publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => [c.speaker.text, c.speaker.kind])).toEqual([['It', 'pronoun'], ['You', 'pronoun']]);
  });

  it('a cue joined by "and" to an earlier verb takes the sentence subject as speaker', () => {
    const r = extractSync({ text: 'In his speech, Obama praised Clinton and said his former secretary of State would finish the job.', publishedAt: '2016-07-28' });
    const c = r.claims.find((x) => x.cue.text === 'said')!;
    expect([c.speaker.text, c.content.text]).toEqual(['Obama', 'his former secretary of State would finish the job']);
  });

  it('"..., adding that ..." gives the sentence subject as speaker', () => {
    const r = extractSync({ text: 'The ministry issued a statement on Monday, adding that exports would recover.', publishedAt: '2015-06-30' });
    const c = r.claims.find((x) => x.cue.text === 'adding')!;
    expect(c.speaker.text).toBe('The ministry');
    expect(c.content.text).toBe('that exports would recover');
  });
});

describe('inside quotations', () => {
  it('"I think" within a quotation is part of the quoted words; the quotation is the claim', () => {
    const r = extractSync({ text: '“I think she will release them at the appropriate time,” Gillibrand said.', publishedAt: '2016-04-14' });
    expect(r.claims.map((c) => [c.speaker.text, c.cue.text])).toEqual([['Gillibrand', 'said']]);
  });

  it('labels before a colon ("Q:", "EMAIL:") are no speakers; a name before a quotation is', () => {
    const r = extractSync({ text: 'Q: What about the wall?\n\nEMAIL: desk@example.com.\n\nClinton: "Our goal is to defeat ISIS."', publishedAt: '2016-04-14' });
    expect(r.claims.map((c) => c.speaker.text)).toEqual(['Clinton']);
  });
});

describe('stance verbs', () => {
  // Verbs that also name, add, find or go on: only their reporting use is a claim. [text, [speaker, cue, content]...]
  it.each([
    ['They went to a party called Anti-Prom in Brooklyn. She called the president weak.', [['She', 'called', 'the president weak']]],
    ['A report released by the Brookings Institution last year estimated that 46,000 accounts were used by ISIS supporters.',
      [['A report released by the Brookings Institution', 'estimated', 'that 46,000 accounts were used by ISIS supporters']]],
    ['The economy added 255,000 jobs in July. He added that wages rose.', [['He', 'added', 'that wages rose']]],
    ['The bank found itself at the center of the crisis. Auditors found that the bank had hidden losses.', [['Auditors', 'found', 'that the bank had hidden losses']]],
    ['The foundation continued to raise money from donors. She continued: “We will win.”', [['She', 'continued', '“We will win.”']]],
    // ... or a "that" clause after where it was posted (not a date: "continued in the region that year").
    ['The senator posted on Facebook that the bill was dead. The group continued in the region that year.', [['The senator', 'posted', 'that the bill was dead']]],
    // Seeking a thing is no claim; seeking to do one tells an intention.
    ['Many were seeking asylum from violence in their home countries. Clinton sought to reassure voters about her health.',
      [['Clinton', 'sought', 'to reassure voters about her health']]],
    // A verb with nothing of its own before "and" and a second verb: the second verb's words.
    ['Many voters listen and conclude that the plan has failed.', [['Many voters', 'conclude', 'that the plan has failed']]],
  ])('%s', (text, expected) => {
    const r = extractSync({ text, publishedAt: '2016-01-31' });
    expect(r.claims.map((c) => [c.speaker?.text ?? null, c.cue.text, c.content.text])).toEqual(expected);
  });

  it('need a person, organization or group as subject, not a noun after a preposition', () => {
    const r = extractSync({ text: 'The storm seemed endless. In a report published Thursday, the agency outlined new rules.', publishedAt: '2016-01-31' });
    expect(r.claims.map((c) => [c.speaker.text, c.cue.text])).toEqual([['the agency', 'outlined']]);
  });
});

describe('a relative clause in the speaker', () => {
  it('takes no pronoun inside the clause for its object: it is the subject of the reported clause', () => {
    const r = extractSync({ text: 'Residents who said they opposed abortion decried the attack.', publishedAt: '2016-01-31' });
    expect(r.claims.map((c) => c.speaker?.text)).toEqual(['Residents who']);
  });

  it('a subject pronoun after a noun speaks alone: "the trade pact he is pushing", "In the interview she said"', () => {
    const r = extractSync({
      text: 'The senator opposes the trade pact he is pushing. In the interview she said the deal was dead. Voters got a letter he knew would anger them.',
      publishedAt: '2016-01-31',
    });
    expect(r.claims.map((c) => [c.speaker?.text, c.cue.text, c.content.text])).toEqual([
      ['The senator', 'opposes', 'the trade pact he is pushing'],
      ['she', 'said', 'the deal was dead'],
      ['he', 'knew', 'a letter he knew would anger them'],
    ]);
  });

  it('a capitalized pronoun inside a sentence is part of a title: "In the Country We Love: My Family Divided"', () => {
    const r = extractSync({ text: 'In her memoir, In the Country We Love: My Family Divided, the actress tells her story.', publishedAt: '2016-05-06' });
    expect(r.claims.map((c) => c.speaker?.text)).not.toContain('We');
  });
});

describe('between the speaker and the cue', () => {
  // [text, [speaker, cue, content]...]
  it.each([
    // Adverbs, a negation and auxiliaries.
    ['Both of his GOP senators strongly supported the nominee. The GOP leaders unanimously opposed an increase to the minimum wage.',
      [['Both of his GOP senators', 'supported', 'the nominee'], ['The GOP leaders', 'opposed', 'an increase to the minimum wage']]],
    ['The budget office now says the reckoning will arrive sooner.', [['The budget office', 'says', 'the reckoning will arrive sooner']]],
    // A contracted auxiliary as the full one; a participle after "been" and a past tense after a name, before "that",
    // the tagger reads as a noun and an adjective.
    ["He's suggesting that delegates from states he won should flip to his column.", [['He', 'suggesting', 'that delegates from states he won should flip to his column']]],
    ['Puerto Rico has been warning that it is running out of cash.', [['Puerto Rico', 'warning', 'that it is running out of cash']]],
    ['Schneiderman alleged that Trump personally earned $5 million.', [['Schneiderman', 'alleged', 'that Trump personally earned $5 million']]],
    // (An -ing word the tagger calls an adjective after "is" and before "to" and a verb.)
    ['China also is promising to spend hundreds of millions of dollars.', [['China', 'promising', 'to spend hundreds of millions of dollars']]],
    // A clause of its own after a comma and a conjunction ends the words before it.
    ['China is promising to spend millions of dollars to build new roads here, and it hopes to reap benefits of its own.',
      [['China', 'promising', 'to spend millions of dollars to build new roads here'], ['it', 'hopes', 'to reap benefits of its own']]],
    // A name the tagger reads as an adverb is still a name; a quantifier stands for people.
    ['Jolly said he would be cautious.', [['Jolly', 'said', 'he would be cautious']]],
    ["Most said they were worried. Others supported Sanders's bid.", [['Most', 'said', 'they were worried'], ['Others', 'supported', "Sanders's bid"]]],
    // A count opening its clause, no year, speaks for as many; not a count before the noun it counts.
    ['About one in five say they would not vote. Of those polled, 39 say they support Sanders. By then 35 state legislatures met.',
      [['one in five', 'say', 'they would not vote'], ['39', 'say', 'they support Sanders']]],
    // Singular quantifiers too; a quantifier floated after a pronoun keeps it; one after a preposition is no speaker.
    ['Another said he hoped Trump would win. Neither said the deal would hold.', [['Another', 'said', 'he hoped Trump would win'], ['Neither', 'said', 'the deal would hold']]],
    ['The auto makers added to the gloom when they each reported their operations were losing money.', [['they each', 'reported', 'their operations were losing money']]],
    ['The service has taken a knock, as one agency after another has seemed ready to bend.', []],
    ['The Florida Republican would only say that his lack of foreign policy knowledge was worrisome.',
      [['The Florida Republican', 'say', 'that his lack of foreign policy knowledge was worrisome']]],
    // "who" stands for a person or group.
    ['Collins, who had previously endorsed former Florida Gov. Jeb Bush, represents a district in New York.', [['who', 'endorsed', 'former Florida Gov. Jeb Bush']]],
    // "which" for a body: its clause ends at the comma before the main verb, which has its own speaker.
    ['The company, which declined to comment, said last week it would cut jobs.',
      [['which', 'declined', 'to comment'], ['The company, which declined to comment', 'said', 'it would cut jobs']]],
    ['The union, which represents 5,000 workers, said it would strike.', [['The union, which represents 5,000 workers', 'said', 'it would strike']]],
    // A participle closing the speaker's phrase: "students polled", "Economists surveyed" (not a name: "Navas declined").
    ['Meanwhile, 19 percent of college students polled support Clinton. Economists surveyed expect the Fed to cut rates.',
      [['19 percent of college students polled', 'support', 'Clinton'], ['Economists surveyed', 'expect', 'the Fed to cut rates']]],
    // A restrictive relative clause belongs to the speaker; its own cue's words end with it.
    ['Analysts who follow the company said profits would fall.', [['Analysts who follow the company', 'said', 'profits would fall']]],
    ['Democrats who criticized the bill said it went too far.', [['Democrats who', 'criticized', 'the bill'], ['Democrats who criticized the bill', 'said', 'it went too far']]],
    // A second verb of speech after "and"/"but" has its own words; the first content ends before the conjunction.
    ['The minister said the talks had stalled but insisted that a deal was still possible.',
      [['The minister', 'said', 'the talks had stalled'], ['The minister', 'insisted', 'that a deal was still possible']]],
    ['Smith said the company would cut 500 jobs, and warned that more could follow.',
      [['Smith', 'said', 'the company would cut 500 jobs'], ['Smith', 'warned', 'that more could follow']]],
    // (Not a verb of wanting: it may be the content's own, "The actress said she was tired ... and wanted".)
    ['The actress said she was tired of the status quo and wanted a candidate without ties to Wall Street.',
      [['The actress', 'said', 'she was tired of the status quo and wanted a candidate without ties to Wall Street']]],
    // A clause opened by a conjunction ends at the comma before the main clause's subject and verb.
    ['Although the ministry denied the report, officials said the talks would resume.',
      [['the ministry', 'denied', 'the report'], ['officials', 'said', 'the talks would resume']]],
    ['When reporters asked about the budget, the senator declined to comment.',
      [['reporters', 'asked about', 'the budget'], ['the senator', 'declined', 'to comment']]],
    // (Not at a comma that closes a clause opened inside the content; after "as" the main clause is what is said.)
    ['In Newark, where prosecutors have warned that if he is indicted, the government may seize the money, lawyers are worried.',
      [['prosecutors', 'warned', 'that if he is indicted, the government may seize the money']]],
    ['As Smith noted, the plan failed.', [['Smith', 'noted', 'the plan failed']]],
    // A phrase opened by a particle ("Not long after ...", "To help ...") is no content before a cue with its own words.
    ['Not long after Trump tweeted the quote, NBC’s Chuck Todd asked the frontrunner about the kerfuffle.',
      [['Trump', 'tweeted', 'the quote'], ['NBC’s Chuck Todd', 'asked', 'the frontrunner about the kerfuffle']]],
    // A condition opening the sentence before the speaker is part of what is said (PolNeAR marks it so).
    ['If Clinton is elected, Trump said the country would suffer.', [['Trump', 'said', 'If Clinton is elected, Trump said the country would suffer']]],
    // An adjective after a determiner or possessive, before a verb opening its clause, is a noun the tagger missed.
    ["Ukraine's military said on Telegram that it had shot down 30 drones.", [["Ukraine's military", 'said', 'that it had shot down 30 drones']]],
    ['Cruz’s team worked to formulate its own recommended list of loyalists.', []],
    // A noun ending a prepositional phrase before "that" is no verb, nor a cue of its own.
    ['Zelenskiy said in his nightly video address that the situation was difficult.', [['Zelenskiy', 'said', 'that the situation was difficult']]],
    // An irregular participle with its agent describes the speaker; "quoted as saying" reports the one quoted.
    ['The document, seen by Reuters, said the plan would cost $5 billion.', [['The document', 'said', 'the plan would cost $5 billion']]],
    ['The minister was quoted by state media as saying the border would reopen.', [['The minister', 'quoted by state media as saying', 'the border would reopen']]],
    ['"We have covered the entire list," Yeltsin was quoted as saying by the ITAR-Tass news agency.', [['Yeltsin', 'quoted as saying', '"We have covered the entire list,"']]],
    // A participle after a quotation's attribution speaks for the same speaker, with its own words after it.
    ['"We are not going to negotiate," Smith said, adding: "The answer is no."', [['Smith', 'said', '"We are not going to negotiate,"'], ['Smith', 'adding', '"The answer is no."']]],
    // A date between the subject's appositive and the verb is when, not who.
    ['Trump, the Republican nominee, on Monday proposed a ban on imports.', [['Trump, the Republican nominee', 'proposed', 'a ban on imports']]],
    ['Trump on Monday proposed a ban on imports.', [['Trump', 'proposed', 'a ban on imports']]],
    // A participle between an article and its noun is no verb: the content still starts at "that".
    ['The company said in an emailed statement that it was reviewing the matter.', [['The company', 'said', 'that it was reviewing the matter']]],
    // A participle after the phrase's noun, before a date or a preposition; not a verb with an object.
    ['Scientists warned in a study published Wednesday in Nature that the ice sheet could collapse.', [['Scientists', 'warned', 'that the ice sheet could collapse']]],
    // A plural noun is the whole hearer: a name after it starts the words, a date after it is when.
    ['Scholz told reporters Germany agreed with the plan.', [['Scholz', 'told', 'Germany agreed with the plan']]],
    ['The company told customers Monday about the bugs.', [['The company', 'told', 'about the bugs']]],
    // A hearer's name may hold a word the tagger reads as a verb.
    ['The senator told The Associated Press on Monday that she would run.', [['The senator', 'told', 'that she would run']]],
    // An infinitive: the subject of the clause, or the object before "to" that does it.
    ['Speaker Paul Ryan was reluctant to endorse Mr. Trump.', [['Speaker Paul Ryan', 'endorse', 'Mr. Trump']]],
    ['Clinton has encouraged the State Department to release her email as quickly as possible.', [['the State Department', 'release', 'her email as quickly as possible']]],
    ['Trump continued to question whether Cruz was eligible.', [['Trump', 'question', 'whether Cruz was eligible']]],
    ['Trump also attempted to portray a Clinton presidency as an extension of the Obama administration.', [['Trump', 'portray', 'a Clinton presidency as an extension of the Obama administration']]],
    ['Rubio fired back at Christie over the downgrades.', [['Rubio', 'fired back at', 'Christie over the downgrades']]],
    // Laying out a plan states it; a retweet passes words on; viewing X as Y is a belief.
    ['Clinton laid out her plan to raise taxes on the wealthy.', [['Clinton', 'laid out', 'her plan to raise taxes on the wealthy']]],
    ['Trump retweeted an image of Clinton behind bars.', [['Trump', 'retweeted', 'an image of Clinton behind bars']]],
    ['Many Republicans view Trump as a liability in the general election.', [['Many Republicans', 'view', 'Trump as a liability in the general election']]],
    // Before "X questioned Y", an adverbial is no content; before "..., X said." any clause is.
    ["In debate after debate, Mr. Bush questioned Mr. Trump's judgment.", [['Mr. Bush', 'questioned', "Mr. Trump's judgment"]]],
    ['If states fail, the department can step in, Wilcox said.', [['Wilcox', 'said', 'If states fail, the department can step in']]],
    ['Courted by most of the candidates, Sheldon Adelson said earlier on Friday during a news conference that he may wait.', [['Sheldon Adelson', 'said', 'that he may wait']]],
    // Only some verbs stand between reported words and their speaker: "..., said X", not "..., told X" or "criticized X".
    ['“It is over,” Seth McKee, a political scientist, told The Hill.', [['Seth McKee, a political scientist', 'told', '“It is over,”']]],
    ['Mukasey, the former attorney general, criticized Clinton’s email use.', [['Mukasey, the former attorney general', 'criticized', 'Clinton’s email use']]],
    // A passive names no speaker, also with an adverb before the participle; an expectation is a claim without one.
    ['The decision is widely expected to be unfavorable for Beijing.', [[null, 'is widely expected', 'The decision is widely expected to be unfavorable for Beijing']]],
    ["Fiorina's statement about the video was not challenged by CNN moderators.", []],
    // A passive belief or feeling without an agent is the subject's.
    ['But Mr. Ackman is convinced that Valeant will be a comeback story.', [['Mr. Ackman', 'is convinced', 'that Valeant will be a comeback story']]],
    ['Republicans were worried about the economy.', [['Republicans', 'were worried about', 'the economy']]],
    // A passive with its agent after "by": the agent speaks of the subject.
    // ... or of the "that" clause after the agent.
    ['The FBI had interviewed Tsarnaev after being warned by the Russian government that he was a threat.', [['the Russian government', 'warned by', 'that he was a threat']]],
    // ... of the clause from its subject on.
    ['Her death was confirmed by the Eagle Forum.', [['the Eagle Forum', 'confirmed by', 'Her death was confirmed by the Eagle Forum']]],
    ['Trump has been rebuked by opponents for his proposal to ban Muslims.', [['opponents', 'rebuked by', 'Trump has been rebuked by opponents for his proposal to ban Muslims']]],
    // "said about" what the words were about, not an amount.
    ['"Why would you try to cozy up to George W. Bush?" Lichtman said about McCain\'s effort to downplay his ties.', [['Lichtman', 'said', '"Why would you try to cozy up to George W. Bush?"']]],
    ['The budget office said about half of the adjustment reflects lower revenue.', [['The budget office', 'said', 'about half of the adjustment reflects lower revenue']]],
    // Two appositives, the first ending in a name the tagger reads as a verb: the person opening the sentence speaks.
    ['Tom Fitton, the president of Judicial Watch, a conservative group that has sued to obtain records, said that the damage is done.',
      [['Tom Fitton, the president of Judicial Watch, a conservative group that has sued to obtain records', 'said', 'that the damage is done']]],
    // A common noun opening the sentence before "for" is no part of the name after it.
    ['Lawyers for Clinton opposed the effort to question him.', [['Lawyers for Clinton', 'opposed', 'the effort to question him']]],
    // A one-word object that names someone; not a reflexive one.
    ['Both of his GOP senators strongly supported him.', [['Both of his GOP senators', 'supported', 'him']]],
    ['That bond quickly revealed itself.', []],
    // "it" is enough for a stance ("decried it"), not for a belief ("you would never know it").
    ['State business leaders decried it; newspaper editorials railed against it.', [['State business leaders', 'decried', 'it'], ['newspaper editorials', 'railed against', 'it']]],
    ['But you would never know it.', []],
    // A second verb in the cue's form ends its content: -s with -s, whatever the letter before.
    ['She backs tougher regulations but embraces the Dodd-Frank law.', [['She', 'backs', 'tougher regulations'], ['She', 'embraces', 'the Dodd-Frank law']]],
    // ... with an adverb in -ly before it.
    ['Buyoya dismissed its threat of an arms embargo and flatly ruled out talks with the rebels.', [['Buyoya', 'dismissed', 'its threat of an arms embargo']]],
    // A relative pronoun before a cue that ends the clause stands for what is judged.
    ['The essay was poverty-shaming (which his colleague David French defended).', [['his colleague David French', 'defended', 'which']]],
    // ... "that" after a noun too, which is no determiner of the speaker.
    ['The emails were not classified at the time, a point that intelligence officials have disputed.', [['intelligence officials', 'disputed', 'that']]],
    // Verbs of reciting, sensing, alluding (cues.json verbs); a base form after a request's object is what is requested.
    // Verbs of presenting with "as" after their object (cues.json viewAs).
    ['In his speech, Obama positioned Clinton as the most qualified person ever to run for president.', [['Obama', 'positioned', 'Clinton as the most qualified person ever to run for president']]],
    ['Twitter has positioned itself as a global town square.', [['Twitter', 'positioned', 'itself as a global town square']]],
    ['The company positioned its stores near the highway.', []],
    // "self-described": what follows is what its bearer says of themself ("self" the source, as PolNeAR marks it); not
    // "self-published".
    ['Young democrats are gravitating toward Sen. Bernie Sanders, a self-described Democratic socialist. His self-published book sold well.',
      [['self', 'described', 'Democratic socialist']]],
    // A relative clause with no pronoun whose cue ends it, its preposition after it; a common noun before an article
    // ends another phrase than the speaker's.
    ['They are not technically Americans, though this is the only country they know.', [['they', 'know', 'the only country']]],
    // ... a preposition stranded before a comma too; without a noun before, no words at all.
    ['I mean, this is all they talked about, this is all we thought about every day.', [['they', 'talked about', 'all'], ['we', 'thought', 'all']]],
    ['The editor I was talking to, Tim Grieve, interrupted me in mid-sentence.', []],
    ['At one point the crowd chanted "Build the wall!"', [['the crowd', 'chanted', '"Build the wall!"']]],
    // The words of a claim nested in another's end where the outer words end at a comma; "believe me" names no speaker.
    ['After Hewitt suggested that Trump simply meant that Obama’s policies created the conditions for ISIS, Trump contradicted him.',
      [['Hewitt', 'suggested', 'that Trump simply meant that Obama’s policies created the conditions for ISIS'], ['Trump', 'meant', 'that Obama’s policies created the conditions for ISIS'],
        ['Trump', 'contradicted', 'him']]],
    ['A wall is not going to keep people away, believe me.', []],
    // A verb that tells a view only before "that" (cues.json viewAs): a date and an adverb set off by dashes between.
    ['It originated with Donald Trump, who proclaimed in July - falsely - that Christians fleeing Syria cannot come in.',
      [['who', 'proclaimed', 'that Christians fleeing Syria cannot come in']]],
    // A participle between the subject and its verb, an adverb before it.
    ['Trump, later alleging that President Obama wanted to admit 250,000 Syrians, said he would send them back.',
      [['Trump', 'alleging', 'that President Obama wanted to admit 250,000 Syrians'], ['Trump, later alleging that President Obama wanted to admit 250,000 Syrians', 'said', 'he would send them back']]],
    // A clause opened by "with" at the sentence's start ends at its comma.
    ['With his campaign buffeted by criticism and denying claims of plagiarism, the delegates voted for other candidates.', [['his campaign', 'denying', 'claims of plagiarism']]],
    ['The U.S. requested China clarify the term “indigenous.”', [['The U.S.', 'requested', 'China clarify the term “indigenous.”']]],
    ['Bill Clinton recounted his wife\'s life experiences and recited her policy ideas.', [['Bill Clinton', 'recounted', 'his wife\'s life experiences'], ['Bill Clinton', 'recited', 'her policy ideas']]],
    ['Cruz jumped into Florida with both feet this week, sensing he just might be able to take second place.', [['Cruz', 'sensing', 'he just might be able to take second place']]],
    // A claim in brackets inside another's words is the writer's aside, not part of them; its words end at the bracket, and
    // a verb joined after the bracket goes with the speaker before it.
    ['Trump called undocumented immigrants from Mexico “rapists” (although he allowed that some might be good people) and promised to build a wall.',
      [['Trump', 'called', 'undocumented immigrants from Mexico “rapists” (although he allowed that some might be good people)'], ['he', 'allowed', 'that some might be good people'],
        ['Trump', 'promised', 'to build a wall']]],
    // (A cue whose bracket closes before any words reports nothing: "(pun intended)".)
    ['All they have to do is stick to their guns (pun intended) and repeat the slogans.', [['they', 'repeat', 'the slogans']]],
    // ... after a date; inside another's words too; not a question's pronoun.
    ['Beck’s contention was that Trump is appealing to the so-called alt-right — which Democratic candidate Hillary Clinton denounced Thursday — and is building a base there.',
      [['Beck', 'contention was', 'Trump is appealing to the so-called alt-right — which Democratic candidate Hillary Clinton denounced Thursday — and is building a base there'],
        ['Democratic candidate Hillary Clinton', 'denounced', 'which']]],
    ['About one in five say they would either not vote or are unsure whom they’d support — or even consider supporting a third-party candidate.',
      [['one in five', 'say', 'they would either not vote or are unsure whom they’d support — or even consider supporting a third-party candidate']]],
    // A verb in a series after a comma, in the form of the cue before, right where its words end, is the same speaker's;
    // not after a relative clause's. (A quantifier floated after an auxiliary is no speaker.)
    ['Donald Trump joked about Jewish stereotypes, declined to affirm his support for a united Jerusalem, and told his audience he was a negotiator.',
      [['Donald Trump', 'joked about', 'Jewish stereotypes'], ['Donald Trump', 'declined', 'to affirm his support for a united Jerusalem'], ['Donald Trump', 'told', 'audience he was a negotiator']]],
    ['Mr. McConnell, who has both endorsed Mr. Trump and criticized his campaign, offered a restrained embrace on Tuesday.',
      [['who', 'endorsed', 'Mr. Trump'], ['who', 'criticized', 'his campaign'], ['Mr. McConnell, who has both endorsed Mr. Trump and criticized his campaign', 'offered', 'a restrained embrace on Tuesday']]],
    // An attribution set between a subject and its verb is no appositive of the subject; a “ closed by a " in a text
    // that mixes the styles ends there, not at the next ” lines on.
    ['CNN, Cruz said, called the announcement “highly significant."\nCruz said that he had apologized.\nBen Carson quoted Reagan’s “eleventh commandment.”',
      [['Cruz', 'said', 'CNN, Cruz said, called the announcement “highly significant."'], ['CNN', 'called', 'the announcement “highly significant."'],
        ['Cruz', 'said', 'that he had apologized'], ['Ben Carson', 'quoted', 'Reagan’s “eleventh commandment.”']]],
    // ... and before a second verb, whose words follow it.
    ['Obama made no effort to introduce a carbon tax, which he favors but says would never win support in the current Congress.',
      [['he', 'favors', 'which'], ['he', 'says', 'would never win support in the current Congress']]],
    // ... and with no relative pronoun, the noun before the speaker.
    ['She voted for something she opposed as a senator from New York.', [['she', 'opposed', 'something']]],
    // A verb of judging or backing takes no clause: in a relative clause with no pronoun, the noun's phrase is all of
    // what it is about, and the verb after belongs to the main clause.
    ['The Twitter account Trump retweeted was set up as a trap.', [['Trump', 'retweeted', 'The Twitter account']]],
    ['Those are five other things we learned in the opening series of contests.', [['we', 'learned', 'five other things']]],
    // A participle with an object opening the sentence goes with the subject after its comma; not "Responding to ...".
    ['Recognizing this, Mr. Rubio joined Democrats in writing a bill.', [['Mr. Rubio', 'Recognizing', 'this']]],
    ['Responding to this criticism, Trump said he was rude.', [['Trump', 'said', 'he was rude']]],
    // A date between the participle and "by"; a person "of" a place is a person.
    ["Clinton's position was supported Friday by Sen. Dianne Feinstein of California.",
      [['Sen. Dianne Feinstein of California', 'supported Friday by', "Clinton's position was supported Friday by Sen. Dianne Feinstein of California"]]],
    // A first name the tagger reads as a verb inside a name; a last name it reads as a verb is no cue.
    ['Sen. Ted Cruz of Texas denounced the plan as reckless.', [['Sen. Ted Cruz of Texas', 'denounced', 'the plan as reckless']]],
    ['Tom Fitton, the president of Judicial Watch, charged that Mrs. Clinton hid the documents.', [['Tom Fitton, the president of Judicial Watch', 'charged', 'that Mrs. Clinton hid the documents']]],
    // "a supplement maker called Mannatech" names a company.
    ['Carson has a relationship with a supplement maker called Mannatech.', []],
    // Verbs that only stand between reported words and their speaker are speech too.
    ["''Silly boys acting like they've never seen a girl before,'' scoffed Arianna Gil, 22, who helped found the group in 2014.",
      [['Arianna Gil, 22, who helped found the group in 2014', 'scoffed', "''Silly boys acting like they've never seen a girl before,''"]]],
    // A manner adverb between the cue and the quotation; whom the words were for after the cue.
    ['Sanders replied evenly, "I think Secretary Clinton knows that what she says is very disingenuous."',
      [['Sanders', 'replied', '"I think Secretary Clinton knows that what she says is very disingenuous."']]],
    ['“The time is long overdue for a transformation of the party,” he asserted to reporters on Tuesday, repeating the assurance that earned him a greeting.',
      [['he', 'asserted', '“The time is long overdue for a transformation of the party,”'], ['he', 'repeating', 'the assurance that earned him a greeting']]],
    // "he said:" and the next paragraph set off without quotation marks: all of it, and the beliefs in it are its own.
    ['In a speech last July, he said:\n\nLet no one be mistaken – his candidacy is a cancer on conservatism.\nI feel so strongly about this because I believe it.\n\nThe senator left.',
      [['he', 'said', 'Let no one be mistaken – his candidacy is a cancer on conservatism.\nI feel so strongly about this because I believe it.']]],
    // "as X put it:"
    ["Or, as Tom Ridge, a former secretary of homeland security, put it: ''The barbarians are no longer at the gate. They're inside.''",
      [['Tom Ridge, a former secretary of homeland security', 'put it', "''The barbarians are no longer at the gate. They're inside.''"]]],
    // Cues the tagger reads as nouns after a subject they agree with: a quantifier, a plural, a named speaker.
    ['Both think Obama advanced this agenda.', [['Both', 'think', 'Obama advanced this agenda']]],
    ['Obama plans to send a nominee to the Senate.', [['Obama', 'plans', 'to send a nominee to the Senate']]],
    // A date right after the cue tells when, not what; not when it is the subject, or what is said of.
    ['The company said on Monday it would cut 500 jobs.', [['The company', 'said', 'it would cut 500 jobs']]],
    ['The Times reported last month Cameron had changed course.', [['The Times', 'reported', 'Cameron had changed course']]],
    ['He said Monday was the deadline.', [['He', 'said', 'Monday was the deadline']]],
    // So before "whether", which the tagger reads as a preposition, and before a preposition the cue takes.
    ['Cruz has questioned in recent days whether Trump has the necessary temperament to be president.', [['Cruz', 'questioned', 'whether Trump has the necessary temperament to be president']]],
    ['A refugee lobby group called on Saturday for calm in the camps.', [['A refugee lobby group', 'called', 'for calm in the camps']]],
    // "request" asks, like "urge" and "demand".
    ['The ministry requested clarification on the new banking rules.', [['The ministry', 'requested', 'clarification on the new banking rules']]],
    // A cue read as a noun agrees with the head of its subject: past "of" and an adverb set off by commas.
    ['Members of the committee question the cost of the plan.', [['Members of the committee', 'question', 'the cost of the plan']]],
    ['Critics of the administration, however, question the timing of the deal.', [['Critics of the administration', 'question', 'the timing of the deal']]],
    ['Mr. Sanders talks about a revolution.', [['Mr. Sanders', 'talks about', 'a revolution']]],
    ['Democrats, Thomas Frank notes, applaud the shrewd management of the governor.', [['Thomas Frank', 'notes', 'Democrats, Thomas Frank notes, applaud the shrewd management of the governor']]],
    // A past tense the tagger read as an adjective; the participle after it has its subject.
    ['Ted Cruz belittled the loans, calling it a "paperwork error" that was reported.', [['Ted Cruz', 'belittled', 'the loans'], ['Ted Cruz', 'calling', 'it a "paperwork error" that was reported']]],
    // "To X, ..." before the clause: X's view, when X is a person or a body ("To date" is not).
    ["To Ms. Gil, skateboarding represents a cry of dissent against the city's gentrification.", [['Ms. Gil', 'To', "skateboarding represents a cry of dissent against the city's gentrification"]]],
    ['To Michael Sexton, who has made a study of Trump rallies, Tuesday marked a turning point.', [['Michael Sexton', 'To', 'Tuesday marked a turning point']]],
    ['To date, the campaign has raised $5 million.', []],
    // A participle with an object between the subject and its verb; not one with a preposition after it.
    ["Mr. Paul Manafort, citing ''the unique magic of Trump,'' said the candidate could win.",
      [['Mr. Paul Manafort', 'citing', "''the unique magic of Trump,''"], ['Mr. Paul Manafort', 'said', 'the candidate could win']]],
    // An embedded post signed with its author's name and handle.
    ['Why is Pence not wearing a Make Mexico Great Again Also hat? #RINO — Ben Jacobs (@Bencjacobs) September 1, 2016',
      [['Ben Jacobs', '—', 'Why is Pence not wearing a Make Mexico Great Again Also hat? #RINO']]],
    // What seems is said of the subject; "what" after a preposition and a relative pronoun before a quotation stand
    // for the words.
    ['Trump sometimes seems fixated on China.', [['Trump', 'seems', 'Trump sometimes seems fixated on China']]],
    ['The church was attacked in what officials called a hate crime.', [['officials', 'called', 'what officials called a hate crime']]],
    ['The movement is one which historian John Baick calls "a foundation of our political culture."', [['historian John Baick', 'calls', 'which historian John Baick calls "a foundation of our political culture."']]],
    // "that" after a noun, when the words go on with a verb, stands for them too.
    ['He delivered an indictment of a corporate class that he argued was thrusting the United States into decline.',
      [['he', 'argued', 'that he argued was thrusting the United States into decline']]],
    // Calling for something is asking, not naming; a name the tagger reads as a verb before a period is no cue; a
    // participle after "after" in a title-case headline reports nothing.
    ['A group of rabbis called for a boycott of his speech.', [['A group of rabbis', 'called for', 'a boycott of his speech']]],
    ['They want to work at JPMorgan Chase, not ACE Cash Express.', [['They', 'want', 'to work at JPMorgan Chase, not ACE Cash Express']]],
    ['Donald Trump Booed After Telling Jeb Bush To Pipe Down\nThe crowd booed.', []],
    ['Ani Vrabel 5ptsmoderatorFeatured 9:26PMDonald Trump Booed After Telling Jeb Bush To Pipe Down\nThe crowd booed.', []],
    // A semicolon inside a quotation ends nothing.
    ['The judge said courts must weigh "whether a party is a public entity; and whether the case is important."', [['The judge', 'said', 'courts must weigh "whether a party is a public entity; and whether the case is important."']]],
    // A subordinate clause before ", X found ..." is no reported words, also after a conjunction.
    ['But because he had already spent time in detention, investigators found his case urgent.', [['investigators', 'found', 'his case urgent']]],
    // A relative clause without its pronoun: the pronoun or name after the noun speaks, the noun's phrase is said.
    ['Inside was a gift he knew would lift me out of my dark mood.', [['he', 'knew', 'a gift he knew would lift me out of my dark mood']]],
    ['Justice Department spokeswoman Nicole A. Navas declined comment beyond its filings.', [['Justice Department spokeswoman Nicole A. Navas', 'declined', 'comment beyond its filings']]],
    // A date alone is when, not what.
    ['Trump proposed two months ago.', []],
    // ... before an adjective or a noun; after a relative pronoun, whatever the form.
    ['And both embrace conservative positions on abortion.', [['both', 'embrace', 'conservative positions on abortion']]],
    ['Senator Bernie Sanders advocates tax increases of $15 trillion.', [['Senator Bernie Sanders', 'advocates', 'tax increases of $15 trillion']]],
    ['Voters like candidates such as Marco Rubio and John Kasich, who show an understanding of economics.', [['who', 'show', 'an understanding of economics']]],
    // ... after "and" or "but" before "to" or "that"; after any noun before a "that" clause, not before a relative one.
    ['She has given to many candidates, but plans to narrow her support to one.', [['She', 'plans', 'to narrow her support to one']]],
    ['The Chinese Communist Party leadership fears that sweeping industrial closures could kindle protests.',
      [['The Chinese Communist Party leadership', 'fears', 'that sweeping industrial closures could kindle protests']]],
    ['They set the litmus-test questions that would determine their choices.', []],
    // "one", and a quantifier the tagger reads as an adverb, opening a clause, speak.
    ['She met with an array of attorneys; one suggested she marry an American.', [['one', 'suggested', 'she marry an American']]],
    ['It was cold; most said they were very worried.', [['most', 'said', 'they were very worried']]],
    // A sentence opening with the cue and its speaker before the quotation.
    ['The agency was wrong. Said Comey, "The thought that an error on our part is connected to this is very painful to us."',
      [['Comey', 'Said', '"The thought that an error on our part is connected to this is very painful to us."']]],
    // Short words before ", X said." at the end of the sentence.
    ['Clinton offered to debate in Brooklyn. Sorry, Sanders said. He had a rally.', [['Clinton', 'offered', 'to debate in Brooklyn'], ['Sanders', 'said', 'Sorry']]],
    // A possessive name before the hearer after "told"; the quotation before is what was told.
    ['“It looks like we’re not going to have a very good relationship,” Trump told Britain’s ITV television station in an interview aired on Monday.',
      [['Trump', 'told', '“It looks like we’re not going to have a very good relationship,”']]],
    // Anything can seem or appear; a plural noun (a group, documents) can judge, not inside a noun's "that" clause.
    ['Each skater seemed to be honing her own style.', [['Each skater', 'seemed', 'Each skater seemed to be honing her own style']]],
    ['Newspaper editorials railed against it.', [['Newspaper editorials', 'railed against', 'it']]],
    ['The talks increased optimism that the two nations agree on a trade deal.', []],
    // A noun the tagger reads as an adjective ends the speaker's phrase after another noun, before a verb or auxiliary.
    ['The police chief said the suspect had fled.', [['The police chief', 'said', 'the suspect had fled']]],
    ['His campaign chief has sought to assure members that Trump recognized the need.', [['His campaign chief', 'sought', 'to assure members that Trump recognized the need']]],
    // A date between the subject and the verb, opened by a preposition or an adverb (not after a possessive).
    ['In one email exchange, an executive at the Clinton Foundation in 2009 sought to put a donor in touch with the ambassador.',
      [['an executive at the Clinton Foundation', 'sought', 'to put a donor in touch with the ambassador']]],
    ['The agency earlier this year warned that prices would rise.', [['The agency', 'warned', 'that prices would rise']]],
    ['One of his recent reads, “This Kind of War,” is a history of the Korean War.', []],
    // Where a name spoke, in a phrase of its own between it and the cue, is no part of the speaker.
    ['The break was complete when Trump in his announcement speech called undocumented immigrants “rapists.”', [['Trump', 'called', 'undocumented immigrants “rapists.”']]],
    // A credit line: a gerund with its agent.
    ['Additional reporting by Kylie MacLellan; Editing by Alistair Bell.', []],
    // A stance needs a person or body: the name before an appositive that opens with a determiner is one.
    ['But Bill Skelly, a longtime RNC data operative, vouched for both Braynard and Chrabaszcz.', [['Bill Skelly, a longtime RNC data operative', 'vouched for', 'both Braynard and Chrabaszcz']]],
    // A common noun opening the sentence with an appositive after it; not the object of a verb before.
    ["Northern Ireland's biggest Protestant party, the Ulster Unionists, is threatening to push for Sinn Fein's expulsion. The union, the largest in the state, said it would strike.",
      [["Northern Ireland's biggest Protestant party, the Ulster Unionists", 'threatening', "to push for Sinn Fein's expulsion"], ['The union, the largest in the state', 'said', 'it would strike']]],
    ['He praised the company, a big firm, said Smith.', [['He', 'praised', 'the company, a big firm'], ['Smith', 'said', 'He praised the company, a big firm']]],
    // A long appositive with a relative clause.
    ['Rich Heffley, a top Tallahassee GOP operative who played a major role in John McCain’s big Florida win in 2008 and is now running Bush’s early-vote efforts in the state, said the absentee program is critical.',
      [['Rich Heffley, a top Tallahassee GOP operative who played a major role in John McCain’s big Florida win in 2008 and is now running Bush’s early-vote efforts in the state', 'said', 'the absentee program is critical']]],
    // An appositive set off by dashes (long ones, or hyphens with spaces).
    ['On Friday, Gingrich — mentioned by Newsmax as the leading choice for Trump’s running mate — told Bill O’Reilly of Fox News that he would consider it.',
      [['Gingrich — mentioned by Newsmax as the leading choice for Trump’s running mate', 'told', 'that he would consider it']]],
    ['The California Avocado Commission -- which has spearheaded the opposition to lifting the ban -- said new data shows the department underestimated the pest problem.',
      [['The California Avocado Commission -- which has spearheaded the opposition to lifting the ban', 'said', 'new data shows the department underestimated the pest problem']]],
    // A participle with a date after the speaker's noun describes it ("the order released Friday said").
    ['Trump\'s "assertion is speculative," the order released Friday said.', [['the order released Friday', 'said', 'Trump\'s "assertion is speculative,"']]],
    ['A poll from Marquette Law School released Wednesday found Clinton leading Trump by 15 points.',
      [['A poll from Marquette Law School released Wednesday', 'found', 'Clinton leading Trump by 15 points']]],
    // A semicolon ends the content.
    ['Senator Bernie Sanders advocates tax increases of $15 trillion; Mrs. Clinton favors an additional $1 trillion.',
      [['Senator Bernie Sanders', 'advocates', 'tax increases of $15 trillion'], ['Mrs. Clinton', 'favors', 'an additional $1 trillion']]],
    // ... not a list of what the subject did.
    ['Some of the women said they had spoken out at hearings on rezoning plans; helped marshal protesters; and put together open-mike nights.',
      [['Some of the women', 'said', 'they had spoken out at hearings on rezoning plans; helped marshal protesters; and put together open-mike nights']]],
    // ... not a noun after a place or a demonym.
    ['It is not on the same level as the Benghazi attacks, the candidate said.', [['the candidate', 'said', 'It is not on the same level as the Benghazi attacks']]],
    // A quotation opening the sentence is no speaker's appositive; a title in quotation marks after "of the" is part of
    // the speaker's phrase after the cue, its comma inside the closing mark.
    ['“If we want minority voters to support Republicans, we have to engage them,” wrote the authors of the “Growth and Opportunity Project,” giving the example of Mitt Romney.',
      [['the authors of the “Growth and Opportunity Project,”', 'wrote', '“If we want minority voters to support Republicans, we have to engage them,”']]],
    // A verb after a conjunction, finite where the words before have no finite verb (an infinitive, a gerund), is the
    // subject's own; the very same verb after a comma and a clause begins the next claim; not a base form that goes on
    // an infinitive.
    ["I wanted to use my voice but thought I couldn't, thought that no one could relate to me.",
      [['I', 'wanted', 'to use my voice'], ['I', 'thought', "I couldn't"], ['I', 'thought', 'that no one could relate to me']]],
    ['As a kid I felt like I had no voice, felt like I had no options.', [['I', 'felt', 'like I had no voice'], ['I', 'felt', 'like I had no options']]],
    ['The White House said there is no evidence of unfitness, and the lawyer, Gregory Craig, said the allegations were a sign of desperation.',
      [['The White House', 'said', 'there is no evidence of unfitness, and the lawyer, Gregory Craig, said the allegations were a sign of desperation'],
        ['the lawyer, Gregory Craig', 'said', 'the allegations were a sign of desperation']]],
    ['The region offers rich resources, but its plans - to export its industrial overcapacity and find new markets - will struggle.',
      [['The region', 'offers', 'rich resources, but its plans - to export its industrial overcapacity and find new markets - will struggle']]],
    // "that" before a noun with no verb after it is a determiner: no clause, no claim of a verb outside the lexicon.
    ['Both Sanders and Clinton would perform that task energetically. This year, Democrats have lifted that prohibition.', []],
    // A participle with its agent after adverbs describes a noun; a participle after the source of "according to" set off
    // by commas goes on the clause before it, all of it what is reported.
    ['Trump gave his blessing, according to court documents reported previously by The Post, becoming a 93 percent owner of the new enterprise.',
      [['court documents reported previously by The Post', 'according to', 'Trump gave his blessing, according to court documents reported previously by The Post, becoming a 93 percent owner of the new enterprise']]],
    // A participle after "by" at the sentence's start, a conjunction before, goes with the subject after its comma; a
    // request with its object too.
    ['Yet by calling out Clinton on the substance of her attack, Axelrod occupied a familiar role.', [['Axelrod', 'calling out', 'Clinton on the substance of her attack']]],
    // A verb after a conjunction and auxiliaries (a negation too) shares the speaker of the attribution before it, whose
    // words end at the conjunction.
    ['The FBI concluded that Clinton had been extremely careless, but did not recommend that she face criminal charges.',
      [['The FBI', 'concluded', 'that Clinton had been extremely careless'], ['The FBI', 'recommend', 'that she face criminal charges']]],
    ['Officials believe debt relief is possible only in bankruptcy and have been calling on Congress to amend the law.',
      [['Officials', 'believe', 'debt relief is possible only in bankruptcy'], ['Officials', 'calling on', 'Congress to amend the law']]],
    // In a clause that opens the sentence with a subordinator (after a conjunction or an adverb, "as" too when words
    // follow the cue), the words end at the comma before the main clause; "As X noted, ..." says the main clause.
    ['As Donald Trump and Sen. Ted Cruz lamented illegal immigration, Clinton took a moment to reach out to voters.',
      [['Donald Trump and Sen. Ted Cruz', 'lamented', 'illegal immigration']]],
    ["Even as he accused the Justice Department of giving Clinton special treatment, Giuliani wouldn't directly speculate about Comey's motives.",
      [['he', 'accused', 'the Justice Department of giving Clinton special treatment'], ['Giuliani', 'speculate about', "Comey's motives"]]],
    ['As Smith noted in a statement, the plan failed.', [['Smith', 'noted', 'the plan failed']]],
    // A verb of presenting the tagger read as a noun, with its object and "as" after it.
    ['Throughout his remarks, Trump cast himself as a change agent. Even her fellow cast members did not know.', [['Trump', 'cast', 'himself as a change agent']]],
    // A reason after the hearer is not what was told.
    ['She did not tell the police because she was afraid.', []],
    // A verb's lemma as the tagger writes it ("lambasted": lambast) is in the lexicon beside the dictionary's.
    ["Democrats have lambasted McDonald's and Walmart for their resistance to minimum wage hikes.", [['Democrats', 'lambasted', "McDonald's and Walmart for their resistance to minimum wage hikes"]]],
    // An infinitive set off by a comma, colon or dash tells a purpose or a power, no one's words.
    ['Candidates have until Jan. 31, the eve of the Iowa caucuses, to disclose fundraising details. The bank was given new powers: to advise the government on transactions.', []],
    // A form in -ing after a possessive, or after a share owned, is a noun.
    ['She pointed to his 22 percent showing in Miami-Dade County. Cruz seemed to blame the network for its reporting more than his own campaign.',
      [['She', 'pointed to', 'his 22 percent showing in Miami-Dade County'], ['Cruz', 'seemed', 'Cruz seemed to blame the network for its reporting more than his own campaign']]],
  ])('%s', (text, expected) => {
    const r = extractSync({ text, publishedAt: '2016-01-31' });
    expect(r.claims.map((c) => [c.speaker?.text ?? null, c.cue.text, c.content.text])).toEqual(expected);
  });
});

describe('nested claims', () => {
  it('ends where dropped claims are each other\'s parent (a text cut inside a quotation once looped forever)', () => {
    // In a child process with a time limit: a loop would hang the test run, not fail it.
    const text = "I 've planned things so that that will be the end of me, \" the 32-year-old national team captain was quoted as saying by the daily Sueddeutsche Zeitung on Saturday.\nKlinsmann said he believed Germany could win in France with the same nucleus of players which won the European championship in England this summer.\n\" I think it can be done, \" he said, \" especially as experience";
    const script = `import('${new URL('../../dist/src/extract.js', import.meta.url).href}').then(({ extractSync }) => {
      const r = extractSync({ text: ${JSON.stringify(text)}, publishedAt: '1996-08-30' });
      console.log(JSON.stringify(r.claims.map((c) => [c.speaker?.text ?? null, c.cue.text, c.content.text, c.parentId])));
    })`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      ['the 32-year-old national team captain', 'quoted as saying', "I 've planned things so that that will be the end of me", null],
      ['Klinsmann', 'said', 'he believed Germany could win in France with the same nucleus of players which won the European championship in England this summer', null],
      ['he', 'said', '" I think it can be done, "', null],
    ]);
  });

  it('what a speaker reports of their own plans and views is one claim; another speaker\'s words inside it are a second', () => {
    const r = extractSync({ text: 'Donald Trump said he supports making an exception. John Kasich said he believes the bill will pass. The Journal said that Li assured that the talks would go on.', publishedAt: '2016-01-31' });
    expect(r.claims.map((c) => [c.speaker.text, c.cue.text, c.parentId === null])).toEqual([
      ['Donald Trump', 'said', true], ['John Kasich', 'said', true], ['The Journal', 'said', true], ['Li', 'assured', false],
    ]);
  });
});

describe('nesting is a tree', () => {
  it('"Li assured that ..., Xinhua reported": Li\'s words end before the outer speaker, and Li\'s claim hangs on Xinhua\'s', () => {
    const r = extractSync({ text: 'Li assured that foreign companies would be treated fairly, Xinhua reported.', publishedAt: '2016-01-31' });
    const outer = r.claims.find((c) => c.cue.text === 'reported')!;
    expect(r.claims.map((c) => [c.speaker.text, c.cue.text, c.content.text, c.parentId])).toEqual([
      ['Li', 'assured', 'that foreign companies would be treated fairly', outer.id],
      ['Xinhua', 'reported', 'Li assured that foreign companies would be treated fairly', null],
    ]);
  });

  it('two claims whose contents hold each other\'s cue are not each other\'s parent: the wider one is outside', () => {
    const r = extractSync({ text: 'Castro called Munero -- who reportedly drove a taxi and engaged in unofficial businesses in the Cuban city of Cardenas -- a criminal.', publishedAt: '2000-01-31' });
    const [called, reportedly] = r.claims;
    expect([called.cue.text, reportedly.cue.text]).toEqual(['called', 'reportedly']);
    expect([called.parentId, reportedly.parentId]).toEqual([reportedly.id, null]);
  });
});

describe('nested claims under a dropped one', () => {
  it('hang on the nearest claim kept above them', () => {
    const r = extractSync({ text: 'Donald Trump said he believes the Journal wrote that the talks failed.', publishedAt: '2016-01-31' });
    const said = r.claims.find((c) => c.cue.text === 'said')!;
    expect(r.claims.map((c) => [c.cue.text, c.parentId])).toEqual([['said', null], ['wrote', said.id]]);
  });

  it('anyone\'s belief, stance or finding inside reported words is part of them; their words are a claim', () => {
    const claimsOf = (text: string) => extractSync({ text, publishedAt: '2016-01-31' }).claims.map((c) => [c.speaker.text, c.cue.text]);
    expect(claimsOf('Sexton said he is unconvinced that Trump believes some of what he is saying.')).toEqual([['Sexton', 'said']]);
    expect(claimsOf('The spokesman said polls show Clinton ahead in Ohio.')).toEqual([['The spokesman', 'said']]);
    expect(claimsOf('The Journal said that Premier Li assured that China would open its markets.')).toEqual([['The Journal', 'said'], ['Premier Li', 'assured']]);
  });

  it('the same words reported by two cues are one claim, the nearest cue\'s', () => {
    const r = extractSync({ text: '"Quiet," he demanded, as Bush continued to interject.', publishedAt: '2016-01-31' });
    expect(r.claims.map((c) => [c.speaker?.text ?? null, c.cue.text, c.content.text])).toEqual([['he', 'demanded', '"Quiet,"']]);
  });

  it('a claim dropped as part of its parent takes no other claim of the same words with it', () => {
    const r = extractSync({ text: 'They acknowledge what they consider modest achievements, like helping some of the uninsured.', publishedAt: '2016-01-31' });
    expect(r.claims.map((c) => [c.speaker.text, c.cue.text])).toEqual([['They', 'acknowledge']]);
  });

  it('links no speaker to the place that only modifies its head ("The Rockford, Ill., maker of fasteners")', () => {
    const r = extractSync({ text: 'The Rockford, Ill., maker of fasteners also said it expects higher sales.', publishedAt: '1989-10-27' });
    expect(r.claims[0].speaker).toMatchObject({ text: 'The Rockford, Ill., maker of fasteners', entityId: null, kind: 'group' });
  });

  it('a capitalized function word opening the sentence is no speaker', () => {
    const r = extractSync({ text: "When asked about Trump's disposition, Cruz gingerly said that was a question for voters.", publishedAt: '2016-01-31' });
    expect(r.claims.map((c) => [c.speaker?.text ?? null, c.cue.text])).toEqual([[null, 'asked about'], ['Cruz', 'said']]);
  });
});

describe('reported words that go on in a quotation', () => {
  it.each([
    // The next sentence is a quotation attributed to nobody else: it goes on with the claim.
    ['Christie said that he had fought for bills as governor. "A leader must fight for what they believe in."',
      [['Christie', 'said', 'that he had fought for bills as governor. "A leader must fight for what they believe in."']]],
    // It has its own attribution: it is a claim of its own.
    ['Christie said that he had fought for bills as governor. "A leader must fight," Rubio said.',
      [['Christie', 'said', 'that he had fought for bills as governor'], ['Rubio', 'said', '"A leader must fight,"']]],
    // A stance verb opening its sentence takes no quotation before it that another attribution's words hold ("Rubio
    // disagreed."); an infinitive after an owned noun is the owner's ("his campaign's decision to tell").
    ['"He didn\'t fight for the bill," Chris Christie said, adding that he had fought for bills. "A leader must fight."\nMarco Rubio disagreed.\n"Leadership is about solving the problem," he said.',
      [['Chris Christie', 'said', '"He didn\'t fight for the bill," Chris Christie said, adding that he had fought for bills. "A leader must fight."'],
        ['Chris Christie', 'adding', 'that he had fought for bills. "A leader must fight."'], ['he', 'said', '"Leadership is about solving the problem,"']]],
    ['Ted Cruz apologized for his campaign\'s decision to tell supporters that Ben Carson had dropped out of the race.',
      [['Ted Cruz', 'apologized for', 'his campaign\'s decision to tell supporters that Ben Carson had dropped out of the race'], ['his campaign', 'tell', 'that Ben Carson had dropped out of the race']]],
    // A cue and a colon end a paragraph; the quotation follows in the next one.
    ['Cruz continued:\n\n“You look at the questions. They are unfair.”\n\nHe left.', [['Cruz', 'continued', '“You look at the questions. They are unfair.”']]],
    // ... after an object, before a quotation or after "the following".
    ['In response, Donald Trump issued the following statement:\n\n“Our prayers are with all those affected.”\n\nThe attack ended.',
      [['Donald Trump', 'issued', '“Our prayers are with all those affected.”']]],
    // A quotation that closes the sentence before belongs to "X said." only when X's sentence says nothing of its own.
    // (A quotation opened in the content closes with it.)
    ['Officials called it "a grave mistake." The ministry said in a Telegram post that two drones were shot down.',
      [['Officials', 'called', 'it "a grave mistake."'], ['The ministry', 'said', 'that two drones were shot down']]],
    ['"We will win." Trump said on Tuesday at a rally in Ohio, where he spoke for an hour.', [['Trump', 'said', '"We will win."']]],
    // A straight quotation opened in the reported words runs on to its close.
    ['Gunn said the ruling was "in direct conflict with the Bible. The justices erred."',
      [['Gunn', 'said', 'the ruling was "in direct conflict with the Bible. The justices erred."']]],
  ])('%s', (text, expected) => {
    const r = extractSync({ text, publishedAt: '2016-01-31' });
    expect(r.claims.map((c) => [c.speaker?.text ?? null, c.cue.text, c.content.text])).toEqual(expected);
  });
});

describe('more forms', () => {
  it('a view owned and "was that" (cues.json viewNouns): "Sanders\'s argument on Sunday was that ...", "his point is that ..."; not a view no one owns', () => {
    const text = 'Sen. Bernie Sanders spoke in Ohio. Sanders\'s argument on Sunday was that superdelegates should switch. His point is that the nominee needs a majority. The argument was that taxes were too high.';
    const r = extractSync({ text, publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => [c.speaker?.text, c.speaker?.kind, c.cue.text, c.content.text])).toEqual([
      ['Sanders', 'named', 'argument on Sunday was', 'superdelegates should switch'],
      ['His', 'pronoun', 'point is', 'the nominee needs a majority'],
    ]);
    expect(r.claims[0].speaker?.entityId).toBe(r.entities.find((e) => e.name === 'Bernie Sanders')?.id);
  });

  it('a clause of its own after a comma and "and", "but" or "while" ends the words before it: "X said ..., and he railed against ...", "..., while other voters said"', () => {
    const text = 'The senator said the real extremist is his rival, and he railed against the moderators for failing to ask. The prosecutor declined to discuss the charges, but she said that the case was strong. Several supporters said the speech was strong, while other voters said it was too long.';
    const r = extractSync({ text, publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => [c.speaker?.text, c.cue.text, c.content.text])).toEqual([
      ['The senator', 'said', 'the real extremist is his rival'],
      ['he', 'railed against', 'the moderators for failing to ask'],
      ['The prosecutor', 'declined', 'to discuss the charges'],
      ['she', 'said', 'that the case was strong'],
      ['Several supporters', 'said', 'the speech was strong'],
      ['other voters', 'said', 'it was too long'],
    ]);
    // (A share of those polled is such a subject; a word a possessive ends is in its phrase, whatever its tag.)
    const poll = 'Twenty-four percent said they were more likely to vote for him, while 9 percent found it to be a deterrent. But the north\'s Protestant majority is bitterly opposed to uniting Ireland.';
    expect(extractSync({ text: poll, publishedAt: '2016-03-01' }).claims.map((c) => [c.speaker?.text, c.cue.text, c.content.text])).toEqual([
      ['Twenty-four percent', 'said', 'they were more likely to vote for him'],
      ['9 percent', 'found', 'it to be a deterrent'],
      ['the north\'s Protestant majority', 'is bitterly opposed to', 'uniting Ireland'],
    ]);
  });

  it('where or how the words were said is not part of them: "said in a statement the order was ...", "said in a statement, “...”"', () => {
    const text = 'The ministry said in a statement the order was from the Guangdong Post. The governor said in a release he issued a subpoena. ' +
      'Gutierrez said in an interview with The Associated Press at his hilltop headquarters that he hoped to win. ' +
      'Havel said in a statement, "Never have we been part of such a broad alliance." ' +
      'They agreed in principle to form a new company. Fidel Castro\'s revolution dampened plans to return home, Mr. Rubio said in his 2012 book, "An American Son."';
    const r = extractSync({ text, publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => [c.speaker?.text, c.cue.text, c.content.text])).toEqual([
      ['The ministry', 'said', 'the order was from the Guangdong Post'],
      ['The governor', 'said', 'he issued a subpoena'],
      ['Gutierrez', 'said', 'that he hoped to win'],
      ['Havel', 'said', '"Never have we been part of such a broad alliance."'],
      ['They', 'agreed', 'in principle to form a new company'],
      ['Mr. Rubio', 'said', "Fidel Castro's revolution dampened plans to return home"],
    ]);
  });

  it('a "that" after ", but" belongs to the next clause: "Saudi officials deny any links, but critics point to charities that fund ..."', () => {
    const text = 'Saudi officials deny any links to terrorism groups, but critics point to Saudi charities that fund organizations suspected of ties to militant cells.';
    const r = extractSync({ text, publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => [c.speaker?.text, c.cue.text, c.content.text])[0]).toEqual(['Saudi officials', 'deny', 'any links to terrorism groups']);
  });

  it('a second verb of the subject after "and" and a phrase is the subject\'s: "... condemned the coup and for the first time said ..."', () => {
    const text = 'The U.N. Security Council condemned the coup and for the first time said in a resolution it intended to pressure Buyoya. ' +
      'Elected officials in and around Miami warned immigration officials that they should expect little help. Employees can get in trouble, and as Comey noted, people in the case could be punished.';
    const r = extractSync({ text, publishedAt: '2016-03-01' });
    // ("in and around Miami", "and as Comey noted": no second verb of the sentence's subject.)
    expect(r.claims.map((c) => c.cue.text)).toEqual(['condemned', 'said', 'warned', 'noted']);
    expect(r.claims.filter((c) => c.cue.text !== 'warned').map((c) => c.speaker?.text)).toEqual(['The U.N. Security Council', 'The U.N. Security Council', 'Comey']);
  });

  it('a present participle after the speaker\'s noun belongs to the speaker: "Investigators working on the case said", "Lawyers representing the families said"', () => {
    const text = 'Investigators working on the case said the car was stolen. Lawyers representing the families said they would appeal. The thrift holding company said it lost money.';
    const r = extractSync({ text, publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => c.speaker?.text)).toEqual(['Investigators working on the case', 'Lawyers representing the families', 'The thrift holding company']);
  });

  it('a particle joins the cue when it keeps its sense ("pointed out", "talked up"), and makes another verb of it otherwise ("showed up", "called off")', () => {
    const text = 'As Clinton pointed out, it carries risks. Cruz talked up his plans. Supporters showed up at the caucuses. The company called off the talks. He said out loud that he was tired.';
    const r = extractSync({ text, publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => [c.speaker?.text, c.cue.text, c.content.text])).toEqual([
      ['Clinton', 'pointed out', 'it carries risks'], ['Cruz', 'talked up', 'his plans'], ['He', 'said', 'that he was tired'],
    ]);
  });

  it('a second past form of the subject after a comma ends an object content and is the subject\'s: "joked about stereotypes, declined to affirm ..."', () => {
    const text = 'Trump joked about stereotypes, declined to affirm his support, and walked out. Savin reported a loss of $35.2 million, compared with a profit.';
    const r = extractSync({ text, publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => [c.cue.text, c.content.text])).toEqual([['joked about', 'stereotypes'], ['declined', 'to affirm his support'], ['reported', 'a loss of $35.2 million, compared with a profit']]);
  });

  it('a quotation in curly marks inside a straight one does not close it; a second “ inside a “ opens the next quotation', () => {
    const text = 'Ward stated, "The department isn’t about “Equal Justice Under Law” anymore. It’s about politics." ' +
      'Replied spokesman Richard Boucher, “We haven’t analyzed the statement. “We believe his words cannot distract the world.”';
    const r = extractSync({ text, publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => [c.speaker?.text, c.content.text])).toEqual([
      ['Ward', '"The department isn’t about “Equal Justice Under Law” anymore. It’s about politics."'],
      ['spokesman Richard Boucher', '“We haven’t analyzed the statement. “We believe his words cannot distract the world.”'],
    ]);
  });

  it('a reported state after a quotation reports it: \'"Jeb wants to be a tough guy tonight," Trump shot back.\'', () => {
    const text = '"Jeb wants to be a tough guy tonight," Trump shot back. The plan will fail, the senator hit back.';
    const r = extractSync({ text, publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => [c.speaker?.text, c.cue.text, c.content.text])).toEqual([
      ['Trump', 'shot back', '"Jeb wants to be a tough guy tonight,"'],
      ['the senator', 'hit back', 'The plan will fail'],
    ]);
  });

  it('"..., as X noted." reports the clause before "as" (a gerund may open it, not a participle\'s phrase); set inside the clause it reports all of it', () => {
    const text = 'But ignoring the progress of the Obama era also carries risks, as Clinton supporters point out. The deal is dead, as the minister said on Tuesday. ' +
      'The deal, as officials have said, is dead. The market fell, as investors worried about rates. Courting the candidates, Adelson stayed neutral, as aides noted.';
    const r = extractSync({ text, publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => [c.speaker?.text, c.cue.text, c.content.text])).toEqual([
      ['Clinton supporters', 'point out', 'But ignoring the progress of the Obama era also carries risks'],
      ['the minister', 'said', 'The deal is dead'],
      ['officials', 'said', 'The deal, as officials have said, is dead'],
      ['investors', 'worried about', 'rates'],
    ]);
  });

  it('a participle after a noun, with a phrase and the sentence\'s auxiliary after it, reports nothing: "refugees admitted to the country have been"', () => {
    const text = 'Most refugees admitted to the country have been Christian. The memorial service planned at the university was canceled. Officials admitted to reporters that the plan had failed.';
    const r = extractSync({ text, publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => [c.speaker?.text, c.cue.text, c.content.text])).toEqual([['Officials', 'admitted', 'that the plan had failed']]);
  });

  it('a cue with an object of its own after a quotation reports that object, not the quotation: "They reject the term containment."', () => {
    const text = 'The minister said the group "must be destroyed." Most of his rivals reject the term containment. "We will win," the agency reported late on Friday.';
    const r = extractSync({ text, publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => [c.speaker?.text, c.cue.text, c.content.text])).toEqual([
      ['The minister', 'said', 'the group "must be destroyed."'],
      ['Most of his rivals', 'reject', 'the term containment'],
      ['the agency', 'reported', '"We will win,"'],
    ]);
  });

  it('one common noun is the whole object ("citing precedent", "expressed shock"), unless the cue modifies a noun; a participle after a comma is no inverted cue', () => {
    const text = '“The clause is violated,” Reeves wrote, citing precedent. The interviewer expressed shock. The flags were part of a street display of all state flags. "We will replace it," Trump said, repeating a common line.';
    expect(extractSync({ text, publishedAt: '2016-07-01' }).claims.map((c) => [c.speaker?.text, c.cue.text, c.content.text])).toEqual([
      ['Reeves', 'wrote', '“The clause is violated,”'], ['Reeves', 'citing', 'precedent'], ['The interviewer', 'expressed', 'shock'],
      ['Trump', 'said', '"We will replace it,"'], ['Trump', 'repeating', 'a common line'],
    ]);
  });

  it.each([
    ['“It is going to be useless,” Calderon told CNBC Saturday.', 'Calderon', '“It is going to be useless,”'],
    // A quotation inside the sentence's clause: the clause is the content.
    ['The new plans “will not solve this challenge, but are steps in the right direction,” Anne Richards said.', 'Anne Richards',
      'The new plans “will not solve this challenge, but are steps in the right direction,”'],
    // A relative clause's words follow its pronoun; a speaker's relative clause may end the sentence.
    ['That suggestion prompted a harsh response from Donald Trump Jr., who suggested in an interview that Lewandowski was seeking attention.', 'who', 'that Lewandowski was seeking attention'],
    ['Mr. Obama warned the Chinese leader not to move on the shoal, said an American official who was briefed on the encounter.', 'an American official who was briefed on the encounter', 'Mr. Obama warned the Chinese leader not to move on the shoal'],
    // A relative pronoun stands for what is said: the content runs from it.
    ['Trump despises what he calls political correctness.', 'he', 'what he calls political correctness'],
    ['She gave the department 30,000 emails, which she said represented all her work-related emails.', 'she', 'which she said represented all her work-related emails'],
    // "said of" names what the words were about.
    ['"Absolutely not," he said of the possibility that she would join the ticket.', 'he', '"Absolutely not,"'],
    // A hearer whose name the tagger reads as a verb ("Associated") is still no reported words.
    ['"A lot will have to do with Israel," Trump told The Associated Press of the prospects for peace in the region.', 'Trump', '"A lot will have to do with Israel,"'],
    // A headline "Name: words" when the name is a person of the article.
    ["Issa: Hillary Clinton's Honesty Is In Question\n\nRep. Darrell Issa (R-Calif.) spoke on Sunday.", 'Issa', "Hillary Clinton's Honesty Is In Question"],
    // ... and "Name to hearer:", "Name at place:".
    ['Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.\n\nHillary Clinton spoke on Friday.', 'Clinton', 'Trump will reverse Roe v. Wade.'],
    // The attribution set inside the sentence: all of it is the content.
    ['The bigger risk, he said, is a clash caused by paramilitary ships.', 'he', 'The bigger risk, he said, is a clash caused by paramilitary ships'],
    // ... with a phrase of where after the cue; not before words with no clause (a book's title).
    ["The documents indicate, he said in a telephone interview, that ''the State Department worked hand in hand.''", 'he',
      "The documents indicate, he said in a telephone interview, that ''the State Department worked hand in hand"],
    ["Castro's revolution dampened plans to return home, Mr. Rubio said in his 2012 book, ''An American Son.''", 'Mr. Rubio', "Castro's revolution dampened plans to return home"],
    // One quotation broken by its attribution.
    ["''The problems started with deficit financing,'' Ms. Acosta said, ''and with loans to entities without revenue.''", 'Ms. Acosta',
      "''The problems started with deficit financing,'' Ms. Acosta said, ''and with loans to entities without revenue.''"],
    // ... also after the speaker's appositive.
    ['"We have had offices on the ground since last April," said Stephanie Formas, Clinton\'s in-state communications director, "and we have been forming relationships."', 'Stephanie Formas',
      '"We have had offices on the ground since last April," said Stephanie Formas, Clinton\'s in-state communications director, "and we have been forming relationships."'],
    // ... also after words that open with a quotation and go on after it.
    ["''He was going to make the Trump name known,'' as his father dreamed, Mr. Turry said. ''We were going to live in one of his father's apartments.'' Then they left.", 'Mr. Turry',
      "He was going to make the Trump name known,'' as his father dreamed, Mr. Turry said. ''We were going to live in one of his father's apartments.''"],
    // ... and one after a period the sentence splitter kept in the sentence of the attribution.
    ['"It was all lies," said one owner of a shop who declined to be named for fear of trouble with the authorities."We basically got deceived into coming here."\n\nThe government is building a port.',
      'one owner of a shop', '"It was all lies," said one owner of a shop who declined to be named for fear of trouble with the authorities."We basically got deceived into coming here."'],
    // A quotation that opens the next sentence goes on with the claim.
    ['“It’s bad for the party,” said Stuart Stevens, the chief strategist for Mitt Romney’s campaign. “I don’t think there is anything good about it.”', 'Stuart Stevens',
      '“It’s bad for the party,” said Stuart Stevens, the chief strategist for Mitt Romney’s campaign. “I don’t think there is anything good about it.”'],
    // Hyphenated names, names the tagger reads as verbs, participle phrases and "X, an aide, did ... and said".
    ['"We are meeting our benchmarks," said Anna Adams-Sarthou, a spokeswoman.', 'Anna Adams-Sarthou, a spokeswoman', '"We are meeting our benchmarks,"'],
    ['Judicial Watch said the FBI report raised questions.', 'Judicial Watch', 'the FBI report raised questions'],
    ['Lynch calls North Carolina her home state.', 'Lynch', 'North Carolina her home state'],
    ['Many Muslims said they feared a backlash.', 'Many Muslims', 'they feared a backlash'],
    ['Gary Emineth, a former state party chairman, became a delegate and said he is leaning toward Trump.', 'Gary Emineth, a former state party chairman', 'he is leaning toward Trump'],
    // An abbreviation in brackets ends no sentence; a date after the cue is an adverbial.
    ['"This election is important," Sen. Marco Rubio (R-Fla.) said Saturday night at the debate, which was loud.', 'Sen. Marco Rubio (R-Fla.)', '"This election is important,"'],
    // Verbs of judging and backing report a stance when a person or body is their subject.
    ['Clinton denounced the plan as reckless.', 'Clinton', 'the plan as reckless'],
    // A second verb of the subject after "and" and an adverb; a participle after a comma inside a closing quote.
    ['In a two-minute response, Cruz said "CNN" five times, and specifically mentioned the network\'s Jake Tapper.', 'Cruz', "the network's Jake Tapper"],
    ["The senator said the system was ''corrupt,'' noting that it was very strange.", 'The senator', 'that it was very strange'],
    ["''I don't want a fractured convention,'' he said, adding that the party needed unity.", 'he', 'that the party needed unity'],
    // An adverbial phrase set off by commas between the speaker and the cue.
    ['RNC members and officials, in fact, even insist that Trump will do well.', 'RNC members and officials', 'that Trump will do well'],
    // A noun for people (compromise's lexicon knows them) holds a stance.
    ['The GOP contenders agree that decisions should be left to states.', 'The GOP contenders', 'that decisions should be left to states'],
    // A conjunction the tagger reads as a preposition opens a clause with its subject.
    ["The disclosures came as Clinton's lawyers opposed a request to question her under oath.", "Clinton's lawyers", 'a request to question her under oath'],
    // A bracket after the name and a relative clause; a cue the tagger read as a noun after a plural subject.
    ['Rep. Zoe Lofgren (D-Calif.), who introduced a bill this month, said in a statement that the announcements were important.',
      'Rep. Zoe Lofgren (D-Calif.), who introduced a bill this month', 'that the announcements were important'],
    ['Polls show that Clinton is up by 10 points.', 'Polls', 'that Clinton is up by 10 points'],
    ['In all, the host committee raised $57 million, Federal Election Commission records show.', 'Federal Election Commission records', 'In all, the host committee raised $57 million'],
    // After the cue: names the tagger reads as verbs, a bracket, a pronoun after a preposition that ends the name.
    ['"He is dangerous to our country!" said Tom Burke, who is coming from Grand Rapids.', 'Tom Burke', '"He is dangerous to our country!"'],
    ['"These adoptees grow up in American families," said Sen. Amy Klobuchar (D-Minn.), who sponsored the act.', 'Sen. Amy Klobuchar (D-Minn.)', '"These adoptees grow up in American families,"'],
    ['"Any politician who does not grasp this danger is not fit to lead," said Trump in his speech.', 'Trump', '"Any politician who does not grasp this danger is not fit to lead,"'],
    // After "told" and its hearer nothing is said: the quotation before is the content.
    ['“We will win,” she told a cheering crowd, then referred to the slogan.', 'she', '“We will win,”'],
    // A second verb of the same subject ends an object content.
    ['He denounced the United Nations and rejected rumors that Obama might try to lay out conditions, either through a speech, a diplomatic push or a U.N. Security Council resolution.', 'He', 'the United Nations'],
    // (Any past form after a bare object; not a participle before its noun, nor a verb of a clause content.)
    ['A spokesperson for the company confirmed the layoffs but gave no figures.', 'A spokesperson for the company', 'the layoffs'],
    ['Reporters found broken glass and smashed furniture in the embassy.', 'Reporters', 'broken glass and smashed furniture in the embassy'],
    ['He said the company cut jobs and closed plants.', 'He', 'the company cut jobs and closed plants'],
    // A participle after "while", "after", "by": the subject of the clause it hangs on speaks.
    ['Mr. Sanders, after initially saying he would not advertise on television in the state, is now on the air.', 'Mr. Sanders', 'he would not advertise on television in the state'],
    ['Trump picked up from his daughter by saying he is ready to go to work for the country.', 'Trump', 'he is ready to go to work for the country'],
    // (The clause's verb an infinitive: the subject of the verb before "to".)
    ['Candidates were able to talk their way out of tough questions by saying it was the questioner who had been wrong.', 'Candidates', 'it was the questioner who had been wrong'],
    // A long "that" clause after a finding verb is its content (only bare objects are limited in length).
    ['The poll showed that either Mrs. Clinton or Mr. Sanders would defeat Mr. Trump in a hypothetical November contest, though Mr. Sanders appears to have the stronger position now.',
      'The poll', 'that either Mrs. Clinton or Mr. Sanders would defeat Mr. Trump in a hypothetical November contest, though Mr. Sanders appears to have the stronger position now'],
    // An object of any length; a past participle phrase between the speaker and the cue.
    ['The latest Reuters/Ipsos poll showed Trump leading the field with support of 31 percent of Republican voters, followed by Texas Senator Ted Cruz at 17 percent and Ben Carson at 13 percent.',
      'Ipsos poll', 'Trump leading the field with support of 31 percent of Republican voters, followed by Texas Senator Ted Cruz at 17 percent and Ben Carson at 13 percent'],
    ['The poll, released on Wednesday night by the Public Policy Institute of California, showed Mrs. Clinton leading Mr. Sanders.',
      'The poll', 'Mrs. Clinton leading Mr. Sanders'],
    // A manner adverb before the adverbial after the cue.
    ['“We are pleased,” spokesman Alex Conant said happily on MSNBC as returns came in.', 'spokesman Alex Conant', '“We are pleased,”'],
    // A participle after the sentence's verb: its subject speaks, a first name the tagger reads as a verb included.
    ['Sen. Ted Cruz (R-Texas) weighed in on the allegations, calling the behavior a “fireable offense.”', 'Sen. Ted Cruz (R-Texas)', 'the behavior a “fireable offense.”'],
    // "according to" takes what follows as the source, whatever the tagger made of it.
    ['The campaign hired the firms L2 and rVotes, according to sources.', 'sources', 'The campaign hired the firms L2 and rVotes'],
    ['Volunteers went door to door, according to campaign manager Jeff Weaver.', 'campaign manager Jeff Weaver', 'Volunteers went door to door'],
    // A poll reports the clause it is set in.
    ['Trump entered the debate with a growing lead in the latest NBC News/Wall Street Journal poll.', 'the latest NBC News/Wall Street Journal poll', 'Trump entered the debate with a growing lead'],
    ['In a Washington Post-ABC News poll, 75 percent of Republicans said politicians can’t be trusted.', 'a Washington Post-ABC News poll', '75 percent of Republicans said politicians can’t be trusted'],
  ])('%s', (text, speaker, content) => {
    const r = extractSync({ text, publishedAt: '2016-01-31' });
    expect(r.claims.map((c) => [c.speaker.text, c.content.text])).toContainEqual([speaker, content]);
  });
});

it('a poll after a noun is no source: "his standing in the polls"', () => {
  const r = extractSync({ text: 'His standing in the polls rose after Carson’s drop in national polls.', publishedAt: '2016-01-31' });
  expect(r.claims).toEqual([]);
});

describe('speaker kinds of a name no entity holds', () => {
  it('calls a capitalized word opening the sentence named when no lexicon knows it as a common word, a group when it is one or a plural', () => {
    const kind = (text: string) => extractSync({ text, publishedAt: '2016-05-31' }).claims.map((c) => [c.speaker.text, c.speaker.kind]);
    expect(kind('Schneiderman alleged that Trump personally earned $5 million.')).toEqual([['Schneiderman', 'named']]);
    expect(kind('Eyewitnesses told reporters they saw a truck.')).toEqual([['Eyewitnesses', 'group']]);
    expect(kind('Lawyers for Trump said the case was closed.')).toEqual([['Lawyers for Trump', 'group']]);
  });

  it('calls a capitalized title alone after an article a group, as "the minister" is ("The CEO said")', () => {
    const kind = (text: string) => extractSync({ text, publishedAt: '2016-05-31' }).claims.map((c) => [c.speaker.text, c.speaker.kind]);
    expect(kind('The CEO said layoffs were over. The minister said talks were over.')).toEqual([['The CEO', 'group'], ['The minister', 'group']]);
  });
});

describe('anonymity', () => {
  it.each([
    ['A diplomat who requested anonymity said the deal was close.', 'A diplomat who requested anonymity', 'the deal was close'],
    ['Officials speaking on condition of anonymity said the deal was dead.', 'Officials speaking on condition of anonymity', 'the deal was dead'],
    ['A source who declined to be named told Reuters the plan was off.', 'A source who declined to be named', 'the plan was off'],
    ['The official, who spoke on the condition of anonymity to discuss internal deliberations, said talks had stalled.', 'The official, who spoke on the condition of anonymity to discuss internal deliberations', 'talks had stalled'],
    ['Sources close to the negotiations say a deal is near.', 'Sources close to the negotiations', 'a deal is near'],
  ])('a clause granting anonymity belongs to the speaker and reports nothing: %s', (text, speaker, content) => {
    const r = extractSync({ text, publishedAt: '2016-01-31' });
    expect(r.claims.map((c) => [c.speaker.text, c.speaker.kind, c.content.text])).toEqual([[speaker, 'anonymous', content]]);
  });
});

describe('cue lexicon', () => {
  it('"hear" tells a view only with "that", "how" or "whether" ("heard that the plant would close"), not what one hears ("will hear arguments")', () => {
    const r = extractSync({ text: 'The justices will hear arguments in the fall. He heard that the plant would close.', publishedAt: '2024-06-24' });
    expect(r.claims.map((c) => [c.speaker?.text, c.cue.text, c.content.text])).toEqual([['He', 'heard', 'that the plant would close']]);
  });

  it('"speak" reports only about, of, for or out ("has spoken about the need for a wall"), with the adverbs and preposition in its cue; "spoke at the conference", "spoke to the network" report nothing', () => {
    const text = 'Hunter has spoken about the need for tighter border control. Mr. Trump seldom speaks of his brother. She spoke out for shotgun marriages. He spoke briefly of his friendship with the senator. Clinton spoke to the Planned Parenthood Action Network. She spoke at the conference on Tuesday.';
    const r = extractSync({ text, publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => [c.cue.text, c.content.text])).toEqual([
      ['spoken about', 'the need for tighter border control'], ['speaks of', 'his brother'], ['spoke out for', 'shotgun marriages'],
      ['spoke briefly of', 'his friendship with the senator'],
    ]);
  });

  it('"remember" tells a belief: "remembered Freddy claiming ...", "remembers putting his hand over his heart"', () => {
    const text = 'His best friend remembered Freddy claiming that his father was Jewish. The adoptee remembers putting his hand over his heart.';
    const r = extractSync({ text, publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => [c.speaker?.text, c.cue.text, c.content.text])).toEqual([
      ['His best friend', 'remembered', 'Freddy claiming that his father was Jewish'],
      ['Freddy', 'claiming', 'that his father was Jewish'],
      ['The adoptee', 'remembers', 'putting his hand over his heart'],
    ]);
  });

  it('"see" tells a view only with "as", "that" or "how" ("sees the piece as a return"), not what one saw ("saw a man pushing a cart")', () => {
    const text = 'The critic sees the piece as a return to old habits. I saw a man pushing a cart down the hallway. Voters will see the ad ten times. Analysts see that the economy is slowing.';
    const r = extractSync({ text, publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => [c.speaker?.text, c.cue.text, c.content.text])).toEqual([
      ['The critic', 'sees', 'the piece as a return to old habits'],
      ['Analysts', 'see', 'that the economy is slowing'],
    ]);
  });

  it('rulings, speculation, laments and reassurance are claims; "discover", "prove" and "swear" only before "that" or "whether"', () => {
    const text = 'The Immigration and Naturalization Service ruled that the boy must be returned to his father. Several analysts speculated that outside bids were disappointing. Sununu lamented that the noose is tightening around his neck. Kornblum reassured officials that Washington would stay. The hurdles proved to be insurmountable. The physicist discovered the two zones of radiation. The jury determined that the sites were threats. They are sworn enemies.';
    const r = extractSync({ text, publishedAt: '2000-01-10' });
    expect(r.claims.map((c) => [c.speaker?.text, c.cue.text, c.content.text])).toEqual([
      ['The Immigration and Naturalization Service', 'ruled', 'that the boy must be returned to his father'],
      ['Several analysts', 'speculated', 'that outside bids were disappointing'],
      ['Sununu', 'lamented', 'that the noose is tightening around his neck'],
      ['Kornblum', 'reassured', 'that Washington would stay'],
      ['The jury', 'determined', 'that the sites were threats'],
    ]);
  });

  it('"appear" and "seem" tell a view only with a complement ("appears to be working"), not where one was ("appeared in court", "appears before thousands of delegates")', () => {
    const text = 'The economic chokehold appears to be working. Seven Iraqi men appeared in court on Saturday. He appears before thousands of delegates in Philadelphia. Gonzalez has not appeared publicly since the announcement. It appears, though, that the game was not boring.';
    const r = extractSync({ text, publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => [c.cue.text, c.content.text])).toEqual([
      ['appears', 'The economic chokehold appears to be working'],
      ['appears', 'that the game was not boring'],
    ]);
  });

  it('an infinitive in a relative clause is the relative pronoun\'s, adverbs may split it; a yes-no question and "you know," report nothing', () => {
    const text = 'Instead she passed the microphone to a New Mexico delegate, who spoke in her stead to hail Mr. Trump. Obama will be one of a string of heavyweights who will appear before the convention to explicitly and implicitly question Trump’s temperament. Do you support Donald Trump? You know, the ones who went to college.';
    const r = extractSync({ text, publishedAt: '2016-07-27' });
    expect(r.claims.map((c) => [c.speaker?.text, c.cue.text, c.content.text])).toEqual([
      ['who', 'hail', 'Mr. Trump'],
      ['who', 'question', 'Trump’s temperament'],
    ]);
  });

  it('"that" opening a date is no complementizer ("to correctly predict the wide victory margin ... that year")', () => {
    const text = 'In a November 2006 press release issued by his firm, Braynard boasted that, thanks to his patented “Braynard Precision Survey Method,” he was the only pollster to correctly predict the wide victory margin for Democrat Ben Cardin in his Maryland Senate race that year against Republican Michael Steele.';
    const r = extractSync({ text, publishedAt: '2016-07-27' });
    expect(r.claims.map((c) => [c.cue.text, c.content.text])).toContainEqual(['predict', 'the wide victory margin for Democrat Ben Cardin in his Maryland Senate race that year against Republican Michael Steele']);
  });

  it('a headline in title case names who says or does what: "Ted Cruz Hints Trump Would Get Border Wall Contract", the title opening the text with its period', () => {
    const text = 'France’s Marine Le Pen Backs Trump And Denounces Clinton. PARIS (Reuters) - The far-right leader spoke on Wednesday.\nTed Cruz Hints Trump Would Get Border Wall Contract\nThe Republican Tax Plans Would All Cost A Fortune\nTrump Booed After Telling Jeb Bush To Pipe Down';
    const r = extractSync({ text, publishedAt: '2016-08-31' });
    expect(r.claims.map((c) => [c.speaker?.text, c.cue.text, c.content.text, c.rule])).toEqual([
      ['France’s Marine Le Pen', 'Backs', 'Trump And Denounces Clinton', 'claims:headline'],
      ['Ted Cruz', 'Hints', 'Trump Would Get Border Wall Contract', 'claims:headline'],
    ]);
  });

  it('"decline" refuses before "to" and a verb or an object ("declined to comment", "declined further comment"), not when a figure falls', () => {
    const text = 'Amherst police officials declined to comment Saturday. A company official declined further comment. Revenue declined 8% to $85.7 million. The unemployment rate declined to 3.8 percent last month. The housing industry was helped by declining interest rates.';
    const r = extractSync({ text, publishedAt: '1998-11-01' });
    expect(r.claims.map((c) => [c.speaker?.text, c.cue.text, c.content.text])).toEqual([
      ['Amherst police officials', 'declined', 'to comment Saturday'],
      ['A company official', 'declined', 'further comment'],
    ]);
  });

  it('"claim" says with a clause or responsibility ("claimed that ...", "claim they already see", "claimed responsibility"), not what it takes ("claimed at least 217 lives", "claimed political asylum")', () => {
    const text = 'The bombings in Kenya and Tanzania claimed at least 217 lives. U.S. officials claim they already see signs of strain. No one claimed responsibility for the attacks. The men claimed political asylum in Britain. Trump claimed on Tuesday that the general got in trouble for less.';
    const r = extractSync({ text, publishedAt: '1998-08-11' });
    expect(r.claims.map((c) => [c.speaker?.text, c.cue.text, c.content.text])).toEqual([
      ['U.S. officials', 'claim', 'they already see signs of strain'],
      ['No one', 'claimed', 'responsibility for the attacks'],
      ['Trump', 'claimed', 'that the general got in trouble for less'],
    ]);
  });

  it('the new speech verbs stand between reported words and their speaker too: "“We will prevail,” opined the minister"', () => {
    const r = extractSync({ text: 'The vote was close. “We will prevail,” opined the minister.\n\nThe team lost. “It is over,” lamented the coach.', publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => [c.speaker?.text, c.cue.text, c.content.text])).toEqual([['the minister', 'opined', '“We will prevail,”'], ['the coach', 'lamented', '“It is over,”']]);
  });

  it('a quotation opening the next sentence goes on with the words before unless someone else is said to speak it: "“Did you know it was Mussolini?” Todd asked. “It’s okay,” Trump said"', () => {
    const text = '“Did you know it was Mussolini?” Todd asked the mogul.\n\n“It’s okay to know it’s Mussolini,” Trump said in reply. “We will prevail,” said the minister. “We have the votes,” she said in an interview.';
    const r = extractSync({ text, publishedAt: '2016-02-28' });
    expect(r.claims.map((c) => [c.speaker?.text, c.content.text])).toEqual([
      ['Todd', '“Did you know it was Mussolini?”'],
      ['Trump', '“It’s okay to know it’s Mussolini,”'],
      ['the minister', '“We will prevail,” said the minister. “We have the votes,”'],
      ['she', '“We have the votes,”'],
    ]);
  });

  it('"push" asks only before an object and "to": "pushed China and India to control", not "pushing a cart", "push for a vote"', () => {
    const text = 'He pushed China and India to control the gases. Workers were pushing a cart down the hall. The senator will push for a vote next week. Stocks rose, pushing the index up 72 points.';
    const r = extractSync({ text, publishedAt: '2016-03-01' });
    expect(r.claims.map((c) => [c.speaker?.text, c.cue.text, c.content.text])).toEqual([['He', 'pushed', 'China and India to control the gases']]);
  });

  it('every verb that may stand between reported words and their speaker has a kind', async () => {
    const cues = (await import('../../src/lexicons/cues.json', { with: { type: 'json' } })).default as { verbs: Record<string, string>; inverted: string[] };
    expect(cues.inverted.filter((v) => !cues.verbs[v])).toEqual([]);
  });
  it('every verb that reports only before "to" is a cue verb', async () => {
    const cues = (await import('../../src/lexicons/cues.json', { with: { type: 'json' } })).default as { verbs: Record<string, string>; infinitiveOnly: string[] };
    expect(cues.infinitiveOnly.filter((v) => !cues.verbs[v])).toEqual([]);
  });
});

describe('a document speaks for its author', () => {
  it('links "the statement" to who spoke in a statement, "It" after it to the same, and "the poll" to the pollster; not a document of another name', () => {
    const text = 'In a statement, the Russian Foreign Ministry said the talks had failed. The statement also condemned the air strikes on Syria. It called for a ceasefire. ' +
      'A Quinnipiac University poll shows the race is close. The poll found that most voters want change. The report said turnout would be high.';
    const r = extractSync({ text, publishedAt: '2016-08-31' });
    const name = new Map(r.entities.map((e) => [e.id, e.name]));
    expect(r.claims.map((c) => [c.speaker?.text, c.speaker?.kind, name.get(c.speaker?.entityId ?? '') ?? null])).toEqual([
      ['the Russian Foreign Ministry', 'named', 'Russian Foreign Ministry'],
      ['The statement', 'document', 'Russian Foreign Ministry'],
      ['It', 'document', 'Russian Foreign Ministry'],
      ['A Quinnipiac University poll', 'document', 'Quinnipiac University'],
      ['The poll', 'document', 'Quinnipiac University'],
      ['The report', 'document', null],
    ]);
    // The events its cues trigger have the author for actor.
    expect(r.events.filter((e) => e.type === 'ACCUSE' || e.type === 'REQUEST').map((e) => [e.trigger.text, e.actor.map((id) => name.get(id))])).toEqual([
      ['condemned', ['Russian Foreign Ministry']], ['called for', ['Russian Foreign Ministry']],
    ]);
  });
});

describe('what is no claim, and whose words these are', () => {
  // [text, [speaker, cue, content]...]
  it.each([
    // A number's modifier opens the reported clause; "as" and a clause after the cue tell when.
    ['At least 82 were killed, officials said as dawn broke Saturday.', [['officials', 'said', 'At least 82 were killed']]],
    // A date after "by" is no agent.
    ['A decision is expected by mid-September on whether the governor will run.', []],
    // A company and its city set off by commas are the subject; words with no verb say nothing.
    ['Acme Corp., Denver, said its unit, Acme Health Inc., posted a loss.', [['Acme Corp., Denver', 'said', 'its unit, Acme Health Inc., posted a loss']]],
    // A noun phrase whose verb comes after the attribution: the sentence is what is said.
    ['The campaign, said Jane Doe, the director of the group, is meant to draw young voters.',
      [['Jane Doe', 'said', 'The campaign, said Jane Doe, the director of the group, is meant to draw young voters']]],
    // A word after a preposition, or repeated after "from ... to", is a noun.
    ['The families moved from state to state for years.', []],
    // Only a verb of speech has unquoted words after a comma; an attribution is no content.
    ['Smith kept his job by demonstrating his party backing, aides said Monday.', [['aides', 'said', 'Smith kept his job by demonstrating his party backing']]],
    ['Several bags burst and cables snapped, she said.', [['she', 'said', 'Several bags burst and cables snapped']]],
    // A plural after a bare noun a verb takes is a noun ("phone calls"); "accused of" tells of the accused; a date and a
    // clause of when after the cue say nothing; a date before an article is no part of the speaker.
    ['Users can make phone calls over the internet. He was the first official ever accused of fraud.', []],
    ['The ratification process concluded on Wednesday after the Netherlands gave its go-ahead.', []],
    ['Now the appeals court has ruled that the original appeal was flawed.', [['the appeals court', 'ruled', 'that the original appeal was flawed']]],
    // A company's seat after its name (city and state) is no speaker; a country alone is one; a label in capitals is none.
    ['StatesWest Airlines, Phoenix, Ariz., said it withdrew its offer.', [['StatesWest Airlines', 'said', 'it withdrew its offer']]],
    ['In the United Nations, Libya called for the replacement of U.S. forces.', [['Libya', 'called for', 'the replacement of U.S. forces']]],
    ['PAYING AGENT: Michigan National Bank, Detroit', []],
    // A bare form after a form of "be" is a noun; a plural's apostrophe inside a name keeps the name whole.
    ['This is not just talk: the chairman led a group.', []],
    ['The Toronto Bond Traders\' Association said it is recommending an early close.',
      [["The Toronto Bond Traders' Association", 'said', 'it is recommending an early close'], ['it', 'recommending', 'an early close']]],
    // A person's name before "who" is an agent, whatever the relative clause names.
    ['In April 2009, Douglas J. Band, who led the Clinton Global Initiative, emailed Ms. Abedin for help with a donor.',
      [["Douglas J. Band, who led the Clinton Global Initiative", 'emailed', 'Ms. Abedin for help with a donor']]],
    // Where a named speaker spoke ("at a rally") is no part of the speaker; an affiliation ("at the firm") is.
    ['"We will win," said Sen. Ted Cruz at a rally in Iowa.', [['Sen. Ted Cruz', 'said', '"We will win,"']]],
    ['"Prices will rise," said John Geraghty at the consulting firm Equity Services.', [['John Geraghty at the consulting firm Equity Services', 'said', '"Prices will rise,"']]],
    // A compound modifier with a participle ("Los Angeles-based") and a relative clause ("that sells ...") after a quotation
    // belong to the speaker after the cue.
    ['“Hypocrisy is a small price to pay,” explained Los Angeles-based attorney Edgar Martirosyan.',
      [['Los Angeles-based attorney Edgar Martirosyan', 'explained', '“Hypocrisy is a small price to pay,”']]],
    ['“We realized it was all lies,” said the owner of a shop that sells underwear.', [['the owner of a shop', 'said', '“We realized it was all lies,”']]],
    // A participle's phrase set off after the subject: the second verb's speaker is the subject before it.
    ['House Democrats, looking for a way to shake up the debate, seized the floor and said they would refuse to leave.',
      [['House Democrats', 'said', 'they would refuse to leave'], ['they', 'refuse', 'to leave']]],
    // Naming in quotation marks inside a speaker's own words is a claim of its own; "what he calls" is not.
    ['DeSantis said he backed the bill, which he called “a cartel for higher education.”',
      [['DeSantis', 'said', 'he backed the bill, which he called “a cartel for higher education.”'], ['he', 'called', 'which he called “a cartel for higher education.”']]],
    ['Sanders said he would fight what he calls the “crooked” process.', [['Sanders', 'said', 'he would fight what he calls the “crooked” process']]],
    // An adverb between the article and the noun ("a new statewide poll", tagged new/ADV) is inside the speaker; a second verb
    // joined by "and" inside a relative clause leaves its subject the speaker.
    // A clause that opens the sentence has its own subject: a later coordinated cue takes the main clause's subject,
    // a cue inside the opening clause keeps that clause's.
    ['But as the craze died, Coleco failed to find another winner and said it would file for bankruptcy.', [['Coleco', 'said', 'it would file for bankruptcy']]],
    ['While no presidential candidate seems willing to endorse containment of ISIL, few are calling for full-blown, unilateral rollback, either.',
      [['no presidential candidate', 'seems', 'no presidential candidate seems willing to endorse containment of ISIL'], ['no presidential candidate', 'endorse', 'containment of ISIL'],
        ['few', 'calling for', 'full-blown, unilateral rollback, either']]],
    // A place and its state set off by commas after the article are part of the speaker, and no entity it names.
    ['The Rockford, Ill., maker of fasteners also said it expects higher sales.', [['The Rockford, Ill., maker of fasteners', 'said', 'it expects higher sales']]],
    // After "to" a form in -s is a noun ("to states"), no cue.
    ['Several said they would rather federal officials dole out funding for public schools in “block grants” to states, letting them determine spending priorities.',
      [['Several', 'said', 'they would rather federal officials dole out funding for public schools in “block grants” to states, letting them determine spending priorities']]],
    // After "and" a pronoun opens its own clause, unless a name or pronoun is joined to it.
    ['I kept attending the same high school and we thought that somebody would come.', [['we', 'thought', 'that somebody would come']]],
    ['John and I think the plan will fail.', [['John and I', 'think', 'the plan will fail']]],
    ['Clinton is losing ground in California, a new statewide poll found.', [['a new statewide poll', 'found', 'Clinton is losing ground in California']]],
    // An attribution set off by dashes: its words are the quotation or clause after the first dash; the words of the one
    // before end at that dash, and a verb joined after the second dash belongs to the speaker before.
    ['Clinton suggested that Sanders\'s plan was unserious - "Again, we need to get into the details," she said - and charged that Sanders would jeopardize the law.',
      [['Clinton', 'suggested', 'that Sanders\'s plan was unserious'], ['she', 'said', '"Again, we need to get into the details,"'], ['Clinton', 'charged', 'that Sanders would jeopardize the law']]],
    // The same speaker again after "and", "but" or "so" says something else: the words before end at the conjunction.
    ['I did not know what to do, so I felt like I was not worth anything anymore.', [['I', 'know', 'what to do'], ['I', 'felt', 'like I was not worth anything anymore']]],
    ['I felt really helpless and I just felt like my life is ruined.', [['I', 'felt', 'really helpless'], ['I', 'felt', 'like my life is ruined']]],
    // A plural's possessive apostrophe inside the speaker: "Sanders’ allies", "The students' union".
    ['The students\' union said the strike would go on.', [['The students\' union', 'said', 'the strike would go on']]],
    // A poll named at the opening of the sentence reports its clause, past a date or a participle with its date; the
    // participle describes the poll and reports nothing. What its respondents (a share of them, cues.json
    // pollRespondents or a number) said is the poll's finding, no claim of its own; a person it quotes speaks.
    ['In a national CNN/ORC poll released Monday, 31% of Republicans said they were enthusiastic.',
      [['a national CNN/ORC poll', 'In', '31% of Republicans said they were enthusiastic']]],
    ['In a CNN/ORC poll the same month, 38 percent of voters said he should step down.',
      [['a CNN/ORC poll', 'In', '38 percent of voters said he should step down']]],
    ['A Bloomberg poll in June showed that a majority of Ohio voters said the Senate should act.',
      [['A Bloomberg poll', 'showed', 'that a majority of Ohio voters said the Senate should act']]],
    ['A new poll showed that Governor Kasich said he would stay in the race.',
      [['A new poll', 'showed', 'that Governor Kasich said he would stay in the race'], ['Governor Kasich', 'said', 'he would stay in the race']]],
    // A verb of request joined by "and" to an attribution has words of its own; the first words end before it.
    ['Attorneys for the department said that they would miss the deadline, and requested another month.',
      [['Attorneys for the department', 'said', 'that they would miss the deadline'], ['Attorneys for the department', 'requested', 'another month']]],
    // A verb of cues.json hearerVerbs may name whom it addresses before the clause it reports; not before an infinitive.
    ['King Hussein assured him Jordan would close the port. The visit may persuade many Cubans to break loose.',
      [['King Hussein', 'assured', 'Jordan would close the port'], ['The visit', 'persuade', 'many Cubans to break loose']]],
    ['The company warned investors the bonds could default.', [['The company', 'warned', 'the bonds could default']]],
    // A text that speaks as the object of a verb of issuing it (cues.json issuers) speaks for the one who issued it: one
    // claim, the cue from the verb to the text's verb; not a participle after a comma, which the text only shares.
    ['On Saturday, Trump issued a statement saying that Scalia was a remarkable person.', [['Trump', 'issued a statement saying', 'that Scalia was a remarkable person']]],
    ['His office put out a statement saying the U.S. would not intervene.', [['His office', 'put out a statement saying', 'the U.S. would not intervene']]],
    ['The ministry released a report that said exports fell 5 percent.', [['The ministry', 'released a report that said', 'exports fell 5 percent']]],
    ['The company issued a statement on Monday saying it would appeal.', [['The company', 'issued a statement on Monday saying', 'it would appeal']]],
    // A subject pronoun joined by "and" to the speaker is part of the speaker, which never opens on the "and".
    ['He and Rep. Bob Goodlatte (R-Va.) said the program was flawed.', [['He and Rep. Bob Goodlatte (R-Va.)', 'said', 'the program was flawed']]],
    ['Early in the campaign, he and other Clinton challengers complained that the committee had limited the number of debates.',
      [['he and other Clinton challengers', 'complained', 'that the committee had limited the number of debates']]],
    // An adjective of stance after a form of "be" (cues.json stanceAdjectives), with a person, body or group for subject;
    // its words end before a verb joined by a conjunction.
    ['They’re less hostile to government regulation and generally agree that taxes should rise.',
      [['They', '’re less hostile to', 'government regulation'], ['They', 'agree', 'that taxes should rise']]],
    ['Mr. Kasich has been very critical of the plan. The road is open to traffic.', [['Mr. Kasich', 'has been very critical of', 'the plan']]],
    ['Many Republicans are outraged by the decision. The bridge was troubled by floods.', [['Many Republicans', 'are outraged by', 'the decision']]],
    // (A collective noun is a group that holds a stance: sources.json "group".)
    ['On top of that, much of the national security establishment is hostile to Donald Trump.', [['much of the national security establishment', 'is hostile to', 'Donald Trump']]],
    // Phrases of speech (cues.json stateCues), after auxiliaries too.
    ['Sen. Ted Cruz has weighed in on allegations against the campaign manager.', [['Sen. Ted Cruz', 'weighed in on', 'allegations against the campaign manager']]],
    ['The leading Republican candidates Thursday lashed out at President Obama.', [['The leading Republican candidates', 'lashed out at', 'President Obama']]],
    ['Aung San Suu Kyi hit out at the government for recent arrests of activists.', [['Aung San Suu Kyi', 'hit out at', 'the government for recent arrests of activists']]],
    ['In all, 721 delegates cast their votes for candidates other than the nominee.', [['721 delegates', 'cast their votes for', 'candidates other than the nominee']]],
    // "As reported by X, ..." names its source after it, as "according to" does.
    ['As reported by Western Journalism, investigators found over 2,200 emails with classified information.',
      [['Western Journalism', 'As reported by', 'investigators found over 2,200 emails with classified information']]],
    // "Asked by X if ...": X asks.
    ['Asked by Starnes if he believed the situation was serious, Carson said that he did.', [['Starnes', 'Asked', 'if he believed the situation was serious'], ['Carson', 'said', 'that he did']]],
    // The passive of a verb of cues.json passive, with no agent, is a claim of no one named (an agent further on
    // speaks); the words are the clause from its subject on. Naming and declaring dead are not.
    ['Mr. Sanders has been criticized for offering vague responses to questions on the subject.',
      [[null, 'has been criticized', 'Mr. Sanders has been criticized for offering vague responses to questions on the subject']]],
    ['Hillary Clinton was declared the winner in the Maryland primary by news organizations early Tuesday night.',
      [['news organizations', 'was declared', 'Hillary Clinton was declared the winner in the Maryland primary by news organizations early Tuesday night']]],
    ['Dick Morris, who is credited with resurrecting Clinton\'s fortunes, quit on Thursday.', [[null, 'is credited', 'who is credited with resurrecting Clinton\'s fortunes']]],
    ['This feature is called FaceTime. He was declared dead at the hospital.', []],
    // "known", and "seen" before "as": irregular participles of passive cues; the one known is no speaker.
    ['Ronald Reagan was known for his hatred of the Soviet Union.', [[null, 'was known', 'Ronald Reagan was known for his hatred of the Soviet Union']]],
    ['His narrow third-place finish was widely seen as a disappointment.', [[null, 'was widely seen', 'His narrow third-place finish was widely seen as a disappointment']]],
    ['The body was seen floating in the river. Much is not known about the attack.', []],
    // A verb that gives its subject's stance through a noun (cues.json nounCues): the words are what its preposition
    // takes, up to a participle or a clause after a comma, or its "that" clause.
    ['In a press conference, Trump launched a pre-emptive attack against Obama, calling him “the most ignorant president in our history.”',
      [['Trump', 'launched a pre-emptive attack against', 'Obama'], ['Trump', 'calling', 'him “the most ignorant president in our history.”']]],
    ['Trump on Monday launched a blistering attack on Clinton.', [['Trump', 'launched a blistering attack on', 'Clinton']]],
    ['Trump’s running mate — Indiana Gov. Mike Pence — has thrown his support behind Ryan.', [['Indiana Gov. Mike Pence', 'thrown his support behind', 'Ryan']]],
    ['Obama himself has even made comments supportive of Clinton’s bid.', [['Obama', 'made comments supportive of', 'Clinton’s bid']]],
    ['The debate ended with Sanders pressing his attack that Clinton is not qualified to be president.', [['Sanders', 'pressing his attack', 'that Clinton is not qualified to be president']]],
    // Not one without its preposition.
    ['He made his comments a few days later.', []],
    // A clause joined after a comma ends the words of every attribution of the sentence before it.
    ['Several Clinton supporters said the former president had made a strong statement for his wife, while other voters said they had no such memories.',
      [['Several Clinton supporters', 'said', 'the former president had made a strong statement for his wife'], ['the former president', 'made a strong statement for', 'his wife'], ['other voters', 'said', 'they had no such memories']]],
    // A participle set off by commas after a one-word subject speaks for it.
    ['Salceda, citing data from the U.S. State Department, said that 4 million people live there.',
      [['Salceda', 'citing', 'data from the U.S. State Department'], ['Salceda', 'said', 'that 4 million people live there']]],
    ['The question is not whether he quits before the convention — that won’t happen, they believe — but how he campaigns.',
      [['they', 'believe', 'that won’t happen']]],
    // The preposition a cue verb takes is part of the cue, as PolNeAR marks it; not an infinitive's "to", nor one that
    // opens an adverb.
    ['Blackwell pointed to Cruz’s organizational capabilities. She wants to run for the Senate. Authorities reported at least 20 victims at the center.',
      [['Blackwell', 'pointed to', 'Cruz’s organizational capabilities'], ['She', 'wants', 'to run for the Senate'], ['Authorities', 'reported', 'at least 20 victims at the center']]],
    // A concession after words with no clause of their own qualifies the attribution, not the words.
    ['Trump responded to Calderon’s remarks, although he did keep up his fiery rhetoric over the weekend.', [['Trump', 'responded to', 'Calderon’s remarks']]],
    // A quotation that opens in lower case goes on with the words before its speaker, from the clause's start; one in
    // capitals stands alone.
    ["It is time for the country to be led, he said, ''not only by a strong leader, but by a good one.''",
      [['he', 'said', "It is time for the country to be led, he said, ''not only by a strong leader, but by a good one.''"]]],
    ["It was a potent one-two punch, as Mrs. Clinton echoed the criticism, saying Mr. Trump ''reminds us every day that he's not in it for the American people'' and Ms. Warren, she said, ''exposes him for what he is.''",
      [['Mrs. Clinton', 'echoed', 'the criticism'], ['Mrs. Clinton', 'saying', "Mr. Trump ''reminds us every day that he's not in it for the American people'' and Ms. Warren, she said, ''exposes him for what he is"],
        ['she', 'said', "Ms. Warren, she said, ''exposes him for what he is.''"]]],
    ['Asked about the plan, Adelson said, “They have got to be able to win.”', [[null, 'Asked about', 'the plan'], ['Adelson', 'said', '“They have got to be able to win.”']]],
    // The hearer of "tell" is no part of the words: a title and a name, a longer phrase up to a subject pronoun and
    // its verb; not past a clause of another kind.
    ['Gillibrand told host Chris Cuomo she believed that Clinton would release a transcript. Hillary Clinton told a Planned Parenthood gathering in Washington she will protect reproductive rights.',
      [['Gillibrand', 'told', 'she believed that Clinton would release a transcript'], ['Hillary Clinton', 'told', 'she will protect reproductive rights']]],
    ['“It was very nice,” the gambling tycoon told Reuters in a rare interview in Macau when asked if he had met Trump.',
      [['the gambling tycoon', 'told', '“It was very nice,”'], [null, 'asked', 'if he had met Trump']]],
    // A verb of thinking or showing after "seem to" is the cue with it; another verb leaves the subject's clause
    // the content.
    ['She appeared to imply that Trump could ultimately win. Messages seem to show overlapping interests with the State Department. Sanders appears to have a slight lead.',
      [['She', 'appeared to imply', 'that Trump could ultimately win'], ['Messages', 'seem to show', 'overlapping interests with the State Department'],
        ['Sanders', 'appears', 'Sanders appears to have a slight lead']]],
    ['Sanders appeared to dismiss the email issue in October.', [['Sanders', 'appeared', 'Sanders appeared to dismiss the email issue in October']]],
    // "It" before "seems" or "appears" and a clause stands for that clause: no one speaks, the clause is the content.
    ['It appears that Clinton will win the nomination. It would seem the chances are slim that the family could heal.',
      [[null, 'appears', 'that Clinton will win the nomination'], [null, 'seem', 'the chances are slim that the family could heal']]],
    ['It also appears certain to become a central focus.', [['It', 'appears', 'It also appears certain to become a central focus']]],
    // A verb after words with no verb of their own, joined by "and", is the same speaker's.
    ['After weeks of subtle sniping, the frustration boiled over at a rally in Philadelphia on Wednesday night when Mr. Sanders took issue with recent criticism over his understanding of financial regulation policy and assailed Mrs. Clinton from multiple angles.',
      [['Mr. Sanders', 'took issue with', 'recent criticism over his understanding of financial regulation policy'], ['Mr. Sanders', 'assailed', 'Mrs. Clinton from multiple angles']]],
    // A participle's words end those of the attribution before it (not inside a quotation, nor after an appositive).
    ['Clinton attacked Trump, saying he would appoint Supreme Court judges who would overturn Roe v. Wade.',
      [['Clinton', 'attacked', 'Trump'], ['Clinton', 'saying', 'he would appoint Supreme Court judges who would overturn Roe v. Wade']]],
    ['She said that “they are going to people, showing videos of Donald Trump insulting Islam.”',
      [['She', 'said', 'that “they are going to people, showing videos of Donald Trump insulting Islam.”']]],
    // A view owned in a noun phrase, its "that" clause right after the noun; not a relative clause, nor the object of a
    // verb that reports it.
    ['Gov. Mike Pence on Thursday blamed the media for making an issue out of Donald Trump’s claim that President Barack Obama “founded ISIS,” saying they were nitpicking.',
      [['Gov. Mike Pence', 'blamed', 'the media for making an issue out of Donald Trump’s claim that President Barack Obama “founded ISIS,”'],
        ['Donald Trump', 'claim', 'that President Barack Obama “founded ISIS,”'], ['Gov. Mike Pence', 'saying', 'they were nitpicking']]],
    ['Albright fanned controversy over her remark that “there’s a special place in hell for women who don’t help each other.”',
      [['her', 'remark', 'that “there’s a special place in hell for women who don’t help each other.”']]],
    ['He stressed several times his view that the process would be quick. His statement that was released Monday drew criticism.',
      [['He', 'stressed', 'that the process would be quick']]],
    ['Beck, who backed Sen. Ted Cruz, R-Texas, and virulently opposed Trump, last week said Trump was wrong.',
      [['who', 'backed', 'Sen. Ted Cruz, R-Texas'], ['who', 'opposed', 'Trump'], ['Beck, who backed Sen. Ted Cruz, R-Texas, and virulently opposed Trump', 'said', 'Trump was wrong']]],
    // A verb of no cue before a colon and a quotation announces it: its subject speaks the quotation (a person, body or
    // group, not the subject of a relative clause; no verb, no claim).
    ['Sen. Bernie Sanders delivered a snappy retort: "No one is tearing this up. We are going to go forward." He left.',
      [['Sen. Bernie Sanders', 'delivered a snappy retort:', '"No one is tearing this up. We are going to go forward."']]],
    ['Here is a new headline from the Washington Post, which hits liberals where they live: "Surge in robberies alters routines."', []],
    ['For example: "We made a terrible mistake getting involved in Afghanistan."', []],
  ])('%s', (text, expected) => {
    const r = extractSync({ text, publishedAt: '2016-01-31' });
    expect(r.claims.map((c) => [c.speaker?.text ?? null, c.cue.text, c.content.text])).toEqual(expected);
  });
});

describe('text cut off mid-sentence', () => {
  // Pieces of corpus articles cut at random offsets: the claims stage read past the first or last token.
  it.each([
    ['James Fallon, a New Providence, N.J., marketing consultant to the chemicals industry, says Du Pont stil',
      [['N.J., marketing consultant to the chemicals industry', 'says', 'Du Pont stil']]],
    [') considering Azerbaijan as a possible ally against Iran. In case of a war against Iran, they could use the territory of Azerbaijan t', []],
  ])('%s', (text, expected) => {
    const r = extractSync({ text, publishedAt: '2016-01-31' });
    expect(r.claims.map((c) => [c.speaker?.text ?? null, c.cue.text, c.content.text])).toEqual(expected);
  });
});
