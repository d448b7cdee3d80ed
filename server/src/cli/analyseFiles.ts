// Analyses the `.ntx` files named on the command line with the lexicons and delegations their workspace gives them.

import * as path from 'path';
import { analyze, parse, type DocumentModel } from '../core';
import { DocumentContextBuilder, frontMatterOf, type DocumentContext } from '../core/workspace';
import { NodeWorkspaceFiles } from '../node/nodeWorkspaceFiles';
import { findInputs, readInput, type InputPath } from './files';
import type { CliIo } from './io';

/** One analysed file. */
export interface AnalysedFile {
  readonly path: string;
  readonly text: string;
  readonly model: DocumentModel;
  readonly context: DocumentContext;
}

/** What the command line says about data files, like the editor settings `negotext.lexicon.paths` and `negotext.delegations.path`. */
export interface DataFileChoice {
  readonly lexicons: ReadonlyArray<string>;
  readonly delegations?: string;
}

/** Reads and analyses every input, all kept, for the commands that compare or gather across files. See `AnalysedInputs`. */
export function analyseFiles(paths: ReadonlyArray<string>, choice: DataFileChoice, io: CliIo): { files: AnalysedFile[]; unreadable: boolean } {
  const inputs = new AnalysedInputs(paths, choice, io);
  const files = [...inputs];
  return { files, unreadable: inputs.unreadable };
}

/**
 * The inputs of a run, each read and analysed when an iteration reaches it and kept by nothing here, for a command
 * that takes what it needs of each as it goes (`check` holds one model at a time, not a workspace's: 500 drafts of 50 KB
kept 290 MB and cost a sixth of the run in collections); iterated once. The workspace of a run is the folders named
 * (and the folders of the files named), so "every `*.lexicon.yaml` in the workspace" means those found there.
 * Unreadable inputs and data files the documents name but that cannot be read are reported on `err`; `unreadable`
 * says, once the inputs have been iterated, whether any of them could not be read.
 */
export class AnalysedInputs implements Iterable<AnalysedFile> {
  unreadable = false;
  private readonly found: ReadonlyArray<InputPath>;
  private readonly builder: DocumentContextBuilder;
  private readonly settings: { readonly lexiconPaths: string[]; readonly delegationsPath: string | undefined };

  constructor(
    paths: ReadonlyArray<string>,
    choice: DataFileChoice,
    private readonly io: CliIo,
  ) {
    const found = findInputs(paths);
    this.found = found;
    const roots = paths.map((p) => path.resolve(found.some((i) => i.path === p) ? path.dirname(p) : p));
    this.builder = new DocumentContextBuilder(new NodeWorkspaceFiles(roots));
    this.settings = { lexiconPaths: choice.lexicons.map((p) => path.resolve(p)), delegationsPath: choice.delegations ? path.resolve(choice.delegations) : undefined };
  }

  *[Symbol.iterator](): Iterator<AnalysedFile> {
    for (const each of this.found) {
      // Read when its turn comes: the texts of a whole workspace are not all held at once.
      const input = 'error' in each ? each : readInput(each.path);
      if ('error' in input) {
        this.io.err(`negotext: cannot read ${input.path}: ${input.error}`);
        this.unreadable = true;
        continue;
      }
      const tree = parse(input.text);
      const context = this.builder.contextFor(path.resolve(input.path), frontMatterOf(tree), this.settings);
      for (const missing of context.missing) this.io.err(`negotext: ${input.path}: cannot read ${missing.from === 'frontMatter' ? 'the front matter\'s' : 'the'} data file ${missing.written}`);
      yield { path: input.path, text: input.text, model: analyze(tree, context.options), context };
    }
  }
}
