// Reads a parsed document's front matter before analysis, since the lexicon and delegations to analyse with depend on it.

import { readFrontMatter } from '../analysis/frontMatter';
import type { FrontMatter } from '../analysis/model';
import { isNode, type SyntaxTree } from '../syntax/tree';

/**
 * The front matter of a parsed tree, read the way analysis reads it, or undefined when there is none. Callers parse
 * once, read the front matter here, build the analysis options from it, then pass the same tree to `analyze`.
 */
export function frontMatterOf(tree: SyntaxTree): FrontMatter | undefined {
  const node = tree.root.children.find((child) => isNode(child) && child.kind === 'frontMatter');
  if (!node || !isNode(node)) return undefined;
  const body = node.children.find((child) => !isNode(child) && child.kind === 'frontMatterText');
  const fence = node.children[0];
  return readFrontMatter(tree.text, node, body ? { start: body.start, end: body.end } : { start: fence.end, end: fence.end });
}
