// `negotext check`: the findings of every document, as `path:line:col: severity id: message` or JSON.

import { computeFindings } from '../../core';
import { AnalysedInputs } from '../analyseFiles';
import { parseFileArgs } from '../args';
import type { CliCommand } from '../io';
import { JsonArrayLines } from '../jsonArrayLines';
import { formatFindingLine, locateFindings } from '../report';

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'check <paths>    report findings (folders are searched for .ntx files)',
  run(args, io) {
    const options = parseFileArgs('check', args, ['text', 'json']);
    // Each file's findings are worded as it is analysed, and its model let go; they are printed as they come, in JSON
    // too (one array, written an element at a time).
    const json = options.format === 'json' ? new JsonArrayLines(io.out) : undefined;
    let errors = false;
    const inputs = new AnalysedInputs(options.paths, options, io);
    for (const file of inputs) {
      const findings = locateFindings(file.path, file.text, computeFindings(file.model, { delegations: file.context.registry }));
      errors ||= findings.some((f) => f.severity === 'error');
      for (const finding of findings) {
        if (json) json.add(finding);
        else io.out(formatFindingLine(finding));
      }
    }
    json?.end();
    if (inputs.unreadable) return 2;
    return errors ? 1 : 0;
  },
};
