// Dates: TimeML extents and values, resolved against the publication date.
import { describe, expect, it } from 'vitest';
import { extractSync } from '../../src/index.js';
import { normalize } from '../../src/stages/dates/normalize.js';
import { at, SEED_A, SEED_B, seedRecord, seedText } from '../helpers.js';

describe('seed dates', () => {
  it('seed 000: "on Wednesday" and "In 2017" with exact spans and values', () => {
    const r = seedRecord(SEED_A);
    const text = seedText(SEED_A);
    expect(r.dates.map((d) => ({ start: d.start, end: d.end, text: d.text, type: d.type, value: d.value }))).toEqual([
      { ...at(text, 'Wednesday', 1), text: 'Wednesday', type: 'DATE', value: '2019-04-03' },
      { ...at(text, '2017'), text: '2017', type: 'DATE', value: '2017' },
      { ...at(text, 'recent weeks'), text: 'recent weeks', type: 'DATE', value: 'PAST_REF' },
      { ...at(text, 'the month'), text: 'the month', type: 'DATE', value: '2019-04' },
      { ...at(text, 'Wednesday', 2), text: 'Wednesday', type: 'DATE', value: '2019-04-03' },
      { start: at(text, 'the recent high-level').start + 4, end: at(text, 'the recent high-level').start + 10, text: 'recent', type: 'DATE', value: 'PAST_REF' },
    ]);
  });

  it('seed 004: "Thursday" the day before a Friday publication, and the update time', () => {
    const r = seedRecord(SEED_B);
    expect(r.dates.map((d) => [d.text, d.type, d.value])).toEqual([['Thursday', 'DATE', '2015-03-19'], ['5:04 p.m.', 'TIME', '2015-03-20T17:04']]);
  });
});

describe('normalize (reference Wednesday 2019-04-03)', () => {
  const reference = '2019-04-03';
  it.each([
    ['Friday', false, 'DATE', '2019-03-29'],
    ['Friday', true, 'DATE', '2019-04-05'],
    ['last Friday', false, 'DATE', '2019-03-29'],
    ['yesterday', false, 'DATE', '2019-04-02'],
    ['last week', false, 'DATE', '2019-W13'],
    ['next month', false, 'DATE', '2019-05'],
    ['this year', false, 'DATE', '2019'],
    ['two weeks ago', false, 'DATE', '2019-W12'],
    ['two weeks', false, 'DURATION', 'P2W'],
    ['half an hour', false, 'DURATION', 'PT30M'],
    ['an hour and a half', false, 'DURATION', 'PT1H30M'],
    ['a year and a half ago', false, 'DATE', '2017-10'],
    ['the past several months', false, 'DURATION', 'PXM'],
    ['the past decade', false, 'DURATION', 'P10Y'],
    ['June last year', false, 'DATE', '2018-06'],
    ['a year ago', false, 'DATE', '2018'],
    ['Thanksgiving Day', false, 'DATE', '2018-11-22'],
    ['Sept. 30', false, 'DATE', '2018-09-30'],
    ['May 2', true, 'DATE', '2019-05-02'],
    ['about a month', false, 'DURATION', 'P1M'],
    ['10 years', false, 'DURATION', 'P10Y'],
    ['the 1990s', false, 'DATE', '199'],
    ['March 6, 2008', false, 'DATE', '2008-03-06'],
    ['Jan. 3', false, 'DATE', '2019-01-03'],
    ['the third quarter of 1997', false, 'DATE', '1997-Q3'],
    // "last quarter" and "the last quarter" are the one before this (the reference is in 2019-Q2); with a year the fourth.
    ['last quarter', false, 'DATE', '2019-Q1'],
    ['the last quarter', false, 'DATE', '2019-Q1'],
    ['the last quarter of 2018', false, 'DATE', '2018-Q4'],
    ['summer of 2019', false, 'DATE', '2019-SU'],
    ['now', false, 'DATE', 'PRESENT_REF'],
    ['recently', false, 'DATE', 'PAST_REF'],
    ['the future', false, 'DATE', 'FUTURE_REF'],
    ['each week', false, 'SET', 'P1W'],
    ['daily', false, 'SET', 'P1D'],
    ['5:04 p.m.', false, 'TIME', '2019-04-03T17:04'],
    ['Friday morning', false, 'TIME', '2019-03-29TMO'],
  ])('%s (future clause: %s) -> %s %s', (text, future, type, value) => {
    expect(normalize(text, { reference, future })).toMatchObject({ type, value });
  });

  it('a season without "last", "this" or "next" follows the tense: the spring ahead in October is next year\'s, the summer past in March last year\'s', () => {
    expect(normalize('the spring', { reference: '2013-10-20', future: true })).toMatchObject({ value: '2014-SP' });
    expect(normalize('the summer', { reference: '2013-03-20', future: false, past: true })).toMatchObject({ value: '2012-SU' });
    expect(normalize('the summer', { reference: '2013-03-20', future: false })).toMatchObject({ value: '2013-SU' });
  });

  it.each([
    ['Wednesday', 'XXXX-WXX-3'],
    ['last week', 'XXXX-WXX'],
    ['2017', '2017'],
    ['March 6', 'XXXX-03-06'],
  ])('without a reference date, %s -> %s', (text, value) => {
    expect(normalize(text, { reference: null, future: false })?.value).toBe(value);
  });
});

