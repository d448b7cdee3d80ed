// Label findings in long scopes: past the length where a scope's labels move from a chain to a map, and across resets.

import * as assert from 'assert';
import { checkText } from '../../server/src/core';

const labelFindings = (text: string) =>
  checkText(text)
    .filter((f) => f.id.startsWith('label.'))
    .map((f) => `${f.id} ${text.slice(f.start, f.end)}${f.related ? ` first at ${f.related[0].start}` : ''}: ${f.message}`);

describe('label scopes', () => {
  it('finds a repeated label early and late in a section of forty, and none in the next section', () => {
    let text = '# A\n\n';
    const at: Record<string, number> = {};
    for (let i = 1; i <= 40; i++) {
      at[`OP${i}`] = text.length;
      text += `OP${i}. Text.\n\n`;
    }
    text += 'OP3. Again.\n\nOP30. Again.\n\n# B\n\nOP3. Fine here.\n';
    assert.deepStrictEqual(labelFindings(text), [
      `label.duplicate OP3. first at ${at.OP3}: Paragraph label "OP3." is used twice in this section.`,
      `label.duplicate OP30. first at ${at.OP30}: Paragraph label "OP30." is used twice in this section.`,
    ]);
  });

  it('keeps sub-paragraph scopes apart per parent, and restarts options in each option set', () => {
    const text = ['OP1. A:', '(a) x', '(b) y', '(b) z', 'OP2. B:', '(a) x', '(b) y', 'Option 1: p', 'Option 2: q', 'OP3. C:', 'Option 1: r', 'Option 3: s'].join('\n\n');
    assert.deepStrictEqual(
      labelFindings(text).map((line) => line.replace(/ first at \d+/, '')),
      ['label.duplicate (b): Paragraph label "(b)" is used twice in this section.', 'label.gap Option 3:: Numbering gap: option 2 missing after "Option 1:".'],
    );
  });
});
