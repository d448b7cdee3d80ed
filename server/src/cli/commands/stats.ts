// `negotext stats`: open points per document and per section, as a table or JSON.

import { computeStats } from '../../core';
import { AnalysedInputs } from '../analyseFiles';
import { parseFileArgs } from '../args';
import type { CliCommand } from '../io';
import { formatStatsText } from '../report';

export const statsCommand: CliCommand = {
  name: 'stats',
  summary: 'stats <paths>    count open points per document and per section',
  run(args, io) {
    const options = parseFileArgs('stats', args, ['text', 'json']);
    // Each file's counts are taken as it is analysed, and its model let go (as `check` does).
    const inputs = new AnalysedInputs(options.paths, options, io);
    const results = Array.from(inputs, (file) => ({ file: file.path, stats: computeStats(file.model) }));
    if (options.format === 'json') {
      io.out(JSON.stringify(results.map(({ file, stats }) => ({ file, ...stats, sections: stats.sections.map(({ range, ...rest }) => rest) })), null, 2));
    } else io.out(results.map(({ file, stats }) => formatStatsText(file, stats)).join('\n\n'));
    return inputs.unreadable ? 2 : 0;
  },
};