describe('tense', () => {
  it('"will meet on Friday" is the next Friday, "met on Friday" the last one', () => {
    const r = extractSync({ text: 'The envoys will meet on Friday. They met on Friday too.', publishedAt: '2019-04-03' });
    expect(r.dates.map((d) => d.value)).toEqual(['2019-04-05', '2019-03-29']);
  });

  it('a verb in the present that governs a date tells what is scheduled; "midnight on" takes the day', () => {
    const r = extractSync({ text: 'The vote closes at 5 p.m. on Friday. The law takes effect at midnight on Dec. 31. The GM move follows Tuesday\'s declaration. That follows 292,000 in March.', publishedAt: '2019-04-03' });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['5 p.m.', '2019-04-05T17:00'], ['Friday', '2019-04-05'], ['midnight', '2019-12-31T24:00'], ['Dec. 31', '2019-12-31'], ['Tuesday', '2019-04-02'], ['March', '2019-03']]);
  });

  it('a present "be" right before a day or month, or its hour, sets it ahead: "The deadline is Friday", "Then there\'s November"; "was Friday" is the last one', () => {
    const r = extractSync({ text: 'The deadline is Friday. The election is on Sunday. Then there\'s November. The old deadline was Friday. The vote is at midnight on Friday.', publishedAt: '2023-06-14' });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['Friday', '2023-06-16'], ['Sunday', '2023-06-18'], ['November', '2023-11'], ['Friday', '2023-06-09'], ['midnight', '2023-06-16T24:00'], ['Friday', '2023-06-16']]);
  });

  it('a month alone is not scheduled by a verb in the present: "The data covers the period from January to March"', () => {
    const r = extractSync({ text: 'The data covers the period from January to March.', publishedAt: '2023-06-16' });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['January', '2023-01'], ['March', '2023-03']]);
  });

  it('a date inside the subject of a reported clause goes with its verb: "said the gathering in September would be the last"; not "told a reporter Monday that he would"', () => {
    const r = extractSync({ text: 'Mr. Clinton said the gathering in September in New York would be the last. Cornyn told a reporter Monday evening that he would be surprised. Clinton told employees on Thursday that the foundation would stop.', publishedAt: '2016-08-22' });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['September', '2016-09'], ['Monday evening', '2016-08-22TEV'], ['Thursday', '2016-08-18']]);
  });

  it('an article that ends on "set" after a date does not fail', () => {
    const r = extractSync({ text: 'They met Friday, all set', publishedAt: '2019-04-03' });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['Friday', '2019-03-29']]);
  });

  it('a weekday opening the sentence goes with the verb after the comma: "plans to hold" ahead, "said they plan" behind', () => {
    const text = 'On Tuesday, the Action League plans to hold a news conference. On Monday, officials said they plan to appeal. On Friday, the government planned to pay.';
    const r = extractSync({ text, publishedAt: '1998-10-26' });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['Tuesday', '1998-10-27'], ['Monday', '1998-10-26'], ['Friday', '1998-10-23']]);
  });

  it('"as soon as Friday" and "set to resume Monday" look ahead', () => {
    const r = extractSync({ text: 'The group could leave as soon as Friday. Talks are set to resume Monday.', publishedAt: '2019-04-03' });
    expect(r.dates.map((d) => d.value)).toEqual(['2019-04-05', '2019-04-08']);
  });

  it('a month without a year after a past verb is the latest one; after "would be" or "effective" the next one', () => {
    const r = extractSync({
      text: 'The iPod shuffle was introduced in January. The measure adds to plans announced in January. The split would be paid in January. The pact takes hold, effective Feb. 1.',
      publishedAt: '2005-09-07',
    });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['January', '2005-01'], ['January', '2005-01'], ['January', '2006-01'], ['Feb. 1', '2006-02-01']]);
  });

  it('a month after a past verb, after "since" or fronted before a past verb is behind; a date with a day may be a deadline', () => {
    const r = extractSync({
      text: 'The operator changed to a calendar year in December. The carrier has been on patrol since March. In January, a bomb exploded at a clinic. The offer was extended to Nov. 16.',
      publishedAt: '1989-11-02',
    });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['December', '1988-12'], ['March', '1989-03'], ['January', '1989-01'], ['Nov. 16', '1989-11-16']]);
  });

  it('a day right after a past verb is behind ("ended June 30" in March); one further on or payable may lie ahead', () => {
    const r = extractSync({
      text: 'The fiscal year ended June 30. He was arrested on June 30. The debate came 15 days before the caucuses on June 30. The company declared a dividend, payable Dec. 7.',
      publishedAt: '2024-03-14',
    });
    expect(r.dates.filter((d) => d.type === 'DATE').map((d) => [d.text, d.value])).toEqual([['June 30', '2023-06-30'], ['June 30', '2023-06-30'], ['June 30', '2024-06-30'], ['Dec. 7', '2024-12-07']]);
  });

  it('a month "set for" or "slated for" in the present lies ahead; "was set for", "had been set for" keep the nearest', () => {
    const r = extractSync({
      text: 'The trial is set for November. The vote is slated for December. The launch has been set for October. The vote had been set for December.',
      publishedAt: '2016-05-29',
    });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['November', '2016-11'], ['December', '2016-12'], ['October', '2016-10'], ['December', '2015-12']]);
  });

  it('a weekday in a clause of "would" after a weekday of the same sentence lies after it ("said Monday that talks would resume Wednesday")', () => {
    const r = extractSync({ text: 'The ministry said Monday that talks would resume Wednesday. The ministry said Monday that talks resumed Wednesday.', publishedAt: '2023-03-14' });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['Monday', '2023-03-13'], ['Wednesday', '2023-03-15'], ['Monday', '2023-03-13'], ['Wednesday', '2023-03-08']]);
  });

  it('results reported are of a quarter that has ended, whatever the tense ("will report fourth-quarter results" in January)', () => {
    const r = extractSync({ text: 'The agency will report fourth-quarter results later this month. The firm will see fourth-quarter profit rise.', publishedAt: '2024-01-03' });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['fourth-quarter', '2023-Q4'], ['later this month', '2024-01'], ['fourth-quarter', '2024-Q4']]);
  });

  it('"by Friday", "by the end of the third quarter" are deadlines ahead, unless the clause is past ("had left by Friday")', () => {
    const r = extractSync({ text: 'The company said Wednesday it would cut jobs by the end of the third quarter. It said it would respond by Friday. He had left by Friday.', publishedAt: '2023-03-15' });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['Wednesday', '2023-03-15'], ['the third quarter', '2023-Q3'], ['Friday', '2023-03-17'], ['Friday', '2023-03-10']]);
  });

  it('"until 9 a.m. Tuesday" is a deadline ahead; "early Friday morning" keeps its part of the day', () => {
    const r = extractSync({ text: 'The INS has given the relatives until 9 a.m. Tuesday to sign. The marches began early Friday morning.', publishedAt: '2000-01-28' });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['9 a.m. Tuesday', '2000-02-01T09:00'], ['early Friday morning', '2000-01-28TMO']]);
  });

  it('a deadline seen from the past perfect lies behind ("had been due to expire Friday"); "did not plan to ... Thursday" ahead', () => {
    const r = extractSync({ text: 'It had been due to expire Friday evening. Officials did not plan to remove Elian on Thursday.', publishedAt: '1989-10-30' });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['Friday evening', '1989-10-27TEV'], ['Thursday', '1989-11-02']]);
  });

  it('"later this afternoon" is a part of the day; "the current fiscal year" a year, not "current" alone', () => {
    const r = extractSync({ text: 'He will meet Aziz later this afternoon. Sales in the current fiscal year will rise; last fiscal year they fell.', publishedAt: '1998-02-22' });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['later this afternoon', '1998-02-22TAF'], ['the current fiscal year', '1998'], ['last fiscal year', '1997']]);
  });

  it('"next to" a place says nothing of the future: the bare weekday is the last one', () => {
    const r = extractSync({ text: 'Hundreds were killed in the blasts next to the U.S. embassies in Kenya and Tanzania on Friday.', publishedAt: '1998-08-09' });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['Friday', '1998-08-07']]);
  });

  it('"a week" is a rate after a quantity ("twice a week", "$2 million a year"), else a length ("within a week", "A day after")', () => {
    const r = extractSync({ text: 'Flights leave twice a week and cost $2 million a year. Victory could come within a week. A day after the hearing, he left.', publishedAt: '1991-02-25' });
    expect(r.dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['a week', 'SET', 'P1W'], ['a year', 'SET', 'P1Y'], ['a week', 'DURATION', 'P1W'], ['A day', 'DURATION', 'P1D'],
    ]);
  });

  it('"the full year" is the year last named, unless that one lies ahead; "coming quarters" is the future; "the nineties" a decade', () => {
    const r = extractSync({
      text: 'GM lost $4.8 billion in the fourth quarter of 2005 and $8.6 billion for the entire year. Kellogg expects growth through 2008 and forecast an increase for the full year. It bodes ill for coming quarters, as in the nineties.',
      publishedAt: '2006-01-26',
    });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([
      ['the fourth quarter of 2005', '2005-Q4'], ['the entire year', '2005'], ['2008', '2008'], ['the full year', '2006'], ['coming quarters', 'FUTURE_REF'], ['the nineties', '199'],
    ]);
  });

  it('an earnings report\'s own quarter, named first, is "the quarter" and gives "a year earlier" its quarter', () => {
    const r = extractSync({ text: 'Net rose in the fiscal first quarter, from a year earlier. Sales for the quarter rose 5%.', publishedAt: '1989-10-26' });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['the fiscal first quarter', '1989-Q1'], ['a year earlier', '1988-Q1'], ['the quarter', '1989-Q1']]);
  });

  it('a quarter named in a sentence governs its "a year earlier"; the report\'s first quarter governs the others', () => {
    const text = 'Delta earnings soared in the fiscal first quarter. Separately, America West reported third-quarter profit rose from $4 million a year earlier. Sales for the quarter rose 5%.';
    const r = extractSync({ text, publishedAt: '1989-10-26' });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['the fiscal first quarter', '1989-Q1'], ['third-quarter', '1989-Q3'], ['a year earlier', '1988-Q3'], ['the quarter', '1989-Q1']]);
  });

  it('"that year", "later that day", "the same month a year ago" take the date the text last named', () => {
    const r = extractSync({
      text: 'He fled to Florida in June 1998 and returned to Cuba later that year. Sales fell 35% in January, compared to the same month a year ago. Ford said its sales rose in February compared to the same period last year.',
      publishedAt: '2009-02-03',
    });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([
      ['June 1998', '1998-06'], ['later that year', '1998'], ['January', '2009-01'], ['the same month a year ago', '2008-01'],
      ['February', '2009-02'], ['the same period last year', '2008-02'],
    ]);
  });

  it('"the next morning", "the following year", "in morning trading", "later in the day" count from the date last named; "following" alone is a preposition', () => {
    const r = extractSync({
      text: 'The hearing was on Tuesday. The next morning, he left. Sales rose in 1995 and fell the following year. Ford said on Tuesday its stock rose in morning trading, before declining later in the day. Prices rose following last month\'s cut.',
      publishedAt: '2000-02-24',
    });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([
      ['Tuesday', '2000-02-22'], ['The next morning', '2000-02-23TMO'], ['1995', '1995'], ['the following year', '1996'],
      ['Tuesday', '2000-02-22'], ['morning', '2000-02-22TMO'], ['the day', '2000-02-22'], ['last month', '2000-01'],
    ]);
  });

  it('"than the year previous" is the year before the one last named; "the day before," a day back', () => {
    const r = extractSync({ text: 'The company cut its costs to $118 billion last year, $19.8 billion less than the year previous. He had met her the day before, in Paris.', publishedAt: '2010-01-28' });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['last year', '2009'], ['the year previous', '2008'], ['the day before', '2010-01-27']]);
  });

  it('today\'s business shorthand: "Q1 2019", "Q4" (in January, last year\'s), "FY2018", "this past weekend", "the first half of the year"', () => {
    const r = extractSync({ text: 'Sales rose in Q1 2019 and fell in Q4. Revenue for FY2018 grew. The firm said this past weekend that the first half of the year was strong.', publishedAt: '2019-01-23' });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['Q1 2019', '2019-Q1'], ['Q4', '2018-Q4'], ['FY2018', '2018'], ['this past weekend', '2019-W03-WE'], ['the first half of the year', '2019-H1']]);
  });

  it('"H1 2019" is a half; "two years from now" and "three months hence" are dates ahead, one extent each', () => {
    const r = extractSync({ text: 'Profit rose in H1 2019. The plant opens two years from now and the mine three months hence.', publishedAt: '2019-04-03' });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['H1 2019', '2019-H1'], ['two years from now', '2021'], ['three months hence', '2019-07']]);
  });

  it('compound and half counts: "twenty-four hours", "two and a half years", "a minute and a half later", "eight trading days"', () => {
    const r = extractSync({
      text: 'Shares fell in the last twenty four hours. A strike ended seventy-five years ago after fourteen days. He waited two and a half years. But a minute and a half later, a pilot called in. Eight trading days after that, the index rose.',
      publishedAt: '2000-02-24',
    });
    expect(r.dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['the last twenty four hours', 'DURATION', 'PT24H'], ['seventy-five years ago', 'DATE', '1925'], ['fourteen days', 'DURATION', 'P14D'],
      ['two and a half years', 'DURATION', 'P2Y6M'],
      ['a minute and a half', 'DURATION', 'PT1M30S'], ['Eight trading days', 'DURATION', 'P8D'],
    ]);
  });

  it('earnings comparisons: "the year-ago quarter", "the year-earlier nine months" are one extent; "The year-ago results" marks "year-ago"', () => {
    const r = extractSync({
      text: 'Net rose in the third quarter. In the year-ago quarter, the company lost money. Net for the year-earlier nine months included a gain. The year-ago results included a charge. It compared with a year-earlier loss. In the year-ago third quarter it earned $2 million.',
      publishedAt: '1989-11-01',
    });
    expect(r.dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['the third quarter', 'DATE', '1989-Q3'], ['the year-ago quarter', 'DATE', '1988-Q3'], ['the year-earlier nine months', 'DURATION', 'P9M'],
      ['year-ago', 'DATE', '1988-Q3'], ['year-earlier', 'DATE', '1988-Q3'], ['the year-ago third quarter', 'DATE', '1988-Q3'],
    ]);
  });

  it('a bare plural unit after "the" is marked alone ("in the weeks before the shooting"), but "the weeks ahead", "over the years"', () => {
    const r = extractSync({
      text: 'His car was seen in the weeks before the shooting. In the years that followed, the group grew. Selling may go on in the weeks ahead. Over the years, many came. In the days ahead of the vote, it fell.',
      publishedAt: '1998-10-26',
    });
    expect(r.dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['weeks', 'DURATION', 'PXW'], ['years', 'DURATION', 'PXY'], ['the weeks ahead', 'DURATION', 'PXW'], ['the years', 'DURATION', 'PXY'], ['days', 'DURATION', 'PXD'],
    ]);
  });

  it('an article before a month goes with the noun after the date: "the Aug. 7 bombings", "in a Jan. 14 letter", "the June quarter"', () => {
    const r = extractSync({ text: 'The Aug. 7 bombings killed 200. In a Jan. 14 letter he wrote. On the Dec. 21, 1988 flight, it fell. The June quarter was weak. By the end of March, it rose.', publishedAt: '1998-10-26' });
    expect(r.dates.map((d) => d.text)).toEqual(['Aug. 7', 'Jan. 14', 'Dec. 21, 1988', 'June', 'the end of March']);
  });

  it('in an earnings report "a year earlier" is the quarter a year before, but the year when the sentence speaks of the nine months', () => {
    const r = extractSync({
      text: 'Net rose 10% in the third quarter. Net was $5 million, up from $4 million a year earlier. For the nine months, the company earned $12 million, compared with a loss a year earlier.',
      publishedAt: '1989-11-01',
    });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['the third quarter', '1989-Q3'], ['a year earlier', '1988-Q3'], ['the nine months', 'P9M'], ['a year earlier', '1988']]);
  });

  it('a weekday after a plain present with a name or "they" for subject is ahead: "Netanyahu and Arafat meet separately Monday"', () => {
    const r = extractSync({ text: 'They meet again Monday in London. Netanyahu and Arafat meet separately Monday with Albright. Officials say Monday was calm. They did not meet Monday. Sen. Ted Cruz spoke on Sunday.', publishedAt: '1998-05-01' });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['Monday', '1998-05-04'], ['Monday', '1998-05-04'], ['Monday', '1998-04-27'], ['Monday', '1998-04-27'], ['Sunday', '1998-04-26']]);
  });

  it('"a few" counts with its article: "a few days", "within a few minutes"', () => {
    const r = extractSync({ text: 'It took a few days. The answer comes within a few minutes. A few years ago it fell.', publishedAt: '1998-05-01' });
    expect(r.dates.map((d) => [d.text, d.type, d.value])).toEqual([['a few days', 'DURATION', 'PXD'], ['a few minutes', 'DURATION', 'PTXM'], ['A few years ago', 'DATE', 'PAST_REF']]);
  });

  it('counts with a fraction: "5 1/2 hours", "2 1/2 years", "3½ years", "a 10 1/2-year sentence", "2 3/4 hours"', () => {
    const r = extractSync({
      text: 'She will spend 5 1/2 hours in Nairobi. Refugees lived in the camps for 2 1/2 years. The project took 3½ years. He got a 10 1/2-year sentence. The hearing ran 2 3/4 hours.',
      publishedAt: '1998-08-17',
    });
    expect(r.dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['5 1/2 hours', 'DURATION', 'PT5H30M'], ['2 1/2 years', 'DURATION', 'P2Y6M'], ['3½ years', 'DURATION', 'P3Y6M'],
      ['10 1/2-year', 'DURATION', 'P10Y6M'], ['2 3/4 hours', 'DURATION', 'PT2H45M'],
    ]);
  });

  it('"these days" is the present, "each July" a set, "the week of March 6" that week', () => {
    const r = extractSync({
      text: 'Markets seem calmer these days. Orangemen march each July. A court hearing is set for the week of March 6.',
      publishedAt: '2000-02-24',
    });
    expect(r.dates.map((d) => [d.text, d.type, d.value])).toEqual([['these days', 'DATE', 'PRESENT_REF'], ['each July', 'SET', 'XXXX-07'], ['the week of March 6', 'DATE', '2000-W10']]);
  });

  it('quarters with a count are a length of time; "three quarters of" is a share', () => {
    const r = extractSync({ text: 'The company has been profitable for 12 consecutive quarters. Three quarters of the budget went to defense. Losses grew in the past two quarters.', publishedAt: '2024-03-13' });
    expect(r.dates.map((d) => [d.text, d.type, d.value])).toEqual([['12 consecutive quarters', 'DURATION', 'P12Q'], ['the past two quarters', 'DURATION', 'P2Q']]);
  });

  it('holidays named by two words with a weekday: "Black Friday", "Cyber Monday", "Good Friday"', () => {
    const r = extractSync({ text: 'Sales on Black Friday and Cyber Monday hit a record. Stores close on Good Friday.', publishedAt: '2023-06-16' });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['Black Friday', '2022-11-25'], ['Cyber Monday', '2022-11-28'], ['Good Friday', '2023-04-07']]);
  });

  it('"every other week" is a set of two weeks; "each other day" is no set; "the weekend" past on a Thursday is the last one', () => {
    const r = extractSync({
      text: 'The board meets every other week. They saw each other day after day. The minister resigned over the weekend. Protests are planned for the weekend.',
      publishedAt: '2022-06-16',
    });
    expect(r.dates.map((d) => [d.text, d.type, d.value])).toEqual([['every other week', 'SET', 'P2W'], ['the weekend', 'DATE', '2022-W23-WE'], ['the weekend', 'DATE', '2022-W24-WE']]);
  });

  it('"mid-July", "late-November", "early Tuesday", "the 4th of July", "3rd March": the whole extent and its day or month', () => {
    const r = extractSync({
      text: 'The meeting is scheduled for mid-July. Sales fell in late-November. The talks collapsed early Tuesday. He was born on the 12th of March 1950 and married on 3rd March.',
      publishedAt: '2021-06-16',
    });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([
      ['mid-July', '2021-07'], ['late-November', '2020-11'], ['early Tuesday', '2021-06-15'], ['the 12th of March 1950', '1950-03-12'], ['3rd March', '2021-03-03'],
    ]);
  });

  it('"midnight" in the past is the one that opened the day (the end of the day before); ahead, the one that ends it', () => {
    const r = extractSync({ text: 'Officials said the attack happened shortly after midnight. The ceasefire takes effect at midnight.', publishedAt: '2024-11-20' });
    expect(r.dates.map((d) => d.value)).toEqual(['2024-11-19T24:00', '2024-11-20T24:00']);
  });

  it('"the week ending Nov. 15", "the week ended Nov. 8" are one extent, the week that holds the day', () => {
    const r = extractSync({ text: 'In the week ending Nov. 15, claims fell. For the week ended Nov. 8, sales rose.', publishedAt: '2024-11-20' });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['the week ending Nov. 15', '2024-W46'], ['the week ended Nov. 8', '2024-W45']]);
  });

  it('a bare plural unit before "later" is a length, marked alone; before "ago" or "earlier" an undated past ("months later", "years ago")', () => {
    const r = extractSync({ text: 'He resigned months later. The city was a port years ago. Decades earlier, the law was passed.', publishedAt: '2024-11-20' });
    expect(r.dates.map((d) => [d.text, d.type, d.value])).toEqual([['months', 'DURATION', 'PXM'], ['years ago', 'DATE', 'PAST_REF'], ['Decades earlier', 'DATE', 'PAST_REF']]);
  });

  it('an abbreviated month takes a day with its ordinal suffix: "Nov 23rd", "Sept. 3rd, 2025"', () => {
    const r = extractSync({ text: 'The event is on Nov 23rd. The bill is due on Sept. 3rd, 2025.', publishedAt: '2024-11-20' });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['Nov 23rd', '2024-11-23'], ['Sept. 3rd, 2025', '2025-09-03']]);
  });

  it('"last" after "to" or a modal is the verb; "every two years" is a set; "forecast to" looks ahead', () => {
    const r = extractSync({
      text: 'Orders for durable goods, meant to last three years or more, rose. The strike could last weeks. The summit takes place every two years. The storm is forecast to hit on the weekend.',
      publishedAt: '2021-06-16',
    });
    expect(r.dates.map((d) => [d.text, d.type, d.value])).toEqual([
      ['three years', 'DURATION', 'P3Y'], ['weeks', 'DURATION', 'PXW'], ['every two years', 'SET', 'P2Y'], ['the weekend', 'DATE', '2021-W24-WE'],
    ]);
  });

  it('"the April-June quarter" is the second quarter; "the night of Oct. 23" is the day alone, as TimeBank marks it', () => {
    const r = extractSync({ text: 'Growth slowed in the April-June quarter. He was shot to death on the night of Oct. 23 at his home.', publishedAt: '1998-10-26' });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['the April-June quarter', '1998-Q2'], ['Oct. 23', '1998-10-23']]);
  });

  it('"FY24" is the fiscal year 2024, "H1 FY2024" its first half', () => {
    const r = extractSync({ text: 'Revenue rose 12% in FY24. Sales in H1 FY2024 were flat.', publishedAt: '2024-05-15' });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['FY24', '2024'], ['H1 FY2024', '2024-H1']]);
  });

  it('"the early hours of Sunday" is a time of night, no length: the day alone; "long hours" stays a duration', () => {
    const r = extractSync({ text: 'In the early hours of Sunday, a fire broke out. Nurses worked long hours.', publishedAt: '2021-06-16' });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['Sunday', '2021-06-13'], ['hours', 'PTXH']]);
  });

  it('"ET" is a time zone like "EST": "3 p.m. ET on Thursday" is that Thursday at 15:00', () => {
    const r = extractSync({ text: 'He will speak at 3 p.m. ET on Thursday.', publishedAt: '2019-04-03' });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['3 p.m. ET', '2019-04-04T15:00'], ['Thursday', '2019-04-04']]);
  });

  it('"the fourth quarter" in January is the year before\'s; "the last year" is a year long', () => {
    const r = extractSync({ text: 'AT&T announced a drop in profits for the fourth quarter. Ford posted a profit for the last year.', publishedAt: '1998-01-26' });
    expect(r.dates.map((d) => [d.text, d.type, d.value])).toEqual([['the fourth quarter', 'DATE', '1997-Q4'], ['the last year', 'DURATION', 'P1Y']]);
    expect(r.warnings).toEqual([]);
  });

  it('an all-number publication date ("03-02-2009") is read the way the dateline says', () => {
    const text = 'Automobile sales down sharply\n\nFebruary 03, 2009\n\nFord sales dropped 42% last month.';
    const r = extractSync({ text, publishedAt: '03-02-2009' });
    expect(r.article.referenceDate).toBe('2009-02-03');
    expect(r.warnings).toEqual([]);
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['February 03, 2009', '2009-02-03'], ['last month', '2009-01']]);
    const alone = extractSync({ text: 'Ford sales dropped 42% last month.', publishedAt: '03-02-2009' });
    expect(alone.article.referenceDate).toBe('2009-03-02');
    expect(alone.warnings.map((w) => w.code)).toContain('ingest/ambiguous-published-at');
  });

  it('takes the reference date from a wire dateline that writes the year', () => {
    const r = extractSync({ text: 'BEIJING, Jan 3, 2019 /Xinhua/ -- Premier Li Keqiang said on Thursday the economy was stable.' });
    expect([r.article.referenceDate, r.article.referenceSource]).toEqual(['2019-01-03', 'dateline']);
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['Jan 3, 2019', '2019-01-03'], ['Thursday', '2019-01-03']]);
  });

  it('takes the reference date from a dateline under the title', () => {
    const r = extractSync({ text: 'Apple releases iPhone SDK\n\nMarch 06, 2008\n\nApple released the kit on Thursday.' });
    expect(r.article.referenceSource).toBe('dateline');
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['March 06, 2008', '2008-03-06'], ['Thursday', '2008-03-06']]);
  });
});

