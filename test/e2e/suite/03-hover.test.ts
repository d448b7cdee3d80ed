// Hover from the language server on a lexicon term, a delegation, a footnote reference and brackets.

import { expectHover, openFixture, positionOf } from './helpers';

suite('hover', () => {
  test('a lexicon term shows its status, precedent and translations', async () => {
    const document = await openFixture('clean.ntx');
    const text = await expectHover(document, positionOf(document, 'communications technologies,', 3), /information and communications technologies/i);
    const expectations = [/agreed/i, /A\/70\/174/, /信息和通信技术/];
    for (const pattern of expectations) if (!pattern.test(text)) throw new Error(`term hover lacks ${pattern}: ${text}`);
  });

  test('a delegation shows its full name', async () => {
    const document = await openFixture('clean.ntx');
    await expectHover(document, positionOf(document, '{proposed: US;', 'proposed: '.length + 1), /United States/);
  });

  test('a footnote reference shows the footnote text', async () => {
    const document = await openFixture('clean.ntx');
    await expectHover(document, positionOf(document, 'group,[^1]', 'group,[^'.length), /European Union reads this paragraph together with OP2/);
  });

  test('a bracket shows its depth and its place in a set of alternatives', async () => {
    const document = await openFixture('clean.ntx');
    await expectHover(document, positionOf(document, '[further]', 2), /depth 2/);
    await expectHover(document, positionOf(document, '[strengthen]', 3), /alternative 1 of 2/);
    await expectHover(document, positionOf(document, '[strengthen]', 3), /proposed by US; supported by EU/i);
  });
});
