// The parser: groups the lexer's tokens into blocks (front matter, headings, paragraphs, footnotes, blank lines), losslessly.

import { lex } from './lexer';
import type { Token } from './tokens';
import type { NodeKind, SyntaxElement, SyntaxNode, SyntaxTree } from './tree';

/** Parses any string into a lossless tree; never throws. */
export function parse(text: string): SyntaxTree {
  const { tokens, problems } = lex(text);
  const root: SyntaxElement[] = [];
  let i = 0;
  if (tokens[0]?.kind === 'bom') root.push(tokens[i++]);
  if (tokens[i]?.kind === 'frontMatterFence') i = parseFrontMatter(tokens, i, root);

  let current: BlockBuilder | undefined;
  let blank: BlockBuilder | undefined;
  const close = () => {
    if (current) root.push(current.build());
    current = undefined;
  };
  const closeBlank = () => {
    if (blank) root.push(blank.build());
    blank = undefined;
  };

  while (i < tokens.length) {
    const lineEnd = endOfLine(tokens, i);
    const shape = classifyLine(tokens, i, lineEnd);
    if (shape === 'blank') {
      close();
      blank ??= new BlockBuilder('blank');
      blank.addTokens(tokens, i, lineEnd);
    } else {
      closeBlank();
      const continues =
        current !== undefined &&
        shape !== 'heading' &&
        shape !== 'footnote' &&
        shape !== 'labelled' &&
        (current.kind === 'paragraph' || (current.kind === 'footnoteDefinition' && shape === 'indented'));
      if (!continues) {
        close();
        current = new BlockBuilder(shape === 'heading' ? 'heading' : shape === 'footnote' ? 'footnoteDefinition' : 'paragraph');
      }
      current!.addTokens(tokens, i, lineEnd);
      // A heading is always a single line.
      if (shape === 'heading') close();
    }
    i = lineEnd;
  }
  close();
  closeBlank();
  return { text, tokens, problems, root: { kind: 'document', start: 0, end: text.length, children: root } };
}

/** How a line begins, which decides whether it starts a new block. */
type LineShape = 'blank' | 'heading' | 'footnote' | 'labelled' | 'indented' | 'plain';

function classifyLine(tokens: ReadonlyArray<Token>, from: number, to: number): LineShape {
  let k = from;
  while (k < to && tokens[k].kind === 'whitespace') k++;
  if (k === to || tokens[k].kind === 'newline') return 'blank';
  const indented = k > from;
  switch (tokens[k].kind) {
    case 'headingMarker':
      return 'heading';
    case 'footnoteDefMarker':
      return 'footnote';
    case 'label':
      return 'labelled';
    case 'bracketOpen': {
      // `[[ 3bis.`: the lexer only puts a label after leading openers when the line really starts with one.
      let m = k;
      while (m < to && (tokens[m].kind === 'bracketOpen' || tokens[m].kind === 'whitespace')) m++;
      if (m < to && tokens[m].kind === 'label') return 'labelled';
      break;
    }
  }
  return indented ? 'indented' : 'plain';
}

/** The index just past the newline token that ends the line starting at `from` (or the token count). */
function endOfLine(tokens: ReadonlyArray<Token>, from: number): number {
  let k = from;
  while (k < tokens.length && tokens[k].kind !== 'newline') k++;
  return k < tokens.length ? k + 1 : k;
}

function parseFrontMatter(tokens: ReadonlyArray<Token>, from: number, into: SyntaxElement[]): number {
  // The lexer only emits fences for a closed front matter: fence, newline, [text, newline], fence, [newline].
  let k = from + 1;
  let fences = 1;
  while (k < tokens.length && fences < 2) {
    if (tokens[k].kind === 'frontMatterFence') fences++;
    k++;
  }
  if (k < tokens.length && tokens[k].kind === 'newline') k++;
  const children = tokens.slice(from, k);
  into.push({ kind: 'frontMatter', start: children[0].start, end: children[children.length - 1].end, children });
  return k;
}

/** Accumulates the elements of one block, wrapping annotation and comment tokens into their nodes. */
class BlockBuilder {
  private readonly children: SyntaxElement[] = [];

  constructor(readonly kind: NodeKind) {}

  addTokens(tokens: ReadonlyArray<Token>, from: number, to: number): void {
    for (let k = from; k < to; k++) {
      const token = tokens[k];
      if (token.kind === 'braceOpen' || token.kind === 'commentOpen') {
        const isAnnotation = token.kind === 'braceOpen';
        const inner = isAnnotation ? 'annotationText' : 'commentText';
        const closer = isAnnotation ? 'braceClose' : 'commentClose';
        let m = k + 1;
        if (m < to && tokens[m].kind === inner) m++;
        if (m < to && tokens[m].kind === closer) m++;
        const children = tokens.slice(k, m);
        this.children.push({ kind: isAnnotation ? 'annotation' : 'comment', start: token.start, end: children[children.length - 1].end, children });
        k = m - 1;
      } else {
        this.children.push(token);
      }
    }
  }

  build(): SyntaxNode {
    const children = this.children;
    return { kind: this.kind, start: children[0].start, end: children[children.length - 1].end, children };
  }
}
