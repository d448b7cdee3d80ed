// Invariants over arbitrary input: reading a delegations file never throws and keeps offsets in range; lookups never throw.

import * as assert from 'assert';
import * as fc from 'fast-check';
import { builtinRegistry, parseDelegationsFile } from '../../server/src/core/delegations';

const registry = builtinRegistry();
/** YAML-flavoured text: the structural characters of YAML and of the format, mixed with a few words. */
const yamlish = fc
  .array(fc.constantFrom('delegations:', '\n', '  ', '- ', 'code: ', 'name: ', 'members: ', 'aliases: ', '[', ']', '{', '}', ',', '&a ', '*a', '"', "'", 'US', 'G77', '#', ':', '|', '>', '🇺🇳'), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('delegations properties', () => {
  it('parseDelegationsFile never throws and keeps every problem inside the text', function () {
    // Each run may rebuild a registry (about 10 ms), so the runs are fewer and the time allowed longer.
    this.timeout(20_000);
    fc.assert(
      fc.property(fc.oneof(yamlish, fc.string({ maxLength: 200 })), (text) => {
        const { entries, problems } = parseDelegationsFile(text);
        for (const problem of problems) {
          assert.ok(problem.start >= 0 && problem.start <= problem.end && problem.end <= text.length, JSON.stringify(problem));
          assert.ok(problem.severity === 'error' || problem.severity === 'warning');
        }
        registry.withAdditions(entries);
      }),
      { numRuns: 200 },
    );
  });

  it('resolve and suggest never throw, and a suggestion always resolves', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        registry.resolve(text);
        const suggestion = registry.suggest(text);
        if (suggestion !== undefined) assert.ok(registry.resolve(suggestion), suggestion);
      }),
      { numRuns: 1000 },
    );
  });
});
