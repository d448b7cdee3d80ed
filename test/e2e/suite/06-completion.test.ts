// Completion inside an attribution offers delegations and roles.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { openScratch, waitFor } from './helpers';

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

suite('completion', () => {
  test('inside an attribution: delegation codes with their names, and roles', async () => {
    const document = await openScratch('completion', 'OP1. Decides to [act]{supported: EU; opposed: }\n');
    const position = document.positionAt(document.getText().indexOf('opposed: ') + 'opposed: '.length);
    const list = await waitFor('completion items', async () => {
      const result = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
      return result && result.items.length > 0 ? result : undefined;
    });
    const us = list.items.find((item) => labelOf(item) === 'US' || labelOf(item) === 'USA');
    assert.ok(us, `a completion for the United States; got ${list.items.slice(0, 20).map(labelOf).join(', ')}`);
    const description = [typeof us.label === 'string' ? '' : us.label.description ?? '', us.detail ?? '', typeof us.documentation === 'string' ? us.documentation : us.documentation?.value ?? ''].join(' ');
    assert.match(description, /United States/);
    assert.ok(list.items.some((item) => labelOf(item) === 'G77' || /Group of 77/.test(labelOf(item))), 'negotiating groups are offered too');
  });

  test('in prose: the lexicon terms for the word begun, replacing it, described when resolved', async () => {
    const document = await openScratch('completion-terms', 'OP1. Calls upon States to secure inform\n');
    const position = document.positionAt(document.getText().indexOf('inform') + 'inf'.length);
    // Resolving the first items, as the suggest widget does for the item it shows, fills in the term's definition.
    const list = await waitFor('term completions', async () => {
      const result = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position, undefined, 200);
      return result?.items.some((item) => labelOf(item) === 'information and communications technologies') ? result : undefined;
    });
    const term = list.items.find((item) => labelOf(item) === 'information and communications technologies')!;
    const documentation = typeof term.documentation === 'string' ? term.documentation : term.documentation?.value ?? '';
    assert.match(documentation, /process and transmit information/);
    assert.strictEqual(term.detail, 'Agreed term');
    // The edit the list's default range gave it: the whole word under the cursor, not only what precedes it.
    const range = term.range instanceof vscode.Range ? term.range : term.range?.replacing;
    assert.ok(range, 'the item replaces a range');
    assert.strictEqual(document.getText(range), 'inform');
    assert.ok(list.items.some((item) => labelOf(item) === 'ICTs'), 'the abbreviation is offered too');
  });

  test('at the start of a clause: the roles and status keywords', async () => {
    const document = await openScratch('completion-roles', 'OP1. Decides to [act]{supported: EU; }\n');
    const position = document.positionAt(document.getText().indexOf('; }') + 2);
    const labels = await waitFor('role completions', async () => {
      const result = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
      const found = (result?.items ?? []).map(labelOf);
      return found.some((l) => /^opposed/.test(l)) ? found : undefined;
    });
    for (const role of ['proposed', 'supported', 'opposed', 'delete', 'retain', 'reservation']) {
      assert.ok(labels.some((l) => l.startsWith(role)), `role ${role} is offered`);
    }
  });
});
