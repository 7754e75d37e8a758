// Entities on the seeds and on single real-shaped sentences: exact names, types, roles and mentions.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractSync } from '../../src/index.js';
import titlesLexicon from '../../src/lexicons/titles.json' with { type: 'json' };
import { compromiseLexicon, lexiconSnapshot, snapshotPath } from '../../src/util/compromise.js';
import { at, SEED_A, SEED_B, seedRecord, seedText } from '../helpers.js';

const A = seedRecord(SEED_A);
const textA = seedText(SEED_A);
const B = seedRecord(SEED_B);
const textB = seedText(SEED_B);
const byName = (r: typeof A, name: string) => r.entities.find((e) => e.name === name);

describe("compromise's lexicon", () => {
  // The build writes it to a file so that no worker loads compromise (25 MB, 200 ms each): it must be what compromise
  // gives, entry for entry, with the version it came from.
  it('is read from the build\'s snapshot, which holds what the installed compromise gives', () => {
    const snapshot = JSON.parse(readFileSync(snapshotPath(), 'utf8'));
    const live = lexiconSnapshot();
    expect(snapshot.version).toBe(live.version);
    expect(snapshot.lexicon).toEqual(live.lexicon);
    expect(Object.keys(snapshot.lexicon).length).toBeGreaterThan(20_000);
    const lexicon = compromiseLexicon();
    expect([lexicon.hillary, lexicon.boston, lexicon.lawyers]).toEqual(['FemaleName', 'City', ['Plural', 'Actor']]);
  });
});

describe('seed 000: officials', () => {
  it.each([
    ['Steven Mnuchin', 'Secretary', 'USA'],
    ['Donald Trump', 'President', 'USA'],
    ['Li Keqiang', 'Premier', null],
    ['Larry Kudlow', 'top economic adviser', null],
  ])('%s is an official with title %s', (name, title, country) => {
    const e = byName(A, name);
    expect(e).toMatchObject({ type: 'person', subtype: 'official', title, countryCode: country });
  });

  it('finds Mnuchin at his exact offsets, and "He" in the next sentence as him', () => {
    const e = byName(A, 'Steven Mnuchin')!;
    expect(e.mentions[0]).toEqual({ ...at(textA, 'Steven Mnuchin'), text: 'Steven Mnuchin', kind: 'name' });
    const he = at(textA, 'He said that they');
    expect(e.mentions).toContainEqual({ start: he.start, end: he.start + 2, text: 'He', kind: 'pronoun' });
  });

  it('gives Kudlow the affiliation of his appositive', () => {
    expect(byName(A, 'Larry Kudlow')!.affiliation).toBe('Trump administration');
  });
});

describe('seed 000: organizations and places', () => {
  it.each([
    ['Microsoft', 'organization', 'company'],
    ['Amazon', 'organization', 'company'],
    ['CNBC', 'organization', 'media'],
    ['Xinhua', 'organization', 'media'],
    ['Wall Street Journal', 'organization', 'media'],
    ['China', 'location', 'country'],
    ['United States', 'location', 'country'],
    ['Beijing', 'location', 'city'],
    ['Washington', 'location', 'city'],
  ])('%s is %s/%s', (name, type, subtype) => {
    expect(byName(A, name)).toMatchObject({ type, subtype });
  });

  it('links "Chinese" to China as a demonym and gives Xinhua China\'s code', () => {
    const china = byName(A, 'China')!;
    expect(china.countryCode).toBe('CHN');
    expect(china.mentions).toContainEqual({ ...at(textA, 'Chinese negotiators', 1), end: at(textA, 'Chinese negotiators').start + 7, text: 'Chinese', kind: 'demonym' });
    expect(byName(A, 'Xinhua')!.countryCode).toBe('CHN');
  });

  it('finds the 2017 cyber-security laws', () => {
    const law = byName(A, 'cyber-security laws')!;
    expect(law.type).toBe('law');
    expect(law.mentions).toEqual([{ ...at(textA, 'cyber-security laws'), text: 'cyber-security laws', kind: 'name' }]);
  });
});

describe('seed 004', () => {
  it('merges "WTO" with "World Trade Organization"', () => {
    const wto = byName(B, 'World Trade Organization')!;
    expect(wto.mentions.map((m) => m.text)).toEqual(['WTO', 'World Trade Organization', 'WTO', 'WTO', 'WTO']);
    expect(wto.subtype).toBe('international');
  });

  it('merges "US" and "U.S." into the United States', () => {
    const us = byName(B, 'United States')!;
    expect(us.countryCode).toBe('USA');
    expect(us.mentions[0]).toEqual({ ...at(textB, 'US'), text: 'US', kind: 'name' });
    expect(us.mentions.filter((m) => m.text === 'U.S.')).toHaveLength(4);
  });

  it('types the Obama administration as the US government', () => {
    expect(byName(B, 'Obama administration')).toMatchObject({ type: 'organization', subtype: 'government', countryCode: 'USA' });
  });

  it.each(['banking security rules', 'counterterrorism rules', 'WTO rules', 'banking regulations'])('finds the law "%s"', (name) => {
    expect(byName(B, name)?.type).toBe('law');
  });

  it('finds Secretary of State John Kerry', () => {
    expect(byName(B, 'John Kerry')).toMatchObject({ subtype: 'official', title: 'Secretary of State' });
  });
});

describe('sentences', () => {
  it.each([
    ['Chinese Premier Li Keqiang said growth would slow.', 'Li Keqiang', { title: 'Premier', countryCode: 'CHN' }],
    ['German Chancellor Angela Merkel met Emmanuel Macron.', 'Angela Merkel', { title: 'Chancellor', countryCode: 'DEU' }],
    ['Reuters reported that the Commerce Ministry disagreed.', 'Reuters', { subtype: 'media' }],
    // "of" a place after a titled name, "on" a platform after a name: the affiliation, not part of the name.
    ['Sen. Ted Cruz of Texas spoke.', 'Ted Cruz', { type: 'person', title: 'Sen.', affiliation: 'Texas' }],
    ['Ian Hanchett on Twitter wrote it.', 'Ian Hanchett', { type: 'person', affiliation: 'Twitter' }],
    ['Senate Minority Leader Harry Reid objected.', 'Harry Reid', { type: 'person', title: 'Minority Leader', subtype: 'official' }],
    ['Pastor Darrell Scott prayed.', 'Darrell Scott', { type: 'person', title: null }],
    // A title opening the sentence: "Secretary" is not a common noun before "of" there.
    ['Secretary of State John Kerry met him.', 'John Kerry', { type: 'person', title: 'Secretary of State' }],
    // A place between a modifier and the title is whom the office serves.
    ['Former Arizona State Senator Kelli Ward said Lynch should be impeached.', 'Kelli Ward', { type: 'person', title: 'Former Arizona State Senator', affiliation: 'Arizona' }],
  ])('%s', (text, name, expected) => {
    const r = extractSync({ text, publishedAt: '2020-01-01' });
    expect(r.entities.find((e) => e.name === name)).toMatchObject(expected);
  });

  it.each([
    // A title word before an organization's head word names no person; a common noun opening the sentence is no
    // part of the name after "of".
    ['The U.S. Justice Department sued the state.', ['location:United States', 'organization:U.S. Justice Department']],
    ['Members of Congress met on Tuesday.', ['organization:Congress']],
    ['Former Arizona State Senator Kelli Ward spoke.', ['location:Arizona', 'person:Kelli Ward']],
    // A name that ends in a law word is the law, unless a first name or title makes it a person's; a law word that a
    // longer name goes on from is no law.
    ['The Civil Rights Act passed in 1964.', ['law:Civil Rights Act']],
    ['Stuart Law scored 80 runs.', ['person:Stuart Law']],
    ['President Bill Clinton spoke on Friday.', ['person:Bill Clinton']],
    ['Harvard Law School said so.', ['organization:Harvard Law School']],
    // A pronoun's contraction, a religion or a community alone is no name; the group, named, is an organization, and
    // a name of several words matches in other capitals only when it ends in an organization's head word.
    ['He said I’m not sure, and Muslims and Catholics agreed.', []],
    ['The Islamic State claimed the attack; ISIS fighters fled.', ['organization:Islamic State']],
    ['They wanted a purist Islamic state.', []],
    // A title-case headline: a name ends at a capitalized function word, and capitals alone make no name.
    ['Chris Christie Says Quarantine Over Zika Virus Is Not Needed\n\nChris Christie spoke in Iowa on Friday.', ['person:Chris Christie', 'location:Iowa']],
  ])('%s', (text, expected) => {
    const r = extractSync({ text, publishedAt: '2020-01-01' });
    expect(r.entities.map((e) => `${e.type}:${e.name}`)).toEqual(expected);
  });
});

