// `negotext import draft.docx`: a Word document as Negotext text, brackets and footnotes kept.

import * as fs from 'fs';
import * as path from 'path';
import { parseFileArgs } from '../args';
import { asyncCommand } from '../asyncCommand';
import { UsageError } from '../io';
import { emitText, OutputExistsError, refusesOutput, takeOutputOption } from '../outputFile';
import { loadWord } from '../../word/loadWord';

/** `negotext import <file.docx>`: exit 0, or 2 for a file that is not a Word document, too large, or an existing -o file. */
export const importCommand = asyncCommand({
  name: 'import',
  summary: 'import <file.docx> [-o out.ntx] [--force]   a Word document as Negotext (50 MB unpacked at most)',
  start(args, io) {
    const { args: rest, output } = takeOutputOption(args);
    const options = parseFileArgs('import', rest, ['text'], { flags: ['force'] });
    if (options.paths.length !== 1) throw new UsageError('import takes one .docx file');
    if (refusesOutput(output, options.extra.force === true, io)) return 2;
    const input = options.paths[0];
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(input);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      io.err(`negotext: cannot read ${input}: ${code === 'ENOENT' ? 'no such file or folder' : code === 'EISDIR' ? 'is a folder' : (error as Error).message}`);
      return 2;
    }
    return async () => {
      let text: string;
      const { ImportError, importDocx } = loadWord();
      try {
        const result = await importDocx(bytes);
        for (const warning of result.warnings) io.err(`negotext: ${path.basename(input)}: ${warning}`);
        text = result.text;
      } catch (error) {
        if (!(error instanceof ImportError)) throw error;
        io.err(`negotext: cannot import ${input}: ${error.message}`);
        return 2;
      }
      try {
        emitText(text, output, options.extra.force === true, io.out);
      } catch (error) {
        if (!(error instanceof OutputExistsError)) throw error;
        io.err(`negotext: ${error.message}`);
        return 2;
      }
      return 0;
    };
  },
});
