// Parses the options every file-processing command shares: paths, `--format`, `--lexicon`, `--delegations`.

import { UsageError } from './io';

/** Parsed common options. */
export interface FileCommandArgs {
  readonly paths: string[];
  readonly format: string;
  readonly lexicons: string[];
  readonly delegations?: string;
  /** Options this parser does not know, by name, for the command to read (`--force` → `force`). */
  readonly extra: Readonly<Record<string, string | true>>;
}

/**
 * Reads `--name value` and `--name=value`; `formats` lists the allowed `--format` values (the first is the default);
 * `flags` names the command's own options that take no value, `valued` those that take one.
 */
export function parseFileArgs(
  command: string,
  args: ReadonlyArray<string>,
  formats: ReadonlyArray<string>,
  own: { flags?: ReadonlyArray<string>; valued?: ReadonlyArray<string> } = {},
): FileCommandArgs {
  let format = formats[0];
  const paths: string[] = [];
  const lexicons: string[] = [];
  let delegations: string | undefined;
  const extra: Record<string, string | true> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--') || arg === '--') {
      if (arg !== '--') paths.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq > 0 ? eq : undefined);
    const takesValue = ['format', 'lexicon', 'delegations', ...(own.valued ?? [])].includes(name);
    if (!takesValue) {
      if (!(own.flags ?? []).includes(name)) throw new UsageError(`unknown option "--${name}" for ${command}`);
      extra[name] = true;
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
    if (name === 'format') {
      if (!formats.includes(value)) throw new UsageError(`--format takes ${formats.join(', ')}, not "${value}"`);
      format = value;
    } else if (name === 'lexicon') lexicons.push(value);
    else if (name === 'delegations') delegations = value;
    else extra[name] = value;
  }
  if (paths.length === 0) throw new UsageError(`${command} needs at least one file or folder`);
  return { paths, format, lexicons, delegations, extra };
}
