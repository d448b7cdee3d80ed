// The total lexer: turns any string into tokens that cover it exactly, in one linear pass, never throwing.

import { matchLabelEnd } from './labels';
import { Tok, type SyntaxProblem } from './tokens';
import { TokenStream } from './tokenStream';

/**
 * A line break and a line of nothing but spaces and tabs after it (or the end of the text): where a paragraph ends.
 * A `\r` counts alone only when no `\n` follows, or every CRLF line end would read as a `\r` line and an empty one.
 */
const BLANK_LINE = String.raw`(?:\r\n|\n|\r(?!\n))[ \t]*(?=[\r\n]|$)`;

/** The lexer's result: tokens that join back to the input, and the lexical problems it met. */
export interface LexResult {
  readonly tokens: TokenStream;
  readonly problems: SyntaxProblem[];
}

const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const HASH = 35;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const BACKSLASH = 92;
const LESS_THAN = 60;
const SLASH = 47;
const CARET = 94;
const COLON = 58;

/** ASCII characters that may start a token inside a line; everything else is prose. */
const SPECIAL_CODES = [LF, CR, OPEN_BRACKET, CLOSE_BRACKET, BACKSLASH, OPEN_BRACE, LESS_THAN, SLASH];
const SPECIAL = new Uint8Array(128);
for (const code of SPECIAL_CODES) SPECIAL[code] = 1;

/**
 * A run of prose: every character but those in SPECIAL. Called only at a prose character, so it always matches and
 * leaves `lastIndex` at the next special character or the text end.
 */
const PROSE_RUN = new RegExp(`[^${SPECIAL_CODES.map((code) => `\\u${code.toString(16).padStart(4, '0')}`).join('')}]+`, 'y');

/** Characters that `\` escapes; any other backslash is plain text. */
const ESCAPABLE = new Set([OPEN_BRACKET, CLOSE_BRACKET, OPEN_BRACE, CLOSE_BRACE, BACKSLASH]);

/** The longest footnote label we accept; longer runs are text, which keeps hostile lines linear. */
const MAX_FOOTNOTE_LABEL = 64;

/** Lexes a whole document. */
export function lex(text: string): LexResult {
  return new Lexer(text).run();
}

class Lexer {
  private readonly tokens: TokenStream;
  private readonly problems: SyntaxProblem[] = [];
  private pos = 0;
  /** Whether the last annotation read by `annotationCloser` runs over a line break. */
  private annotationHasLineBreak = false;
  // Cached "next occurrence" offsets. Each is recomputed only once the lexer has passed it, so every
  // search scans fresh text and the whole pass stays linear even for `<!--<!--...`.
  private nextCommentClose = -1;
  private nextCommentOpen = -1;
  private nextLineBreak = -1;
  /** True at the document start and after a blank line or a heading: where a bare decimal (`3.1 Text`) may be a label. */
  private afterBlankOrHeading = true;
  private nextBlank = -1;
  private readonly blankLinePattern = new RegExp(BLANK_LINE, 'g');

  constructor(private readonly text: string) {
    this.tokens = new TokenStream(text.length);
  }

  run(): LexResult {
    const text = this.text;
    if (text.charCodeAt(0) === 0xfeff) this.push(Tok.Bom, 1);
    this.lexFrontMatter();
    this.lexLines();
    return { tokens: this.tokens, problems: this.problems };
  }

  /**
   * The loop over the lines, a method of its own: V8 optimises the loop while it runs (on-stack replacement), and
   * code made for `run` that way, before `run` had ever returned, lacked what it needed for the result below and was
   * thrown away at the end of one lexing in ten or so.
   */
  private lexLines(): void {
    const text = this.text;
    while (this.pos < text.length) this.lexLine();
  }

  private push(kind: Tok, end: number): void {
    if (end > this.pos) this.tokens.push(kind, this.pos);
    this.pos = end;
  }