describe('extents', () => {
  it.each([
    ['Kopp had been arrested in several states since 1990 for protesting.', [['1990', '1990']]],
    ['A 9-year-old boy was found on Friday.', [['Friday', '2019-03-29']]],
    ['The company pays a quarterly dividend.', []],
    ['Earnings fell from a year earlier in the third quarter.', [['a year earlier', '2018-Q1'], ['the third quarter', '2018-Q3']]],
    ['The bond matures in 30 years; a two-year note was sold.', [['30 years', 'P30Y'], ['two-year', 'P2Y']]],
    // A time and its day are one TIME; a time zone may stand between them.
    ['Hernandez was kidnapped at 10 p.m. Monday, police said.', [['10 p.m. Monday', '2019-04-01T22:00']]],
    ['Talks broke off at noon Tuesday.', [['noon Tuesday', '2019-04-02T12:00']]],
    ['The offer expires at 5 p.m. EST, April 9.', [['5 p.m. EST, April 9', '2019-04-09T17:00']]],
    ['GM filed for bankruptcy at 12:00 UTC Monday in New York.', [['12:00 UTC Monday', '2019-04-01T12:00Z']]],
    ['The Times said in an editorial on Monday, April 1: the court erred.', [['Monday, April 1', '2019-04-01']]],
    // Reporting periods: "the year ended March 31" is a year-long duration; quarters of a named year.
    ['Revenue was $76 million for the year ended March 31.', [['the year', 'P1Y'], ['March 31', '2019-03-31']]],
    ['In the first quarter of last year, GM lost $381 million.', [['the first quarter of last year', '2018-Q1']]],
    // "the near term", "in the long term": the future (not "short-term debt").
    ['We don\'t minimize the challenges of the near term, though short-term debt will fall in the long term.', [['the near term', 'FUTURE_REF'], ['the long term', 'FUTURE_REF']]],
    // A season after a preposition of time: in a past clause the latest begun, in a future one the next to come.
    ['Prices fell in the fall and slowed over the summer, before the fall in rents; talks will resume in the spring.', [['the fall', '2018-FA'], ['the summer', '2018-SU'], ['the spring', '2019-SP']]],
    // In a past clause a quarter not yet begun is last year's.
    ['Sales rose in the third quarter and will rise in the fourth quarter.', [['the third quarter', '2018-Q3'], ['the fourth quarter', '2019-Q4']]],
    // "fiscal" belongs to a quarter's and a year's extent.
    ['Delta earned a record in the fiscal first quarter, after the 2018 fiscal year; deficits rise through fiscal year 2025.', [['the fiscal first quarter', '2019-Q1'], ['the 2018 fiscal year', '2018'], ['fiscal year 2025', '2025']]],
    // The ends of a range lie in order, and a start without its year takes the end's.
    ['Growth slowed in the April-June period.', [['April', '2018-04'], ['June', '2018-06']]],
    ['Accounts rose from September to December 2014 and from Dec. 1 to March 31.', [['September', '2014-09'], ['December 2014', '2014-12'], ['Dec. 1', '2018-12-01'], ['March 31', '2019-03-31']]],
    // A month and day before "last/this/next year" take that year, as one extent.
    ['The tariffs took effect on July 1 last year; the next round starts Dec. 7 next year.', [['July 1 last year', '2018-07-01'], ['Dec. 7 next year', '2020-12-07']]],
    ['Ford made a profit in the final quarter of 2009.', [['the final quarter of 2009', '2009-Q4']]],
    ['Sales rose in the last half of 2018 and will fall in the first half of next year.', [['the last half of 2018', '2018-H2'], ['the first half of next year', '2020-H1']]],
    ['Net income in the quarter fell 5% from the 2018 quarter.', [['the quarter', '2019-Q1'], ['the 2018 quarter', '2018-Q1']]],
    ['Net income fell 5% from the quarter a year ago.', [['the quarter a year ago', '2018-Q1']]],
    ["Net sales for this year's third quarter rose from last year's quarter.", [["this year's third quarter", '2019-Q3'], ["last year's quarter", '2018-Q1']]],
    ['Apple settled its decades-long dispute; profits should recover by year end.', [['decades-long', 'PXY'], ['year end', '2019']]],
    // A capitalized time word after a word names a show or a paper; after a quote it opens a sentence.
    ['He told the New York Daily News on Friday that he appeared on “Saturday Night Live” and ABC\'s "This Week."', [['Friday', '2019-03-29']]],
    ['Trump told the hosts of "Morning Joe" he would win. "Now we see it," he said.', [['Now', 'PRESENT_REF']]],
    // "May" the verb and the name; the month after a preposition or before a day.
    ['Trump May Be Aligning With Adelson. Prime Minister Theresa May met him. May said she would stay.', []],
    ['The junta, which in May said it had freed them, meets again on Tuesday, May 7.', [['May', '2018-05'], ['Tuesday, May 7', '2019-05-07']]],
    ['He spoke a few weeks ago.', [['a few weeks ago', 'PAST_REF']]],
    // "later" counts from an event in the story: the length of time, without "later" (TimeBank: "Three days", P3D).
    ['Three days later, the index fell. Just over an hour later, he was dead. A decade later the plant closed.', [['Three days', 'P3D'], ['an hour', 'PT1H'], ['A decade', 'P10Y']]],
    // The article before a month goes with the noun after it; "that" after a verb opens a clause.
    ['In a March 12 letter, Brooks stated that Thursday\'s debate was a draw.', [['March 12', '2019-03-12'], ['Thursday', '2019-03-28']]],
    ['Golvach lost his 25 year-old son in a years-old feud.', [['a years-old', 'P1Y']]],
    // A unit paired with another by a preposition is a rate or a comparison, no time: neither unit is a timex.
    ['The day-to-day work stopped, and the quarter-to-quarter gain and the year-over-year rise were small; a day-long strike.', [['a day-long', 'P1D']]],
    // An age is no duration.
    ['Schwarz, 52 years old, will succeed him in two years.', [['two years', 'P2Y']]],
    // Decades without the century after "the"; an age is no decade.
    ['Detroit made boxy cars in the 70s and 80s.', [['the 70s', '197'], ['80s', '198']]],
    ['A woman in her early 30s was hurt.', []],
    // The second of two ages is an age; degrees are no decade.
    ['Many of the victims were in their 20s and 30s.', []],
    ['Temperatures dropped into the 30s overnight, and highs will stay in the 40s.', []],
    // Thousands written with commas; "at least" is the modifier TimeML keeps in the extent; a year before the year 1 is
    // the past.
    ['The drought is the worst in at least 1,200 years; humans arrived 12,000 years ago.', [['at least 1,200 years', 'P1200Y'], ['12,000 years ago', 'PAST_REF']]],
    // A decade may start on its apostrophe; a duration inside a hyphenated word.
    ["Prices rose in the ’90s and again in the '80s, after a two-year slump.", [['the ’90s', '199'], ["the '80s", '198'], ['two-year', 'P2Y']]],
    // Found by the stage's own patterns (wink-nlp's date entities are not used).
    ['Just minutes before House Bill 1523 was to take effect, the judge ruled.', [['minutes', 'PTXM']]],
    ['The plant built 1990 cars in 1990.', [['1990', '1990']]],
    ['Apple will release Lion in the fall of 2011, but prices may fall.', [['the fall of 2011', '2011-FA']]],
    ['May I ask? Sales began in March of 2008 and rose in May.', [['March of 2008', '2008-03'], ['May', '2018-05']]],
    ['The hearing lasted more than four hours, with a 24-hour break.', [['more than four hours', 'PT4H'], ['24-hour', 'PT24H']]],
    ['Elian will remain for two more weeks; it rained for three straight days.', [['two more weeks', 'P2W'], ['three straight days', 'P3D']]],
    ['He promised jobs by the year two thousand, after a loss in the 1988 second quarter.', [['the year two thousand', '2000'], ['the 1988 second quarter', '1988-Q2']]],
    // In an earnings report "a year earlier" is the quarter a year before, even in a sentence that names no quarter.
    ['Third-quarter profit rose 5%. Sales were $1 billion, up from $900 million a year earlier.', [['Third-quarter', '2018-Q3'], ['a year earlier', '2017-Q3']]],
    // "two days before" an event is a length of time; at the end of a clause it is a date.
    ['The software ships on June 17, two days before the phone launches.', [['June 17', '2019-06-17'], ['two days', 'P2D']]],
    // A clock time takes the day written right after it.
    ['GM filed for bankruptcy at 16:15 UTC, April 1st, in New York.', [['16:15 UTC', '2019-04-01T16:15Z'], ['April 1st', '2019-04-01']]],
    ['The blast occurred at 10:35 a.m. (0735 GMT) Friday. Talks begin at 7 a.m. local time on Monday.', [['10:35 a.m.', '2019-03-29T10:35'], ['Friday', '2019-03-29'], ['7 a.m.', '2019-04-08T07:00'], ['Monday', '2019-04-08']]],
    // A week of a month; a month of next year; a clock time takes no "the".
    ['Car sales rebounded in the last week of March.', [['the last week of March', '2019-W13']]],
    ['Dealers whose franchises end after October of next year will get a letter.', [['October of next year', '2020-10']]],
    ['Stocks fell after the 12:00 UTC announcement.', [['12:00 UTC', '2019-04-03T12:00Z']]],
    // Spoken years in broadcast transcripts; parts of a month.
    ['The company was founded in nineteen ninety-six and sold in January nineteen ninety-seven.', [['nineteen ninety-six', '1996'], ['January nineteen ninety-seven', '1997-01']]],
    ['Talks will resume in the middle of October.', [['the middle of October', '2019-10']]],
    ['NEW YORK, APRIL 1 - Shares rose on Friday.', [['APRIL 1', '2019-04-01'], ['Friday', '2019-03-29']]],
    // "the next year" is one year ahead; "the low 50s" a range of figures; "between now and" a date ahead.
    ['Costs will rise over the next year and the next decade; approval rose to the low 50s, not the 1950s.',
      [['the next year', 'P1Y'], ['the next decade', 'P10Y'], ['the 1950s', '195']]],
    ['Support could drop between now and Election Day.', [['now', 'PRESENT_REF'], ['Election Day', '2019-11-05']]],
    // A month right after a verb in the present lies ahead; a clock time takes the day written right before it.
    ['The trial begins in November; the data covers the period from January to March.', [['November', '2019-11'], ['January', '2019-01'], ['March', '2019-03']]],
    ['The comment was posted February 6, 2016 9:33PM and answered on Jan. 2 at 4:01 p.m.',
      [['February 6, 2016', '2016-02-06'], ['9:33PM', '2016-02-06T21:33'], ['Jan. 2', '2019-01-02'], ['4:01 p.m.', '2019-01-02T16:01']]],
    // A capitalized unit after a number inside a sentence names a show or a book, no length of time.
    ["Gonzalez said on CBS's ''60 Minutes'' that the movie 13 Hours lasts 144 minutes.", [['144 minutes', 'PT144M']]],
    // A greeting is no time; "one evening" is some day's evening, not today's.
    ['Good evening from Havana. Early one evening in June, the park filled. One recent afternoon, it rained. They met in the evening. On a recent evening, it snowed.',
      [['one evening', 'XXXX-XX-XXTEV'], ['June', '2018-06'], ['One recent afternoon', 'XXXX-XX-XXTAF'], ['evening', '2019-04-03TEV'], ['a recent evening', 'XXXX-XX-XXTEV']]],
  ])('%s', (text, expected) => {
    const r = extractSync({ text, publishedAt: '2019-04-03' });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual(expected);
  });
});

