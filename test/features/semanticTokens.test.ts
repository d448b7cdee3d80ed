// Semantic tokens as (text, expected tokens) data through one check helper: each token written as `type.modifiers text`.

import * as assert from 'assert';
import fc from 'fast-check';
import { analyze } from '../../server/src/core';
import { builtinRegistry } from '../../server/src/core/delegations';
import { computeSemanticTokens, type SemanticTokenData, type SemanticTokenType } from '../../server/src/core/features/semanticTokens';
import { createTermMatcher, parseLexicon } from '../../server/src/core/lexicon';
import { assertLinearGrowth } from '../support/growth';

const LEXICON = parseLexicon(
  `terms:
  - term: information and communications technologies
    abbreviation: ICTs
    status: agreed
    deprecated: [cyber technologies]
  - term: cyber sovereignty
    status: contested
  - term: cyber weapon
    status: rejected
`,
  'terms.lexicon.yaml',
).lexicon;

function tokensOf(text: string): SemanticTokenData[] {
  const registry = builtinRegistry();
  return computeSemanticTokens(analyze(text, { delegations: registry, terms: createTermMatcher([LEXICON], 'en') }), { delegations: registry });
}

/**
 * The tokens of `text`, each as `type.modifier.modifier text` (modifiers in the order the core gives them), compared
 * with `expected` in document order; `only` keeps the tokens of some types, so a case can look at one thing.
 */
function checkTokens(text: string, expected: string[], only?: SemanticTokenType[]): void {
  const tokens = tokensOf(text);
  const actual = tokens.filter((t) => !only || only.includes(t.type)).map((t) => `${[t.type, ...t.modifiers].join('.')} ${text.slice(t.start, t.end)}`);
  assert.deepStrictEqual(actual, expected);
  for (let i = 1; i < tokens.length; i++) assert.ok(tokens[i].start >= tokens[i - 1].end, `tokens ${i - 1} and ${i} overlap or are out of order`);
}

