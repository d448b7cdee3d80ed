// The object view of a parsed text (nodes and token objects), built on demand for dumps, tests and tools.

import type { TokenStream } from './tokenStream';
import { Tok, TOKEN_KIND_NAMES, type SyntaxProblem, type Token } from './tokens';
import { BLOCK_KIND_NAMES, type BlockList, type SyntaxElement, type SyntaxNode, type SyntaxTree } from './tree';

/** A parsed text whose `root` is made from the token and block arrays the first time it is read. */
export class ParsedTree implements SyntaxTree {
  private objectRoot?: SyntaxNode;

  constructor(
    readonly text: string,
    readonly tokens: TokenStream,
    readonly blocks: BlockList,
    readonly problems: ReadonlyArray<SyntaxProblem>,
  ) {}

  get root(): SyntaxNode {
    this.objectRoot ??= buildRoot(this.text, this.tokens, this.blocks);
    return this.objectRoot;
  }
}

function buildRoot(text: string, tokens: TokenStream, blocks: BlockList): SyntaxNode {
  const token = (i: number): Token => ({ kind: TOKEN_KIND_NAMES[tokens.kinds[i]], start: tokens.starts[i], end: tokens.starts[i + 1] });
  const children: SyntaxElement[] = [];
  // Only a byte order mark stands outside every block.
  if (tokens.count > 0 && tokens.kinds[0] === Tok.Bom) children.push(token(0));
  for (let b = 0; b < blocks.count; b++) {
    const from = blocks.firstTokens[b];
    const to = blocks.endTokens[b];
    const kind = BLOCK_KIND_NAMES[blocks.kinds[b]];
    const elements: SyntaxElement[] = [];
    for (let k = from; k < to; k++) {
      const code = tokens.kinds[k];
      if (kind !== 'frontMatter' && (code === Tok.BraceOpen || code === Tok.CommentOpen)) {
        const end = delimitedEnd(tokens, k, to);
        const inner: Token[] = [];
        for (let m = k; m < end; m++) inner.push(token(m));
        elements.push({ kind: code === Tok.BraceOpen ? 'annotation' : 'comment', start: tokens.starts[k], end: tokens.starts[end], children: inner });
        k = end - 1;
      } else {
        elements.push(token(k));
      }
    }
    children.push({ kind, start: tokens.starts[from], end: tokens.starts[to], children: elements });
  }
  return { kind: 'document', start: 0, end: text.length, children };
}

/**
 * The token index just past the annotation or comment opened at `open`: its opener, its text if any, its closer if
 * any (a missing closer is a lexer problem; the node then ends after its text).
 */
export function delimitedEnd(tokens: TokenStream, open: number, limit: number): number {
  const isAnnotation = tokens.kinds[open] === Tok.BraceOpen;
  let m = open + 1;
  if (m < limit && tokens.kinds[m] === (isAnnotation ? Tok.AnnotationText : Tok.CommentText)) m++;
  if (m < limit && tokens.kinds[m] === (isAnnotation ? Tok.BraceClose : Tok.CommentClose)) m++;
  return m;
}