describe('holidays: the names in lexicons/holidays.json, with their week, weekend or year', () => {
  it.each([
    // Within a month ahead, and not in the past tense: the coming one.
    ['``Stopping clinic violence is going to be a major theme of our campaign from now to Election Day.\'\'', '1998-10-26', [['now', 'PRESENT_REF'], ['Election Day', '1998-11-03']]],
    // The week under way; Easter (the computus) on Sunday 2000-04-23 ends ISO week 16.
    ['Earlier Sunday, protesters prayed for divine help as Easter week began.', '2000-04-17', [['Sunday', '2000-04-16'], ['Easter week', '2000-W16']]],
    // A Monday holiday's weekend is the one before it.
    ['Stores were busy over the Labor Day weekend.', '2023-10-18', [['the Labor Day weekend', '2023-W35-WE']]],
    ['Talks will resume after the Thanksgiving holiday.', '2023-10-18', [['the Thanksgiving holiday', '2023-11-23']]],
    ['Churches held services on Good Friday and again at Easter 2018.', '2019-04-03', [['Good Friday', '2018-03-30'], ['Easter 2018', '2018-04-01']]],
    // The second Sunday of May (weekday 7 in holidays.json); the last Monday of May.
    ["Florists expect record sales for Mother's Day and Memorial Day.", '2023-05-01', [["Mother's Day", '2023-05-14'], ['Memorial Day', '2023-05-29']]],
    ['The Fourth of July parade was canceled in 2020.', '2021-01-10', [['Fourth of July', '2020-07-04'], ['2020', '2020']]],
    // Another calendar's New Year or Christmas is not the Gregorian one.
    ['Crowds gathered for the Lunar New Year and the Orthodox Christmas; New Year\'s Eve was quiet.', '2023-10-18', [["New Year's Eve", '2022-12-31']]],
    // Before a noun the holiday is a modifier: "the" goes with the noun.
    ['Apple posted strong results thanks to the Christmas sales.', '2007-01-17', [['Christmas', '2006-12-25']]],
  ])('%s', (text, publishedAt, expected) => {
    const r = extractSync({ text, publishedAt });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual(expected);
  });

  it('a holiday three months ahead at most, named with no tense, is the coming one: "keeping away from the polls on Election Day" in September', () => {
    const text = 'Some adoptees are keeping away from the polls on Election Day.';
    expect(extractSync({ text, publishedAt: '2016-09-04' }).dates.map((d) => d.value)).toEqual(['2016-11-08']);
    expect(extractSync({ text, publishedAt: '2016-04-04' }).dates.map((d) => d.value)).toEqual(['2015-11-03']);
  });

  it('a holiday is no person', () => {
    const r = extractSync({ text: 'Voters go to the polls on Election Day, and Good Friday services were canceled.', publishedAt: '2016-10-20' });
    expect(r.entities.map((e) => e.name)).toEqual([]);
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['Election Day', '2016-11-08'], ['Good Friday', '2016-03-25']]);
  });
});

describe('"the" before a modifying time', () => {
  it('A major factor in the third-quarter loss: the extent is "third-quarter"', () => {
    const r = extractSync({ text: 'A major factor in the third-quarter loss was the write-down of its stake.', publishedAt: '1989-10-26' });
    expect(r.dates.map((d) => [d.text, d.value])).toEqual([['third-quarter', '1989-Q3']]);
  });
});
