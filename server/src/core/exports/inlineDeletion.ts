// The range to delete for an inline construct so that the words around it keep one space between them.

import type { Range } from '../analysis/model';

/**
 * Widens `range` by one space so that `Parties [shall] take` becomes `Parties take`, `measures [and policies].`
 * becomes `measures.` (and `building, [x].` becomes `building.`), and a construct at a line start does not leave the line indented.
 */
export function inlineDeletion(text: string, range: Range): Range {
  let { start, end } = range;
  const before = text[start - 1];
  const after = text[end];
  const spaceBefore = before === ' ' || before === '\t';
  const spaceAfter = after === ' ' || after === '\t';
  const atLineStart = start === 0 || before === '\n' || before === '\r';
  if (spaceBefore && (spaceAfter || after === undefined || /[\r\n.,;:!?)’”"]/.test(after))) {
    // Trailing spaces before a line break go entirely, so no line ends in a space.
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t') && (after === undefined || after === '\n' || after === '\r')) start--;
    if (start === range.start) start--;
  } else if (atLineStart && spaceAfter) end++;
  // `building, [x].` would leave `building,.`: the comma belonged to the removed words' clause, so it goes too.
  if (text[start - 1] === ',' && /[.,;:]/.test(text[end] ?? '')) start--;
  return { start, end };
}
