// The parser: groups the lexer's tokens into blocks (front matter, headings, paragraphs, footnotes, blank lines), losslessly.

import { lex } from './lexer';
import { enlarged } from '../text/typedArrays';
import { ParsedTree } from './objectTree';
import type { TokenStream } from './tokenStream';
import { Tok } from './tokens';
import { Blk, type BlockList, type SyntaxTree } from './tree';

/** Parses any string into a lossless tree; never throws. */
export function parse(text: string): SyntaxTree {
  const { tokens, problems } = lex(text);
  const blocks = new BlockListBuilder(text.length);
  const kinds = tokens.kinds;
  const count = tokens.count;
  let i = 0;
  if (count > 0 && kinds[0] === Tok.Bom) i++;
  if (i < count && kinds[i] === Tok.FrontMatterFence) i = parseFrontMatter(tokens, i, blocks);

  // The open block (-1: none) and the open run of blank lines, as their first token indices.
  let current = -1;
  let currentKind = Blk.Paragraph;
  let blank = -1;
  const close = (end: number) => {
    if (current >= 0) blocks.add(currentKind, current, end);
    current = -1;
  };
  const closeBlank = (end: number) => {
    if (blank >= 0) blocks.add(Blk.Blank, blank, end);
    blank = -1;
  };

  while (i < count) {
    const lineEnd = endOfLine(kinds, count, i);
    const shape = classifyLine(kinds, i, lineEnd);
    if (shape === LineShape.Blank) {
      close(i);
      if (blank < 0) blank = i;
    } else {
      closeBlank(i);
      const continues =
        current >= 0 &&
        shape !== LineShape.Heading &&
        shape !== LineShape.Footnote &&
        shape !== LineShape.Labelled &&
        (currentKind === Blk.Paragraph || (currentKind === Blk.FootnoteDefinition && shape === LineShape.Indented));
      if (!continues) {
        close(i);
        current = i;
        currentKind = shape === LineShape.Heading ? Blk.Heading : shape === LineShape.Footnote ? Blk.FootnoteDefinition : Blk.Paragraph;
      }
      // A heading is always a single line.
      if (shape === LineShape.Heading) close(lineEnd);
    }
    i = lineEnd;
  }
  close(count);
  closeBlank(count);
  return new ParsedTree(text, tokens, blocks.finish(), problems);
}

/** How a line begins, which decides whether it starts a new block. */
const enum LineShape {
  Blank,
  Heading,
  Footnote,
  Labelled,
  Indented,
  Plain,
}

function classifyLine(kinds: Uint8Array, from: number, to: number): LineShape {
  let k = from;
  while (k < to && kinds[k] === Tok.Whitespace) k++;
  if (k === to || kinds[k] === Tok.Newline) return LineShape.Blank;
  const indented = k > from;
  switch (kinds[k]) {
    case Tok.HeadingMarker:
      return LineShape.Heading;
    case Tok.FootnoteDefMarker:
      return LineShape.Footnote;
    case Tok.Label:
      return LineShape.Labelled;
    case Tok.BracketOpen: {
      // `[[ 3bis.`: the lexer only puts a label after leading openers when the line really starts with one.
      let m = k;
      while (m < to && (kinds[m] === Tok.BracketOpen || kinds[m] === Tok.Whitespace)) m++;
      if (m < to && kinds[m] === Tok.Label) return LineShape.Labelled;
      break;
    }
  }
  return indented ? LineShape.Indented : LineShape.Plain;
}

/** The index just past the newline token that ends the line starting at `from` (or the token count). */
function endOfLine(kinds: Uint8Array, count: number, from: number): number {
  let k = from;
  while (k < count && kinds[k] !== Tok.Newline) k++;
  return k < count ? k + 1 : k;
}

function parseFrontMatter(tokens: TokenStream, from: number, blocks: BlockListBuilder): number {
  // The lexer only emits fences for a closed front matter: fence, newline, [text, newline], fence, [newline].
  let k = from + 1;
  let fences = 1;
  while (k < tokens.count && fences < 2) {
    if (tokens.kinds[k] === Tok.FrontMatterFence) fences++;
    k++;
  }
  if (k < tokens.count && tokens.kinds[k] === Tok.Newline) k++;
  blocks.add(Blk.FrontMatter, from, k);
  return k;
}

/** Collects blocks into growing typed arrays. */
class BlockListBuilder {
  private kinds: Uint8Array;
  private firstTokens: Int32Array;
  private endTokens: Int32Array;
  private count = 0;

  /**
   * Room for a block per 64 characters (drafts have one per 50 to 90), so that a large text's arrays are made once
   * instead of doubled a dozen times from a small start; a denser text still doubles them.
   */
  constructor(textLength: number) {
    const capacity = (textLength >> 6) + 64;
    this.kinds = new Uint8Array(capacity);
    this.firstTokens = new Int32Array(capacity);
    this.endTokens = new Int32Array(capacity);
  }

  add(kind: Blk, first: number, end: number): void {
    if (this.count === this.kinds.length) this.grow();
    this.kinds[this.count] = kind;
    this.firstTokens[this.count] = first;
    this.endTokens[this.count] = end;
    this.count++;
  }

  finish(): BlockList {
    return { kinds: this.kinds, firstTokens: this.firstTokens, endTokens: this.endTokens, count: this.count };
  }

  private grow(): void {
    const size = this.kinds.length * 2;
    this.kinds = enlarged(this.kinds, size);
    this.firstTokens = enlarged(this.firstTokens, size);
    this.endTokens = enlarged(this.endTokens, size);
  }
}
