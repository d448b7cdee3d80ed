// Hover data for delegations, and its rendering as short Markdown.

import * as assert from 'assert';
import { builtinRegistry, describeDelegation, renderDelegationMarkdown } from '../../server/src/core/delegations';

const registry = builtinRegistry();
const describe_ = (text: string) => describeDelegation(registry.resolve(text)!, registry);

describe('describeDelegation', () => {
  it('gives a State its name, kind, codes and groups as plain data', () => {
    const iran = describe_('Iran');
    assert.strictEqual(iran.name, 'Iran (Islamic Republic of)');
    assert.strictEqual(iran.kindLabel, 'UN Member State');
    assert.deepStrictEqual(iran.codes, ['IR', 'IRN']);
    assert.deepStrictEqual(iran.groups.map((g) => g.code), ['G77', 'APG', 'LMDC', 'LMG']);
    assert.deepStrictEqual(iran.groups[0], { code: 'G77', name: 'Group of 77 and China' });
    assert.strictEqual(iran.members, undefined);
    assert.strictEqual(iran.informal, false);
  });

  it('gives a group its members, source and whether the membership is informal', () => {
    const umbrella = describe_('Umbrella Group');
    assert.strictEqual(umbrella.kindLabel, 'Group');
    assert.strictEqual(umbrella.members?.length, 11);
    assert.deepStrictEqual(umbrella.members?.[0], { code: 'AU', name: 'Australia' });
    assert.strictEqual(umbrella.informal, true);
    assert.strictEqual(umbrella.source, 'UNFCCC, Party groupings');
  });

  it('renders a State as a name line, a codes line and its groups', () => {
    assert.strictEqual(
      renderDelegationMarkdown(describe_('IR')),
      [
        '**Iran (Islamic Republic of)**  ',
        '`IR` · `IRN` · UN Member State',
        '',
        'Also: Iran, Islamic Republic of Iran',
        '',
        'Groups: Group of 77 and China (G77), Asia-Pacific Group (APG), Like-Minded Developing Countries (LMDC), Like-Minded Group (LMG)',
      ].join('\n'),
    );
  });

  it('lists a small group by name and a large one by sorted codes', () => {
    const basic = renderDelegationMarkdown(describe_('BASIC'));
    assert.match(basic, /^Members \(4\): Brazil, South Africa, India, China$/m);
    const g77 = renderDelegationMarkdown(describe_('G77'));
    assert.match(g77, /^Members \(135\): AE, AF, AG, AO, AR, AZ, /m);
    assert.match(renderDelegationMarkdown(describe_('LMDC')), /^Members \(24, informal\): /m);
    assert.match(g77, /^_Source: g77\.org/m);
  });

  it('escapes Markdown in names that come from a workspace file', () => {
    const custom = registry.withAdditions([{ code: 'X_1', name: '*Bold* [link](x) <b>' }]);
    const markdown = renderDelegationMarkdown(describeDelegation(custom.resolve('X_1')!, custom));
    assert.ok(markdown.startsWith('**\\*Bold\\* \\[link\\](x) \\<b\\>**'), markdown);
    assert.ok(markdown.includes('`X_1` · Other participant'), markdown);
  });
});
