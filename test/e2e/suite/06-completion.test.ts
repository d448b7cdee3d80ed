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
