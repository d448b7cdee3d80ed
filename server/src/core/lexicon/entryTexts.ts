// Finds where each entry of a lexicon's `terms:` list is written, so that an edit in one entry re-parses that entry alone.

/**
 * A lexicon file cut at its entries: the text before the first one (`title:`, `description:`, `terms:`), then each
 * entry from its `- ` line to the next one's (comments and blank lines after an entry go with it).
 */
export interface EntryTexts {
  /** Where the first entry starts: the text before it is the head. */
  readonly headEnd: number;
  /** Where each entry starts; it ends where the next one starts, the last one at the end of the text. */
  readonly starts: readonly number[];
}

/**
 * Cuts the layout every lexicon this project writes or documents has: root keys, then `terms:` on a line of its own
 * and its entries to the end of the file, each `- ` at one indentation with every other line of the entry indented
 * deeper. Anything else (a root key after the entries, a flow list `terms: [...]`, a line that leaves the list,
 * text at the entries' indentation that is not an entry) gives undefined, and the file is parsed whole.
 *
 * A cut can still fall inside something YAML reads across lines (a quoted text or a flow list broken over lines
 * where a line starts with `- ` at the entries' indentation); the entry parsed alone then has a syntax error, and
 * the caller parses the file whole.
 */
export function cutIntoEntries(text: string): EntryTexts | undefined {
  // YAML also breaks lines at a carriage return alone; the lines here are cut at line feeds, with a return before one.
  if (LONE_RETURN.test(text)) return undefined;
  let lineStart = 0;
  let headEnd = -1;
  let indent = -1;
  let sawTermsKey = false;
  const starts: number[] = [];
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (!sawTermsKey) {
      sawTermsKey = isTermsKeyLine(text, lineStart, lineEnd);
    } else {
      let first = lineStart;
      while (first < lineEnd && text.charCodeAt(first) === 32) first++;
      const c = first < lineEnd ? text.charCodeAt(first) : -1;
      // Blank lines and comments belong to the entry before them (or to the head).
      if (!(c === -1 || c === 13 || c === 35)) {
        const column = first - lineStart;
        const isItem = c === 45 && (first + 1 === lineEnd || text.charCodeAt(first + 1) === 32 || text.charCodeAt(first + 1) === 13);
        if (indent < 0) {
          if (!isItem) return undefined;
          indent = column;
          headEnd = lineStart;
          starts.push(lineStart);
        } else if (column === indent && isItem) starts.push(lineStart);
        else if (column <= indent) return undefined;
      }
    }
    lineStart = lineEnd + 1;
  }
  return starts.length > 0 ? { headEnd, starts } : undefined;
}

const LONE_RETURN = /\r(?!\n)/;

/** True for `terms:` at the start of the line with nothing after it but spaces and a comment. */
function isTermsKeyLine(text: string, start: number, end: number): boolean {
  if (!text.startsWith('terms:', start)) return false;
  let i = start + 6;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 13)) i++;
  return i === end || (text.charCodeAt(i) === 35 && text.charCodeAt(i - 1) === 32);
}
