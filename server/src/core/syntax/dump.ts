// Renders a syntax tree as the readable indented dump used by the parser fixtures (`name.tree`).

import { isNode, type SyntaxElement, type SyntaxTree } from './tree';

const MAX_SNIPPET = 40;

/** One line per node or token: kind, `start..end`, and for tokens a short quoted excerpt of the text. */
export function dumpTree(tree: SyntaxTree): string {
  const lines: string[] = [];
  const visit = (element: SyntaxElement, depth: number) => {
    const indent = '  '.repeat(depth);
    if (isNode(element)) {
      lines.push(`${indent}${element.kind} ${element.start}..${element.end}`);
      for (const child of element.children) visit(child, depth + 1);
    } else {
      lines.push(`${indent}${element.kind} ${element.start}..${element.end} ${quote(tree.text.slice(element.start, element.end))}`);
    }
  };
  visit(tree.root, 0);
  return lines.join('\n') + '\n';
}

function quote(text: string): string {
  const short = text.length > MAX_SNIPPET ? `${text.slice(0, MAX_SNIPPET - 1)}…` : text;
  return JSON.stringify(short);
}
