// `negotext check`: the findings of every document, as `path:line:col: severity id: message` or JSON.

import { computeFindings } from '../../core';
import { analyseFiles } from '../analyseFiles';
import { parseFileArgs } from '../args';
import type { CliCommand } from '../io';
import { formatFindingLine, locateFindings, type CliFinding } from '../report';

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'check <paths>    report findings (folders are searched for .ntx files)',
  run(args, io) {
    const options = parseFileArgs('check', args, ['text', 'json']);
    const { files, unreadable } = analyseFiles(options.paths, options, io);
    const all: CliFinding[] = [];
    for (const file of files) all.push(...locateFindings(file.path, file.text, computeFindings(file.model, { delegations: file.context.registry })));
    if (options.format === 'json') io.out(JSON.stringify(all, null, 2));
    else for (const finding of all) io.out(formatFindingLine(finding));
    if (unreadable) return 2;
    return all.some((f) => f.severity === 'error') ? 1 : 0;
  },
};
