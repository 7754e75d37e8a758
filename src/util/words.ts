// Words: their count as benchmarks and summaries report it, and the shapes the stages test.
/** Word count as benchmarks and summaries report it: runs of non-white-space characters. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

// Word shapes the stages test token by token, made once: a regular expression literal is a new object each time it is
// evaluated, and inside a loop over tokens that is one per token. (A word's first letter in upper or lower case:
// upperAt and lowerAt of util/headline.)
/** A past tense or participle: "needled", "alleged". */
export const ENDS_ED = /[a-z]ed$/;
/** A present participle or gerund: "warning", "saying". */
export const ENDS_ING = /[a-z]ing$/;
/** A capital, then a lower-case letter: "Obama", not "NATO". */
export const CAPITALIZED = /^[A-Z][a-z]/;

/** Opening quotation marks as tokens: '"', '“', and the two apostrophes or backquotes of NYT and AP text. */
export const OPEN_QUOTES: ReadonlySet<string> = new Set(['"', '“', "''", '``']);
/** Closing quotation marks as tokens: '"', '”', and NYT's two apostrophes. */
export const CLOSE_QUOTES: ReadonlySet<string> = new Set(['"', '”', "''"]);
