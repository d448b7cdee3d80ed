// Registers the report, export and comparison commands (issue 7): the server computes, these files show the results.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { compareWithFile, compareWithGitHead } from './compareCommands';
import { exportAgreedText, exportScenarioText, exportToWord } from './exportCommands';
import { ReportPanels } from './reportPanel';

/**
 * The commands, each taking optional arguments so that tests and other extensions can run them without dialogs:
 * a document URI first (the editor title menu passes one too), then what a dialog would ask for.
 */
export function registerReportCommands(client: () => LanguageClient | undefined): vscode.Disposable[] {
  const panels = new ReportPanels(client);
  return [
    panels,
    vscode.commands.registerCommand('negotext.showStatusReport', (uri?: unknown) => panels.showForDocument('status', uri)),
    vscode.commands.registerCommand('negotext.showPositionsReport', (uri?: unknown) => panels.showForDocument('positions', uri)),
    vscode.commands.registerCommand('negotext.showStatusReportWorkspace', () => panels.showForWorkspace('status')),
    vscode.commands.registerCommand('negotext.showPositionsReportWorkspace', () => panels.showForWorkspace('positions')),
    vscode.commands.registerCommand('negotext.exportAgreedText', (uri?: unknown) => exportAgreedText(client(), uri)),
    vscode.commands.registerCommand('negotext.exportScenarioText', (uri?: unknown, prefer?: unknown) => exportScenarioText(client(), uri, prefer)),
    vscode.commands.registerCommand('negotext.exportToWord', (uri?: unknown, target?: unknown) => exportToWord(client(), uri, target)),
    vscode.commands.registerCommand('negotext.compareWithFile', (uri?: unknown, other?: unknown) => compareWithFile(client(), uri, other)),
    vscode.commands.registerCommand('negotext.compareWithGitHead', (uri?: unknown) => compareWithGitHead(client(), uri)),
  ];
}
