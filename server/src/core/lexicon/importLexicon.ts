// Reads a lexicon from any supported file, choosing the reader by the file's extension.

import { importCsv } from './importCsv';
import { importTbx } from './importTbx';
import { parseLexicon, type EntryReadings } from './parseLexicon';
import { lexiconProblem } from './problemCatalogue';
import type { DataFileProblem, Lexicon } from './types';

/**
 * Reads `text` as a lexicon according to the extension of `path` (case-insensitive, query and fragment
 * of a URI ignored): `.yaml`/`.yml` (the lexicon format), `.tbx` (TBX, ISO 30042), `.csv` or `.tsv`.
 * Another extension gives an empty lexicon and a `lexicon.unsupportedFormat` problem. Never throws. `earlier`, the
 * `readings` of the same file's last reading, spares YAML entries whose text is unchanged from being parsed again.
 */
export function importLexicon(text: string, path: string, earlier?: EntryReadings): { lexicon: Lexicon; problems: DataFileProblem[]; readings?: EntryReadings } {
  const extension = /\.([a-z0-9]+)$/i.exec(path.replace(/[?#].*$/, ''))?.[1]?.toLowerCase();
  switch (extension) {
    case 'yaml':
    case 'yml':
      return parseLexicon(text, path, earlier);
    case 'tbx':
      return importTbx(text, path);
    case 'csv':
      return importCsv(text, path, ',');
    case 'tsv':
      return importCsv(text, path, '\t');
    default:
      return {
        lexicon: { path, entries: [] },
        problems: [lexiconProblem('lexicon.unsupportedFormat', `Cannot read “${path}” as a lexicon: use .yaml, .yml, .tbx, .csv or .tsv.`, 0, 0)],
      };
  }
}
