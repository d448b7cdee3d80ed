// package.json stays in step with the finding catalogue and the client: one setting per finding id, every command registered.

import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CATALOGUE, FINDING_IDS } from '../../server/src/core';
import { readSettings } from '../../server/src/lsp/settings';
import { REPO_ROOT } from '../support/paths';

interface SettingSchema {
  readonly type: string;
  readonly enum?: string[];
  readonly default?: unknown;
  readonly markdownDescription?: string;
  readonly description?: string;
}

const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
const properties: Record<string, SettingSchema> = Object.assign({}, ...manifest.contributes.configuration.map((c: { properties: object }) => c.properties));

describe('package.json contributions', () => {
  it('a severity setting per finding id, defaulting to the catalogue severity, described as in the catalogue', () => {
    const declared = Object.keys(properties).filter((k) => k.startsWith('negotext.diagnostics.')).map((k) => k.slice('negotext.diagnostics.'.length));
    assert.deepStrictEqual(declared, FINDING_IDS);
    for (const id of FINDING_IDS) {
      const setting = properties[`negotext.diagnostics.${id}`];
      assert.deepStrictEqual(setting.enum, ['error', 'warning', 'information', 'hint', 'off'], id);
      assert.strictEqual(setting.default, CATALOGUE[id].severity, id);
      assert.ok(setting.markdownDescription?.startsWith(CATALOGUE[id].description), id);
    }
  });

  it('every setting has a default and a description, and the server reads the defaults as no override', () => {
    for (const [key, setting] of Object.entries(properties)) {
      assert.ok(setting.default !== undefined, `${key} has no default`);
      assert.ok(setting.markdownDescription || setting.description, `${key} has no description`);
    }
    for (const key of ['negotext.lexicon.paths', 'negotext.delegations.path', 'negotext.trace.server']) assert.ok(properties[key], key);
    const defaults = readSettings({ lexicon: { paths: properties['negotext.lexicon.paths'].default }, delegations: { path: properties['negotext.delegations.path'].default } });
    assert.deepStrictEqual(defaults, { severities: {}, lexiconPaths: [] });
  });

  it('every contributed command is registered by the client, titled under the Negotext category', () => {
    // extension.ts registers the editor commands; reportCommands.ts those of the reports, exports and comparisons.
    const clientDir = path.join(REPO_ROOT, 'client', 'src');
    const client = fs.readdirSync(clientDir).filter((f) => f.endsWith('.ts')).map((f) => fs.readFileSync(path.join(clientDir, f), 'utf8')).join('\n');
    const commands: Array<{ command: string; title: string; category: string }> = manifest.contributes.commands;
    assert.deepStrictEqual(commands.map((c) => c.command).sort(), [
      'negotext.compareWithFile',
      'negotext.compareWithGitHead',
      'negotext.exportAgreedText',
      'negotext.exportScenarioText',
      'negotext.exportToWord',
      'negotext.nextBracket',
      'negotext.previousBracket',
      'negotext.restartServer',
      'negotext.showPositionsReport',
      'negotext.showPositionsReportWorkspace',
      'negotext.showStatistics',
      'negotext.showStatusReport',
      'negotext.showStatusReportWorkspace',
    ]);
    for (const command of commands) {
      assert.ok(client.includes(`registerCommand('${command.command}'`), `${command.command} is not registered`);
      assert.strictEqual(command.category, 'Negotext');
    }
  });
});
