// Tokens and sentences: exact offsets and the splits wink-nlp makes that the tokens stage takes back.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, extractSync } from '../../src/index.js';
import { analyse, analyseWithApi } from '../../src/util/wink.js';

const sentences = (text: string) => {
  const doc = analyze({ text, publishedAt: '2016-01-31' });
  return doc.sentences!.map((s) => text.slice(s.start, s.end));
};

describe('sentences', () => {
  it.each([
    // An abbreviation before a name, a bracketed party and "vs." end no sentence.
    ['Sen. Marco Rubio (R-Fla.), who spoke first, said the U.S. would act. He left.', ['Sen. Marco Rubio (R-Fla.), who spoke first, said the U.S. would act.', 'He left.']],
    ['In January, a week after the Roe vs. Wade anniversary, a bomb exploded. Police came.', ['In January, a week after the Roe vs. Wade anniversary, a bomb exploded.', 'Police came.']],
    // A question inside a quotation goes on with its attribution; a line break ends a headline.
    ['“Does China exclude them?” the document asked.\nTrade talks resume', ['“Does China exclude them?” the document asked.', 'Trade talks resume']],
    // A web address's dot ends no sentence.
    ['Mike Purdy runs the presidentialhistory.com website. He spoke.', ['Mike Purdy runs the presidentialhistory.com website.', 'He spoke.']],
    // "no." ends an answer before a capitalized word; "No. 2" and "no. 5" are numbers.
    ['The answer was no. Officials said the deal was off. He is No. 2 in the party, no. 5 overall.',
      ['The answer was no.', 'Officials said the deal was off.', 'He is No. 2 in the party, no. 5 overall.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('token offsets point into the original text', () => {
    const text = 'Premier Li Keqiang  met “Mnuchin” on Wednesday.';
    const doc = analyze({ text, publishedAt: '2019-04-03' });
    for (const t of doc.tokens!) expect(text.slice(t.start, t.end)).toBe(t.value);
    expect(doc.tokens!.map((t) => t.value)).toEqual(['Premier', 'Li', 'Keqiang', 'met', '“', 'Mnuchin', '”', 'on', 'Wednesday', '.']);
  });
});

describe('part-of-speech corrections', () => {
  it('a past tense the model does not know, between a name and an object, is a verb with its lemma', () => {
    const doc = analyze({ text: 'Cruz belittled the issue. Kerpen needled the reporter. Rubio ripped Trump. The belittled man left.', publishedAt: '2016-01-31' });
    const at = (w: string) => doc.tokens!.filter((t) => t.value === w).map((t) => [t.pos, t.lemma]);
    expect(at('belittled')).toEqual([['VERB', 'belittle'], ['ADJ', 'belittled']]);
    expect(at('needled')).toEqual([['VERB', 'needle']]);
  });

  it('a capitalized word read as a verb before a name or a capitalized noun, after a word in lower case or a closed quotation, is a name ("Fed Chair", "spokesman Josh Earnest"); not in a title-case headline ("Trump Says Biden", "Not to Indict Hillary")', () => {
    const doc = analyze({ text: '"Rates have peaked," Fed Chair Jerome Powell told reporters. White House spokesman Josh Earnest said so.\nTrump Says Biden Is Weak\nFBI Decision Not to Indict Hillary', publishedAt: '2016-01-31' });
    const pos = (w: string) => doc.tokens!.find((t) => t.value === w)!.pos;
    expect(['Fed', 'Josh', 'Says', 'Indict'].map(pos)).toEqual(['PROPN', 'PROPN', 'VERB', 'VERB']);
    expect(extractSync({ text: '"We believe that rates have peaked," Fed Chair Jerome Powell told reporters.', publishedAt: '2024-03-20' }).claims.map((c) => [c.speaker?.text, c.cue.text]))
      .toEqual([['Fed Chair Jerome Powell', 'told']]);
  });

  it('restores the silent "e" the model strips from a verb of one syllable ("fined" is "fine", not "fin"); a doubled consonant or two vowels keep the lemma', () => {
    const doc = analyze({ text: 'Regulators fined the bank. They staged a protest and are rating it. He stopped and rained and bused them.', publishedAt: '2016-01-31' });
    const lemma = (w: string) => doc.tokens!.find((t) => t.lower === w)!.lemma;
    expect(['fined', 'staged', 'rating', 'stopped', 'rained', 'bused'].map(lemma)).toEqual(['fine', 'stage', 'rate', 'stop', 'rain', 'bus']);
  });

  it('so after a subject pronoun, and before a short prepositional phrase and "that"; not after a possessive', () => {
    const doc = analyze({ text: 'Schneiderman alleged in the suit that Trump earned $5 million. It is up from the 1 percent who preferred him. It is one of his preferred methods. Schneiderman alleged in the suit.', publishedAt: '2016-01-31' });
    const at = (w: string) => doc.tokens!.filter((t) => t.value === w).map((t) => [t.pos, t.lemma]);
    expect(at('alleged')).toEqual([['VERB', 'allege'], ['ADJ', 'alleged']]);
    expect(at('preferred')).toEqual([['VERB', 'prefer'], ['ADJ', 'preferred']]);
  });

  it('a participle read as a noun or an adjective after a comma and before "that" and a clause is a verb: "warning", "promising"', () => {
    const doc = analyze({ text: 'The firm missed the deadline, warning that it could default. The mayor opened the bridge, promising that it would carry traffic. The warning came late.', publishedAt: '2016-01-31' });
    const at = (w: string) => doc.tokens!.filter((t) => t.lower === w).map((t) => [t.pos, t.lemma]);
    expect(at('warning')).toEqual([['VERB', 'warn'], ['NOUN', 'warning']]);
    expect(at('promising')).toEqual([['VERB', 'promise']]);
    expect(extractSync({ text: 'The firm said it would miss the deadline, warning that it could default.', publishedAt: '2016-01-31' }).claims.map((c) => [c.speaker?.text, c.cue.text, c.content.text]))
      .toEqual([['The firm', 'said', 'it would miss the deadline'], ['The firm', 'warning', 'that it could default']]);
  });

  it('a participle read as a noun after a comma and before a determiner, pronoun or name is a verb; before a noun it may modify it', () => {
    const text = '"They will use anything," Trump said, mocking the concerns. Prices rose, housing prices most of all.';
    const doc = analyze({ text, publishedAt: '2016-01-31' });
    const at = (w: string) => doc.tokens!.filter((t) => t.lower === w).map((t) => [t.pos, t.lemma]);
    expect(at('mocking')).toEqual([['VERB', 'mock']]);
    expect(at('housing')[0][0]).not.toBe('VERB');
    expect(extractSync({ text, publishedAt: '2016-01-31' }).claims.map((c) => [c.speaker?.text, c.cue.text, c.content.text]))
      .toEqual([['Trump', 'said', '"They will use anything,"'], ['Trump', 'mocking', 'the concerns']]);
  });

  it('a capitalized word read as a verb right before a verb in lower case is a name: "And Skelly called", "Ford said"; not a sentence\'s first word', () => {
    const text = 'And Skelly called Braynard a smart guy. The lawyers said Ford said it would appeal. Say it again.';
    const doc = analyze({ text, publishedAt: '2016-01-31' });
    const at = (w: string) => doc.tokens!.filter((t) => t.value === w).map((t) => t.pos);
    expect([...at('Skelly'), ...at('Ford'), ...at('Say')]).toEqual(['PROPN', 'PROPN', 'VERB']);
    expect(extractSync({ text, publishedAt: '2016-01-31' }).claims.map((c) => [c.speaker?.text, c.cue.text])).toEqual([['Skelly', 'called'], ['The lawyers', 'said'], ['Ford', 'said']]);
  });

  it('a capitalized word read as a verb before a possessive is a name: "the market weighed Dole\'s proposal"', () => {
    const text = 'President Clinton, Bob Dole and Ross Perot are on the road. This week, the market weighed Dole\'s proposal.';
    const doc = analyze({ text, publishedAt: '1996-08-30' });
    expect(doc.tokens!.find((t) => t.value === 'Dole' && t.start > text.indexOf('weighed'))?.pos).toBe('PROPN');
    expect(extractSync({ text, publishedAt: '1996-08-30' }).entities.find((e) => e.name === 'Bob Dole')?.mentions.map((m) => m.text)).toEqual(['Bob Dole', 'Dole']);
  });
});

describe('wink-nlp reading', () => {
  // analyse reads wink-nlp's packed token array directly (one pass instead of one out() per property): it must give
  // exactly what the public API gives, including contractions, non-breaking spaces and line breaks.
  it('reads what the public API reads', () => {
    const texts = readdirSync('seeds').map((f) => readFileSync(join('seeds', f), 'utf8'));
    expect(texts.length).toBe(2);
    texts.push("He can't go.\u00a0\u00a0Really?\n\nShe won't.", '');
    for (const text of texts) expect(analyse(text)).toEqual(analyseWithApi(text));
  });

  it('gives a word read before with another part of speech the lemma of this one ("saw" as a verb, then as a noun)', () => {
    expect(analyse('They saw it.').lemmas).toEqual(['they', 'see', 'it', '.']);
    expect(analyse('He bought a saw.').lemmas).toEqual(['he', 'buy', 'a', 'saw', '.']);
    expect(analyse('Both leaves left.').lemmas).toEqual(['both', 'leaf', 'leave', '.']);
  });

  it('keeps lower cases and lemmas right for a document that teaches more new words than the instance has room for', () => {
    // 130,000 new words in one text: more than the 100,000 learned words kept before a fresh instance is built.
    const letters = (i: number): string => (i < 26 ? '' : letters(Math.floor(i / 26) - 1)) + String.fromCharCode(97 + (i % 26));
    const words = Array.from({ length: 130_000 }, (_, i) => `Qx${letters(i)}`);
    const a = analyse(`${words.join(' ')} They saw it.`);
    expect(a.lowers.length).toBe(130_004);
    expect(a.lowers.slice(0, 2)).toEqual(['qxa', 'qxb']);
    expect(a.lowers.slice(129_999)).toEqual(['qxgjgz', 'they', 'saw', 'it', '.']);
    expect(a.lemmas.slice(-4)).toEqual(['they', 'see', 'it', '.']);
    expect(analyse('Qxgjgz met APPLE.').lowers).toEqual(['qxgjgz', 'met', 'apple', '.']);
  });

  it('gives each word its lower case however often the word was read before ("APPLE" after "Apple")', () => {
    expect(analyse('Apple sued Apple.').lowers).toEqual(['apple', 'sued', 'apple', '.']);
    expect(analyse('APPLE and Apple.').lowers).toEqual(['apple', 'and', 'apple', '.']);
  });

  it('gives values, lower cases, spaces, tags, lemmas and sentences', () => {
    const a = analyse("He can't go.\u00a0 They met.");
    expect(a.values).toEqual(['He', 'ca', "n't", 'go', '.', 'They', 'met', '.']);
    expect(a.lowers).toEqual(['he', 'ca', "n't", 'go', '.', 'they', 'met', '.']);
    expect(a.spaces).toEqual([0, 1, 0, 1, 0, 2, 1, 0]);
    expect(a.pos).toEqual(['PRON', 'AUX', 'PART', 'VERB', 'PUNCT', 'PRON', 'VERB', 'PUNCT']);
    expect(a.lemmas).toEqual(['he', 'can', 'not', 'go', '.', 'they', 'meet', '.']);
    expect(a.sentences).toEqual([[0, 4], [5, 7]]);
  });
});

describe('a text with no sentence ends', () => {
  it('is cut into sentences of at most 400 tokens, after a comma where one is near the limit', () => {
    const text = 'the senator said that the plan would work, '.repeat(100);
    const doc = analyze({ text, publishedAt: '2024-03-14' });
    const lengths = doc.sentences!.map((s) => s.lastToken - s.firstToken);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(400);
    expect(lengths.reduce((a, b) => a + b, 0)).toBe(doc.tokens!.length);
    expect(doc.sentences!.slice(0, -1).every((s) => doc.tokens![s.lastToken - 1].value === ',')).toBe(true);
  });
});