  /** Front matter: a first line `---`, YAML, and a closing `---` or `...` line. */
  private lexFrontMatter(): void {
    const text = this.text;
    const opener = /---[ \t]*(?=\r\n|\n|\r|$)/y;
    opener.lastIndex = this.pos;
    if (!opener.test(text)) return;
    const openerEnd = opener.lastIndex;
    // Only `---` closes it: a `...` line is too often an ellipsis for omitted text in a draft.
    const closer = /(?:\r\n|\n|\r)(---[ \t]*)(?=\r\n|\n|\r|$)/g;
    closer.lastIndex = openerEnd;
    const found = closer.exec(text);
    if (!found) {
      // Without a closer the first line is ordinary text; the problem says why the YAML was not read.
      this.problems.push({ id: 'frontmatter.unclosed', start: this.pos, end: openerEnd });
      return;
    }
    this.push(Tok.FrontMatterFence, openerEnd);
    this.pushNewline();
    const closerStart = found.index + found[0].length - found[1].length;
    const bodyEnd = found.index;
    if (bodyEnd > this.pos) {
      this.push(Tok.FrontMatterText, bodyEnd);
      this.pushNewline();
    }
    this.push(Tok.FrontMatterFence, closerStart + found[1].length);
    this.pushNewline();
  }

  private pushNewline(): void {
    const code = this.text.charCodeAt(this.pos);
    if (code === CR) this.push(Tok.Newline, this.text.charCodeAt(this.pos + 1) === LF ? this.pos + 2 : this.pos + 1);
    else if (code === LF) this.push(Tok.Newline, this.pos + 1);
  }

  /** One line: indentation, then a line-start construct if any, then inline content up to and including the newline. */
  private lexLine(): void {
    const text = this.text;
    let p = this.pos;
    while (p < text.length && (text.charCodeAt(p) === SPACE || text.charCodeAt(p) === TAB)) p++;
    this.push(Tok.Whitespace, p);
    const code = text.charCodeAt(p);
    const atBlockStart = this.afterBlankOrHeading;
    // What the next line starts after: a blank line or a heading ends a block.
    this.afterBlankOrHeading = p >= text.length || code === LF || code === CR;
    if (code === HASH) {
      let q = p;
      while (q < text.length && text.charCodeAt(q) === HASH && q - p < 7) q++;
      const level = q - p;
      const after = text.charCodeAt(q);
      if (level <= 6 && (q === text.length || after === SPACE || after === TAB || after === LF || after === CR)) {
        this.push(Tok.HeadingMarker, q);
        this.afterBlankOrHeading = true;
      }
    } else if (code === OPEN_BRACKET && text.charCodeAt(p + 1) === CARET) {
      const end = this.footnoteRefEnd(p);
      if (end > 0 && text.charCodeAt(end) === COLON) this.push(Tok.FootnoteDefMarker, end + 1);
    } else {
      this.lexLeadingOpenersAndLabel(atBlockStart);
    }
    this.lexInline();
  }

  /** `[[ 3bis.` and `[OP5.`: openers that bracket a whole paragraph may stand before its label. */
  private lexLeadingOpenersAndLabel(atBlockStart: boolean): void {
    const text = this.text;
    let p = this.pos;
    while (text.charCodeAt(p) === OPEN_BRACKET && text.charCodeAt(p + 1) !== CARET) {
      p++;
      while (text.charCodeAt(p) === SPACE || text.charCodeAt(p) === TAB) p++;
    }
    const labelEnd = matchLabelEnd(text, p, atBlockStart);
    if (labelEnd < 0) return;
    while (this.pos < p) {
      if (text.charCodeAt(this.pos) === OPEN_BRACKET) this.push(Tok.BracketOpen, this.pos + 1);
      else {
        let q = this.pos;
        while (text.charCodeAt(q) === SPACE || text.charCodeAt(q) === TAB) q++;
        this.push(Tok.Whitespace, q);
      }
    }
    this.push(Tok.Label, labelEnd);
  }

