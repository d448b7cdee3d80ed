// The `negotext` command line: `check` and `stats` over files and folders, on the same core as the editor.

import { analyze, computeFindings, computeStats } from '../core';
import { builtinRegistry } from '../core/delegations/builtinRegistry';
import { collectInputs } from './files';
import { formatFindingLine, formatStatsText, locateFindings, type CliFinding } from './report';

const USAGE = `Usage: negotext <command> [options] <files or folders>

Commands:
  check <paths>   report findings (folders are searched for .ntx files)
  stats <paths>   count open points per document and per section

Options:
  --format text|json   output format (default text)
  --help               show this help

Exit status: 0 no errors, 1 errors found (check), 2 bad usage or unreadable file.`;

/** What the command line asked for. */
interface Invocation {
  readonly command: 'check' | 'stats';
  readonly format: 'text' | 'json';
  readonly paths: string[];
}

/** Runs the CLI with the given arguments and streams; returns the exit status. */
export function runCli(args: ReadonlyArray<string>, out: (text: string) => void, err: (text: string) => void): number {
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    (args.length === 0 ? err : out)(USAGE);
    return args.length === 0 ? 2 : 0;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    err(`negotext: ${parsed}`);
    err('Run `negotext --help` for usage.');
    return 2;
  }
  return parsed.command === 'check' ? runCheck(parsed, out, err) : runStats(parsed, out, err);
}

function parseArgs(args: ReadonlyArray<string>): Invocation | string {
  const [command, ...rest] = args;
  if (command !== 'check' && command !== 'stats') return `unknown command "${command}"`;
  let format: 'text' | 'json' = 'text';
  const paths: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : rest[++i];
      if (value !== 'text' && value !== 'json') return `--format takes text or json, not "${value ?? ''}"`;
      format = value;
    } else if (arg.startsWith('-')) {
      return `unknown option "${arg}"`;
    } else paths.push(arg);
  }
  if (paths.length === 0) return `${command} needs at least one file or folder`;
  return { command, format, paths };
}

function runCheck(invocation: Invocation, out: (text: string) => void, err: (text: string) => void): number {
  const delegations = builtinRegistry();
  const all: CliFinding[] = [];
  let unreadable = false;
  for (const input of collectInputs(invocation.paths)) {
    if ('error' in input) {
      err(`negotext: cannot read ${input.path}: ${input.error}`);
      unreadable = true;
      continue;
    }
    const findings = computeFindings(analyze(input.text, { delegations }), { delegations });
    all.push(...locateFindings(input.path, input.text, findings));
  }
  if (invocation.format === 'json') out(JSON.stringify(all, null, 2));
  else for (const finding of all) out(formatFindingLine(finding));
  if (unreadable) return 2;
  return all.some((f) => f.severity === 'error') ? 1 : 0;
}

function runStats(invocation: Invocation, out: (text: string) => void, err: (text: string) => void): number {
  const results: Array<{ file: string; stats: ReturnType<typeof computeStats> }> = [];
  let unreadable = false;
  for (const input of collectInputs(invocation.paths)) {
    if ('error' in input) {
      err(`negotext: cannot read ${input.path}: ${input.error}`);
      unreadable = true;
      continue;
    }
    results.push({ file: input.path, stats: computeStats(analyze(input.text)) });
  }
  if (invocation.format === 'json') {
    out(JSON.stringify(results.map(({ file, stats }) => ({ file, ...stats, sections: stats.sections.map(({ range, ...rest }) => rest) })), null, 2));
  } else out(results.map(({ file, stats }) => formatStatsText(file, stats)).join('\n\n'));
  return unreadable ? 2 : 0;
}

if (require.main === module) {
  process.exitCode = runCli(process.argv.slice(2), (text) => process.stdout.write(`${text}\n`), (text) => process.stderr.write(`${text}\n`));
}
