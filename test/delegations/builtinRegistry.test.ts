// The built-in registry: its counts, lookups by code, alias and name, and the consistency of its group data.

import * as assert from 'assert';
import {
  builtinRegistry,
  GROUPS,
  normalizeKey,
  UN_MEMBER_ALPHA3,
  UN_OBSERVER_STATE_ALPHA3,
  type Delegation,
} from '../../server/src/core/delegations';
import { isIsoCountryCode } from '../../server/src/core/delegations/isoCountries';

const registry = builtinRegistry();
const ofKind = (kind: Delegation['kind']): readonly Delegation[] => registry.all().filter((d) => d.kind === kind);
const codes = (delegations: readonly Delegation[]): string[] => delegations.map((d) => d.code);

describe('built-in delegations registry', () => {
  describe('contents', () => {
    it('has the 193 UN Member States, 2 observer States and the European Union', () => {
      assert.strictEqual(UN_MEMBER_ALPHA3.length, 193);
      assert.strictEqual(new Set(UN_MEMBER_ALPHA3).size, 193);
      assert.strictEqual(ofKind('member-state').length, 193);
      assert.deepStrictEqual(codes(ofKind('observer-state')), ['VA', 'PS']);
      assert.deepStrictEqual(codes(ofKind('organization')), ['EU']);
      assert.strictEqual(UN_OBSERVER_STATE_ALPHA3.length, 2);
    });

    it('has the negotiating groups the brief names', () => {
      const groups = codes(ofKind('group'));
      for (const code of ['G77', 'AFRICAN', 'APG', 'ARAB', 'AOSIS', 'LDC', 'LLDC', 'LMDC', 'EIG', 'UMBRELLA', 'GRULAC', 'WEOG', 'EEG', 'EU27', 'JUSSCANNZ', 'LMG', 'BASIC', 'ALBA', 'AGN', 'SIDS']) {
        assert.ok(groups.includes(code), `missing group ${code}`);
      }
    });

    it('uses unique canonical codes', () => {
      const all = codes(registry.all());
      assert.strictEqual(new Set(all.map(normalizeKey)).size, all.length);
    });

    it('gives States their UN short names, not ISO names', () => {
      const names: Record<string, string> = {
        IR: 'Iran (Islamic Republic of)',
        TR: 'Türkiye',
        KR: 'Republic of Korea',
        KP: "Democratic People's Republic of Korea",
        GB: 'United Kingdom of Great Britain and Northern Ireland',
        US: 'United States of America',
        BO: 'Bolivia (Plurinational State of)',
        VE: 'Venezuela (Bolivarian Republic of)',
        CN: 'China',
        CG: 'Congo',
        CD: 'Democratic Republic of the Congo',
        CI: "Côte d'Ivoire",
        CV: 'Cabo Verde',
        CZ: 'Czechia',
        FM: 'Micronesia (Federated States of)',
        LA: "Lao People's Democratic Republic",
        MD: 'Republic of Moldova',
        MK: 'North Macedonia',
        NL: 'Netherlands (Kingdom of the)',
        RU: 'Russian Federation',
        SY: 'Syrian Arab Republic',
        SZ: 'Eswatini',
        TZ: 'United Republic of Tanzania',
        VN: 'Viet Nam',
        VA: 'Holy See',
        PS: 'State of Palestine',
      };
      for (const [code, name] of Object.entries(names)) assert.strictEqual(registry.get(code)?.name, name, code);
    });

    it('never gives a group or organization a code that is an ISO 3166 code', () => {
      // Otherwise a group would shadow a country or territory code a drafter may write one day.
      const clashes = [...ofKind('group'), ...ofKind('organization')].filter((d) => isIsoCountryCode(d.code));
      assert.deepStrictEqual(codes(clashes), []);
    });
  });

  describe('resolve', () => {
    const cases: [string, string][] = [
      ['US', 'US'], ['USA', 'US'], ['usa', 'US'], ['United States', 'US'], ['United States of America', 'US'], ['U.S.', 'US'],
      ['UK', 'GB'], ['GBR', 'GB'], ['United Kingdom', 'GB'], ['Russia', 'RU'], ['RUS', 'RU'], ['Iran', 'IR'],
      ['Iran (Islamic Republic of)', 'IR'], ['DPRK', 'KP'], ['Syria', 'SY'], ['Türkiye', 'TR'], ['Turkiye', 'TR'],
      ['Turkey', 'TR'], ['Viet Nam', 'VN'], ['Vietnam', 'VN'], ['Congo', 'CG'], ['DRC', 'CD'], ["Côte d’Ivoire", 'CI'],
      ["Cote d'Ivoire", 'CI'], ['St. Lucia', 'LC'], ['the Netherlands', 'NL'], ['Holy See', 'VA'], ['Palestine', 'PS'],
      ['EU', 'EU'], ['European Union', 'EU'], ['the EU', 'EU'],
      ['G77', 'G77'], ['G-77', 'G77'], ['G77/China', 'G77'], ['G77 + China', 'G77'], ['G-77 and China', 'G77'],
      ['Group of 77 and China', 'G77'], ['g77+china', 'G77'], ['G-77 / China', 'G77'],
      ['African Group', 'AFRICAN'], ['AOSIS', 'AOSIS'], ['LDCs', 'LDC'], ['Umbrella Group', 'UMBRELLA'],
      ['EU member States', 'EU27'], ['EU-27', 'EU27'], ['Like-minded group', 'LMG'], ['GRULAC', 'GRULAC'],
    ];
    for (const [text, code] of cases) {
      it(`resolves ${JSON.stringify(text)} to ${code}`, () => assert.strictEqual(registry.resolve(text)?.code, code));
    }

    it('normalizes whitespace, including non-breaking spaces from Word', () => {
      assert.strictEqual(registry.resolve('  Group\u00a0of   77  and China ')?.code, 'G77');
    });

    it('leaves ambiguous and unknown spellings unresolved', () => {
      for (const text of ['Korea', 'G7', 'XX', '', '   ', 'Taiwan']) assert.strictEqual(registry.resolve(text), undefined, text);
    });

    it('resolves every name, code and listed alias to its own delegation', () => {
      for (const delegation of registry.all()) {
        for (const spelling of [delegation.name, ...delegation.codes, ...delegation.aliases]) {
          assert.strictEqual(registry.resolve(spelling)?.code, delegation.code, `${spelling} should name ${delegation.code}`);
        }
      }
    });

    it('looks up 200 000 attribution items in well under a second', () => {
      const items = ['US', 'EU', 'G77', 'Russian Federation', 'G-77 and China', 'china', 'Unknownland'];
      const started = Date.now();
      for (let i = 0; i < 200_000; i++) registry.resolve(items[i % items.length]);
      assert.ok(Date.now() - started < 1000, `took ${Date.now() - started} ms`);
    });
  });

  describe('groups and members', () => {
    it('resolves every member code of every group in the data file', () => {
      const unresolved = GROUPS.flatMap((group) => group.members.filter((code) => registry.resolve(code) === undefined).map((code) => `${group.code}: ${code}`));
      assert.deepStrictEqual(unresolved, []);
    });

    it('keeps every listed member, without repeats', () => {
      for (const group of GROUPS) {
        assert.strictEqual(new Set(group.members).size, group.members.length, `${group.code} repeats a member`);
        assert.strictEqual(registry.membersOf(group.code).length, group.members.length, group.code);
      }
    });

    it('has the published sizes', () => {
      const sizes: Record<string, number> = {
        EU: 27, EU27: 27, G77: 135, AFRICAN: 54, AGN: 54, EEG: 23, GRULAC: 33, WEOG: 29, ARAB: 22, AOSIS: 39, LDC: 44, LLDC: 32, EIG: 6, BASIC: 4,
      };
      for (const [code, size] of Object.entries(sizes)) assert.strictEqual(registry.membersOf(code).length, size, code);
    });

    it('splits the 193 Member States into the five regional groups, each State in exactly one', () => {
      const seen = new Map<string, string>();
      for (const group of ['AFRICAN', 'APG', 'EEG', 'GRULAC', 'WEOG']) {
        for (const member of registry.membersOf(group).filter((d) => d.kind === 'member-state')) {
          assert.ok(!seen.has(member.code), `${member.code} in ${seen.get(member.code)} and ${group}`);
          seen.set(member.code, group);
        }
      }
      assert.strictEqual(seen.size, 193);
    });

    it('gives each delegation the groups it belongs to', () => {
      assert.deepStrictEqual(codes(registry.groupsOf('US')), ['WEOG', 'UMBRELLA', 'JUSSCANNZ']);
      assert.deepStrictEqual(codes(registry.groupsOf('Mali')), ['G77', 'AFRICAN', 'AGN', 'LDC', 'LLDC', 'LMDC']);
      assert.deepStrictEqual(codes(registry.groupsOf('France')), ['EU', 'EU27', 'WEOG']);
      assert.deepStrictEqual(codes(registry.groupsOf('State of Palestine')), ['G77', 'APG', 'ARAB']);
      assert.deepStrictEqual(registry.groupsOf('Unknownland'), []);
    });

    it('lists members in the order of the data and marks informal memberships', () => {
      assert.deepStrictEqual(codes(registry.membersOf('BASIC')), ['BR', 'ZA', 'IN', 'CN']);
      assert.strictEqual(registry.resolve('Umbrella Group')?.membershipNote, 'informal');
      assert.strictEqual(registry.resolve('G77')?.membershipNote, undefined);
      assert.deepStrictEqual(registry.membersOf('US'), []);
    });
  });
});
