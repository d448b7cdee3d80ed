// Code actions as (text with `$0`, action title, expected text) data through one check helper.

import * as assert from 'assert';
import { analyze } from '../../server/src/core';
import { builtinRegistry } from '../../server/src/core/delegations';
import { codeActionsAt } from '../../server/src/core/features/codeActions';
import { applyEdits } from '../../server/src/core/features/edits';
import { createTermMatcher, parseLexicon } from '../../server/src/core/lexicon';
import { readCursor } from '../support/carets';

const LEXICON = parseLexicon(
  `terms:
  - term: information and communications technologies
    abbreviation: ICTs
    status: agreed
    deprecated: [cyber technologies]
`,
  'terms.lexicon.yaml',
).lexicon;

/**
 * Applies the action whose title starts with `title` at the cursor and compares the result; also checks that the
 * text before and after the action's declared target is untouched. `title` undefined means: no action at all.
 */
function checkAction(marked: string, title: string | undefined, expected: string): void {
  const { text, offset } = readCursor(marked);
  const model = analyze(text, { delegations: builtinRegistry(), terms: createTermMatcher([LEXICON], 'en') });
  const actions = codeActionsAt(model, { start: offset, end: offset });
  if (title === undefined) {
    assert.deepStrictEqual(actions.map((a) => a.title), [], 'expected no action');
    return;
  }
  const action = actions.find((a) => a.title.startsWith(title));
  assert.ok(action, `no action "${title}…"; offered: ${actions.map((a) => a.title).join(' | ')}`);
  const result = applyEdits(text, action.edits);
  assert.strictEqual(result, expected);
  const tail = text.length - action.target.end;
  assert.strictEqual(result.slice(0, action.target.start), text.slice(0, action.target.start), 'text before the target changed');
  assert.strictEqual(result.slice(result.length - tail), text.slice(action.target.end), 'text after the target changed');
}

describe('code actions: brackets', () => {
  const cases: Array<[string, string, string, string]> = [
    ['accept keeps the text', 'Parties [sh$0all] take measures.', 'Accept the bracket', 'Parties shall take measures.'],
    ['accept drops the attribution', 'Parties [shall]{US, EU$0} take.', 'Accept the bracket', 'Parties shall take.'],
    ['accept the inner of nested brackets', 'a [b [c$0] d] e', 'Accept the bracket "[c]"', 'a [b c d] e'],
    ['accept the outer from its opener', 'a $0[b [c] d] e', 'Accept the bracket', 'a b [c] d e'],
    ['accept an unclosed bracket removes the lone opener', 'Parties [sh$0all take.', 'Accept the bracket (remove', 'Parties shall take.'],
    ['delete removes one space too', 'Parties [sh$0all] take.', 'Delete the bracket', 'Parties take.'],
    ['delete before punctuation', 'measures [and po$0licies].', 'Delete the bracket', 'measures.'],
    ['delete at line start takes the space after', '[Fu$0rther] Parties act.', 'Delete the bracket', 'Parties act.'],
    ['delete one alternative with its separator', 'States [shall]/[sh$0ould] act.', 'Delete the bracket', 'States [shall] act.'],
    ['delete the first alternative', 'States [sh$0all]{US} [should]{G77} act.', 'Delete the bracket', 'States [should]{G77} act.'],
    ['choose alternative 2 of a set', 'Parties [shall]{US, EU}[sh$0ould]{G77} take.', 'Choose alternative 2 of 2', 'Parties should take.'],
    ['choose alternative 1 of a slash set', 'the [prot$0ection]/[safeguarding] of', 'Choose alternative 1 of 2', 'the protection of'],
    ['choose an inner alternative', 'by [changing unsustainable / promo$0ting sustainable] patterns', 'Choose alternative 2 of 2', 'by promoting sustainable patterns'],
    ['choose keeps nested brackets of the chosen alternative', 'x [a [b]][c$0] y', 'Choose alternative 1 of 2', 'x a [b] y'],
  ];
  for (const [name, marked, title, expected] of cases) it(name, () => checkAction(marked, title, expected));

  it('offers nothing outside brackets, labels and terms', () => checkAction('Plain te$0xt.', undefined, ''));
});

describe('code actions: option sets', () => {
  const text = 'OP3. Decides:\n\nOption 1: to establish [a committee];\n\nOption 2: No text\n\nOP4. Requests.';
  it('choose option 1 keeps its text without the label', () => {
    checkAction(text.replace('Option 2', 'Option 2$0'), 'Choose Option 1 of 2', 'OP3. Decides:\n\nto establish [a committee];\n\nOP4. Requests.');
  });
  it('choose "no text" deletes the set and its gap', () => {
    checkAction(text.replace('Option 1', 'Op$0tion 1'), 'Choose Option 2: no text', 'OP3. Decides:\n\nOP4. Requests.');
  });
  it('"no text" at the end of the document leaves no trailing gap', () => {
    checkAction('OP3. Decides:\n\nOption 1: to act;\n\nOption 2:$0 No text\n', 'Choose Option 2: no text', 'OP3. Decides:');
  });
  it('keeps a sub-paragraph of the chosen option', () => {
    checkAction('Option 1: States shall:\n(a) act;\n(b) report.\n\nOption 2$0: States may act.', 'Choose Option 1 of 2', 'States shall:\n(a) act;\n(b) report.');
  });
});

describe('code actions: terms, footnotes, status', () => {
  const cases: Array<[string, string, string, string]> = [
    ['deprecated term to the agreed one', 'the use of cyber tech$0nologies by', 'Replace "cyber technologies"', 'the use of information and communications technologies by'],
    ['capital kept', 'Cyber tech$0nologies are', 'Replace', 'Information and communications technologies are'],
    ['footnote definition at the end', 'See[^7$0] here.', 'Create the definition of footnote [^7]', 'See[^7] here.\n\n[^7]: {Footnote text}\n'],
    ['footnote definition after the last one', 'A[^1] B[^2$0].\n\n[^1]: One.\n', 'Create the definition', 'A[^1] B[^2].\n\n[^1]: One.\n[^2]: {Footnote text}\n'],
    ['footnote definition keeps CRLF', 'See[^n$0].\r\n', 'Create the definition', 'See[^n].\r\n\r\n[^n]: {Footnote text}\r\n'],
    ['ad ref on a paragraph without annotation', 'OP4. Dec$0ides to act.', 'Mark OP4 "ad ref"', 'OP4. {ad ref} Decides to act.'],
    ['ad ref replaces another status', 'OP4. {agreed} Decid$0es.', 'Mark OP4 "ad ref"', 'OP4. {ad ref} Decides.'],
    ['ad ref joins an attribution', 'OP4. {US} Deci$0des.', 'Mark OP4 "ad ref"', 'OP4. {US; ad ref} Decides.'],
  ];
  for (const [name, marked, title, expected] of cases) it(name, () => checkAction(marked, title, expected));

  it('no ad ref action for a paragraph already ad ref', () => checkAction('OP4. {ad ref} Deci$0des.', undefined, ''));
  it('no footnote action when the definition exists', () => checkAction('See[^1$0].\n\n[^1]: Text.', undefined, ''));
});
