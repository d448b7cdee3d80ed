// The `-o FILE` and `--force` options, and writing an output file atomically without overwriting one by accident.

import * as fs from 'fs';
import * as path from 'path';
import { UsageError } from './io';

/** Takes `-o FILE`, `-oFILE`, `--output FILE` and `--output=FILE` out of the arguments, which the shared parser does not know. */
export function takeOutputOption(args: ReadonlyArray<string>): { args: string[]; output?: string } {
  const rest: string[] = [];
  let output: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    let value: string | undefined;
    if (arg === '-o' || arg === '--output') value = args[++i];
    else if (arg.startsWith('--output=')) value = arg.slice('--output='.length);
    else if (arg.startsWith('-o') && !arg.startsWith('--')) value = arg.slice(2);
    else {
      rest.push(arg);
      continue;
    }
    if (value === undefined || value === '') throw new UsageError(`${arg} needs a file name`);
    if (output !== undefined) throw new UsageError('give -o only once');
    output = value;
  }
  return { args: rest, output };
}

/** The output file exists and `--force` was not given. */
export class OutputExistsError extends Error {
  constructor(readonly target: string) {
    super(`${target} already exists; add --force to overwrite it`);
  }
}

/**
 * True, having said why, when `-o FILE` exists and `--force` was not given. Commands ask before their work, so that
 * a long one is not done only to be refused (the Word export of a 10 MB draft takes 14 s); the write checks again,
 * against a file made meanwhile.
 */
export function refusesOutput(output: string | undefined, force: boolean, io: { err(line: string): void }): boolean {
  if (output === undefined || force || !fs.existsSync(output)) return false;
  io.err(`negotext: ${new OutputExistsError(output).message}`);
  return true;
}

/**
 * Writes `data` to `target` through a temporary file in the same folder, renamed into place, so that a reader never
 * sees half a file and an interrupted run leaves the old file whole. Without `force` an existing file is never
 * replaced: the temporary file is hard-linked to the target, which fails if the target exists even when another
 * process creates it meanwhile; where links are not supported, an existence check before the rename stands in.
 */
export function writeFileAtomic(target: string, data: string | Uint8Array, force: boolean): void {
  const folder = path.dirname(path.resolve(target));
  const temporary = path.join(folder, `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  if (!force && fs.existsSync(target)) throw new OutputExistsError(target);
  fs.writeFileSync(temporary, data, { flag: 'wx' });
  try {
    if (force) {
      fs.renameSync(temporary, target);
      return;
    }
    try {
      fs.linkSync(temporary, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') throw new OutputExistsError(target);
      if (fs.existsSync(target)) throw new OutputExistsError(target);
      fs.renameSync(temporary, target);
      return;
    }
    fs.unlinkSync(temporary);
  } finally {
    if (fs.existsSync(temporary)) fs.rmSync(temporary, { force: true });
  }
}

/** Writes a command's text result to `-o FILE`, or to the output stream (the text's final line break is the stream's). */
export function emitText(text: string, output: string | undefined, force: boolean, out: (text: string) => void): void {
  if (output === undefined) out(text.replace(/\n$/, ''));
  else writeFileAtomic(output, text, force);
}