describe('organization heads', () => {
  it('joins a name of several words in brackets after an organization to it ("Hizbollah (Party of God)", "The FOMC (Federal Open Market Committee)")', () => {
    const x = extractSync({ text: 'Hizbollah (Party of God) gunmen attacked. The FOMC (Federal Open Market Committee) has been forecasting a slowing.', publishedAt: '1996-08-30' });
    expect(x.entities.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([['Hezbollah', ['Hizbollah', 'Party of God']], ['FOMC', ['FOMC', 'Federal Open Market Committee']]]);
  });

  it('reads no name in a prefixed adjective ("pro-Iranian", "non-GM", "ex-England"), and finds the name after it', () => {
    const x = extractSync({ text: 'The pro-Iranian Hizbollah said it would fight. Revenue from non-GM accounts rose. Prime Minister Nouri al-Maliki spoke. It is un-American. Results are due in mid-November.', publishedAt: '1996-08-30' });
    expect(x.entities.map((e) => [e.type, e.name])).toEqual([['organization', 'Hezbollah'], ['person', 'Nouri al-Maliki']]);
  });

  it('reads no name in a currency sign ("C$9.625", "CA$ 7.5 billion") nor in a quantifier opening the sentence ("Several Cineplex analysts")', () => {
    const x = extractSync({ text: 'Magna shares closed up to C$9.625. It will receive up to CA$ 7.5 billion. Several Cineplex analysts have speculated that bids were low.', publishedAt: '1989-10-27' });
    expect(x.entities.map((e) => [e.type, e.name])).toEqual([['organization', 'Cineplex']]);
  });

  it('keeps a portfolio after "for" in the title ("European Commissioner for Competition Neelie Kroes"); "the U.N. High Commissioner for Refugees" names no one', () => {
    const x = extractSync({ text: 'European Commissioner for Competition Neelie Kroes said the deal was fair. They urged the U.N. High Commissioner for Refugees to act.', publishedAt: '2008-01-09' });
    expect(x.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.title])).toEqual([['Neelie Kroes', 'Commissioner for Competition']]);
  });

  it('reads two capitalized common words as no person ("Korean War", "Cold War", "Music Store"), but a given name that is a word too ("Bill Rash"), or with a particle ("Marine Le Pen")', () => {
    const x = extractSync({ text: 'He served in the Korean War. The Cold War ended. Apple opened its Music Store. "We should not see any more," said Bill Rash. Party leader Marine Le Pen voiced support.', publishedAt: '2003-04-28' });
    expect(x.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Bill Rash', 'Marine Le Pen']);
  });

  it('reads capitalized words after "a" or "an" as a description, no person, so "he" stays with the person described ("Murphy, a Jupiter Democrat who ...")', () => {
    const x = extractSync({ text: 'Rep. Patrick Murphy wants more funding. Murphy, a Jupiter Democrat who has been endorsed by unions, said he would win.', publishedAt: '2016-08-28' });
    expect(x.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([['Patrick Murphy', ['Patrick Murphy', 'Murphy', 'he']]]);
  });

  it('reads the name of an event or a prize as no person ("World Cup", "Greater Milwaukee Open", "Merriman Smith Award"), but a person who won one', () => {
    const x = extractSync({ text: 'England will miss their World Cup qualifier. Payne Stewart won the Greater Milwaukee Open. She won the Merriman Smith Award.', publishedAt: '1996-08-31' });
    expect(x.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Payne Stewart']);
  });

  it('reads a convention and an institution as organizations, and "DNC" as the Democratic National Committee, not the convention', () => {
    const x = extractSync({ text: 'A scholar at the Brookings Institution spoke. The DNC said the Democratic National Convention opens Monday.', publishedAt: '2016-07-20' });
    expect(x.entities.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['organization', 'Brookings Institution', ['Brookings Institution']], ['organization', 'Democratic National Committee', ['DNC']],
      ['organization', 'Democratic National Convention', ['Democratic National Convention']],
    ]);
  });

  it('reads the word that opens an organization\'s name, alone, as that organization; not one the text writes in lower case, nor a common word opening a sentence', () => {
    const names = (text: string) => extractSync({ text, publishedAt: '2009-06-05' }).entities.map((e) => [e.name, e.mentions.map((m) => m.text)]);
    expect(names('GM agreed to sell Saturn Corporation to Penske. Dealers say future Saturn vehicles will sell well.'))
      .toEqual([['General Motors', ['GM']], ['Saturn Corporation', ['Saturn Corporation', 'Saturn']], ['Penske', ['Penske']]]);
    expect(names('Investors left Bank of America. Bank shares fell, and the bank said little.')).toEqual([['Bank of America', ['Bank of America']]]);
  });

  it('reads an organization\'s head word after "the" as that organization ("the European Commission ... the Commission"); "Meta Platforms" is one company; a law description keeps its acronyms\' capitals ("EU rules")', () => {
    const r = extractSync({ text: 'The European Commission fined Apple for breaching EU rules. Apple said the Commission had no evidence. Meta Platforms must comply.', publishedAt: '2024-03-04' });
    expect(r.entities.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['organization', 'European Commission', ['European Commission', 'Commission']], ['organization', 'Apple', ['Apple', 'Apple']],
      ['organization', 'European Union', ['EU']], ['law', 'EU rules', ['EU rules']], ['organization', 'Facebook', ['Meta Platforms']],
    ]);
  });

  it('reads a name of a few words after "according to" that no rule typed as a body, not a place ("according to Times Online")', () => {
    const x = extractSync({ text: 'Prices fell, according to Times Online. Sales rose, according to Kpler Analytics.', publishedAt: '2009-06-05' });
    expect(x.entities.map((e) => [e.type, e.name])).toEqual([['organization', 'Times Online'], ['organization', 'Kpler Analytics']]);
  });

  it('reads plural head words as an organization\'s too ("the Centers for Disease Control", "the National Institutes of Health")', () => {
    const x = extractSync({ text: 'Officials at the Centers for Disease Control and the National Institutes of Health said so.', publishedAt: '2024-11-20' });
    expect(x.entities.map((e) => [e.type, e.name])).toEqual([['organization', 'Centers for Disease Control'], ['organization', 'National Institutes of Health']]);
  });

  it('reads a word that makes names organizations as none alone before words in lower case ("City officials", "Oil markets"), but in a name or a sports report', () => {
    const x = extractSync({ text: 'City officials there said the centre was illegal. Oil markets rose sharply. Acme Oil said it would sell.', publishedAt: '1996-08-30' });
    expect(x.entities.map((e) => [e.type, e.name])).toEqual([['organization', 'Acme Oil']]);
    const y = extractSync({ text: 'SOCCER - REAL SCRAPE DRAW. Real needed a late goal to draw 1-1 in their league opener.', publishedAt: '1996-08-30' });
    expect(y.entities.filter((e) => e.name === 'Real').map((e) => [e.type, e.mentions.length])).toEqual([['organization', 1]]);
  });

  it('reads a conference as an organization, not a person ("Worldwide Developers Conference", "the U.S. Judicial Conference")', () => {
    const x = extractSync({ text: "Jobs spoke at the company's own Worldwide Developers Conference. A judgeship was added, according to the U.S. Judicial Conference.", publishedAt: '2011-06-07' });
    expect(x.entities.filter((e) => /Conference/.test(e.name)).map((e) => [e.type, e.name])).toEqual([['organization', 'Worldwide Developers Conference'], ['organization', 'U.S. Judicial Conference']]);
  });
});

describe('organization heads before "of"', () => {
  it.each([
    ['The Nigerian Union of Teachers called off the strike.', 'Nigerian Union of Teachers', { type: 'organization', subtype: 'association', countryCode: 'NGA' }],
    ['He met officials of the Ministry of Defence on Tuesday.', 'Ministry of Defence', { type: 'organization', subtype: 'agency', sector: 'government' }],
    ['The cars were made by Kia Motor Corp of South Korea.', 'Kia Motor Corp', { type: 'organization', subtype: 'company', countryCode: 'KOR' }],
    ['The National Bank of Poland raised its rate.', 'National Bank of Poland', { type: 'organization', subtype: 'company' }],
    ['Talks with the Moro National Liberation Front ended.', 'Moro National Liberation Front', { type: 'organization', subtype: 'party' }],
  ])('%s', (text, name, expected) => {
    const r = extractSync({ text, publishedAt: '2020-01-01' });
    expect(r.entities.find((e) => e.name === name)).toMatchObject(expected);
  });
});

