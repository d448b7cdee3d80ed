// Semantic token deltas: the edit between two versions' tokens gives the new tokens back, and stays the size of the change.

import * as assert from 'assert';
import * as fc from 'fast-check';
import type { SemanticTokensDelta } from 'vscode-languageserver';
import { analyze } from '../../server/src/core';
import { builtinRegistry } from '../../server/src/core/delegations';
import { computeSemanticTokens } from '../../server/src/core/features/semanticTokens';
import { TextLines } from '../../server/src/lsp/positions';
import { encodeSemanticTokens } from '../../server/src/lsp/semanticTokens';
import { applySemanticTokensEdits } from '../support/decodeSemanticTokens';
import { SemanticTokensResults, semanticTokensEdits } from '../../server/src/lsp/semanticTokensDelta';

const registry = builtinRegistry();

function tokensOf(text: string): Uint32Array {
  return encodeSemanticTokens(computeSemanticTokens(analyze(text, { delegations: registry }), { delegations: registry }), new TextLines(text));
}

/**
 * The tokens of `before` edited into those of `after` give those of `after`, replacing at most `maxTokens` tokens
 * and inserting at most as many, at token boundaries.
 */
function checkDelta(before: string, after: string, maxTokens: number): void {
  const previous = tokensOf(before);
  const next = tokensOf(after);
  const edits = semanticTokensEdits(previous, next);
  assert.deepStrictEqual(applySemanticTokensEdits(previous, edits), Array.from(next));
  for (const edit of edits) {
    assert.strictEqual(edit.start % 5, 0, 'starts at a token');
    assert.strictEqual(edit.deleteCount % 5, 0, 'deletes whole tokens');
    assert.strictEqual((edit.data ?? []).length % 5, 0, 'inserts whole tokens');
    assert.ok(edit.deleteCount <= 5 * maxTokens && (edit.data ?? []).length <= 5 * maxTokens, `edit of ${edit.deleteCount} and ${(edit.data ?? []).length} integers`);
  }
}

const DRAFT = ['OP1. {ad ref} Decides to [hold]{US, G77} {number} sessions.', '', 'OP2. Requests [the Secretariat [to report]{EU}] [shall][should] act.', '', 'OP3. {proposed: CfRN} Notes the report.'].join('\n');

describe('LSP semantic token deltas', () => {
  it('nothing changed: no edit', () => {
    assert.deepStrictEqual(semanticTokensEdits(tokensOf(DRAFT), tokensOf(DRAFT)), []);
  });

  it('a letter typed in prose moves the tokens after it on its line only', () => {
    checkDelta(DRAFT, DRAFT.replace('Requests', 'Requestss'), 8);
  });

  it('a line added at the top changes the first token alone (the others are relative to it)', () => {
    checkDelta(DRAFT, `PP1. Recalling.\n${DRAFT}`, 1);
  });

  it('a bracket typed changes the depths it encloses and adds its own token', () => {
    checkDelta(DRAFT, DRAFT.replace('Notes the', 'Notes [the'), 2);
    checkDelta(DRAFT, DRAFT.replace('Decides to', '[Decides to'), 10);
  });

  it('an attribution deleted, a paragraph deleted, the whole text deleted', () => {
    checkDelta(DRAFT, DRAFT.replace('{US, G77}', ''), 5);
    checkDelta(DRAFT, DRAFT.replace(/\n\nOP2[^\n]*/, ''), 14);
    checkDelta(DRAFT, '', 40);
    checkDelta('', DRAFT, 40);
  });

  it('any two token lists: the edit gives the second back, at token boundaries, no larger than the second', () => {
    const tokens = fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 5, maxLength: 5 }), { maxLength: 12 }).map((list) => list.flat());
    fc.assert(
      fc.property(tokens, tokens, (previous, next) => {
        const edits = semanticTokensEdits(previous, next);
        assert.deepStrictEqual(applySemanticTokensEdits(previous, edits), next);
        assert.ok(edits.length <= 1);
        for (const edit of edits) {
          assert.strictEqual(edit.start % 5, 0);
          assert.strictEqual(edit.deleteCount % 5, 0);
          assert.ok((edit.data ?? []).length <= next.length);
        }
      }),
    );
    // A shared head and tail are kept: only what lies between is sent.
    fc.assert(
      fc.property(tokens, tokens, tokens, (head, middle, tail) => {
        const edits = semanticTokensEdits([...head, ...tail], [...head, ...middle, ...tail]);
        for (const edit of edits) assert.ok((edit.data ?? []).length <= middle.length, 'sends no more than what was added');
      }),
    );
  });

  it('results: a delta from the result the editor names, the whole tokens from any other', () => {
    const results = new SemanticTokensResults();
    const uri = 'file:///draft.ntx';
    const first = results.full(uri, tokensOf(DRAFT));
    assert.ok(first.resultId);
    const edited = tokensOf(DRAFT.replace('Notes', 'Notes [the]'));
    const delta = results.delta(uri, first.resultId, edited) as SemanticTokensDelta;
    assert.ok(delta.edits, 'a delta');
    assert.notStrictEqual(delta.resultId, first.resultId);
    assert.deepStrictEqual(first.data, Array.from(tokensOf(DRAFT)), 'the whole tokens, as a list for JSON');
    assert.deepStrictEqual(applySemanticTokensEdits(first.data, delta.edits), Array.from(edited));
    // The first result is no longer the one kept: asked from it again, the whole tokens come back.
    assert.deepStrictEqual(results.delta(uri, first.resultId, edited), { resultId: String(Number(delta.resultId) + 1), data: Array.from(edited) });
    results.forget(uri);
    const afterClose = results.delta(uri, String(Number(delta.resultId) + 1), edited);
    assert.deepStrictEqual(afterClose, { resultId: String(Number(delta.resultId) + 2), data: Array.from(edited) }, 'a closed document starts again from the whole tokens');
  });
});