  /** Inline content up to the end of the line (an annotation or comment may carry it over several lines). */
  private lexInline(): void {
    const text = this.text;
    const length = text.length;
    let textStart = this.pos;
    let p = this.pos;
    while (p < length) {
      let code = text.charCodeAt(p);
      // Most characters are prose: a run of them is skipped by one sticky regular expression, which V8 runs in
      // native code faster than a loop of look-ups (see PROSE_RUN).
      if (code >= 128 || SPECIAL[code] === 0) {
        PROSE_RUN.lastIndex = p;
        PROSE_RUN.test(text);
        p = PROSE_RUN.lastIndex;
        if (p >= length) break;
        code = text.charCodeAt(p);
      }
      if (code === LF || code === CR) {
        if (p > textStart) this.tokens.push(Tok.Text, textStart);
        this.pos = p;
        this.pushNewline();
        return;
      }
      const before = this.tokens.count;
      const startOfSpecial = p;
      if (code === OPEN_BRACKET) {
        this.flushTextUpTo(textStart, p);
        const refEnd = text.charCodeAt(p + 1) === CARET ? this.footnoteRefEnd(p) : -1;
        this.push(refEnd > 0 ? Tok.FootnoteRef : Tok.BracketOpen, refEnd > 0 ? refEnd : p + 1);
      } else if (code === CLOSE_BRACKET) {
        this.flushTextUpTo(textStart, p);
        this.push(Tok.BracketClose, p + 1);
      } else if (code === BACKSLASH) {
        if (ESCAPABLE.has(text.charCodeAt(p + 1))) {
          this.flushTextUpTo(textStart, p);
          this.push(Tok.Escape, p + 2);
        }
      } else if (code === OPEN_BRACE) {
        this.flushTextUpTo(textStart, p);
        this.lexAnnotation();
      } else if (code === LESS_THAN) {
        if (text.startsWith('<!--', p)) {
          this.flushTextUpTo(textStart, p);
          this.lexComment();
        }
      } else if (code === SLASH) {
        if (this.isSeparatorSlash(p)) {
          this.flushTextUpTo(textStart, p);
          this.push(Tok.Slash, p + 1);
        }
      }
      if (this.tokens.count > before || this.pos > startOfSpecial) {
        p = this.pos;
        textStart = p;
      } else {
        p++;
      }
    }
    if (p > textStart) this.tokens.push(Tok.Text, textStart);
    this.pos = p;
  }

  /** Emits the pending prose run `[from, to)` and moves the lexer to `to`. */
  private flushTextUpTo(from: number, to: number): void {
    if (to > from) this.tokens.push(Tok.Text, from);
    this.pos = to;
  }

  /** A `/` separates alternatives right after `]` or `}`, or when it stands between spaces (` / `) or before `[`. */
  private isSeparatorSlash(p: number): boolean {
    const before = this.text.charCodeAt(p - 1);
    const after = this.text.charCodeAt(p + 1);
    if (before === CLOSE_BRACKET || before === CLOSE_BRACE) return true;
    return (before === SPACE || before === TAB) && (after === SPACE || after === TAB || after === OPEN_BRACKET);
  }

  /** The end of `[^label]` starting at `p`, or -1 when the characters after `[^` do not form a footnote reference. */
  private footnoteRefEnd(p: number): number {
    const text = this.text;
    let q = p + 2;
    const limit = Math.min(text.length, q + MAX_FOOTNOTE_LABEL);
    while (q < limit) {
      const c = text.charCodeAt(q);
      if (c === CLOSE_BRACKET) return q > p + 2 ? q + 1 : -1;
      if (c === SPACE || c === TAB || c === LF || c === CR || c === OPEN_BRACKET || c === CARET) return -1;
      q++;
    }
    return -1;
  }

  /** `{...}`: closed only by a `}` within the paragraph, before any bracket or another `{`. */
  private lexAnnotation(): void {
    const open = this.pos;
    const close = this.annotationCloser(open);
    this.push(Tok.BraceOpen, open + 1);
    if (close >= 0 && !(this.annotationHasLineBreak && this.startsBlockBetween(open, close))) {
      this.push(Tok.AnnotationText, close);
      this.push(Tok.BraceClose, close + 1);
    } else {
      // The `}` most likely belongs at the end of the line the `{` is on: attributions are short.
      if (this.nextLineBreak < open) this.nextLineBreak = lineEnd(this.text, open);
      this.problems.push({ id: 'brace.unclosed', start: open, end: open + 1, expectedAt: this.nextLineBreak });
    }
  }