describe('sports reports', () => {
  const card = [
    'CRICKET - SRI LANKA BEAT AUSTRALIA BY FOUR WICKETS.',
    'S. Jayasuriya c Healy b Fleming 44',
    'D. Lehmann st Kaluwitharana b Chandana 2',
    'Bowling: Muralitharan 10-0-41-2, Jayasuriya 10-0-43-2',
  ].join('\n');
  const r = extractSync({ text: card, publishedAt: '1996-08-30' });
  const type = (name: string) => r.entities.find((e) => e.mentions.some((m) => m.text === name))?.type;

  it('reads initials before a name as a person, and merges the bare surname into it', () => {
    const e = r.entities.find((x) => x.name === 'S. Jayasuriya')!;
    expect(e.type).toBe('person');
    expect(e.mentions.map((m) => m.text)).toEqual(['S. Jayasuriya', 'Jayasuriya']);
  });

  it.each(['Healy', 'Kaluwitharana', 'Chandana', 'Muralitharan'])('reads the scorecard name %s as a player', (name) => {
    expect(type(name)).toBe('person');
  });

  it('reads a line-up of surnames in a sports report as people', () => {
    const text = 'SOCCER - IRELAND NAME SQUAD.\nIreland beat Liechtenstein 5-0 on Saturday.\nThe team is as follows:\nGiven, Breen, Staunton, Irwin, McAteer.';
    const x = extractSync({ text, publishedAt: '1996-08-30' });
    for (const name of ['Breen', 'Staunton', 'McAteer']) expect(x.entities.find((e) => e.name === name)?.type).toBe('person');
  });

  it('reads a lone name that delivers a quote as a person, not a common word ("Traders said") nor a name before the speaker\'s role ("said Eagles owner Jeffrey Lurie")', () => {
    const x = extractSync({ text: '"It fires me up," Tarango said after the match.', publishedAt: '1996-08-30' });
    expect(x.entities.find((e) => e.name === 'Tarango')?.type).toBe('person');
    expect(extractSync({ text: '"Prices fell," Traders said.', publishedAt: '1996-08-30' }).entities).toEqual([]);
    // (Not a name before the speaker's role: the speaker is the person after it.)
    const owner = extractSync({ text: '" Randall was one of the most exciting quarterbacks in NFL history, " said Eagles owner Jeffrey Lurie.', publishedAt: '1996-08-30' });
    expect(owner.entities.filter((e) => e.name === 'Eagles' || e.name === 'Jeffrey Lurie').map((e) => [e.name, e.type])).toEqual([['Eagles', 'organization'], ['Jeffrey Lurie', 'person']]);
  });

  it('reads the first name of a fixture line ("BOSTON AT OAKLAND") as the visiting team and the second as the place, in a sports report only', () => {
    const text = 'BASEBALL - MAJOR LEAGUE STANDINGS AFTER FRIDAY\'S GAMES.\nNEW YORK 74 58 .561 -\nBALTIMORE 70 62 .530 4\nSATURDAY, AUGUST 31 SCHEDULE\nBOSTON AT OAKLAND\nKANSAS CITY AT DETROIT';
    const x = extractSync({ text, publishedAt: '1996-08-30' });
    const at = (name: string) => x.entities.filter((e) => e.name === name).map((e) => [e.type, e.rule]);
    expect(at('Boston')).toEqual([['organization', 'sports:place-as-team']]);
    expect(at('Kansas City')).toEqual([['organization', 'sports:place-as-team']]);
    expect(at('Kansas')).toEqual([]);
    expect(at('Oakland')[0]?.[0]).toBe('location');
    expect(at('Detroit')[0]?.[0]).toBe('location');
    const news = extractSync({ text: 'TALKS RESUME.\nBOSTON AT OAKLAND\nThe president met the two leaders on Friday.', publishedAt: '1996-08-30' });
    expect(news.entities.find((e) => e.name === 'Boston')?.type).toBe('location');
  });

  it('reads a surname in a line in capitals as the person the article names by it, with a given name before it, not in the desk label before the dash', () => {
    const text = 'SOCCER - SHEARER NAMED AS ENGLAND CAPTAIN. LONDON 1996-08-30. The world\'s costliest footballer Alan Shearer was named as the new England captain on Friday. Shearer replaces Tony Adams.';
    const x = extractSync({ text, publishedAt: '1996-08-30' });
    expect(x.entities.find((e) => e.name === 'Alan Shearer')?.mentions.map((m) => [m.text, m.kind])).toEqual([['SHEARER', 'surname'], ['Alan Shearer', 'name'], ['Shearer', 'surname']]);
    const boxing = extractSync({ text: 'BOXING - PANAMA \'S ROBERTO DURAN FIGHTS THE SANDS OF TIME. PANAMA CITY 1996-08-30. Panamanian boxing legend Roberto "Hands of Stone" Duran climbs into the ring on Saturday. Duran, 45, takes on little-known Mexican Ariel Cruz.', publishedAt: '1996-08-30' });
    expect(boxing.entities.find((e) => e.name === 'Duran')?.mentions.map((m) => m.text)).toEqual(['ROBERTO DURAN', 'Duran', 'Duran']);
    const standings = extractSync({ text: 'BASEBALL - MAJOR LEAGUE STANDINGS AFTER THURSDAY \'S GAMES. Major League Baseball standings after Thursday\'s games.', publishedAt: '1996-08-30' });
    expect(standings.entities.flatMap((e) => e.mentions).some((m) => m.text === 'BASEBALL')).toBe(false);
  });

  it('reads a place before a role in a team, after a phrase that takes a team, before a player after its possessive or before what a team does, as the team in a sports report, and so its other mentions but where games are played', () => {
    const text = 'BASEBALL - GONZALEZ HOMERS TWICE AS RANGERS BEAT INDIANS. ARLINGTON, Texas 1996-08-31. Juan Gonzalez homered twice and drove in five runs as the Texas Rangers beat the Cleveland Indians 9-4 on Saturday. Brian Giles and Jim Thome homered for Cleveland. "It\'s not something I\'m going to try to explain," said Texas manager Johnny Oates about his team winning seven of the 10 meetings from Cleveland this season. In Cleveland, fans booed.';
    const x = extractSync({ text, publishedAt: '1996-08-31' });
    const at = (name: string) => x.entities.filter((e) => e.name === name).map((e) => [e.type, e.rule, e.mentions.map((m) => m.start)]);
    expect(at('Cleveland')).toEqual([['organization', 'sports:place-as-team-by-role', [241, 387]], ['location', 'compromise:City', [413]]]);
    expect(at('Texas')).toEqual([['location', 'lexicon:states', [69, 145]], ['organization', 'sports:place-as-team-by-role', [307]]]);
    const soccer = extractSync({ text: "SOCCER - IRISH BEAT LIECHTENSTEIN 5-0. Ireland beat Liechtenstein 5-0 in a World Cup qualifier on Saturday. The Irish took a 4-0 lead within 20 minutes through captain Andy Townsend, 20-year-old Norwich striker Keith O'Neill and teenager Ian Harte. Lying three points behind Alania, the Volgograd side have a game in hand.", publishedAt: '1996-08-31' });
    expect(['Norwich', 'Volgograd'].map((name) => soccer.entities.find((e) => e.name === name)?.type)).toEqual(['organization', 'location']);
    // (A player after its possessive, and what a team does after it: "Birmingham's Gary Breen", "Milwaukee has won".)
    const brewers = extractSync({ text: 'BASEBALL - BREWERS BEAT TWINS. MILWAUKEE 1996-08-30. Jeff Cirillo hit a two-run double in the eighth as the Milwaukee Brewers rallied for a 5-4 victory over the Minnesota Twins. Milwaukee has won 10 of its last 15. In Milwaukee, fans cheered.', publishedAt: '1996-08-31' });
    expect(brewers.entities.filter((e) => e.name === 'Milwaukee').map((e) => [e.type, e.mentions.map((m) => m.start)])).toEqual([['location', [31, 218]], ['organization', [178]]]);
    const squad = extractSync({ text: 'SOCCER - IRISH NAME SQUAD. DUBLIN 1996-08-30. Ireland beat Liechtenstein 5-0 in a World Cup qualifier. Birmingham\'s Gary Breen was selected ahead of Phil Babb in defence.', publishedAt: '1996-08-31' });
    expect(squad.entities.find((e) => e.name === 'Birmingham')?.type).toBe('organization');
    const news = extractSync({ text: 'The bank\'s chairman joined Milan in 1992 after a decade in London.', publishedAt: '1996-08-31' });
    expect(news.entities.find((e) => e.name === 'Milan')?.type).toBe('location');
  });

  it('reads a name, its country and a score in a results row as a club, and a name, its country and a set score as a player', () => {
    const text = 'BASKETBALL - EUROPEAN CUP RESULTS. Results of European club basketball games on Thursday: Fifth place: Benetton (Italy) 92 Dinamo (Russia) 81 (halftime 50-28) Third place: Alba (Germany) 75 Red Star (Yugoslavia) 70 (42-41)';
    const x = extractSync({ text, publishedAt: '1996-08-30' });
    expect(['Benetton', 'Alba'].map((name) => x.entities.find((e) => e.name === name)?.type)).toEqual(['organization', 'organization']);
    const tennis = extractSync({ text: 'TENNIS - RESULTS AT U.S. OPEN. Results on Thursday: Krajicek (Netherlands) 7-5 6-2 Edberg (Sweden)', publishedAt: '1996-08-30' });
    expect(tennis.entities.find((e) => e.name === 'Krajicek')?.type).toBe('person');
  });

  it('reads a lone first name or a word one letter off a country before its score as a team ("Hyundai 6 Lotte 5", "Samsung 10 Haitai 3")', () => {
    const text = 'BASEBALL - KOREAN PRO-BASEBALL RESULTS.\nResults of Korean pro-baseball games played on Thursday.\nLotte 6 Hyundai 2\nHyundai 6 Lotte 5\nSamsung 10 Haitai 3';
    const x = extractSync({ text, publishedAt: '1996-08-30' });
    expect(x.entities.filter((e) => e.name === 'Lotte' || e.name === 'Haitai').map((e) => [e.name, e.type, e.mentions.length])).toEqual([['Lotte', 'organization', 2], ['Haitai', 'organization', 1]]);
  });

  it('reads the word that opens a standings row as a team, whatever its tag ("Stoke 4 3 1 0 7 4 10", "Reading 2 Stoke 2")', () => {
    const text = 'SOCCER - ENGLISH LEAGUE STANDINGS.\nStandings in English league soccer after Saturday matches:\nStoke 4 3 1 0 7 4 10\nBury 4 3 1 0 8 2 10\nReading 2 Stoke 2';
    const x = extractSync({ text, publishedAt: '1996-08-31' });
    expect(x.entities.filter((e) => e.type === 'organization').map((e) => [e.name, e.mentions.length])).toEqual([['Stoke', 2], ['Bury', 1], ['Reading', 1]]);
  });

  it('reads a name ending in a surname before its score as a club ("Greenock Morton 1 Falkirk 0"), one with a first name as a player ("Tom Lehman 66 67 68")', () => {
    const text = 'SOCCER - SCOTTISH LEAGUE RESULTS.\nResults of Scottish league matches on Saturday:\nGreenock Morton 1 Falkirk 0\nGOLF - LEADING SCORES.\nTom Lehman 66 67 68 201';
    const x = extractSync({ text, publishedAt: '1996-08-31' });
    const type = (name: string) => x.entities.find((e) => e.name === name)?.type;
    expect([type('Greenock Morton'), type('Falkirk'), type('Tom Lehman')]).toEqual(['organization', 'organization', 'person']);
  });

  it('reads the side a fixture is played against as a team ("June 14-16 v Leicestershire (three days)")', () => {
    const text = 'CRICKET - PAKISTAN TOUR OF ENGLAND.\nFixtures of the Pakistan cricket tour of England:\nMay 27-29 v Gloucestershire or Sussex or Surrey (three days)\nJune 14-16 v Leicestershire (three days)';
    const x = extractSync({ text, publishedAt: '1996-08-30' });
    const type = (name: string) => x.entities.find((e) => e.name === name)?.type;
    expect(['Gloucestershire', 'Sussex', 'Surrey', 'Leicestershire'].map(type)).toEqual(['organization', 'organization', 'organization', 'organization']);
  });

  it('keeps "Chesterfield, Derbyshire" a place but reads a county in a list of title rivals as a team', () => {
    const text = 'CRICKET - ENGLISH COUNTY CHAMPIONSHIP SCORES.\nSomerset 83 and 174, Leicestershire 296.\nTitle rivals Essex, Derbyshire and Surrey all closed in on Friday.\nPlay resumed at Chesterfield, Derbyshire, on Saturday.';
    const x = extractSync({ text, publishedAt: '1996-08-30' });
    const derbyshire = x.entities.filter((e) => e.name === 'Derbyshire').map((e) => [e.type, e.mentions[0].start]);
    expect(derbyshire).toEqual([['organization', text.indexOf('Derbyshire')], ['location', text.lastIndexOf('Derbyshire')]]);
  });
});

describe('place heads (places.json "heads")', () => {
  it('reads a prison, a hotel or a motel as a place, no person ("Insein Prison", "Lilac Falls Motel")', () => {
    const x = extractSync({ text: "Most political prisoners are held in Rangoon's Insein Prison. An explosion leveled the Lilac Falls Motel.", publishedAt: '1996-08-30' });
    expect(x.entities.map((e) => [e.type, e.name])).toEqual([['location', 'Rangoon'], ['location', 'Insein Prison'], ['location', 'Lilac Falls Motel']]);
  });
});

describe('country aliases (country-aliases.json "aliases")', () => {
  it('reads a headline\'s abbreviated Korea ("N. Korea urges S. Korea") as the countries, no person', () => {
    const x = extractSync({ text: 'N. Korea urges S. Korea to return war veteran.', publishedAt: '1996-08-31' });
    expect(x.entities.map((e) => [e.type, e.name, e.countryCode])).toEqual([['location', 'North Korea', 'PRK'], ['location', 'South Korea', 'KOR']]);
  });
});

