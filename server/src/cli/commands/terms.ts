// `negotext terms <paths>`: a terminology report across documents: each term's uses per document, and the deprecated,
// contested and rejected uses with their places.

import * as path from 'path';
import { LineIndex, type TermOccurrence } from '../../core';
import { detached } from '../../core/text/detached';
import { AnalysedInputs, type AnalysedFile } from '../analyseFiles';
import { parseFileArgs } from '../args';
import type { CliCommand } from '../io';

/** One use that needs a drafter's attention. */
export interface TermUse {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** The text as written. */
  readonly matched: string;
  /** What a quick fix would write instead, when there is something. */
  readonly replacement?: string;
}

/** One lexicon entry as the report shows it. */
export interface TermReportEntry {
  readonly term: string;
  readonly status: string;
  /** The lexicon file the entry comes from. */
  readonly lexicon?: string;
  readonly total: number;
  /** Uses per document, in the order the documents were given. */
  readonly uses: ReadonlyArray<{ readonly file: string; readonly count: number }>;
  /** Uses of a deprecated form. */
  readonly deprecated: ReadonlyArray<TermUse>;
  /** Uses of any form of a contested entry (deprecated forms excepted: they are listed above). */
  readonly contested: ReadonlyArray<TermUse>;
  /** Uses of any form of a rejected entry (deprecated forms excepted). */
  readonly rejected: ReadonlyArray<TermUse>;
}

/** The whole report: `version` changes only when the JSON shape does. */
export interface TermReport {
  readonly version: 1;
  readonly documents: ReadonlyArray<string>;
  readonly terms: ReadonlyArray<TermReportEntry>;
}

export const termsCommand: CliCommand = {
  name: 'terms',
  summary: 'terms <paths>    terminology report: each term\'s uses per document, deprecated and contested uses',
  run(args, io) {
    const options = parseFileArgs('terms', args, ['text', 'json']);
    // The documents are analysed one at a time as the report takes them, each model let go once its terms are read.
    const analysed = new AnalysedInputs(options.paths, options, io);
    function* files(): Generator<AnalysedFile> {
      for (const file of analysed) {
        if (file.context.lexicons.length === 0) io.err(`negotext: ${file.path}: no lexicon applies (name one in the front matter or with --lexicon)`);
        yield file;
      }
    }
    const report = buildTermReport(files());
    const unreadable = analysed.unreadable;
    io.out(options.format === 'json' ? JSON.stringify(report, null, 2) : formatTermReport(report));
    return unreadable ? 2 : 0;
  },
};

/**
 * Groups every term occurrence of the files by lexicon entry; terms with most uses first, then alphabetically. Each
 * file is read once, and not kept.
 */
export function buildTermReport(files: Iterable<Pick<AnalysedFile, 'path' | 'text' | 'model' | 'context'>>): TermReport {
  const paths: string[] = [];
  interface Building {
    readonly term: string;
    readonly status: string;
    readonly lexicon?: string;
    readonly counts: Map<string, number>;
    readonly deprecated: TermUse[];
    readonly contested: TermUse[];
    readonly rejected: TermUse[];
  }
  const byEntry = new Map<object, Building>();
  // One copy of each spelling for all its uses: a spelling cut from a draft (13 characters or more) is a view that
  // would keep the whole draft alive to the end of the report.
  const spellings = new Map<string, string>();
  const spelling = (matched: string): string => {
    let kept = spellings.get(matched);
    if (kept === undefined) spellings.set(matched, (kept = detached(matched)));
    return kept;
  };
  for (const file of files) {
    paths.push(file.path);
    const lexiconOf = new Map<object, string>();
    for (const lexicon of file.context.lexicons) for (const entry of lexicon.entries) if (!lexiconOf.has(entry)) lexiconOf.set(entry, lexicon.path);
    const index = new LineIndex(file.text);
    const use = (occurrence: TermOccurrence): TermUse => {
      const at = index.position(occurrence.start);
      return { file: file.path, line: at.line + 1, column: at.character + 1, matched: spelling(occurrence.matched), ...(occurrence.replacement !== undefined ? { replacement: occurrence.replacement } : {}) };
    };
    for (const occurrence of file.model.terms.toArray()) {
      let building = byEntry.get(occurrence.entry);
      if (!building) {
        const lexicon = lexiconOf.get(occurrence.entry);
        building = { term: occurrence.entry.term, status: occurrence.entry.status, ...(lexicon !== undefined ? { lexicon } : {}), counts: new Map(), deprecated: [], contested: [], rejected: [] };
        byEntry.set(occurrence.entry, building);
      }
      building.counts.set(file.path, (building.counts.get(file.path) ?? 0) + 1);
      if (occurrence.form === 'deprecated') building.deprecated.push(use(occurrence));
      else if (occurrence.entry.status === 'contested') building.contested.push(use(occurrence));
      else if (occurrence.entry.status === 'rejected') building.rejected.push(use(occurrence));
    }
  }
  const terms: TermReportEntry[] = [...byEntry.values()].map((b) => {
    const uses = paths.filter((file) => b.counts.has(file)).map((file) => ({ file, count: b.counts.get(file)! }));
    const total = uses.reduce((sum, u) => sum + u.count, 0);
    return { term: b.term, status: b.status, ...(b.lexicon !== undefined ? { lexicon: b.lexicon } : {}), total, uses, deprecated: b.deprecated, contested: b.contested, rejected: b.rejected };
  });
  terms.sort((a, b) => b.total - a.total || a.term.localeCompare(b.term, 'en'));
  return { version: 1, documents: paths, terms };
}

/** The report as text: one block per term, its uses per document, then the uses that need attention. */
export function formatTermReport(report: TermReport): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const lines = [`${plural(report.terms.length, 'term')} used in ${plural(report.documents.length, 'document')}`];
  const place = (use: TermUse) => `${use.file}:${use.line}:${use.column} "${use.matched}"${use.replacement !== undefined ? ` → "${use.replacement}"` : ''}`;
  for (const term of report.terms) {
    const from = term.lexicon !== undefined ? `, from ${path.relative(process.cwd(), term.lexicon) || term.lexicon}` : '';
    lines.push('', `${term.term} (${term.status}, ${plural(term.total, 'use')}${from})`);
    for (const use of term.uses) lines.push(`  ${use.file}: ${plural(use.count, 'use')}`);
    for (const use of term.deprecated) lines.push(`  deprecated: ${place(use)}`);
    for (const use of term.contested) lines.push(`  contested: ${place(use)}`);
    for (const use of term.rejected) lines.push(`  rejected: ${place(use)}`);
  }
  return lines.join('\n');
}
