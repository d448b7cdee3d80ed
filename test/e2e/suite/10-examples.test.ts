// The project's examples/ as a drafter opens them: the negotiating texts have no errors, faults.ntx has the faults it names.

import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, codeOf, waitFor } from './helpers';

const ERROR_OR_WARNING = new Set([vscode.DiagnosticSeverity.Error, vscode.DiagnosticSeverity.Warning]);

function extension(): vscode.Extension<unknown> {
  const found = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(found, `${EXTENSION_ID} is loaded`);
  return found;
}

/** The finding ids, read from the `negotext.diagnostics.<id>` settings the extension declares. */
function findingIds(): string[] {
  const configuration = extension().packageJSON.contributes.configuration;
  const sections: { properties?: Record<string, unknown> }[] = Array.isArray(configuration) ? configuration : [configuration];
  const prefix = 'negotext.diagnostics.';
  return sections.flatMap((section) => Object.keys(section.properties ?? {})).filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length));
}

/** Opens `examples/<name>` from the extension's folder (the repository, in a test run) and waits for its first diagnostics. */
async function openExample(name: string): Promise<{ document: vscode.TextDocument; diagnostics: () => vscode.Diagnostic[] }> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(extension().extensionUri, 'examples', name));
  await vscode.window.showTextDocument(document);
  const diagnostics = () => vscode.languages.getDiagnostics(document.uri);
  await waitFor(`diagnostics for examples/${name}`, () => (diagnostics().length > 0 ? true : undefined), 20_000);
  return { document, diagnostics };
}

suite('examples', () => {
  for (const name of ['ict-crime-convention.ntx', 'oewg-progress-report.ntx']) {
    test(`${name} has open points but no errors`, async () => {
      const { diagnostics } = await openExample(name);
      assert.ok(diagnostics().some((d) => /^(bracket|alternatives|options)\.open$/.test(codeOf(d))), 'its unresolved brackets are listed');
      const errors = diagnostics().filter((d) => d.severity === vscode.DiagnosticSeverity.Error);
      assert.deepStrictEqual(errors.map((d) => `${codeOf(d)} ${d.range.start.line + 1}: ${d.message}`), []);
    });
  }

  test('faults.ntx reports every fault its comments name, and no other error or warning', async () => {
    const { document, diagnostics } = await openExample('faults.ntx');
    // Each fault sits under a comment that names its id (`<!-- bracket.stray: ... -->`): the file says what to expect.
    const comments = document.getText().match(/<!--[\s\S]*?-->/g) ?? [];
    const named = new Set(findingIds().filter((id) => comments.some((c) => new RegExp(`(^|[^\\w.])${id.replace('.', '\\.')}(?![\\w.])`).test(c))));
    assert.ok(named.size >= 5, `the comments name several finding ids: ${[...named].join(', ')}`);
    let missing: string[] = [];
    await waitFor('every named id', () => {
      const seen = new Set(diagnostics().map(codeOf));
      missing = [...named].filter((id) => !seen.has(id));
      return missing.length === 0 ? true : undefined;
    }).catch(() => assert.deepStrictEqual(missing, [], 'ids named in comments but not reported'));
    const unexpected = diagnostics().filter((d) => ERROR_OR_WARNING.has(d.severity) && !named.has(codeOf(d)));
    assert.deepStrictEqual(unexpected.map((d) => `${codeOf(d)} ${d.range.start.line + 1}: ${d.message}`), [], 'errors or warnings that no comment names');
  });
});
