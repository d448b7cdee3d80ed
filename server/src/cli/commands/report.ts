// `negotext report status|positions`: the status of documents or the positions of delegations, as Markdown, HTML, CSV or JSON.

import { buildPositionsReport, buildStatusReport, renderReport, REPORT_FORMATS, type DelegationNames, type ReportFormat, type ReportInput } from '../../core/reports';
import { AnalysedInputs } from '../analyseFiles';
import { parseFileArgs } from '../args';
import { UsageError, type CliCommand } from '../io';
import { emitText, OutputExistsError, refusesOutput, takeOutputOption } from '../outputFile';

/** `negotext report status|positions <paths>`: exit 0, or 2 for bad usage, an unreadable input or an existing -o file. */
export const reportCommand: CliCommand = {
  name: 'report',
  summary: 'report status|positions <paths> [--format md|html|csv|json] [-o file]   status of the text, or who stands where',
  run(args, io) {
    const kind = args[0];
    if (kind !== 'status' && kind !== 'positions') throw new UsageError('report needs "status" or "positions" first');
    const { args: rest, output } = takeOutputOption(args.slice(1));
    const options = parseFileArgs(`report ${kind}`, rest, REPORT_FORMATS, { flags: ['force'] });
    if (refusesOutput(output, options.extra.force === true, io)) return 2;
    // The documents are analysed one at a time as the report takes them, each model let go once it is read.
    const analysed = new AnalysedInputs(options.paths, options, io);
    // Every document is read against its own workspace registry; names come from the first one's (they share the
    // built-in one), asked for once every document has been read.
    let firstRegistry: DelegationNames | undefined;
    const names: DelegationNames = { resolve: (code) => firstRegistry?.resolve(code) };
    function* inputs(): Generator<ReportInput> {
      for (const file of analysed) {
        firstRegistry ??= file.context.registry;
        yield { file: file.path, model: file.model };
      }
    }
    const report = kind === 'status' ? buildStatusReport(inputs()) : buildPositionsReport(inputs(), names);
    const unreadable = analysed.unreadable;
    try {
      emitText(renderReport(report, options.format as ReportFormat), output, options.extra.force === true, io.out);
    } catch (error) {
      if (!(error instanceof OutputExistsError)) throw error;
      io.err(`negotext: ${error.message}`);
      return 2;
    }
    return unreadable ? 2 : 0;
  },
};
