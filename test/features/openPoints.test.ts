// Section open points as (text, expected summaries per heading) data.

import * as assert from 'assert';
import { analyze } from '../../server/src/core';
import { sectionOpenPoints } from '../../server/src/core/features/openPoints';

function checkOpenPoints(text: string, expected: string[]): void {
  assert.deepStrictEqual(sectionOpenPoints(analyze(text)).map((s) => `${text.slice(s.heading.start, s.heading.end)}: ${s.summary}`), expected);
}

describe('section open points', () => {
  it('counts brackets (nested too), option sets and placeholders, sub-sections included', () => {
    checkOpenPoints('# Part I\n## Article 1\nStates [shall [a]] act {number} times.\n\nOption 1: A.\nOption 2: B.\n## Article 2\nAgreed.', [
      '# Part I: 2 open brackets · 1 option set · 1 placeholder',
      '## Article 1: 2 open brackets · 1 option set · 1 placeholder',
      '## Article 2: No open points',
    ]);
  });
  it('a single option is not an open option set', () => checkOpenPoints('# A\nOption 1: Only.', ['# A: No open points']));
});
