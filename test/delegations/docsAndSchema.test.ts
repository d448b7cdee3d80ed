// The documented delegations.yaml example and the JSON Schema agree with what the parser accepts.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { builtinRegistry, DELEGATION_KINDS, DELEGATIONS_FILE_PROBLEMS, parseDelegationsFile } from '../../server/src/core/delegations';
import { REPO_ROOT } from '../support/paths';

const docs = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'delegations.md'), 'utf8');
const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'schemas', 'delegations.schema.json'), 'utf8'));
const entrySchema = schema.definitions.entry;

describe('delegations.yaml documentation and schema', () => {
  it('documents an example that reads without problems and does what it says', () => {
    const example = /```yaml\n([\s\S]*?)```/.exec(docs)?.[1];
    assert.ok(example, 'no yaml example in docs/delegations.md');
    const parsed = parseDelegationsFile(example);
    assert.deepStrictEqual(parsed.problems.filter((p) => p.id !== 'delegations.aliasConflict'), []);
    // The EC alias is the documented, deliberate conflict with Ecuador.
    assert.deepStrictEqual(parsed.problems.map((p) => example.slice(p.start, p.end)), ['EC']);
    const registry = builtinRegistry().withAdditions(parsed.entries);
    assert.strictEqual(registry.resolve('EC')?.code, 'EU');
    assert.strictEqual(registry.resolve('Ecuador')?.code, 'EC');
    assert.strictEqual(registry.get('TR')?.name, 'Turkey');
    assert.deepStrictEqual(registry.membersOf('G10').map((d) => d.code), ['CH', 'JP', 'KR', 'NO', 'IS', 'IL', 'LI', 'MU', 'TPKM']);
  });

  it('documents every problem id', () => {
    for (const id of Object.keys(DELEGATIONS_FILE_PROBLEMS)) assert.ok(docs.includes(`\`${id}\``), id);
  });

  it('lists the kinds the parser accepts', () => {
    assert.deepStrictEqual(entrySchema.properties.kind.enum, DELEGATION_KINDS);
  });

  it('has exactly the keys the parser reads', () => {
    const sample: Record<string, string> = { code: 'NEWCODE', kind: 'group', membershipNote: 'informal', aliases: '[Newcode]', members: '[FR]' };
    const lines = Object.keys(entrySchema.properties).map((key) => `    ${key}: ${sample[key] ?? 'Some text'}`);
    const parsed = parseDelegationsFile(`delegations:\n  -\n${lines.join('\n')}\n`);
    assert.deepStrictEqual(parsed.entries.length, 1);
    assert.deepStrictEqual(parsed.problems.filter((p) => p.id === 'delegations.unknownKey'), []);
    assert.deepStrictEqual(Object.keys(schema.properties), ['delegations']);
  });
});