describe('states and provinces (country-aliases.json "states")', () => {
  const find = (text: string, name: string) => extractSync({ text, publishedAt: '2016-03-01' }).entities.find((e) => e.name === name);

  it('gives a state its country, and reads a state and "City" as a city', () => {
    const text = 'Police in Oklahoma City said the suspect fled to Kansas.';
    expect(find(text, 'Oklahoma City')).toMatchObject({ type: 'location', subtype: 'city', countryCode: 'USA' });
    expect(find(text, 'Kansas')).toMatchObject({ type: 'location', subtype: 'state', countryCode: 'USA' });
    expect(find('The Ontario Supreme Court said it will postpone a ruling.', 'Ontario')).toMatchObject({ type: 'location', countryCode: 'CAN' });
  });

  it('reads a state in a results table as its team', () => {
    const text = 'WESTERN DIVISION\nTEXAS 75 58 .564 -\nSEATTLE 70 63 .526 5\nCALIFORNIA 62 72 .463 13 1/2\nNEW YORK 74 59 .556 -';
    for (const name of ['Texas', 'California', 'New York']) expect(find(text, name)).toMatchObject({ type: 'organization', subtype: 'club' });
  });

  it('keeps states places in political news with vote counts and shares', () => {
    const text = 'Out of 14 candidates, 41 percent is unheard of. He was confirmed 92 to 0. Clinton won the primary but lost in Ohio and Pennsylvania by 10 points.';
    for (const name of ['Ohio', 'Pennsylvania']) expect(find(text, name)).toMatchObject({ type: 'location', countryCode: 'USA' });
  });

  it('keeps states places in news that mentions a game once, and in market reports whose rows have verbs', () => {
    const once = 'Clinton proposed a debate on April 4, but the Sanders campaign rejected it because the NCAA basketball championship would be later that night. With New York\'s April 19 primary looming, they agreed.';
    expect(find(once, 'New York')).toMatchObject({ type: 'location', countryCode: 'USA' });
    const market = 'British Petroleum fell 5 to 286 on 14 million shares.\nShell eased 1 to 416.\nTraders watched the New York Fed and Ohio.';
    expect(find(market, 'Ohio')).toMatchObject({ type: 'location', countryCode: 'USA' });
  });

  it('reads no single letter as the initials of a name ("N / A" is no "Newsdesk"), nor a telephone number as a score', () => {
    const text = 'The offering was filed with the SEC -- New York Newsdesk 212-859-1610.\nEstimated price range N / A\nShares offered N / A';
    expect(find(text, 'Newsdesk')?.mentions.map((m) => m.text)).toEqual(['Newsdesk']);
    expect(find(text, 'New York')).toMatchObject({ type: 'location', countryCode: 'USA' });
  });

  it('reads a place that is also a given name, before an unknown word, as a person', () => {
    const text = 'Virginia Foxx, a Republican from North Carolina, said the bill would pass.';
    expect(find(text, 'Virginia Foxx')?.type).toBe('person');
    expect(find(text, 'North Carolina')).toMatchObject({ type: 'location', countryCode: 'USA' });
    expect(find('Jordan Valley farmers protested.', 'Jordan Valley')?.type).toBe('location');
  });

  it('reads a state and "Legislature" as the legislature', () => {
    expect(find('The Florida Legislature met on Monday.', 'Florida Legislature')).toMatchObject({ type: 'organization', subtype: 'legislature', countryCode: 'USA' });
  });
});

