// An option's "No text" is found exactly as the plain reading finds it: annotations removed, trimmed, full stop dropped.

import * as assert from 'assert';
import fc from 'fast-check';
import { analyze } from '../../server/src/core';

const NO_TEXT = /^(?:no text|pas de texte|sans texte|sin texto|нет текста|без текста)$/i;

/** The plain reading: the option's text after its label, without `{...}`, trimmed, without a final full stop. */
function plainNoText(text: string, from: number, to: number): boolean {
  return NO_TEXT.test(
    text
      .slice(from, to)
      .replace(/\{[^}]*\}/g, '')
      .trim()
      .replace(/\.$/, ''),
  );
}

const PIECES = ['No text', 'no  text', 'NO TEXT', 'pas de texte', 'sin texto', 'нет текста', '.', ' ', '  ', '\t', '\u00a0', '{', '}', '{ad ref}', '{proposed: US}', 'x', 'Text', 'é'];
const body = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((parts) => parts.join(''));

describe('option "No text"', () => {
  it('is what the plain reading says, on generated option texts', () => {
    fc.assert(
      fc.property(body, body, (first, second) => {
        const text = `Option 1: ${first}\n\nOption 2: ${second}\n`;
        const model = analyze(text);
        for (const set of model.optionSets) {
          for (const member of set.members) {
            const end = model.blocks.contentEnd(model.paragraphs[member.paragraph].block);
            assert.strictEqual(member.noText, plainNoText(text, member.label.end, end), JSON.stringify(text));
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});