  /**
   * The `}` that closes the `{` at `open`: the first `}` after it, unless a `[`, `]` or `{` or the blank line that
   * ends the paragraph comes first; else -1. Read forward from the `{`, which reads an annotation (a few words) once:
   * searching the whole text for the next of each character cost more than the annotations. The scan stops at the
   * next `{` at the latest, so scans never overlap and `{{{{...` stays linear; after an unclosed `{`, the text read
   * is lexed once more as prose. Sets `annotationHasLineBreak`.
   */
  private annotationCloser(open: number): number {
    const text = this.text;
    this.annotationHasLineBreak = false;
    for (let i = open + 1; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === CLOSE_BRACE) return i;
      if (c === OPEN_BRACKET || c === CLOSE_BRACKET || c === OPEN_BRACE) return -1;
      if (c === LF || c === CR) {
        this.annotationHasLineBreak = true;
        // Where the paragraph ends is what `paragraphEnd` finds: a match of the blank-line pattern at this break.
        BLANK_LINE_AT.lastIndex = i;
        if (BLANK_LINE_AT.test(text)) return -1;
      }
    }
    return -1;
  }

  /**
   * True when a line between `from` and `to` starts a new block (a label, heading or footnote definition):
   * an annotation never runs over one, so a forgotten `}` cannot swallow the next paragraph's label.
   * The caller only asks about text free of `[`, `]` and `{`, so the scanned stretches never overlap.
   */
  private startsBlockBetween(from: number, to: number): boolean {
    const text = this.text;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c !== LF && c !== CR) continue;
      let p = i + 1;
      if (c === CR && text.charCodeAt(p) === LF) p++;
      while (text.charCodeAt(p) === SPACE || text.charCodeAt(p) === TAB) p++;
      if (text.charCodeAt(p) === HASH || (text.charCodeAt(p) === OPEN_BRACKET && text.charCodeAt(p + 1) === CARET) || matchLabelEnd(text, p) >= 0) return true;
    }
    return false;
  }

  /**
   * `<!-- ... -->`, across lines. A comment with no `-->`, or with another `<!--` before its `-->` (the first one was
   * most likely never closed), is unclosed and ends with its paragraph, so it cannot hide the rest of the file.
   */
  private lexComment(): void {
    const open = this.pos;
    if (this.nextCommentClose < open + 4) this.nextCommentClose = indexOrEnd(this.text, '-->', open + 4);
    if (this.nextCommentOpen < open + 4) this.nextCommentOpen = indexOrEnd(this.text, '<!--', open + 4);
    const close = this.nextCommentClose;
    this.push(Tok.CommentOpen, open + 4);
    if (close < this.text.length && close < this.nextCommentOpen) {
      this.push(Tok.CommentText, close);
      this.push(Tok.CommentClose, close + 3);
    } else {
      const end = Math.min(this.paragraphEnd(open), this.nextCommentOpen);
      this.problems.push({ id: 'comment.unclosed', start: open, end: open + 4, expectedAt: end });
      this.push(Tok.CommentText, Math.max(end, this.pos));
    }
  }

  /** The offset of the newline that ends the paragraph containing `p` (the start of the next blank line), or the text end. */
  private paragraphEnd(p: number): number {
    if (this.nextBlank < p) {
      this.blankLinePattern.lastIndex = p;
      const found = this.blankLinePattern.exec(this.text);
      this.nextBlank = found ? found.index : this.text.length;
    }
    return this.nextBlank;
  }
}

/** The blank-line pattern of `paragraphEnd`, tried at one offset. */
const BLANK_LINE_AT = new RegExp(BLANK_LINE, 'y');

/** The offset of the line break ending the line that holds `from`, or the text end. */
function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return i;
  }
  return text.length;
}

function indexOrEnd(text: string, needle: string, from: number): number {
  const index = text.indexOf(needle, from);
  return index < 0 ? text.length : index;
}