describe('semantic tokens', () => {
  it('an attribution: braces, role, delegations, a group and an unknown name', () => {
    checkTokens('OP1. Parties [shall]{proposed: RU, G77; opposed: Cnina} act.', [
      'bracket.depth1 [',
      'bracket.depth1 ]',
      'attribution {',
      'role proposed',
      'delegation RU',
      'delegation.group G77',
      'role opposed',
      'delegation.unknown Cnina',
      'attribution }',
    ]);
  });

  it('a paragraph annotation after a label, with a status; a placeholder elsewhere', () => {
    checkTokens('OP4. {ad ref; US} Decides to hold {number} sessions.', ['paragraphAnnotation {', 'status ad ref', 'delegation US', 'paragraphAnnotation }', 'placeholder {number}']);
  });

  it('after a label, a {...} that reads like no annotation is a placeholder, whatever its shape', () => {
    checkTokens('OP1. {Placeholder for preamble}', ['placeholder {Placeholder for preamble}']);
    checkTokens('OP1. {Xyz} Text.', ['placeholder {Xyz}']);
    checkTokens('OP1. {iran, cuba} Text.', ['paragraphAnnotation {', 'delegation iran', 'delegation cuba', 'paragraphAnnotation }']);
  });

  it('a footnote annotation', () => {
    checkTokens('Text.[^1]\n\n[^1]: {IR} Reservation.', ['footnoteAnnotation {', 'delegation IR', 'footnoteAnnotation }']);
  });

  it('a misplaced attribution is one token, an attribution marked misplaced', () => {
    checkTokens('(a) A norm on supply chains {proposed: NL; supported: CH, EE};', ['attribution.misplaced {proposed: NL; supported: CH, EE}']);
  });

  it('an unknown role, and a role written after its delegations (Rio+20 style)', () => {
    checkTokens('OP1. [a]{propsed: RU} [b]{G77: retain}', ['attribution {', 'role.unknown propsed', 'delegation RU', 'attribution }', 'attribution {', 'delegation.group G77', 'role retain', 'attribution }'], ['attribution', 'role', 'delegation']);
  });

  it('an unclosed annotation: only its brace', () => {
    checkTokens('OP2. Each State Party [shall]{proposed: RU adopt such measures.', ['bracket.depth1 [', 'bracket.depth1 ]', 'placeholder.unclosed {']);
  });

  it('an annotation over two lines stays one token per part (lsp/ splits lines)', () => {
    checkTokens('OP1. [a]{proposed: RU,\nCN} x', ['attribution {', 'role proposed', 'delegation RU', 'delegation CN', 'attribution }'], ['attribution', 'role', 'delegation']);
  });

  it('bracket depths cycle after six; closers in document order', () => {
    checkTokens(
      '[1 [2 [3 [4 [5 [6 [7] ]]]]]] [a][b]',
      [
        'bracket.depth1 [',
        'bracket.depth2 [',
        'bracket.depth3 [',
        'bracket.depth4 [',
        'bracket.depth5 [',
        'bracket.depth6 [',
        'bracket.depth1 [',
        'bracket.depth1 ]',
        'bracket.depth6 ]',
        'bracket.depth5 ]',
        'bracket.depth4 ]',
        'bracket.depth3 ]',
        'bracket.depth2 ]',
        'bracket.depth1 ]',
        'bracket.depth1 [',
        'bracket.depth1 ]',
        'bracket.depth1 [',
        'bracket.depth1 ]',
      ],
    );
  });

  it('an unclosed opener and a stray closer, as the analysis blames them', () => {
    checkTokens('OP1. Decides to [convene a special session in 2026.\n\nOP2. Requests the Secretariat to report] on implementation.', ['bracket.depth1.unclosed [', 'bracket.stray ]']);
  });

  it('a bracket over a blank line keeps its depth (the grammar stops at the blank line)', () => {
    checkTokens('[OP3. Decides [to convene]\n\nOP4. Requests [the Secretariat].]', ['bracket.depth1 [', 'bracket.depth2 [', 'bracket.depth2 ]', 'bracket.depth2 [', 'bracket.depth2 ]', 'bracket.depth1 ]']);
  });

  it('lexicon terms by status; escapes and comments are not brackets', () => {
    checkTokens(
      'OP1. The use of ICTs, cyber technologies, cyber sovereignty and cyber weapon \\[sic\\] <!-- [x] -->.',
      ['term ICTs', 'term.deprecated cyber technologies', 'term.contested cyber sovereignty', 'term.rejected cyber weapon'],
    );
  });

  it('a term inside a bracket, between the delimiters', () => {
    checkTokens('OP1. [the misuse of cyber technologies]{EU}', ['bracket.depth1 [', 'term.deprecated cyber technologies', 'bracket.depth1 ]', 'attribution {', 'delegation EU', 'attribution }']);
  });

  it('without a registry for kinds, no group modifier; an empty document has no tokens', () => {
    const tokens = computeSemanticTokens(analyze('[a]{G77}'));
    assert.deepStrictEqual(tokens.map((t) => t.modifiers), [['depth1'], ['depth1'], [], [], []]);
    checkTokens('', []);
  });

  it('for a range, exactly the tokens of the whole document that overlap it', () => {
    // Pieces that make every kind of token, with terms, unclosed and stray delimiters, and ranges cutting anywhere.
    const pieces = ['[', ']', '][', '] / [', ']{proposed: US, G77}', '{agreed} ', '{EU', '{number}', 'OP1. ', '(a) ', '\n', '\n\n', 'text ', 'cyber sovereignty ', 'ICTs ', '[^1]', '<!-- c -->'];
    const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(''));
    const registry = builtinRegistry();
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        const model = analyze(text, { delegations: registry, terms: createTermMatcher([LEXICON], 'en') });
        const start = a % (text.length + 1);
        const within = { start, end: start + (b % (text.length - start + 1)) };
        const all = computeSemanticTokens(model, { delegations: registry });
        const expected = all.filter((t) => t.end > within.start && t.start < within.end);
        assert.deepStrictEqual(computeSemanticTokens(model, { delegations: registry, within }), expected);
      }),
      { numRuns: 500 },
    );
  });

  it('grows linearly: nested and sibling brackets, attributions, paragraph annotations, placeholders', function () {
    this.timeout(60000);
    const make = (n: number) => '['.repeat(n) + ']{US}'.repeat(n) + '\n\n' + 'OP1. {agreed} [a]{EU} {number}\n'.repeat(n);
    const registry = builtinRegistry();
    const models = new Map<string, ReturnType<typeof analyze>>();
    const modelOf = (text: string) => models.get(text) ?? models.set(text, analyze(text, { delegations: registry })).get(text)!;
    assert.strictEqual(computeSemanticTokens(modelOf(make(1000)), { delegations: registry }).filter((t) => t.type === 'bracket').length, 4000);
    assertLinearGrowth(make, 20000, (text) => computeSemanticTokens(modelOf(text), { delegations: registry }));
  });
});
