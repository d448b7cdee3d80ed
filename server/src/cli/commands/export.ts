// `negotext export agreed|scenario|docx <file>`: the agreed-only text, a scenario text, or a Word document.

import * as path from 'path';
import { LineIndex } from '../../core';
import { agreedText, buildWordLayout, scenarioText, type ExportResult } from '../../core/exports';
import { loadWord } from '../../word/loadWord';
import { analyseFiles, type AnalysedFile } from '../analyseFiles';
import { parseFileArgs } from '../args';
import { asyncCommand } from '../asyncCommand';
import { UsageError, type CliIo } from '../io';
import { emitText, OutputExistsError, refusesOutput, takeOutputOption, writeFileAtomic } from '../outputFile';

/** `negotext export agreed|scenario|docx <file>`: exit 0, or 2 for bad usage, an unreadable input or an existing -o file. */
export const exportCommand = asyncCommand({
  name: 'export',
  summary: 'export agreed|scenario|docx <file> [--prefer CODE] [-o out] [--force]   a clean text or a Word document',
  start(args, io) {
    const kind = args[0];
    if (kind !== 'agreed' && kind !== 'scenario' && kind !== 'docx') throw new UsageError('export needs "agreed", "scenario" or "docx" first');
    const { args: rest, output } = takeOutputOption(args.slice(1));
    const options = parseFileArgs(`export ${kind}`, rest, ['text'], { flags: ['force'], valued: kind === 'scenario' ? ['prefer'] : [] });
    if (options.paths.length !== 1) throw new UsageError(`export ${kind} takes one file`);
    if (kind === 'docx' && output === undefined) throw new UsageError('export docx needs -o out.docx');
    if (path.extname(options.paths[0]) !== '.ntx') throw new UsageError(`export ${kind} reads a .ntx file, not ${options.paths[0]}`);
    const force = options.extra.force === true;
    if (refusesOutput(output, force, io)) return 2;
    const { files } = analyseFiles(options.paths, options, io);
    const file = files[0];
    if (!file) return 2;
    if (kind === 'docx') {
      return async () => {
        const bytes = await loadWord().writeDocx(buildWordLayout(file.model));
        return write(() => writeFileAtomic(output!, bytes, force), io);
      };
    }
    let result: ExportResult;
    if (kind === 'agreed') result = agreedText(file.model);
    else {
      const prefer = typeof options.extra.prefer === 'string' ? resolvePreference(file, options.extra.prefer, io) : undefined;
      result = scenarioText(file.model, { prefer, groupsOf: (code) => file.context.registry.resolve(code)?.groups ?? [] });
    }
    printNotes(file, result, io);
    return write(() => emitText(result.text, output, force, io.out), io);
  },
});

/** `--prefer Russia` or `--prefer RUS` means `RU`: the registry's canonical code, as attributions are resolved. */
function resolvePreference(file: AnalysedFile, written: string, io: CliIo): string {
  const found = file.context.registry.resolve(written);
  if (!found) io.err(`negotext: warning: --prefer ${written} is not a delegation the registry knows; it is matched as written`);
  return found?.code ?? written;
}

/** What the export changed that the drafter should know, as `file:line:col: note: ...` lines on the error stream. */
function printNotes(file: AnalysedFile, result: ExportResult, io: CliIo): void {
  const lines = new LineIndex(file.text);
  for (const note of result.notes) {
    const at = lines.position(note.offset);
    io.err(`${file.path}:${at.line + 1}:${at.character + 1}: note: ${note.message}`);
  }
}

function write(action: () => void, io: CliIo): number {
  try {
    action();
    return 0;
  } catch (error) {
    if (error instanceof OutputExistsError) {
      io.err(`negotext: ${error.message}`);
      return 2;
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code) {
      io.err(`negotext: cannot write the output: ${(error as Error).message}`);
      return 2;
    }
    throw error;
  }
}
