// Ingest: prepares the text for analysis without moving offsets: blanks control characters and web chrome,
// finds the title and the reference date (publishedAt, else a dateline, else the --published-at option).
import type { Document, IngestLayer } from '../../pipeline/document.js';
import type { Stage } from '../../pipeline/stage.js';
import type { Span, Warning } from '../../schema/record.js';
import { compiled } from '../../lexicons/compile.js';
import type { Lexicons } from '../../lexicons/index.js';
import { DATELINE_ISO, MONTHS, formatYmd, isValid, numericReadings, toReferenceDate } from '../../util/calendar.js';

interface ChromeRules { line: RegExp; tail: RegExp }

function chromeRules(lexicons: Lexicons): ChromeRules {
  return compiled(lexicons, 'ingest/chrome', (lex) => ({
    line: new RegExp(`^(?:${lex.chromeLines.join('|')})$`, 'i'),
    tail: new RegExp(`^(?:${lex.chromeTail.join('|')})$`, 'i'),
  }));
}

// Control characters, zero-width marks and non-breaking spaces become plain spaces: same length, same offsets.
const BLANKABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00a0\u200b-\u200d\u2028\u2029\ufeff\r\t]/g;

// Quotation marks typed as two characters (NYT's '' and TimeBank's ``): read as curly quotes.
// ("... with 'We'll bomb them,''' said McCain": three marks are a single quote's and a double quote's.)
const TWO_MARK_QUOTES = /'''|''|``/g;
const MAX_RUN = 512;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, 'g');

/** Whether a run of more than MAX_RUN characters with no space is there (a loop over char codes: the regular
 *  expression alone made the ingest stage 4x slower on news text, which holds none). */
function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) <= 32) run = 0;
    else if (++run > MAX_RUN) return true;
  }
  return false;
}

interface Line extends Span { trimmed: string }

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    out.push({ start, end, trimmed: text.slice(start, end).trim() });
    if (nl === -1) return out;
    start = nl + 1;
  }
}

function findChrome(allLines: Line[], rules: ChromeRules): Span[] {
  const chrome: Span[] = [];
  for (let i = 0; i < allLines.length; i++) {
    const line = allLines[i];
    if (!line.trimmed || line.trimmed.length > 300) continue;
    // "Most Popular", "Load more" end the article only near its end: the same words mid-text blank one line.
    const nearEnd = line.start >= allLines[allLines.length - 1].end * 0.8 || allLines.length - i <= 30;
    if (nearEnd && rules.tail.test(line.trimmed)) {
      chrome.push({ start: line.start, end: allLines[allLines.length - 1].end });
      break;
    }
    if (rules.line.test(line.trimmed)) chrome.push({ start: line.start, end: line.end });
  }
  return chrome;
}

function findTitle(text: string, allLines: Line[], given: string | null): Span | null {
  if (given) {
    const at = text.indexOf(given);
    return at >= 0 && at < 200 ? { start: at, end: at + given.length } : null;
  }
  // "US takes Chinese cyber rule frustration to WTO" then a blank line: a headline has no closing period.
  const first = allLines.findIndex((line) => line.trimmed.length > 0);
  if (first < 0) return null;
  const line = allLines[first];
  const next = allLines[first + 1];
  if (!next || next.trimmed.length > 0) return null;
  if (line.trimmed.length > 200 || /[.!?:"”]$/.test(line.trimmed)) return null;
  const offset = text.indexOf(line.trimmed, line.start);
  return { start: offset, end: offset + line.trimmed.length };
}

const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
// "March 06, 2008" or "Thursday, March 6, 2008" alone on a line; "LONDON 1996-08-30"; "2008-03-06".
const DATELINE_NAMED = new RegExp(`^(?:[A-Z][a-z]+day,?\\s+)?(${MONTH_NAMES})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})$`, 'i');

/** The first `n` lines that hold anything: where a dateline may stand. */
function leadLines(allLines: Line[], n: number): Line[] {
  const out: Line[] = [];
  for (const line of allLines) {
    if (out.length === n) break;
    if (line.trimmed) out.push(line);
  }
  return out;
}

function findDateline(text: string, allLines: Line[]): { span: Span; date: string } | null {
  for (const line of leadLines(allLines, 4)) {
    const named = DATELINE_NAMED.exec(line.trimmed);
    const iso = named ? null : DATELINE_ISO.exec(line.trimmed);
    const ymd = named
      ? { y: +named[3], m: MONTHS[named[1].toLowerCase()], d: +named[2] }
      : iso ? { y: +iso[2], m: +iso[3], d: +iso[4] } : null;
    if (ymd && isValid(ymd)) {
      const start = text.indexOf(line.trimmed, line.start);
      return { span: { start, end: start + line.trimmed.length }, date: formatYmd(ymd) };
    }
    // ("BEIJING, Jan 3, 2019 /Xinhua/ -- ...": a wire dateline that writes the year.)
    const wire = WIRE.exec(line.trimmed);
    const dated = wire?.[6] ? { y: +wire[6], m: MONTHS[wire[4].toLowerCase()], d: +wire[5] } : null;
    if (wire && dated && isValid(dated)) {
      const at = text.indexOf(line.trimmed, line.start) + wire[1].length + wire[2].length;
      const date = /[A-Z].*\d{4}/.exec(wire[3])!;
      return { span: { start: at + date.index, end: at + date.index + date[0].length }, date: formatYmd(dated) };
    }
  }
  return null;
}

// "KYIV, Ukraine (AP) — ", "WASHINGTON, March 13 (Reuters) - ", "BEIJING, Jan 3, 2019 /Xinhua/ -- ", "BEIJING — ": a
// place in capitals (and its region), a date, the agency in brackets or slashes, a dash.
const CAPITAL_MONTHS = MONTH_NAMES.split('|').map((m) => m[0].toUpperCase() + m.slice(1)).join('|');
const WIRE = new RegExp(`^([A-Z][A-Z.'’-]{2,}(?: [A-Z][A-Z.'’-]+){0,3})((?:, [A-Z][\\w.'’-]*(?: [A-Z][\\w.'’-]*){0,3}){0,2}?)((?:,? (${CAPITAL_MONTHS})\\.? (\\d{1,2})(?:,? (\\d{4}))?)?(?: (?:\\([A-Z][\\w.&' ]{0,30}\\)|/[A-Z][\\w.&' ]{0,30}/))?) +[—–-]{1,2} +`);

/** Capitals, regions and countries by their names in capitals: a dateline of the place alone ("BEIJING — ") names one. */
function wirePlaces(lexicons: Lexicons): Set<string> {
  return compiled(lexicons, 'ingest/wire-places', (lex) => new Set([
    ...lex.countries.flatMap((c) => [c.name, ...c.capitals]), ...Object.values(lex.seats).flat(), ...Object.values(lex.regions).flat(),
  ].map((name) => name.toUpperCase())));
}

function findWire(text: string, allLines: Line[], lexicons: Lexicons): IngestLayer['wire'] {
  for (const line of leadLines(allLines, 4)) {
    const m = WIRE.exec(line.trimmed);
    // (The place alone only when a known one: not a label, "IPO FILING -- Homegate Hospitality Inc.", "NOTE - ...".)
    if (!m || (!m[2] && !m[3] && !wirePlaces(lexicons).has(m[1]))) continue;
    const at = text.indexOf(line.trimmed, line.start);
    return { span: { start: at, end: at + m[0].length }, place: { start: at, end: at + m[1].length + m[2].length } };
  }
  return null;
}

export const ingest: Stage = {
  name: 'ingest',
  requires: [],
  provides: ['ingest'],
  run(doc: Document): Partial<Document> {
    const { text, meta, options } = doc;
    const warnings: Warning[] = [];
    let analysisText = text.replace(BLANKABLE, ' ').replace(TWO_MARK_QUOTES, (m, at: number, whole: string) => {
      // ''Like this,'' and ``like this'': an opening pair becomes “ + space, a closing pair space + ” (same length).
      const before = at > 0 ? whole[at - 1] : ' ';
      const opening = m === '``' || /[\s(\[—-]/.test(before);
      if (m === "'''") return opening ? "“ '" : "' ”";
      return opening ? '“ ' : ' ”';
    });
    // A run of more than 512 characters with no space (encoded data, a pasted blob) is no word: the tagger's
    // abbreviation test takes time by the square of a token's length (200,000 letters took 64 s), so such runs get a
    // space every 512 characters, in place.
    let split = 0;
    if (hasLongRun(analysisText)) analysisText = analysisText.replace(LONG_RUN, (run) => {
      split++;
      const chars = run.split('');
      for (let k = MAX_RUN; k < chars.length; k += MAX_RUN + 1) if (!/[\ud800-\udfff]/.test(chars[k])) chars[k] = ' ';
      return chars.join('');
    });
    if (split > 0) {
      warnings.push({ code: 'ingest/long-run', severity: 'warning', stage: 'ingest', message: `${split} run(s) of more than ${MAX_RUN} characters with no space (encoded data?) were read as ${MAX_RUN}-character pieces` });
    }
    if (analysisText.length > options.maxChars) {
      // Cut at the last paragraph or sentence end before the limit, so no sentence is analysed half.
      const window = analysisText.slice(0, options.maxChars);
      const cut = Math.max(window.lastIndexOf('\n'), window.lastIndexOf('. ') + 1, Math.floor(options.maxChars * 0.9));
      analysisText = analysisText.slice(0, cut);
      warnings.push({
        code: 'ingest/truncated', severity: 'warning', stage: 'ingest',
        message: `text is ${text.length} characters; only the first ${cut} were analysed (maxChars ${options.maxChars})`,
        span: { start: cut, end: text.length },
      });
    }
    const allLines = lines(analysisText);
    const chrome = findChrome(allLines, chromeRules(options.lexicons));
    if (chrome.length > 0) {
      const parts: string[] = [];
      let at = 0;
      for (const span of chrome) {
        parts.push(analysisText.slice(at, span.start), analysisText.slice(span.start, span.end).replace(/[^\n]/g, ' '));
        at = span.end;
      }
      parts.push(analysisText.slice(at));
      analysisText = parts.join('');
    }
    const title = findTitle(text, allLines, meta.title);
    const dateline = findDateline(text, allLines);
    let referenceDate: string | null = null;
    let referenceSource: IngestLayer['referenceSource'] = 'none';
    if (meta.publishedAt) {
      referenceDate = toReferenceDate(meta.publishedAt);
      if (referenceDate) referenceSource = 'publishedAt';
      else warnings.push({ code: 'ingest/bad-published-at', severity: 'warning', stage: 'ingest', message: `publishedAt "${meta.publishedAt}" is not a date; ignored` });
      // "03-02-2009": month or day first? The dateline in the text decides; without one, month first, with a warning.
      const readings = numericReadings(meta.publishedAt);
      if (readings.length > 1) {
        if (dateline && readings.includes(dateline.date)) referenceDate = dateline.date;
        else warnings.push({ code: 'ingest/ambiguous-published-at', severity: 'warning', stage: 'ingest', message: `publishedAt "${meta.publishedAt}" reads as ${readings.join(' or ')}; taken as ${referenceDate}` });
      }
    }
    if (!referenceDate && dateline) {
      referenceDate = dateline.date;
      referenceSource = 'dateline';
    }
    if (!referenceDate && options.publishedAt) {
      referenceDate = toReferenceDate(options.publishedAt);
      if (referenceDate) referenceSource = 'option';
    }
    if (!referenceDate) {
      warnings.push({
        code: 'dates/no-reference-date', severity: 'warning', stage: 'ingest',
        message: 'no publication date (publishedAt, dateline or --published-at): relative dates stay underspecified (XXXX-...)',
      });
    }
    return {
      ingest: { analysisText, title, chrome, referenceDate, referenceSource, dateline: dateline?.span ?? null, wire: findWire(text, allLines, options.lexicons) },
      warnings,
    };
  },
};
