// `negotext lexicon import <file>`: a TBX, CSV or TSV term base (or a lexicon) read and written as `*.lexicon.yaml`.

import * as fs from 'fs';
import { LineIndex } from '../../core';
import { importLexicon, LEXICON_LIMITS, toLexiconYaml, type DataFileProblem } from '../../core/lexicon';
import { parseFileArgs } from '../args';
import { UsageError, type CliCommand, type CliIo } from '../io';
import { emitText, OutputExistsError, refusesOutput, takeOutputOption } from '../outputFile';

/**
 * Bytes read at most before the text is decoded: four per character of the import limit, the most UTF-8 needs, so
 * a file the importer would refuse anyway is refused without loading gigabytes into memory.
 */
const MAX_IMPORT_BYTES = LEXICON_LIMITS.maxImportChars * 4;

/**
 * `negotext lexicon import <file> [-o out.lexicon.yaml] [--force]`: problems go to the error stream as
 * `file:line:col: severity id: message`; the entries read go to the output (or `-o`) as lexicon YAML.
 * Exit 0 without errors, 1 when the file has errors (the entries that could be read are still written, if any),
 * 2 for bad usage, an unreadable or unsupported file, or an existing `-o` file without `--force`.
 */
export const lexiconCommand: CliCommand = {
  name: 'lexicon',
  summary: 'lexicon import <file.tbx|csv|tsv|yaml> [-o out.lexicon.yaml] [--force]   a term base as a lexicon',
  run(args, io) {
    const [subcommand, ...rest] = args;
    if (subcommand !== 'import') throw new UsageError(subcommand === undefined ? 'lexicon needs a subcommand: lexicon import <file>' : `unknown lexicon subcommand "${subcommand}"; use lexicon import <file>`);
    const { args: remaining, output } = takeOutputOption(rest);
    const options = parseFileArgs('lexicon import', remaining, ['yaml'], { flags: ['force'] });
    if (options.paths.length !== 1) throw new UsageError('lexicon import takes one file');
    return importFile(options.paths[0], output, options.extra.force === true, io);
  },
};

function importFile(input: string, output: string | undefined, force: boolean, io: CliIo): number {
  if (refusesOutput(output, force, io)) return 2;
  let text: string;
  try {
    const stat = fs.statSync(input);
    if (stat.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    if (stat.size > MAX_IMPORT_BYTES) {
      io.err(`negotext: cannot import ${input}: it is ${stat.size.toLocaleString('en')} bytes; the import limit is ${LEXICON_LIMITS.maxImportChars.toLocaleString('en')} characters`);
      return 2;
    }
    text = fs.readFileSync(input, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.err(`negotext: cannot read ${input}: ${code === 'ENOENT' ? 'no such file or folder' : code === 'EISDIR' ? 'is a folder' : (error as Error).message}`);
    return 2;
  }
  const { lexicon, problems } = importLexicon(text, input);
  const index = new LineIndex(text);
  for (const problem of problems) io.err(formatProblem(input, index, problem));
  if (problems.some((p) => p.id === 'lexicon.unsupportedFormat')) return 2;
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (lexicon.entries.length > 0) {
    try {
      emitText(toLexiconYaml(lexicon), output, force, io.out);
    } catch (error) {
      if (!(error instanceof OutputExistsError)) throw error;
      io.err(`negotext: ${error.message}`);
      return 2;
    }
  } else if (errors > 0) io.err(`negotext: ${input}: no entries could be read`);
  return errors > 0 ? 1 : 0;
}

/** `file:line:col: severity id: message`, as `negotext check` prints findings. */
function formatProblem(file: string, index: LineIndex, problem: DataFileProblem): string {
  const at = index.position(problem.start);
  return `${file}:${at.line + 1}:${at.character + 1}: ${problem.severity} ${problem.id}: ${problem.message}`;
}
