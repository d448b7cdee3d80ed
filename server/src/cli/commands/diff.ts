// `negotext diff a.ntx b.ntx` or `negotext diff a.ntx --git REV`: what changed between two revisions of a text.

import { analyze } from '../../core';
import { compareRevisions, DIFF_FORMATS, renderDiff, type DiffFormat, type Revision } from '../../core/diff';
import { analyseFiles } from '../analyseFiles';
import { parseFileArgs } from '../args';
import { readAtRevision } from '../gitRevision';
import { UsageError, type CliCommand } from '../io';

/** `negotext diff`: exit 0 whatever changed, 2 for bad usage or a file or revision that cannot be read. */
export const diffCommand: CliCommand = {
  name: 'diff',
  summary: 'diff <old> <new> | diff <file> --git REV [--format text|md|json]   paragraphs and open points changed between revisions',
  run(args, io) {
    const options = parseFileArgs('diff', args, DIFF_FORMATS, { valued: ['git'] });
    const revision = typeof options.extra.git === 'string' ? options.extra.git : undefined;
    const wanted = revision === undefined ? 2 : 1;
    if (options.paths.length !== wanted) throw new UsageError(revision === undefined ? 'diff takes two files (or one file and --git REV)' : 'diff --git takes one file');
    const { files, unreadable } = analyseFiles(options.paths, options, io);
    if (unreadable || files.length !== wanted) return 2;
    let before: Revision;
    let after: Revision;
    if (revision !== undefined) {
      const current = files[0];
      const old = readAtRevision(current.path, revision);
      if ('error' in old) {
        io.err(`negotext: cannot read ${current.path} at ${revision}: ${old.error}`);
        return 2;
      }
      // The old text is read with the current file's registry and lexicons: the workspace as it is now.
      before = { file: `${current.path}@${revision}`, model: analyze(old.text, current.context.options) };
      after = { file: current.path, model: current.model };
    } else {
      before = { file: files[0].path, model: files[0].model };
      after = { file: files[1].path, model: files[1].model };
    }
    io.out(renderDiff(compareRevisions(before, after), options.format as DiffFormat).replace(/\n$/, ''));
    return 0;
  },
};