describe('places and people by their context', () => {
  it('knows the news agencies and newspapers news quotes, with their country ("Sueddeutsche Zeitung", "Prensa Latina", "Itar-Tass")', () => {
    const x = extractSync({ text: '" For myself, personally, I\'ve planned things so that that will be the end of me, " the 32-year-old national team captain was quoted as saying by the daily Sueddeutsche Zeitung on Saturday. In the same interview, published by Prensa Latina on Saturday, Puig was asked if he feared death. Itar-Tass news agency quoted Lebed as saying so.', publishedAt: '1996-08-31' });
    expect(x.entities.filter((e) => e.subtype === 'media').map((e) => [e.name, e.countryCode])).toEqual([['Sueddeutsche Zeitung', 'DEU'], ['Prensa Latina', 'CUB'], ['ITAR-Tass', 'RUS']]);
  });

  it('gives a place before its region the region\'s country ("Peoria, Ill.", "Lockerbie, Scotland")', () => {
    const x = extractSync({ text: 'The Peoria, Ill., bank holding company agreed. Lockerbie, Scotland, was quiet.', publishedAt: '1996-08-30' });
    expect(x.entities.map((e) => [e.name, e.countryCode])).toEqual([['Peoria', 'USA'], ['Illinois', 'USA'], ['Lockerbie', 'GBR'], ['Scotland', 'GBR']]);
  });

  it('knows a place named for a saint as news writes it, "St. Petersburg", "St Louis", and names it "St. X"', () => {
    const deal = extractSync({ text: 'Jones Medical Industries Inc said Friday it completed the acquisition of Daniels Pharmaceuticals Inc of St. Petersburg, Fla., for about 2,960,000 shares.', publishedAt: '1996-08-30' });
    expect(deal.entities.map((e) => [e.type, e.name])).toEqual([['organization', 'Jones Medical Industries Inc'], ['organization', 'Daniels Pharmaceuticals Inc'], ['location', 'St. Petersburg'], ['location', 'Florida']]);
    const game = extractSync({ text: 'In St Louis, Tom Pagnozzi had three hits and the Cardinals won.', publishedAt: '1996-08-30' });
    expect(game.entities[0]).toMatchObject({ type: 'location', name: 'St. Louis', mentions: [{ text: 'St Louis' }] });
  });

  const first = (text: string, name: string) => extractSync({ text, publishedAt: '1996-08-30' }).entities.find((e) => e.name === name);

  it('reads the names of a dateline line as the place it was filed from, named as in a sentence', () => {
    const text = 'Armenians, Azeris hold peace talks in Germany.\nBONN 1996-08-30\nRepresentatives of both sides met on Friday.';
    expect(first(text, 'Bonn')).toMatchObject({ type: 'location', rule: 'names:dateline' });
  });

  it('reads a country name one letter off as the country (a letter missing, doubled or changed), not one two letters off', () => {
    const country = (text: string) => extractSync({ text }).entities.map((e) => [e.mentions[0].text, e.name, e.countryCode]);
    expect(country('The Pakistn army said it had crossed.')).toEqual([['Pakistn', 'Pakistan', 'PAK']]);
    expect(country('The Pakisstan army said it had crossed.')).toEqual([['Pakisstan', 'Pakistan', 'PAK']]);
    expect(country('The Pakistin army said it had crossed.')).toEqual([['Pakistin', 'Pakistan', 'PAK']]);
    expect(country('The Pakostin army said it had crossed.')).toEqual([['Pakostin', 'Pakostin', null]]);
  });

  it('reads a month before a name as its date ("Since December GM", "the July Democratic convention"), not a month that is a given name ("June Carter")', () => {
    const names = (text: string) => extractSync({ text, publishedAt: '2016-05-01' }).entities.map((e) => [e.type, e.mentions[0].text]);
    expect(names('Since December GM and Chrysler have received US$ 17.4 billion.')).toEqual([['organization', 'GM'], ['organization', 'Chrysler']]);
    expect(names('He will fight on to the July Democratic convention.')).toEqual([]);
    expect(names('June Carter sang.')).toEqual([['person', 'June Carter']]);
  });

  it('reads a weekday after a dating word as the date, not a name\'s first word ("On Monday Steven Mnuchin"), but keeps "Saturday Night Live" whole', () => {
    const names = (text: string) => extractSync({ text, publishedAt: '2019-04-03' }).entities.map((e) => [e.type, e.mentions[0].text]);
    expect(names('On Monday Steven Mnuchin said talks were productive.')).toEqual([['person', 'Steven Mnuchin']]);
    expect(names('The bombs exploded on Friday in Dar es Salaam.')).toEqual([['location', 'Dar es Salaam']]);
    expect(names('He mocked them on Saturday Night Live.').map(([, text]) => text)).not.toContain('Night Live');
  });

  it('reads no law in a legal notion ("martial law", "common law", "case law"), one in a rule with a specific modifier ("emergency rules")', () => {
    const laws = (text: string) => extractSync({ text, publishedAt: '2024-12-04' }).entities.filter((e) => e.type === 'law').map((e) => e.name);
    expect(laws('He declared martial law. Under common law and case law, the claim fails. The new emergency rules took effect.')).toEqual(['emergency rules']);
  });

  it('reads a named law over "and" and hyphens between capitals, and over the names inside it; "Stuart Law" stays a person', () => {
    const names = (text: string) => extractSync({ text, publishedAt: '2023-03-15' }).entities.map((e) => [e.type, e.name]);
    expect(names('The Tax Cuts and Jobs Act and the CHIPS and Science Act passed.')).toEqual([['law', 'Tax Cuts and Jobs Act'], ['law', 'CHIPS and Science Act']]);
    expect(names('Cuba condemned the Helms-Burton Act and the Dodd-Frank Act.')).toEqual([['location', 'Cuba'], ['law', 'Helms-Burton Act'], ['law', 'Dodd-Frank Act']]);
    expect(names('Stuart Law scored twice.')).toEqual([['person', 'Stuart Law']]);
  });

  it('reads the abbreviation of a state after a city as the state ("Peoria, Ill.")', () => {
    const r = extractSync({ text: 'The plant in Peoria, Ill., will close; the one in Trenton, N.J. stays.', publishedAt: '1996-08-30' });
    expect(r.entities.filter((e) => e.subtype === 'state').map((e) => [e.name, e.countryCode, e.mentions[0].text])).toEqual([['Illinois', 'USA', 'Ill.'], ['New Jersey', 'USA', 'N.J.']]);
    // (Rows of figures make the story read as a sports report, where a state names its team: not an abbreviation.)
    const table = extractSync({ text: 'FARMINGTON HILLS, Mich.\nSales 9.06 9.31 8.42\nCurrent 1.30 1.35 1.09\nShares of Douglas & Lomason Co rose.', publishedAt: '1996-08-30' });
    expect(table.entities.find((e) => e.name === 'Michigan')).toMatchObject({ type: 'location', subtype: 'state' });
  });

  it('reads a name with Dutch, German or Arabic particles as one person ("Joost van der Westhuizen"), not a French firm\'s ("Financiere de Paribas")', () => {
    const names = (text: string) => extractSync({ text, publishedAt: '1996-08-30' }).entities.map((e) => [e.type, e.mentions[0].text]);
    expect(names('Springbok scrum-half Joost van der Westhuizen was his side\'s inspiration.')).toEqual([['person', 'Joost van der Westhuizen']]);
    expect(names('He met Ruud van Nistelrooy on Friday.')).toEqual([['person', 'Ruud van Nistelrooy']]);
    expect(names('Paribas made a bid. Cie. Financiere de Paribas raised it.').map(([type]) => type)).not.toContain('person');
    // (Two particles join, "and" and "of" do not: "University of Texas and of Ohio State" is two names.)
    expect(names('The University of Texas and of Ohio State agreed.')).toEqual([['organization', 'University of Texas'], ['location', 'Ohio']]);
    // (Italian particles join a name too: no "Sport" alone out of "Gazzetta dello Sport".)
    expect(names('The Gazzetta dello Sport said the deal would cost Atalanta $600,000.').map(([, text]) => text)).not.toContain('Sport');
  });

  it('reads a modal or preposition capitalized inside a sentence before a proper noun as a first name ("captain Will Carling")', () => {
    const names = (text: string) => extractSync({ text, publishedAt: '1996-08-30' }).entities.map((e) => [e.type, e.mentions[0].text]);
    expect(names('Former England captain Will Carling finished with 20 points.')).toEqual([['location', 'England'], ['person', 'Will Carling']]);
    expect(names('Ericsson spokesman Per Zetterquist told Reuters.')).toEqual([['organization', 'Ericsson'], ['person', 'Per Zetterquist'], ['organization', 'Reuters']]);
    expect(names('Prices rose as Apple said it Will Raise prices.')).toEqual([['organization', 'Apple']]);
  });

  it('reads one word and "of" a country as the word and the country ("Karlsruhe of Germany"), not a place\'s or body\'s name', () => {
    const names = (text: string) => extractSync({ text, publishedAt: '1996-08-30' }).entities.map((e) => [e.type, e.mentions[0].text]);
    expect(names('UEFA fined the club after a match against Karlsruhe of Germany.')).toEqual([['organization', 'UEFA'], ['organization', 'Karlsruhe'], ['location', 'Germany']]);
    expect(names('The City of London and the Bank of Japan agreed. The deal with First of America closed.')).toEqual([['organization', 'City of London'], ['organization', 'Bank of Japan']]);
  });

  it('knows the companies news names most, with their country ("jobs at Opel", "GM and Chrysler")', () => {
    const r = extractSync({ text: 'GM and Chrysler seek more aid. GM will cut 10,000 jobs at Opel, Ericsson said.', publishedAt: '2009-11-05' });
    expect(r.entities.filter((e) => e.type === 'organization').map((e) => [e.name, e.subtype, e.countryCode])).toEqual([
      ['General Motors', 'company', 'USA'], ['Chrysler', 'company', 'USA'], ['Opel', 'company', 'DEU'], ['Ericsson', 'company', 'SWE']]);
    const airline = extractSync({ text: 'The Dutch will not reopen the inquiry into the crash of an El Al cargo plane.', publishedAt: '1996-08-30' });
    expect(airline.entities.find((e) => e.name === 'El Al')).toMatchObject({ type: 'organization', countryCode: 'ISR' });
  });

  it('reads what a lexicon knows after "of" or "for" in a run no rule reads ("Bankruptcy for U.S. automaker GM")', () => {
    const names = (text: string) => extractSync({ text, publishedAt: '2009-05-28' }).entities.map((e) => [e.type, e.mentions[0].text]);
    expect(names('Bankruptcy for U.S. automaker GM becomes almost certain.')).toEqual([['location', 'U.S.'], ['organization', 'GM']]);
    expect(names('The Campaign for Democracy met.')).toEqual([]);
  });

  it('reads "the" and capitalized words ending in a plural as a body, not a person ("the Blue Jays", "the Ulster Unionists")', () => {
    const names = (text: string) => extractSync({ text, publishedAt: '1996-08-30' }).entities.map((e) => [e.type, e.mentions[0].text]);
    expect(names('The White Sox cruised to an 11-2 victory over the Blue Jays.').filter(([, text]) => text === 'Blue Jays')).toEqual([['organization', 'Blue Jays']]);
    expect(names('Northern Ireland\'s biggest Protestant party, the Ulster Unionists, is threatening to act.').filter(([type]) => type === 'person')).toEqual([]);
    expect(names('They visited the Virgin Islands.')).toEqual([['location', 'Virgin Islands']]);
  });

  it('reads capitalized words ending in a plural common word as a firm when no first name opens them ("Johnson Controls")', () => {
    const names = (text: string) => extractSync({ text, publishedAt: '1996-08-30' }).entities.map((e) => [e.type, e.mentions[0].text]);
    expect(names('Magna, Johnson Controls and Lear have been working to build up their capabilities.')).toEqual([['organization', 'Johnson Controls'], ['organization', 'Lear']]);
    expect(names('The rig count fell by one, Offshore Data Services said.').map(([type]) => type)).toEqual(['organization']);
  });

  it('reads capitalized words ending in a city or country as a club, firm or body when no first name opens them ("Standard Liege")', () => {
    const names = (text: string) => extractSync({ text, publishedAt: '1996-08-30' }).entities.map((e) => [e.type, e.mentions[0].text]);
    expect(names('UEFA fined the Belgian club Standard Liege on Friday.').filter(([, text]) => text === 'Standard Liege')).toEqual([['organization', 'Standard Liege']]);
    expect(names('Rotor Volgograd must play their next home game behind closed doors.')).toEqual([['organization', 'Rotor Volgograd']]);
    // (A country too: "Statistics Canada"; a region of the world is none: "Central America".)
    expect(names('Statistics Canada on Friday reported a surplus. He may have traveled into Central America.')).toEqual([['organization', 'Statistics Canada'], ['location', 'Central America']]);
  });

  it('reads a name with no first name known that opens an organization\'s name in the article as that organization', () => {
    const r = extractSync({ text: 'Control Data Corp. said it would sell the unit. During that time, Control Data had losses of more than $1 billion.', publishedAt: '1989-11-01' });
    expect(r.entities.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)])).toEqual([['organization', 'Control Data Corp.', ['Control Data Corp.', 'Control Data']]]);
    // (Not the surname of a person the article names.)
    const s = extractSync({ text: 'Sony hired Jon Peters. Later Peters quit, and Sony sold Peters Entertainment Co.', publishedAt: '1989-11-01' });
    expect(s.entities.find((e) => e.name === 'Jon Peters')?.mentions.map((m) => m.text)).toEqual(['Jon Peters', 'Peters']);
  });

  it('reads a noun for a person opening the sentence before a first name as no part of the name ("Economist Joel Naroff")', () => {
    const names = (text: string) => extractSync({ text, publishedAt: '1996-08-30' }).entities.map((e) => [e.type, e.name]);
    expect(names('Economist Joel Naroff of First Union bank in Philadelphia said so.')).toEqual([['person', 'Joel Naroff'], ['organization', 'First Union'], ['location', 'Philadelphia']]);
    expect(names('Actress Diane Guerrero has become a familiar figure.')).toEqual([['person', 'Diane Guerrero']]);
  });

  it('reads a place\'s name that is a first name too, then a surname, as a person ("Dominique Baratelli", "Douglas Schoen")', () => {
    const names = (text: string) => extractSync({ text, publishedAt: '1996-08-30' }).entities.map((e) => [e.type, e.name]);
    expect(names('Former international goalkeeper Dominique Baratelli is to coach Nice.').filter(([type]) => type !== 'organization')).toEqual([['person', 'Dominique Baratelli']]);
    expect(names('Troops crossed the Jordan River.')).toEqual([['location', 'Jordan River']]);
  });

  it('reads legal forms as company heads that end a name ("Pirelli SpA", "Cofinec S.A."): two companies "and" joins stay two', () => {
    const names = (text: string) => extractSync({ text, publishedAt: '1996-08-30' }).entities.map((e) => [e.type, e.mentions[0].text]);
    expect(names('The deal lets it better compete with Johnson Controls Inc and Lear Corp.')).toEqual([['organization', 'Johnson Controls Inc'], ['organization', 'Lear Corp.']]);
    expect(names('Shares of packaging company Cofinec S.A. plunged, said Pirelli SpA chairman Marco Tronchetti Provera.')).toEqual([
      ['organization', 'Cofinec S.A.'], ['organization', 'Pirelli SpA'], ['person', 'Marco Tronchetti Provera']]);
    expect(names('Procter and Gamble Co. raised prices.')).toEqual([['organization', 'Procter and Gamble Co.']]);
  });

  it('reads names an ampersand joins as one organization ("Douglas & Lomason"), a country so written as the country, and no ampersand at a name\'s end', () => {
    const names = (text: string) => extractSync({ text, publishedAt: '1996-08-30' }).entities.map((e) => [e.type, e.name, e.mentions[0].text]);
    expect(names('Douglas & Lomason shares rise on merger.')).toEqual([['organization', 'Douglas & Lomason', 'Douglas & Lomason']]);
    expect(names('He met officials of Trinidad & Tobago.')).toEqual([['location', 'Trinidad and Tobago', 'Trinidad & Tobago']]);
    expect(names('Rudy Giuliani & Sen. Jeff Sessions wear hats.')).toEqual([['person', 'Rudy Giuliani', 'Rudy Giuliani'], ['person', 'Jeff Sessions', 'Jeff Sessions']]);
  });

  it('reads a name no lexicon knows after a stake "in" as a company ("a majority stake in Chrysler"), a known place still as a place', () => {
    const names = (text: string) => extractSync({ text, publishedAt: '2011-05-29' }).entities.map((e) => [e.type, e.name]);
    expect(names('Fiat bought a twenty percent stake in Chrysler.')).toEqual([['organization', 'Fiat'], ['organization', 'Chrysler']]);
    expect(names('Foreign investment in Vietnam rose.')).toEqual([['location', 'Vietnam']]);
  });

  it('finds a country inside a run of capitals the rules leave unread ("AUSTRALIA V SRI LANKA"), not a city or a people there', () => {
    const names = (text: string) => extractSync({ text, publishedAt: '1996-08-30' }).entities.map((e) => [e.type, e.name]);
    expect(names('CRICKET - AUSTRALIA V SRI LANKA SCOREBOARD.')).toEqual([['location', 'Australia'], ['location', 'Sri Lanka']]);
    expect(names('GOLF - LEADING SCORES AT GREATER MILWAUKEE OPEN.')).toEqual([]);
    expect(names('BASEBALL - GONZALEZ HOMERS TWICE AS RANGERS BEAT INDIANS.')).toEqual([]);
  });

  it('reads a name before a place noun as a place ("Sharqiyah province", "Charles de Gaulle airport"), not an adjective ("a Presbyterian church") nor a campaign ("the Rubio camp")', () => {
    const typeOf = (text: string, name: string) => extractSync({ text, publishedAt: '1996-08-30' }).entities.find((e) => e.name === name)?.type;
    expect(typeOf('Police arrested the militants in the eastern Sharqiyah province.', 'Sharqiyah')).toBe('location');
    expect(typeOf('About 100 people marched outside Air France headquarters at Charles de Gaulle airport.', 'Charles de Gaulle')).toBe('location');
    expect(typeOf('They attended the ceremony at a Presbyterian church.', 'Presbyterian')).not.toBe('location');
    expect(typeOf('An aide said the Rubio camp was worried.', 'Rubio')).toBe('person');
  });

  it('reads a known place and a place head after it as one place ("the Gaza Strip", "the Ohio River"), not a court or a university', () => {
    const x = extractSync({ text: 'Israel left the Gaza Strip. Barges sailed up the Ohio River. The U.S. District Court ruled, and Ohio State won.', publishedAt: '2023-10-12' });
    expect(x.entities.map((e) => [e.type, e.name])).toEqual([['location', 'Israel'], ['location', 'Gaza Strip'], ['location', 'Ohio River'], ['location', 'United States'], ['organization', 'U.S. District Court'], ['location', 'Ohio']]);
  });

  it('reads both names after a plural place noun as places ("the mining towns of Barentsburg and Pyramiden")', () => {
    const x = extractSync({ text: 'They came to work in the mining towns of Barentsburg and Pyramiden.', publishedAt: '1996-08-30' });
    expect(x.entities.map((e) => [e.type, e.name])).toEqual([['location', 'Barentsburg'], ['location', 'Pyramiden']]);
  });

  it('reads a wire story\'s sign-off newsroom as the agency\'s office ("-- Warsaw Newsroom +48 22 653 9700"), not a team before its score', () => {
    const x = extractSync({ text: 'Prices rose on Friday.\n-- Warsaw Newsroom +48 22 653 9700\n', publishedAt: '1996-08-30' });
    expect(x.entities.find((e) => e.type === 'organization')).toMatchObject({ name: 'Warsaw Newsroom', subtype: 'media' });
  });

  it('reads the capitalized words an acronym in brackets defines as one organization, whose acronym names it after ("the Centers for Disease Control and Prevention (CDC)")', () => {
    const orgs = (text: string) => extractSync({ text, publishedAt: '2024-11-20' }).entities.map((e) => [e.name, e.mentions.map((m) => m.text)]);
    expect(orgs('The Centers for Disease Control and Prevention (CDC) reported 1,200 cases. The CDC said most were children.'))
      .toEqual([['Centers for Disease Control and Prevention', ['Centers for Disease Control and Prevention', 'CDC', 'CDC']]]);
    // (From the word that gives the first letter: not "Lawyers for the ...".)
    expect(orgs('Lawyers for the Committee to Protect Journalists (CPJ) said 60 reporters were killed.'))
      .toEqual([['Committee to Protect Journalists', ['Committee to Protect Journalists', 'CPJ']]]);
    // (A name read there already takes the acronym, though its initials are more: "DHHS".)
    expect(orgs('The Department of Health and Human Services (HHS) issued rules. HHS said they take effect in May.'))
      .toEqual([['Department of Health and Human Services', ['Department of Health and Human Services', 'HHS', 'HHS']]]);
  });

  it('reads no organization in the acronym of a measure or a period ("GDP", "IPO", "H1"), one in a body\'s ("NATO")', () => {
    const names = (text: string) => extractSync({ text, publishedAt: '1996-08-30' }).entities.map((e) => e.name);
    expect(names('The revisions to GDP may not have attracted attention.')).toEqual([]);
    expect(names('The company plans an IPO next year.')).toEqual([]);
    expect(names('Demand for AI chips and EV batteries rose.')).toEqual([]);
    // ("Section 230", "Chapter 11", "Flight 370": a word numbered outside sport is no organization.)
    expect(names('The firm filed for Chapter 11 protection, citing Section 230, after Flight 370 vanished.')).toEqual([]);
    // ("H100", "F-16s", "AK-47": letters then a number are a model's code.)
    expect(names('Its H100 chips sold out, and F-16s escorted a plane carrying AK-47 rifles.')).toEqual([]);
    expect(names('NATO said on Friday it would act.')).toEqual(['North Atlantic Treaty Organization']);
    // ("The WHO" is the agency, not the band compromise knows as "the who".)
    expect(names('The WHO said cases rose.')).toEqual(['World Health Organization']);
  });

  it('reads a name after a place noun as a place ("the provincial capital Zarang"), not after a title ending in one ("head of state Arpad Goencz")', () => {
    expect(first('Fighting broke out near the provincial capital Zarang on Friday.', 'Zarang')).toMatchObject({ type: 'location', rule: 'places:after-place-noun' });
    expect(first('Hungarian head of state Arpad Goencz signed the document.', 'Arpad Goencz')?.type).toBe('person');
  });

  it('joins a lone name to the place the article names so elsewhere ("the city of Arbil ... Arbil lies"), not to one a preposition made ("jobs at Comelf")', () => {
    const arbil = extractSync({ text: 'Iraqi tanks advanced on the Kurdish city of Arbil on Saturday. Arbil lies within the safe haven.', publishedAt: '1996-08-31' });
    expect(arbil.entities.filter((e) => e.name === 'Arbil').map((e) => [e.type, e.mentions.length])).toEqual([['location', 2]]);
    const comelf = extractSync({ text: 'General Motors will cut 10,000 jobs at Comelf. Comelf said it would fight the cuts.', publishedAt: '2009-11-05' });
    expect(comelf.entities.filter((e) => e.name === 'Comelf').map((e) => e.type)).toEqual(['location', 'organization']);
  });

  it('reads a name a point of the compass opens as a place ("East Jerusalem", "Northern Iraq"), before its score as a team ("East Fife 2")', () => {
    expect(first('Israel, which captured and annexed East Jerusalem in 1967, says it will never cede it.', 'East Jerusalem')?.type).toBe('location');
    expect(first('The rebels said Northern Iraq has been under Kurdish control.', 'Northern Iraq')?.type).toBe('location');
    const table = extractSync({ text: 'SOCCER - SCOTTISH LEAGUE RESULTS.\nArbroath 0 East Stirling 0\nEast Fife 2 Clydebank 1', publishedAt: '1996-08-31' });
    expect(table.entities.filter((e) => e.name.startsWith('East')).map((e) => [e.name, e.type])).toEqual([['East Stirling', 'organization'], ['East Fife', 'organization']]);
  });

  it('reads a place\'s name that a person of the article bears as surname as that person ("Neil Jordan ... Jordan said"), a title word too ("King said"), not where the article puts it after "in"', () => {
    const film = extractSync({ text: 'Director Neil Jordan spoke in Venice. "The film spares no one," Jordan said.', publishedAt: '1996-08-31' });
    expect(film.entities.map((e) => [e.type, e.name, e.mentions.map((m) => m.text)])).toEqual([['person', 'Neil Jordan', ['Neil Jordan', 'Jordan']], ['location', 'Venice', ['Venice']]]);
    const captain = extractSync({ text: 'Billie Jean King named her team on Friday. "I told Monica we need her," King said.', publishedAt: '1996-08-31' });
    expect(captain.entities.find((e) => e.name === 'Billie Jean King')?.mentions.map((m) => m.text)).toEqual(['Billie Jean King', 'King']);
    const trip = extractSync({ text: 'Michael Jordan flew to Jordan. Jordan welcomed him.', publishedAt: '1996-08-31' });
    expect(trip.entities.find((e) => e.type === 'location')?.mentions.map((m) => m.text)).toEqual(['Jordan', 'Jordan']);
  });

  it('reads a lone name before ", who" as a person, and its other mentions with it ("Bernardin, who became archbishop"); not a team', () => {
    const text = 'Although Bernardin\'s case was caught early, doctors worried. Bernardin, who became archbishop of Cincinnati in 1972, prayed.';
    expect(extractSync({ text, publishedAt: '1996-08-30' }).entities.filter((e) => e.name === 'Bernardin').map((e) => [e.type, e.mentions.length])).toEqual([['person', 2]]);
    const team = extractSync({ text: 'BASEBALL - CARDINALS BEAT ROCKIES 7-4.\nGant homered in the first inning. Jordan went 4-for-5 for the Cardinals, who won for the third time in four games.', publishedAt: '1996-08-30' });
    expect(team.entities.find((e) => e.name === 'Cardinals')?.type).not.toBe('person');
  });

  it('reads a name after "east of" as a place', () => {
    expect(first('The rebels were located about three km east of Tavildara on Friday.', 'Tavildara')).toMatchObject({ type: 'location', rule: 'places:bearing' });
  });

  it('splits "Keith O\'Neill of Norwich City" into a person affiliated to a club', () => {
    const text = 'The squad includes Keith O\'Neill of Norwich City, the coach said.';
    expect(first(text, "Keith O'Neill")).toMatchObject({ type: 'person', affiliation: 'Norwich City' });
    expect(first(text, 'Norwich City')?.type).toBe('organization');
  });

  it('takes no label or ordinal for a name', () => {
    const r = extractSync({ text: 'June 19-23 Second test (at Lord\'s)\nScorers: Aunger (41st min)', publishedAt: '1996-08-30' });
    expect(r.entities.map((e) => e.name)).not.toContain('Second');
    expect(r.entities.map((e) => e.name)).not.toContain('Scorers');
  });
});

