// The lossless syntax tree: block nodes over the tokens, with offsets on every node and delimiter.

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

/** The parser's result: the tree over the text, and the problems met on the way. */
export interface SyntaxTree {
  readonly text: string;
  readonly root: SyntaxNode;
  readonly tokens: ReadonlyArray<Token>;
  readonly problems: ReadonlyArray<SyntaxProblem>;
}
