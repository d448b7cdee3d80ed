// The lossless syntax tree: blocks as token ranges for analysis, and an object view of nodes for dumps and tools.

import type { TokenStream } from './tokenStream';
import type { SyntaxProblem, Token } from './tokens';

/**
 * Node kinds. Brackets are deliberately not nodes: they may span paragraphs, so they stay
 * delimiter tokens inside their blocks and analysis pairs them in one pass over the document.
 */
export type NodeKind =
  | 'document'
  | 'frontMatter' // fence, text, fence
  | 'heading' // `## Article 3` up to and including its newline
  | 'paragraph' // from a label or the first non-blank line to the line before a blank line or the next block
  | 'footnoteDefinition' // `[^3]: text` and its indented continuation lines
  | 'blank' // one or more blank lines
  | 'annotation' // `{`, its text and `}` (the closer is missing when unclosed)
  | 'comment'; // `<!--`, text and `-->`

/** Block kinds as small numbers, in the order of `BLOCK_KIND_NAMES`. */
export const enum Blk {
  FrontMatter,
  Heading,
  Paragraph,
  FootnoteDefinition,
  Blank,
}

/** The node kind of each `Blk` code, by code. */
export const BLOCK_KIND_NAMES: readonly NodeKind[] = ['frontMatter', 'heading', 'paragraph', 'footnoteDefinition', 'blank'];

/** The document's blocks in text order, each a range of tokens `[firstTokens[i], endTokens[i])`. */
export interface BlockList {
  readonly kinds: Uint8Array;
  readonly firstTokens: Int32Array;
  readonly endTokens: Int32Array;
  readonly count: number;
}

/** A tree node; `children` are nodes and tokens in text order and cover `start..end` exactly. */
export interface SyntaxNode {
  readonly kind: NodeKind;
  readonly start: number;
  readonly end: number;
  readonly children: ReadonlyArray<SyntaxElement>;
}

/** A child of a node. */
export type SyntaxElement = SyntaxNode | Token;

/** True when the element is a node rather than a token. */
export function isNode(element: SyntaxElement): element is SyntaxNode {
  return (element as SyntaxNode).children !== undefined;
}

/**
 * The parser's result: the tokens, the blocks over them, and the problems met on the way. `root` is the same tree
 * as objects (annotations and comments as nodes inside their blocks), built when first asked for.
 */
export interface SyntaxTree {
  readonly text: string;
  readonly tokens: TokenStream;
  readonly blocks: BlockList;
  readonly problems: ReadonlyArray<SyntaxProblem>;
  readonly root: SyntaxNode;
}