describe('score lines, brackets, capitals and plurals', () => {
  const r = (text: string) => extractSync({ text, publishedAt: '1996-08-30' });
  const typeOf = (text: string, name: string) => r(text).entities.find((e) => e.mentions.some((m) => m.text === name))?.type;

  it('reads two-word names before their scores as clubs', () => {
    const text = 'SOCCER - ENGLISH LEAGUE RESULTS.\nCrystal Palace 2 Leyton Orient 1';
    expect(typeOf(text, 'Crystal Palace')).toBe('organization');
    expect(typeOf(text, 'Leyton Orient')).toBe('organization');
  });

  it('an ellipsis is no score line: a state in a politics article stays a place', () => {
    const text = 'Louisiana Gov. Bobby Jindal on Monday signed an order.\n\n. . . "Have you underestimated their abilities?"';
    expect(typeOf(text, 'Louisiana')).toBe('location');
  });

  it('reads a place in brackets after an athlete as a place', () => {
    expect(typeOf('ATHLETICS - RESULTS.\n2. Michael Johnson (U.S.) 20.02\n3. Ato Boldon (Trinidad) 20.37', 'Trinidad')).toBe('location');
  });

  it('takes no word in capitals for an acronym ("NOTE"), but keeps "NATO"', () => {
    const x = r('The bonds were sold on Friday. NOTE - prices are indicative. NATO officials agreed.');
    expect(x.entities.map((e) => e.name)).not.toContain('NOTE');
    expect(x.entities.find((e) => e.mentions.some((m) => m.text === 'NATO'))?.type).toBe('organization');
  });

  it('links "Nigerians" to Nigeria and "the Fed" to the Federal Reserve', () => {
    const x = r('Thousands of Nigerians marched in Lagos. Analysts expect the Fed to hold rates.');
    expect(x.entities.find((e) => e.mentions.some((m) => m.text === 'Nigerians'))).toMatchObject({ countryCode: 'NGA' });
    expect(x.entities.find((e) => e.mentions.some((m) => m.text === 'Fed'))).toMatchObject({ name: 'Federal Reserve', countryCode: 'USA' });
  });
});

