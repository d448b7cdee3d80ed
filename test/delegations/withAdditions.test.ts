// Workspace additions: new delegations from other fora, observers, renames, aliases and group overrides.

import * as assert from 'assert';
import { builtinRegistry } from '../../server/src/core/delegations';

const base = builtinRegistry();

describe('registry with workspace additions', () => {
  it('adds Chinese Taipei as a WTO Member and puts it in a group', () => {
    const registry = base.withAdditions([
      { code: 'TPKM', name: 'Chinese Taipei', kind: 'other', aliases: ['Separate Customs Territory'], note: 'WTO Member.' },
      { code: 'G10', name: 'G-10 (WTO agriculture)', kind: 'group', members: ['CH', 'JP', 'KOR', 'Norway', 'IS', 'IL', 'LI', 'MU', 'Chinese Taipei'] },
    ]);
    const taipei = registry.resolve('chinese taipei');
    assert.strictEqual(taipei?.code, 'TPKM');
    assert.strictEqual(registry.resolve('TPKM'), taipei);
    assert.strictEqual(registry.resolve('Separate Customs Territory'), taipei);
    assert.strictEqual(taipei?.note, 'WTO Member.');
    assert.deepStrictEqual(taipei?.groups, ['G10']);
    assert.deepStrictEqual(registry.membersOf('G10').map((d) => d.code), ['CH', 'JP', 'KR', 'NO', 'IS', 'IL', 'LI', 'MU', 'TPKM']);
    assert.deepStrictEqual(registry.groupsOf('Japan').map((d) => d.code), ['APG', 'UMBRELLA', 'JUSSCANNZ', 'G10']);
  });

  it('adds an NGO observer, which defaults to kind other', () => {
    const registry = base.withAdditions([{ code: 'CIEL', name: 'Center for International Environmental Law', note: 'NGO observer.' }]);
    const ciel = registry.resolve('CIEL');
    assert.strictEqual(ciel?.kind, 'other');
    assert.strictEqual(ciel?.name, 'Center for International Environmental Law');
    assert.deepStrictEqual(ciel?.groups, []);
  });

  it('leaves the registry it came from unchanged', () => {
    base.withAdditions([{ code: 'CIEL', name: 'CIEL' }, { code: 'EU', aliases: ['EC'] }]);
    assert.strictEqual(base.resolve('CIEL'), undefined);
    assert.strictEqual(base.resolve('EC')?.code, 'EC');
  });

  it('lets a workspace alias win over a built-in code (EC as the European Communities at the WTO)', () => {
    const registry = base.withAdditions([{ code: 'EU', aliases: ['EC', 'European Communities'] }]);
    assert.strictEqual(registry.resolve('EC')?.code, 'EU');
    assert.strictEqual(registry.resolve('European Communities')?.code, 'EU');
    // Ecuador keeps its alpha-3 code and its name.
    assert.strictEqual(registry.resolve('ECU')?.code, 'EC');
    assert.strictEqual(registry.resolve('Ecuador')?.code, 'EC');
    assert.deepStrictEqual(registry.get('EU')?.aliases.slice(-2), ['EC', 'European Communities']);
  });

  it('renames a known delegation and keeps the old name resolving', () => {
    const registry = base.withAdditions([{ code: 'TUR', rename: 'Turkey' }]);
    assert.strictEqual(registry.get('TR')?.name, 'Turkey');
    assert.strictEqual(registry.resolve('Türkiye')?.code, 'TR');
    assert.ok(registry.get('TR')?.aliases.includes('Türkiye'));
  });

  it('ignores name on a known code, so that a mistaken entry cannot rename a State', () => {
    const registry = base.withAdditions([{ code: 'EC', name: 'European Communities' }]);
    assert.strictEqual(registry.get('EC')?.name, 'Ecuador');
  });

  it('replaces the members of a known group and recomputes groups', () => {
    const registry = base.withAdditions([{ code: 'UMBRELLA', members: ['AU', 'CA', 'JP'] }]);
    assert.deepStrictEqual(registry.membersOf('Umbrella Group').map((d) => d.code), ['AU', 'CA', 'JP']);
    assert.ok(!registry.groupsOf('US').some((g) => g.code === 'UMBRELLA'));
    assert.ok(registry.groupsOf('CA').some((g) => g.code === 'UMBRELLA'));
  });

  it('gives a new ISO code its alpha-3 twin', () => {
    const registry = base.withAdditions([{ code: 'TW', name: 'Chinese Taipei' }]);
    assert.deepStrictEqual(registry.resolve('TWN')?.codes, ['TW', 'TWN']);
  });

  it('drops members that resolve to nothing rather than keeping dangling codes', () => {
    const registry = base.withAdditions([{ code: 'X1', name: 'Group X', kind: 'group', members: ['FR', 'Atlantis'] }]);
    assert.deepStrictEqual(registry.resolve('X1')?.members, ['FR']);
  });

  it('lets a later entry change an earlier one', () => {
    const registry = base.withAdditions([{ code: 'CIEL', name: 'CIEL' }, { code: 'ciel', aliases: ['Center for International Environmental Law'] }]);
    assert.strictEqual(registry.resolve('Center for International Environmental Law')?.code, 'CIEL');
    assert.strictEqual(registry.all().filter((d) => d.code === 'CIEL').length, 1);
  });
});
