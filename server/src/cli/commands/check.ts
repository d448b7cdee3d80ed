// `negotext check`: the findings of every document, as `path:line:col: severity id: message` or JSON.

import { computeFindings } from '../../core';
import { eachAnalysedFile } from '../analyseFiles';
import { parseFileArgs } from '../args';
import type { CliCommand } from '../io';
import { formatFindingLine, locateFindings, type CliFinding } from '../report';

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'check <paths>    report findings (folders are searched for .ntx files)',
  run(args, io) {
    const options = parseFileArgs('check', args, ['text', 'json']);
    // Each file's findings are worded as it is analysed, and its model let go: text is printed as it comes, JSON
    // gathered (it is one array).
    const gathered: CliFinding[] = [];
    let errors = false;
    const { unreadable } = eachAnalysedFile(options.paths, options, io, (file) => {
      const findings = locateFindings(file.path, file.text, computeFindings(file.model, { delegations: file.context.registry }));
      errors ||= findings.some((f) => f.severity === 'error');
      if (options.format === 'json') gathered.push(...findings);
      else for (const finding of findings) io.out(formatFindingLine(finding));
    });
    if (options.format === 'json') io.out(JSON.stringify(gathered, null, 2));
    if (unreadable) return 2;
    return errors ? 1 : 0;
  },
};