describe('titles and affiliations', () => {
  const find = (text: string, name: string) => extractSync({ text, publishedAt: '2000-01-01' }).entities.find((e) => e.name === name);

  it('reads a title that ends the text with no name after it ("He met Prime Minister", "... and Ms."), each title of titles.json', () => {
    // (The run of a title alone read the token after it, past the end of the text.)
    const titles = titlesLexicon.titles.map((t) => t.title);
    expect(titles.length).toBeGreaterThan(100);
    for (const title of titles) {
      expect(() => extractSync({ text: `He met ${title}`, publishedAt: '2000-01-01' })).not.toThrow();
    }
    const r = extractSync({ text: 'It was a potent one-two punch, as Mrs. Clinton echoed the criticism and Ms.', publishedAt: '2016-01-01' });
    expect(r.entities.map((e) => e.name)).toEqual(['Clinton']);
    expect(r.claims.map((c) => [c.speaker?.text, c.cue.text, c.content.text])).toEqual([['Mrs. Clinton', 'echoed', 'the criticism and Ms']]);
  });

  it('joins an Arabic article to the name after it ("al-Thani", "el-Sisi"), and finds the surname written with it', () => {
    const text = 'Prime Minister Nouri al-Maliki met Egyptian President Abdel Fattah el-Sisi. Its leader, Abu Bakr al-Baghdadi, spoke. The hunt for al-Baghdadi goes on.';
    const r = extractSync({ text, publishedAt: '2016-01-01' });
    expect(r.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['Nouri al-Maliki', ['Nouri al-Maliki']], ['Abdel Fattah el-Sisi', ['Abdel Fattah el-Sisi']], ['Abu Bakr al-Baghdadi', ['Abu Bakr al-Baghdadi', 'al-Baghdadi']],
    ]);
  });

  it('gives the office a country holds before a name its country ("Qatar\'s emir, Sheikh Hamad"); "the King of Jordan" is no name', () => {
    const text = 'Qatar\'s emir, Sheikh Hamad bin Khalifa al-Thani, launched a mediation effort between the Emirates and Saudi Arabia. The King of Jordan met the Sultan of Brunei.';
    const r = extractSync({ text, publishedAt: '2000-01-01' });
    expect(r.entities.map((e) => [e.type, e.name, e.countryCode])).toEqual([
      ['location', 'Qatar', 'QAT'], ['person', 'Hamad bin Khalifa al-Thani', 'QAT'], ['location', 'United Arab Emirates', 'ARE'], ['location', 'Saudi Arabia', 'SAU'],
      ['location', 'Jordan', 'JOR'], ['location', 'Brunei', 'BRN'],
    ]);
    const mediation = r.events.find((e) => e.trigger.text === 'mediation')!;
    expect(mediation.actor.map((id) => r.entities.find((e) => e.id === id)?.countryCode)).toEqual(['QAT']);
  });

  it('keeps a given name\'s second syllable in lower case after a surname ("Lee Jae-myung", "Park Geun-hye"), not a participle ("New York-based")', () => {
    const r = extractSync({ text: 'Opposition leader Lee Jae-myung urged lawmakers to act. Former president Park Geun-hye was impeached. The New York-based firm grew.', publishedAt: '2024-12-04' });
    expect(r.entities.map((e) => [e.type, e.name])).toEqual([['person', 'Lee Jae-myung'], ['person', 'Park Geun-hye'], ['location', 'New York']]);
  });

  it('keeps a hyphenated name whole ("Jean-Marie Le Pen", "Ocasio-Cortez") and takes no party-state label ("D-Mass.", "I-Vt.") for a name', () => {
    const r = extractSync({ text: 'Yesterday, Jean-Marie Le Pen met Hans-Dietrich Genscher. Rep. Alexandria Ocasio-Cortez met Sen. Elizabeth Warren, D-Mass., and Sen. Bernie Sanders, I-Vt., in Washington.', publishedAt: '2000-01-01' });
    expect(r.entities.map((e) => [e.type, e.name])).toEqual([['person', 'Jean-Marie Le Pen'], ['person', 'Hans-Dietrich Genscher'], ['person', 'Alexandria Ocasio-Cortez'], ['person', 'Elizabeth Warren'], ['person', 'Bernie Sanders'], ['location', 'Washington']]);
  });

  it('gives a titled person the organization named right before the title ("Apple CEO Tim Cook", "JPMorgan Chase & Co. chief executive Jamie Dimon")', () => {
    const r = extractSync({ text: 'Apple CEO Tim Cook met JPMorgan Chase & Co. chief executive Jamie Dimon.', publishedAt: '2019-04-03' });
    expect(r.entities.map((e) => [e.type, e.name, e.title, e.affiliation])).toEqual([
      ['organization', 'Apple', null, null], ['person', 'Tim Cook', 'CEO', 'Apple'],
      ['organization', 'JPMorgan Chase', null, null], ['person', 'Jamie Dimon', 'chief executive', 'JPMorgan Chase & Co.'],
    ]);
    expect(r.entities[2].mentions.map((m) => m.text)).toEqual(['JPMorgan Chase & Co.']);
  });

  it('reads proper nouns opening a sentence before a company title as the company; a role after "and its" as the title', () => {
    const r = extractSync({ text: 'OpenAI CEO Sam Altman met Modi. The regulator sued Binance and its founder Changpeng Zhao.', publishedAt: '2024-03-14' });
    expect(r.entities.filter((e) => e.name !== 'Narendra Modi').map((e) => [e.type, e.name, e.title, e.affiliation])).toEqual([
      ['organization', 'OpenAI', null, null], ['person', 'Sam Altman', 'CEO', 'OpenAI'],
      ['organization', 'Binance', null, null], ['person', 'Changpeng Zhao', 'founder', 'Binance'],
    ]);
  });

  it('knows central banks as agencies of their country, not companies ("People\'s Bank of China" is not "Bank of China")', () => {
    const r = extractSync({ text: "The People's Bank of China cut rates. BOJ Governor Kazuo Ueda spoke. Shares of Bank of China rose.", publishedAt: '2024-03-14' });
    expect(r.entities.filter((e) => e.type === 'organization').map((e) => [e.name, e.subtype, e.countryCode])).toEqual([
      ["People's Bank of China", 'agency', 'CHN'], ['Bank of Japan', 'agency', 'JPN'], ['Bank of China', 'company', null],
    ]);
  });

  it('reads "Special Counsel" as a title, and a run that names nothing as a whole as a name "on" a known one', () => {
    const r = extractSync({ text: 'Trump attacked Special Counsel Jack Smith on Truth Social. He also attacked Lead Investigator John Doe on Facebook.', publishedAt: '2024-03-14' });
    expect(r.entities.slice(0, 3).map((e) => [e.type, e.name, e.title])).toEqual([
      ['person', 'Donald Trump', null], ['person', 'Jack Smith', 'Special Counsel'], ['organization', 'Truth Social', null],
    ]);
    // (The whole second run named nothing before.)
    expect(r.entities.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual(['Truth Social', 'Facebook']);
  });

  it('keeps particles inside a name ("da Silva", "del Olmo") and a word of time out of one ("Former Fed official")', () => {
    const r = extractSync({ text: 'President Luiz Inácio Lula da Silva met Joaquin del Olmo. Former Fed official Janet Yellen spoke.', publishedAt: '2024-03-14' });
    expect(r.entities.map((e) => [e.type, e.name, e.title, e.affiliation])).toEqual([
      ['person', 'Luiz Inácio Lula da Silva', 'President', null], ['person', 'Joaquin del Olmo', null, null],
      ['organization', 'Federal Reserve', null, null], ['person', 'Janet Yellen', 'official', 'Fed'],
    ]);
  });

  it('gives the organization or country before a possessive and the title as the affiliation', () => {
    const r = extractSync({ text: "Meta Platforms Inc's chief executive Mark Zuckerberg testified. Brazil's President Luiz Inácio Lula da Silva spoke.", publishedAt: '2024-03-14' });
    expect(r.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.title, e.affiliation])).toEqual([
      ['Mark Zuckerberg', 'chief executive', 'Meta Platforms Inc'], ['Luiz Inácio Lula da Silva', 'President', 'Brazil'],
    ]);
  });

  it('reads the portfolio after "of" as part of the title, not as a name', () => {
    const r = extractSync({ text: "Canada's Minister of Industry John Manley met Minister of Foreign Affairs Wang Yi. The IRA's Director of Intelligence spoke.", publishedAt: '2024-03-14' });
    expect(r.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.title])).toEqual([['John Manley', 'Minister of Industry'], ['Wang Yi', 'Minister of Foreign Affairs']]);
  });

  it('reads a role set off before a name as its title, and a possessor in an appositive role as the affiliation', () => {
    const r = extractSync({ text: "Warren wrote to the bank's chief executive, Jamie Dimon. Rick Wagoner, GM's chief executive, said sales fell. Her qualifications to be president, Hillary Clinton said, were clear.", publishedAt: '2024-03-14' });
    expect(r.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.title, e.affiliation])).toEqual([
      ['Jamie Dimon', 'chief executive', null], ['Rick Wagoner', 'chief executive', 'GM'], ['Hillary Clinton', null, null],
    ]);
  });

  it('reads the organization named last as the affiliation of a role after "its" or "the company\'s" ("Its chief executive, Satya Nadella")', () => {
    const r = extractSync({ text: "Microsoft reported record profits. Its chief executive, Satya Nadella, was pleased. Nvidia gained too. The company's founder, Jensen Huang, spoke.", publishedAt: '2024-03-14' });
    expect(r.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.title, e.affiliation])).toEqual([
      ['Satya Nadella', 'chief executive', 'Microsoft'], ['Jensen Huang', 'founder', 'Nvidia'],
    ]);
  });

  it('reads a hyphenated title: Vice-President Moody Awori', () => {
    expect(find('Vice-President Moody Awori has declined to resign.', 'Moody Awori')).toMatchObject({ subtype: 'official', title: 'Vice-President' });
  });

  it('gives a person the country of the organization and role before the name', () => {
    expect(find('French National Assembly president Laurent Fabius held talks in Bucharest.', 'Laurent Fabius'))
      .toMatchObject({ subtype: 'official', title: 'president', affiliation: 'French National Assembly', countryCode: 'FRA' });
  });

  it('reads "Kyrgyz" as Kyrgyzstan\'s demonym', () => {
    expect(find('Kyrgyz Prime Minister Nikolai Tanaev received observers.', 'Nikolai Tanaev')).toMatchObject({ countryCode: 'KGZ' });
  });
});

