// Reads a lexicon entry in the plain layout into the YAML library's nodes without its parser, or says it cannot.

import { Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/**
 * The entry `text` (one `- ` item of the `terms:` list, as `cutIntoEntries` cuts it) as the nodes the YAML library
 * gives for it: the item's mapping, with the same values and the same ranges. Undefined for anything outside the
 * plain layout, which the caller then parses with the library.
 *
 * The plain layout is what lexicons are written in, by hand and by `toLexiconYaml`: `key: value` lines at one
 * column, the value plain text (which may go on over deeper lines), `"double"` (without escapes) or `'single'`
 * quoted text, a flow list `[a, "b"]` of such texts (which may go on over deeper lines too) or a folded text (`>-`,
 * then lines at one indentation); or, after a key alone on its line, a block list (`- a` lines) or a mapping of such
 * values (`fr: ...` lines), one level deep. Blank lines may stand anywhere, and comment lines left of the keys.
 * Anything else, from a comment after a value, a tab or an escape to a block text (`|`), a key written twice or a
 * plain value that YAML reads as a number, is left to the library: that is why this reader can be small and still
 * give exactly what the library gives (the tests hold it to that, node by node). The 2,000-term benchmark lexicon
 * reads in about 24 ms instead of 80, and in about 100 ms instead of 250 in a server that has just started.
 */
export function readPlainEntry(text: string): YAMLMap | undefined {
  if (ODD_CHARACTER.test(text)) return undefined;
  return new PlainEntryReader(text).read();
}

/**
 * What the plain layout never has and YAML reads in ways of its own: tabs, control and other non-printable
 * characters, a byte order mark, a carriage return that does not end a line, and the line and paragraph separators.
 */
const ODD_CHARACTER = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|\r(?!\n)/;

/**
 * Plain values that YAML's core schema reads as null, a boolean or a number (the lexicon reader would then read
 * their source, or nothing): such a value is left to the library.
 */
const NOT_TEXT = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

/** A key of the plain layout: a name (a key that YAML reads as null or a boolean is excluded with `NOT_TEXT`). */
const KEY = /[A-Za-z][A-Za-z0-9_]*/y;

/** One line of the entry that is not blank. */
interface Line {
  /** Where its first character that is not a space is (its indentation is `first - start`). */
  readonly first: number;
  readonly start: number;
  /** Where its text ends, before the line break. */
  readonly end: number;
  /** Where the next line starts (after the line break), or the end of the text. */
  readonly next: number;
}

/** A value read: its node, and where the node ends for YAML (past its last line's trailing spaces and line break). */
interface ReadValue {
  readonly node: Scalar | YAMLSeq | YAMLMap;
  readonly nodeEnd: number;
}

const SPACE = 32;
const DASH = 45;
const COLON = 58;
const HASH = 35;

class PlainEntryReader {
  /** The lines that are not blank, comments taken out once the key column is known (see `read`). */
  private lines: Line[] = [];

  constructor(private readonly text: string) {
    for (let start = 0; start < text.length; ) {
      let next = text.indexOf('\n', start);
      next = next < 0 ? text.length : next + 1;
      let end = next;
      if (end > start && text.charCodeAt(end - 1) === 10) end--;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
      let first = start;
      while (first < end && text.charCodeAt(first) === SPACE) first++;
      if (first < end) this.lines.push({ first, start, end, next });
      start = next;
    }
  }

  read(): YAMLMap | undefined {
    const { lines, text } = this;
    if (lines.length === 0) return undefined;
    // The dash, then at least one space, then the first key: the other keys stand at its column.
    const head = lines[0];
    if (text.charCodeAt(head.first) !== DASH || text.charCodeAt(head.first + 1) !== SPACE) return undefined;
    let keyStart = head.first + 1;
    while (keyStart < head.end && text.charCodeAt(keyStart) === SPACE) keyStart++;
    const column = keyStart - head.start;
    // Comment lines are skipped where they change no range YAML gives: left of the keys, as the comments between
    // groups of entries stand. At the keys' column or deeper, YAML may count one into a list's range: left to it.
    const content: Line[] = [];
    for (const line of lines) {
      if (text.charCodeAt(line.first) !== HASH) content.push(line);
      else if (line.first - line.start >= column) return undefined;
    }
    this.lines = content;
    const map = new YAMLMap();
    const keys = new Set<string>();
    let mapEnd = 0;
    for (let i = 0; i < content.length; ) {
      const line = content[i];
      const from = i === 0 ? keyStart : line.first;
      if (from - line.start !== column) return undefined;
      const field = this.readField(from, i, column, keys, true);
      if (field === undefined) return undefined;
      map.items.push(field.pair);
      mapEnd = field.nodeEnd;
      i = field.nextLine;
    }
    map.range = [keyStart, mapEnd, mapEnd];
    return map;
  }

  /**
   * The `key: value` at `from` on line `index`, a key at `column`: the value on the key's line (a plain text may go on
   * over deeper lines, a folded text and a flow list start there), or, where `blockAllowed` and the key is alone on
   * its line, the block list or mapping, or the flow list, on the lines after it.
   */
  private readField(from: number, index: number, column: number, keys: Set<string>, blockAllowed: boolean): { pair: Pair; nodeEnd: number; nextLine: number } | undefined {
    const { lines } = this;
    const line = lines[index];
    const key = this.readKey(from, line.end, keys);
    if (key === undefined) return undefined;
    const valueStart = this.skipSpaces(key.afterColon, line.end);
    let read: { value: ReadValue; nextLine: number } | undefined;
    if (valueStart < line.end) {
      read = this.isFoldedHeader(valueStart, line.end) ? this.readFolded(valueStart, index + 1, column) : this.readValue(valueStart, index, column, true);
    } else if (blockAllowed) {
      // A key alone on its line: a block list or mapping follows, or a flow list that starts on the next line.
      const next = lines[index + 1];
      const startsList = next !== undefined && this.indentOf(next) > column && this.text.charCodeAt(next.first) === 91;
      read = startsList ? this.readValue(next.first, index + 1, column, true) : this.readBlock(index + 1, column);
    }
    if (read === undefined) return undefined;
    return { pair: new Pair(key.node, read.value.node), nodeEnd: read.value.nodeEnd, nextLine: read.nextLine };
  }

  /** A block list or mapping starting at line `from`, under a key at `column`; undefined outside the layout. */
  private readBlock(from: number, column: number): { value: ReadValue; nextLine: number } | undefined {
    const { lines } = this;
    if (from >= lines.length) return undefined;
    const first = lines[from];
    const indent = this.indentOf(first);
    const isList = this.isItem(first);
    if (indent < column || (indent === column && !isList)) return undefined;
    const collection = isList ? new YAMLSeq() : new YAMLMap();
    const keys = new Set<string>();
    let nodeEnd = 0;
    let i = from;
    while (i < lines.length) {
      const line = lines[i];
      const lineIndent = this.indentOf(line);
      // A list at the key's own column goes on while its items do.
      if (lineIndent < column || (lineIndent === column && !(indent === column && this.isItem(line)))) break;
      if (lineIndent !== indent) return undefined;
      if (isList) {
        if (!this.isItem(line)) return undefined;
        const valueStart = this.skipSpaces(line.first + 1, line.end);
        if (valueStart === line.end) return undefined;
        const item = this.readValue(valueStart, i, indent, false);
        if (item === undefined) return undefined;
        (collection as YAMLSeq).items.push(item.value.node);
        nodeEnd = item.value.nodeEnd;
        i = item.nextLine;
      } else {
        const field = this.readField(line.first, i, indent, keys, false);
        if (field === undefined) return undefined;
        (collection as YAMLMap).items.push(field.pair);
        nodeEnd = field.nodeEnd;
        i = field.nextLine;
      }
    }
    collection.range = [first.first, nodeEnd, nodeEnd];
    return { value: { node: collection, nodeEnd }, nextLine: i };
  }

  /** True when the value from `start` is `>-`, a folded text (as `toLexiconYaml` writes long definitions and notes). */
  private isFoldedHeader(start: number, lineEnd: number): boolean {
    const { text } = this;
    return text.charCodeAt(start) === 62 && text.charCodeAt(start + 1) === DASH && this.skipSpaces(start + 2, lineEnd) === lineEnd;
  }

  /**
   * A folded text (`>-`, its header at `headerStart`) on the lines from `from`, under a key at `column`: lines at one
   * indentation, one after the other, without trailing spaces, which YAML joins with a space.
   */
  private readFolded(headerStart: number, from: number, column: number): { value: ReadValue; nextLine: number } | undefined {
    const { lines, text } = this;
    if (from >= lines.length || lines[from].start !== lines[from - 1].next) return undefined;
    const indent = this.indentOf(lines[from]);
    if (indent <= column) return undefined;
    let value = '';
    let i = from;
    for (; i < lines.length && this.indentOf(lines[i]) > column; i++) {
      const line = lines[i];
      // Another indentation, a blank line or a trailing space: YAML keeps line breaks or spaces there.
      if (this.indentOf(line) !== indent || (i > from && line.start !== lines[i - 1].next) || text.charCodeAt(line.end - 1) === SPACE) return undefined;
      value += i > from ? ` ${text.slice(line.first, line.end)}` : text.slice(line.first, line.end);
    }
    const nodeEnd = lines[i - 1].next;
    return { value: { node: scalar(value, headerStart, nodeEnd, nodeEnd), nodeEnd }, nextLine: i };
  }

  /** `key:` at `from`, followed by a space or the end of the line; a key already in `keys` is refused. */
  private readKey(from: number, lineEnd: number, keys: Set<string>): { node: Scalar; afterColon: number } | undefined {
    const { text } = this;
    KEY.lastIndex = from;
    if (!KEY.test(text)) return undefined;
    const end = KEY.lastIndex;
    if (text.charCodeAt(end) !== COLON || (end + 1 < lineEnd && text.charCodeAt(end + 1) !== SPACE)) return undefined;
    const name = text.slice(from, end);
    if (NOT_TEXT.test(name) || keys.has(name)) return undefined;
    keys.add(name);
    return { node: scalar(name, from, end, end), afterColon: end + 1 };
  }

  /**
   * The value written from `start` on line `index`, under something at `column`: a flow list (where `listAllowed`;
   * it may go on over deeper lines) or a quoted text, which only spaces may follow and no deeper line; or a plain
   * text, which deeper lines may go on (YAML joins them with a space).
   */
  private readValue(start: number, index: number, column: number, listAllowed: boolean): { value: ReadValue; nextLine: number } | undefined {
    const { lines, text } = this;
    const c = text.charCodeAt(start);
    if (c !== 91 && c !== 34 && c !== 39) return this.readPlain(start, index, column);
    let node: Scalar | YAMLSeq | undefined;
    let last = index;
    if (c === 91) {
      const list = listAllowed ? this.readFlowList(start, index, column) : undefined;
      if (list === undefined) return undefined;
      node = list.node;
      last = list.lastLine;
    } else node = this.readQuoted(start, lines[index].end);
    if (node === undefined) return undefined;
    const line = lines[last];
    const end = node.range![1];
    if (this.skipSpaces(end, line.end) !== line.end) return undefined;
    if (last + 1 < lines.length && this.indentOf(lines[last + 1]) > column) return undefined;
    node.range = [node.range![0], end, line.next];
    return { value: { node, nodeEnd: line.next }, nextLine: last + 1 };
  }

  /** A plain text from `start` on line `index`, and on the deeper lines right after it, joined with a space. */
  private readPlain(start: number, index: number, column: number): { value: ReadValue; nextLine: number } | undefined {
    const { lines, text } = this;
    let line = lines[index];
    let end = this.trimmedEnd(line);
    let value = text.slice(start, end);
    if (!isPlainShape(value, false)) return undefined;
    let i = index + 1;
    for (; i < lines.length && this.indentOf(lines[i]) > column; i++) {
      const next = lines[i];
      // After a blank line YAML keeps a line break.
      if (next.start !== line.next) return undefined;
      end = this.trimmedEnd(next);
      const part = text.slice(next.first, end);
      if (!isPlainShape(part, false)) return undefined;
      value += ` ${part}`;
      line = next;
    }
    if (NOT_TEXT.test(value)) return undefined;
    return { value: { node: scalar(value, start, end, line.next), nodeEnd: line.next }, nextLine: i };
  }

  /** Where a line's text ends without its trailing spaces. */
  private trimmedEnd(line: Line): number {
    let end = line.end;
    while (this.text.charCodeAt(end - 1) === SPACE) end--;
    return end;
  }

  /**
   * `[a, "b", 'c']` from its `[` at `start` on line `index`, over as many lines deeper than `column` as it takes (as
   * the YAML library writes a long list: one item a line), each item on one line; `[]` too, but no empty item.
   */
  private readFlowList(start: number, index: number, column: number): { node: YAMLSeq; lastLine: number } | undefined {
    const { lines, text } = this;
    const list = new YAMLSeq();
    // The reading position: line `at` of `lines`, offset `i` in the text.
    let at = index;
    let i = start + 1;
    /** Moves past spaces and line breaks to what comes next; false at the end of the list's lines. */
    const next = (): boolean => {
      for (;;) {
        i = this.skipSpaces(i, lines[at].end);
        if (i < lines[at].end) return true;
        if (at + 1 >= lines.length || this.indentOf(lines[at + 1]) <= column) return false;
        at++;
        i = lines[at].first;
      }
    };
    if (!next()) return undefined;
    if (text.charCodeAt(i) === 93) {
      list.range = [start, i + 1, i + 1];
      return { node: list, lastLine: at };
    }
    for (;;) {
      const lineEnd = lines[at].end;
      const c = text.charCodeAt(i);
      let item: Scalar | undefined;
      if (c === 34 || c === 39) item = this.readQuoted(i, lineEnd);
      else {
        let valueEnd = i;
        while (valueEnd < lineEnd && text.charCodeAt(valueEnd) !== 44 && text.charCodeAt(valueEnd) !== 93) valueEnd++;
        while (valueEnd > i && text.charCodeAt(valueEnd - 1) === SPACE) valueEnd--;
        const value = text.slice(i, valueEnd);
        if (!isPlainShape(value, true) || NOT_TEXT.test(value)) return undefined;
        item = scalar(value, i, valueEnd, valueEnd);
      }
      if (item === undefined) return undefined;
      list.items.push(item);
      i = item.range![1];
      if (!next()) return undefined;
      const separator = text.charCodeAt(i);
      if (separator === 93) {
        list.range = [start, i + 1, i + 1];
        return { node: list, lastLine: at };
      }
      if (separator !== 44) return undefined;
      i++;
      // `[a, ]` and `[a,,b]`: YAML's reading of them is its own business.
      if (!next() || text.charCodeAt(i) === 44 || text.charCodeAt(i) === 93) return undefined;
    }
  }

  /** A `"double"` (without escapes) or `'single'` quoted text closed on its line, from its opening quote. */
  private readQuoted(start: number, lineEnd: number): Scalar | undefined {
    const { text } = this;
    const quote = text.charCodeAt(start);
    if (quote === 34) {
      const close = text.indexOf('"', start + 1);
      if (close < 0 || close >= lineEnd) return undefined;
      const value = text.slice(start + 1, close);
      if (value.includes('\\')) return undefined;
      return scalar(value, start, close + 1, close + 1);
    }
    // In single quotes a quote is written twice.
    let value = '';
    let runStart = start + 1;
    for (let i = start + 1; i < lineEnd; i++) {
      if (text.charCodeAt(i) !== 39) continue;
      value += text.slice(runStart, i);
      if (text.charCodeAt(i + 1) === 39 && i + 1 < lineEnd) {
        value += "'";
        runStart = i + 2;
        i++;
        continue;
      }
      return scalar(value, start, i + 1, i + 1);
    }
    return undefined;
  }

  private skipSpaces(from: number, end: number): number {
    while (from < end && this.text.charCodeAt(from) === SPACE) from++;
    return from;
  }

  private indentOf(line: Line): number {
    return line.first - line.start;
  }

  /** True when the line is a list item: `- ` then its value. */
  private isItem(line: Line): boolean {
    return this.text.charCodeAt(line.first) === DASH && this.text.charCodeAt(line.first + 1) === SPACE;
  }
}

/**
 * True for a plain text (or a line of one) of the layout: it starts with no YAML indicator, holds no `: ` or ` #` (in
 * a flow list no `:`, `,`, brackets or braces at all), and does not end with `:`. Whether YAML reads it as text is
 * `NOT_TEXT`'s question, asked of the whole text.
 */
function isPlainShape(value: string, inFlow: boolean): boolean {
  if (value.length === 0 || INDICATOR_FIRST.test(value) || value.endsWith(':') || value.includes(': ') || value.includes(' #')) return false;
  return !(inFlow && FLOW_FORBIDDEN.test(value));
}

/** Characters a plain text may not start with (a dash, `?` and `:` may, before a letter, but are left to the library). */
const INDICATOR_FIRST = /^[-?:,[\]{}#&*!|>'"%@`]/;
const FLOW_FORBIDDEN = /[:,[\]{}]/;

function scalar(value: string, start: number, end: number, nodeEnd: number): Scalar {
  const node = new Scalar(value);
  node.range = [start, end, nodeEnd];
  return node;
}
