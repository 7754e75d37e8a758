// Ingest: web chrome blanked without moving offsets, titles found.
import { describe, expect, it } from 'vitest';
import { analyze, extractSync } from '../../src/index.js';
import { SEED_B, seedDoc, seedText } from '../helpers.js';

describe('ingest', () => {
  const doc = seedDoc(SEED_B);
  const text = seedText(SEED_B);

  it('keeps the analysis text as long as the original', () => {
    expect(doc.ingest!.analysisText.length).toBe(text.length);
  });

  it('blanks the comment notice, tags and "Load more", and nothing of the article', () => {
    const blanked = doc.ingest!.chrome.map((s) => text.slice(s.start, s.end).split('\n')[0]);
    expect(blanked).toEqual(['Tags John Kerry', 'The Hill has removed its comment section, as there are many other forums for readers to participate in the conversation. We invite you to join the discussion on Facebook and Twitter.', 'Most Popular']);
    expect(doc.ingest!.analysisText).not.toContain('Load more');
    expect(doc.ingest!.analysisText).toContain('— Updated 5:04 p.m.');
  });

  it('finds the headline as title', () => {
    expect(doc.ingest!.title).toEqual({ start: 0, end: 46 });
  });

  it("reads '' and `` as curly quotes, and three marks as a single quote's and a double quote's", () => {
    const d = analyze({ text: "''Not with 'We'll bomb them,''' said McCain. He wrote: '''Yes' is not enough,'' he said." });
    expect(d.ingest!.analysisText).toBe("“ Not with 'We'll bomb them,' ” said McCain. He wrote: “ 'Yes' is not enough, ” he said.");
  });

  it('blanks control characters in place', () => {
    const d = analyze({ text: 'Obama\u0000met\tPutin\r\nin Moscow.' });
    expect(d.ingest!.analysisText).toBe('Obama met Putin \nin Moscow.');
  });
});

describe('web chrome in the middle of a text', () => {
  it('"Most Popular" blanks the rest only near the end of the text', () => {
    const body = Array.from({ length: 60 }, (_, i) => `Paragraph ${i} says the minister met envoys in Paris.`).join('\n');
    const text = `Headline\n\nMost Popular\n${body}`;
    const d = analyze({ text });
    expect(d.ingest!.chrome).toEqual([{ start: 10, end: 22 }]);
    expect(d.ingest!.analysisText.endsWith('Paragraph 59 says the minister met envoys in Paris.')).toBe(true);
  });
});

describe('wire datelines', () => {
  const wire = (text: string) => {
    const w = analyze({ text, publishedAt: '2024-03-14' }).ingest!.wire;
    return w && [text.slice(w.span.start, w.span.end), text.slice(w.place.start, w.place.end)];
  };

  it.each([
    ['KYIV, Ukraine (AP) — Russian drones pounded the grid.', ['KYIV, Ukraine (AP) — ', 'KYIV, Ukraine']],
    ['WASHINGTON, March 13 (Reuters) - The Senate passed a bill.', ['WASHINGTON, March 13 (Reuters) - ', 'WASHINGTON']],
    ['BEIJING, Jan 3, 2019 /Xinhua/ -- Premier Li Keqiang said the economy was stable.', ['BEIJING, Jan 3, 2019 /Xinhua/ -- ', 'BEIJING']],
    // A place alone only when it is a known capital, region or country; not a label.
    ['BEIJING — China said it would respond.', ['BEIJING — ', 'BEIJING']],
    ['IPO FILING -- Homegate Hospitality Inc. filed for an offering.', null],
    ['NOTE - Jeans Mate Corp is the full company name.', null],
  ])('%s', (text, expected) => {
    expect(wire(text)).toEqual(expected);
  });

  it('makes the place a location named as in a sentence, and is no part of the reported words', () => {
    const r = extractSync({ text: "KYIV, Ukraine (AP) — Russian drones pounded Ukraine's energy grid overnight, officials said Friday.", publishedAt: '2023-11-24' });
    expect(r.entities.slice(0, 2).map((e) => [e.type, e.name])).toEqual([['location', 'Kyiv'], ['location', 'Ukraine']]);
    expect(r.claims.map((c) => c.content.text)).toEqual(["Russian drones pounded Ukraine's energy grid overnight"]);
  });
});

describe('a run of characters with no space', () => {
  it('is read in 512-character pieces, in place, with a warning (the tagger takes time by the square of a word)', () => {
    const blob = 'QUJD'.repeat(300);
    const doc = analyze({ text: `The file was ${blob} and more.`, publishedAt: '2024-03-14' });
    const text = doc.ingest!.analysisText;
    expect(text.length).toBe(`The file was ${blob} and more.`.length);
    expect(text.slice(13).split(' ').slice(0, 3).map((w) => w.length)).toEqual([512, 512, 174]);
    expect(doc.warnings.map((w) => w.code)).toContain('ingest/long-run');
  });
});
