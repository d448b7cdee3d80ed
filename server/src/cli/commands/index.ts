// The CLI's commands, in the order the usage text lists them; a new command is one file and one line here.

import type { CliCommand } from '../io';
import { checkCommand } from './check';
import { statsCommand } from './stats';
import { reportCommand } from './report';
import { exportCommand } from './export';
import { diffCommand } from './diff';
import { importCommand } from './import';
import { lexiconCommand } from './lexicon';
import { termsCommand } from './terms';

export const COMMANDS: ReadonlyArray<CliCommand> = [checkCommand, statsCommand, reportCommand, exportCommand, diffCommand, importCommand, lexiconCommand, termsCommand];