describe('party members', () => {
  it('reads "Republican" and "Democrat" before a name or a title as the party, not as part of the name', () => {
    const r = extractSync({ text: 'Republican Sen. Rob Portman met Democrat Hillary Clinton and Republican National Committee Chairman Reince Priebus. Hispanic Republicans cheered.', publishedAt: '2016-01-01' });
    expect(r.entities.map((e) => [e.type, e.name, e.title, e.affiliation])).toEqual([
      ['person', 'Rob Portman', 'Sen.', 'Republican Party'], ['person', 'Hillary Clinton', null, 'Democratic Party'],
      ['organization', 'Republican National Committee', null, null], ['person', 'Reince Priebus', 'Chairman', 'Republican National Committee'],
    ]);
  });
});

describe('first names read as verbs', () => {
  it('opens a name at a first name the tagger reads as a verb: "spokesman Josh Earnest"', () => {
    const r = extractSync({ text: 'White House spokesman Josh Earnest said Obama enjoys it.', publishedAt: '2016-01-01' });
    expect(r.entities.map((e) => [e.type, e.name])).toEqual([['location', 'White House'], ['person', 'Josh Earnest'], ['person', 'Barack Obama']]);
  });
});

describe('gender', () => {
  it('gives "Mrs. Clinton" and "she" to Hillary Clinton, "Mr. Clinton" and "he" to Bill Clinton', () => {
    const r = extractSync({ text: 'Bill Clinton spoke first. Hillary Clinton spoke next. Mrs. Clinton said she would win. Mr. Clinton said he agreed.', publishedAt: '2016-01-01' });
    expect(r.entities.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([
      ['Bill Clinton', ['Bill Clinton', 'Clinton', 'he']], ['Hillary Clinton', ['Hillary Clinton', 'Clinton', 'she']],
    ]);
    expect(r.claims.map((c) => r.entities.find((e) => e.id === c.speaker.entityId)?.name)).toEqual(['Hillary Clinton', 'Bill Clinton']);
  });

  it('takes a surname for the latest mention of its person: "Rubio disagreed. ... he said"', () => {
    const r = extractSync({ text: 'Marco Rubio met Chris Christie. Christie attacked him. Rubio disagreed. "Leadership is about solving problems," he said.', publishedAt: '2016-01-01' });
    expect(r.entities.find((e) => e.name === 'Marco Rubio')!.mentions.map((m) => m.text)).toEqual(['Marco Rubio', 'Rubio', 'he']);
  });

  it('gives a leader\'s surname to the person the article names in full when the leader was out of office then', () => {
    const names = (text: string, publishedAt: string) => extractSync({ text, publishedAt }).entities.filter((e) => e.type === 'person').map((e) => [e.name, e.mentions.map((m) => m.text)]);
    expect(names('Hillary Clinton spoke in Iowa. Clinton has since opposed the deal she supported. Ms. Trump cheered.', '2016-03-01'))
      .toEqual([['Hillary Clinton', ['Hillary Clinton', 'Clinton', 'she']], ['Trump', ['Trump']]]);
    expect(names('Jeb Bush lost South Carolina. Bush said he would go on.', '2016-02-21')).toEqual([['Jeb Bush', ['Jeb Bush', 'Bush', 'he']]]);
    // The leader written another way is the leader; a leader in office keeps his surname; a title of the other gender
    // is another person.
    expect(names('Donald J. Trump spoke. Trump said he would win.', '2016-03-01')).toEqual([['Donald J. Trump', ['Donald J. Trump', 'Trump', 'he']]]);
    expect(names('Yeltsin visited his wife. Naina Yeltsin had a kidney operation.', '1996-08-30')).toEqual([['Boris Yeltsin', ['Yeltsin']], ['Naina Yeltsin', ['Naina Yeltsin']]]);
    expect(names('Hillary Clinton agreed. Mr. Clinton said so.', '2016-03-01')).toEqual([['Hillary Clinton', ['Hillary Clinton']], ['Clinton', ['Clinton']]]);
  });

  it('gives a titled surname that names no one in full to the one leader of that surname in office then, of that gender', () => {
    const names = (text: string, publishedAt: string) => extractSync({ text, publishedAt }).entities.map((e) => [e.name, e.mentions.map((m) => m.text)]);
    expect(names('Mr. Obama said the deal was fine. He left for Hawaii.', '2016-03-01')).toEqual([['Barack Obama', ['Obama', 'He']], ['Hawaii', ['Hawaii']]]);
    expect(names('Mrs. Obama said the deal was fine.', '2016-03-01')).toEqual([['Obama', ['Obama']]]);
    expect(names('Mr. Bush said the deal was fine.', '2016-03-01')).toEqual([['Bush', ['Bush']]]);
    expect(names('Mr. Bush said the deal was fine.', '1990-03-01')).toEqual([['George H. W. Bush', ['Bush']]]);
    // The one leader of that surname in office then, alias or not.
    expect(names('President Bush said the deal was fine.', '2003-03-01')).toEqual([['George W. Bush', ['Bush']]]);
    expect(names('Mrs. Clinton said the deal was fine.', '2010-03-01')).toEqual([['Hillary Clinton', ['Clinton']]]);
  });

  it('takes the gender of a leader whose given name tells none from the leaders lexicon: no "she" for Bill Clinton', () => {
    const r = extractSync({ text: 'Bill Clinton met Barack Obama. She said it was fine.', publishedAt: '2016-03-01' });
    expect(r.entities.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([['Bill Clinton', ['Bill Clinton']], ['Barack Obama', ['Barack Obama']]]);
  });

  it('gives "he" to the latest person not known to be a woman, whose first name may be of no known gender', () => {
    const r = extractSync({ text: 'Gov. Chris Christie attacked. Rubio said Barack Obama knows what he is doing.', publishedAt: '2016-01-01' });
    expect(r.entities.find((e) => e.name === 'Barack Obama')!.mentions.map((m) => m.text)).toEqual(['Barack Obama', 'he']);
  });
});

describe('holidays', () => {
  it('takes no holiday for a name: "Christmas Eve", "New Year\'s Eve", "Thanksgiving"', () => {
    const r = extractSync({ text: 'Voters celebrated Christmas Eve and New Year\'s Eve in Old San Juan. On Thanksgiving, Obama spoke.', publishedAt: '2016-01-01' });
    expect(r.entities.map((e) => e.name)).toEqual(['Old San Juan', 'Barack Obama']);
  });
});

describe('definite descriptions', () => {
  const text = 'President Barack Obama met Vice President Joe Biden and Sen. Ted Cruz. The senator said talks had stalled. ' +
    'Twitter Inc. suspended 125,000 accounts. The company said it acted alone. The president agreed. The next president will decide. ' +
    'The Clinton Foundation took the money. The foundation said it would stop.';
  const r = extractSync({ text, publishedAt: '2016-02-08' });
  const nominals = (name: string) => r.entities.find((e) => e.name === name)!.mentions.filter((m) => m.kind === 'nominal').map((m) => m.text);

  it('refers "the senator", "the president" to the latest holder of the title, not to a vice president or "the next president"', () => {
    expect(nominals('Ted Cruz')).toEqual(['The senator']);
    expect(nominals('Barack Obama')).toEqual(['The president']);
    expect(nominals('Joe Biden')).toEqual([]);
  });

  it('refers "the company" and "the foundation" to the organization of that kind or head word', () => {
    expect(nominals('Twitter')).toEqual(['The company']);
    expect(nominals('Clinton Foundation')).toEqual(['The foundation']);
  });

  it('makes the claim of "the senator said" the senator\'s', () => {
    const senator = r.claims.find((c) => c.speaker.text === 'The senator')!;
    expect(senator.speaker).toMatchObject({ kind: 'named', entityId: r.entities.find((e) => e.name === 'Ted Cruz')!.id });
    expect(r.claims.find((c) => c.speaker.text === 'The company')!.speaker.kind).toBe('named');
  });
});

describe('name suffixes (titles.json "suffixes")', () => {
  it('keeps "Jr." with its name, and "Donald Trump Jr." apart from the Donald Trump the lexicon knows', () => {
    const r = extractSync({ text: 'That suggestion prompted a harsh response from Donald Trump Jr., who spoke after Donald Trump.', publishedAt: '2016-07-20' });
    expect(r.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([['Donald Trump Jr.', ['Donald Trump Jr.']], ['Donald Trump', ['Donald Trump']]]);
  });

  it('reads a title word that ends a name before its suffix as the surname: "Martin Luther King Jr."', () => {
    const r = extractSync({ text: 'Bernie Sanders spoke at a Martin Luther King Jr. celebration in Columbia.', publishedAt: '2016-01-18' });
    expect(r.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.title])).toEqual([['Bernie Sanders', null], ['Martin Luther King Jr.', null]]);
  });
});

describe('a lexicon company with its full legal name', () => {
  it('takes "Meta Platforms Inc" whole, as the company "Meta" names, and keeps two companies apart (Alphabet is Google\'s parent, not Google)', () => {
    const r = extractSync({ text: 'Meta Platforms Inc, the parent of Facebook, said its chief would testify. Alphabet Inc and Apple Inc. rose.', publishedAt: '2023-10-18' });
    expect(r.entities.map((e) => [e.name, e.mentions.map((m) => m.text)])).toEqual([['Facebook', ['Meta Platforms Inc', 'Facebook']], ['Alphabet', ['Alphabet Inc']], ['Apple', ['Apple Inc.']]]);
  });
});

describe('he and she', () => {
  const whose = (text: string, at: string) => {
    const r = extractSync({ text, publishedAt: '2016-07-22' });
    const start = text.indexOf(at);
    return r.entities.find((e) => e.mentions.some((m) => m.kind === 'pronoun' && m.start === start))?.name ?? null;
  };
  it('"He" opening a sentence is not a possessor named since ("Trump\'s proposal") when a person named as no one\'s came before', () => {
    const text = 'Earlier, Sheriff Joe Arpaio vouched for Trump\'s proposal to build a wall along the Mexican border. He said, "Donald Trump will build the wall."';
    expect(whose(text, 'He said')).toBe('Joe Arpaio');
  });
  it('a pronoun tagging a quotation names its speaker, named several quoted sentences before', () => {
    const text = 'Former Mexican President Felipe Calderon spoke on Saturday. “It’s going to be useless.” He did not stop there. “The loser would be the United States. The wall is a bad idea. Nobody wants it,” he continued.';
    expect(whose(text, 'he continued')).toBe('Felipe Calderon');
  });
  it('inside a quotation "He" keeps the latest person, whoever the speaker means', () => {
    const text = 'Pastor Darrell Scott defended Trump\'s line. She said, "He felt the need to point him out."';
    expect(whose(text, 'He felt')).toBe('Donald Trump');
  });
});
