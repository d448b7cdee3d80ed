// Outline and hover as data, through one check helper each: texts with the `$0` cursor marker and expected summaries.

import * as assert from 'assert';
import { analyze, computeOutline, hoverAt, renderHover, type OutlineItem } from '../../server/src/core';
import { readCursor } from '../support/carets';

/** The outline as indented lines: `name [detail]`. */
function checkOutline(text: string, expected: string): void {
  const lines: string[] = [];
  const visit = (items: ReadonlyArray<OutlineItem>, depth: number) => {
    for (const item of items) {
      lines.push(`${'  '.repeat(depth)}${item.kind} ${item.name}${item.detail ? ` [${item.detail}]` : ''}`);
      visit(item.children, depth + 1);
    }
  };
  visit(computeOutline(analyze(text)).items(), 0);
  assert.strictEqual(lines.join('\n'), expected.trim().split('\n').map((l) => l.replace(/^ {6}/, '')).join('\n'));
}

/** The hover at `$0`, rendered as Markdown, must contain every expected piece. */
function checkHover(marked: string, ...expected: string[]): void {
  const { text, offset } = readCursor(marked);
  const info = hoverAt(analyze(text), offset);
  assert.ok(info, 'no hover');
  const markdown = renderHover(info);
  for (const piece of expected) assert.ok(markdown.includes(piece), `hover lacks "${piece}":\n${markdown}`);
}

describe('outline', () => {
  it('headings > labelled paragraphs > option sets, with counts', () => {
    checkOutline(
      `# Part I
## Article 1
1. Each State [shall][should] act:
  (a) [promptly];
  (b) fairly.
Option 1: Text.
Option 2: No text
## Article 2
OP1. {agreed} Agreed text.
`,
      `
      heading Part I [3 open brackets]
        heading Article 1 [3 open brackets]
          paragraph 1 Each State [shall][should] act: [3 open brackets]
            paragraph (a) [promptly]; [1 open bracket]
            paragraph (b) fairly.
          optionSet Options (2)
            option Option 1 Text.
            option Option 2 No text
        heading Article 2
          paragraph OP1 Agreed text. [agreed]
      `,
    );
  });

  it('lists a section in document order: paragraphs before its first sub-heading come first', () => {
    checkOutline(
      `PP1. Recalling [its resolutions],

# Part I
OP1. Introductory text.

## Article 1
OP2. Decides.

OP3. Requests.

# Part II
OP4. Urges.
`,
      `
      paragraph PP1 Recalling [its resolutions], [1 open bracket]
      heading Part I
        paragraph OP1 Introductory text.
        heading Article 1
          paragraph OP2 Decides.
          paragraph OP3 Requests.
      heading Part II
        paragraph OP4 Urges.
      `,
    );
  });
});

describe('hover', () => {
  it('bracket: depth, alternative k of n, positions', () => {
    checkHover('OP1. States [shall][sh$0ould]{supported: G77; opposed: US} act.', 'depth 1', 'alternative 2 of 2', 'Supported by G77', 'opposed by US');
  });
  it('nested bracket depth and inner alternatives', () => {
    checkHover('OP1. [Parties [promote / ch$0ange] patterns]', 'depth 2', 'inner alternative 2 of 2');
  });
  it('footnote reference shows the footnote text', () => {
    checkHover('PP1. Recalling[^$03] the report.\n\n[^3]: {IR} The Islamic Republic of Iran reserves its position.', 'Footnote 3', 'Islamic Republic of Iran reserves', 'proposed by IR');
  });
  it('paragraph label shows status and open brackets', () => {
    checkHover('O$0P4. {ad ref} States [shall] act.', 'OP4', 'ad ref', '1 open bracket');
  });
  it('option label shows option k of n', () => {
    checkHover('Option 1: Text.\nOpt$0ion 2: No text', 'Option 2 of 2', 'no text');
  });
});
