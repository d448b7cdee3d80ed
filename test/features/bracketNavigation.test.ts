// Next/previous bracket as (text with `$0`, direction, expected bracket text and wrap) data.

import * as assert from 'assert';
import { analyze } from '../../server/src/core';
import { nextBracketFrom } from '../../server/src/core/features/bracketNavigation';
import { readCursor } from '../support/carets';

function checkNext(marked: string, direction: 'next' | 'previous', expected: string | undefined, wrapped = false): void {
  const { text, offset } = readCursor(marked);
  const target = nextBracketFrom(analyze(text), offset, direction);
  assert.strictEqual(target && text.slice(target.range.start, target.range.end), expected);
  if (target) assert.strictEqual(target.wrapped, wrapped);
}

describe('bracket navigation', () => {
  it('next goes past the bracket the cursor is on', () => checkNext('$0[a] b [c] d', 'next', '[c]'));
  it('next enters nested brackets', () => checkNext('[a $0[b]] [c]', 'next', '[c]'));
  it('next from inside a bracket finds its nested one', () => checkNext('[a$0 [b]] [c]', 'next', '[b]'));
  it('next wraps to the first', () => checkNext('[a] b [c] $0d', 'next', '[a]', true));
  it('previous goes to the bracket before the cursor', () => checkNext('[a] b [c] $0d', 'previous', '[c]'));
  it('previous from an opener skips it', () => checkNext('[a] b $0[c]', 'previous', '[a]'));
  it('previous wraps to the last', () => checkNext('$0[a] b [c]', 'previous', '[c]', true));
  it('no bracket, no target', () => checkNext('pla$0in', 'next', undefined));
});
