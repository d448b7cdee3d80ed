// Shared pieces of the benchmark: paths, the compiled core and generator, timing and statistics, formatting.

import { createRequire } from 'module';
import { existsSync } from 'fs';
import * as path from 'path';
import { fileURLToPath } from 'url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const require = createRequire(path.join(ROOT, 'package.json'));

export const SIZES = [
  { label: '100 KB', chars: 100 * 1024 },
  { label: '1 MB', chars: 1024 * 1024 },
  { label: '10 MB', chars: 10 * 1024 * 1024 },
];

/** The compiled core and generator (`npm run build` writes them to out/). */
export function loadCompiled() {
  const out = (p) => path.join(ROOT, 'out', p);
  const missing = ['server/src/core/index.js', 'test/performance/generateText.js'].filter((p) => !existsSync(out(p)));
  if (missing.length) throw new Error(`missing ${missing.map((p) => `out/${p}`).join(', ')}: run \`npm run build\``);
  return {
    core: require(out('server/src/core/index.js')),
    lexicon: require(out('server/src/core/lexicon/index.js')),
    delegations: require(out('server/src/core/delegations/index.js')),
    generator: require(out('test/performance/generateText.js')),
    /** The flags the VS Code client starts the server with: the benchmark starts it with the same ones. */
    serverNodeFlags: require(out('server/src/lsp/serverNodeFlags.js')).SERVER_NODE_FLAGS,
  };
}

export const now = () => performance.now();

export function median(values) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The p-th percentile (nearest rank), p in 0..100. */
export function percentile(values, p) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Times several subjects on the same input in interleaved rounds (each round runs every subject once, in a rotated
 * order), so that a burst of load on the shared machine hits all subjects alike. The first `warmup` rounds are
 * dropped. No collection is forced between runs: a full collection before each run (tried) makes V8 run the next
 * one several times slower on small inputs, which is not how an editor runs; in steady state each subject pays for
 * the scavenges its own allocations trigger. A subject that throws is recorded as failed with the message.
 */
export async function timeInterleaved(subjects, { warmup, runs, onRound }) {
  const times = new Map(subjects.map((s) => [s.name, []]));
  // Fresh pages of memory each run took (minor page faults of the whole process, its collector's threads included),
  // read outside the timed interval so that reading them adds nothing to the times.
  const faults = new Map(subjects.map((s) => [s.name, []]));
  const failures = new Map();
  let sink = 0;
  for (let round = 0; round < warmup + runs; round++) {
    for (let k = 0; k < subjects.length; k++) {
      const subject = subjects[(round + k) % subjects.length];
      if (failures.has(subject.name)) continue;
      const faultsBefore = process.resourceUsage().minorPageFault;
      const started = now();
      try {
        let result = subject.run();
        if (result && typeof result.then === 'function') result = await result;
        const elapsed = now() - started;
        const faulted = process.resourceUsage().minorPageFault - faultsBefore;
        sink += typeof result === 'number' ? result : 1;
        if (round >= warmup) {
          times.get(subject.name).push(elapsed);
          faults.get(subject.name).push(faulted);
        }
      } catch (error) {
        failures.set(subject.name, `${error?.name ?? 'Error'}: ${String(error?.message ?? error).split('\n')[0]}`);
      }
    }
    onRound?.(round);
  }
  return { times, faults, failures, sink };
}

/**
 * What a fresh page of memory costs on this machine: microseconds per first touch of a page never touched before
 * (a minor page fault, the operating system's work), the median of three passes over 64 MB. Allocating code pays
 * it for every page its process grows by; a virtual machine whose host must back the page too pays many times
 * more than bare metal, which moves the times of allocating code between machines (see the Reading).
 */
export function freshPageMicros() {
  const costs = [];
  for (let pass = 0; pass < 3; pass++) {
    const bytes = new Uint8Array(64 << 20);
    const faultsBefore = process.resourceUsage().minorPageFault;
    const started = now();
    for (let i = 0; i < bytes.length; i += 4096) bytes[i] = 1;
    const elapsed = now() - started;
    const faulted = process.resourceUsage().minorPageFault - faultsBefore;
    if (faulted > 0) costs.push((elapsed * 1000) / faulted);
  }
  return median(costs);
}

export const formatMs = (ms) => (!Number.isFinite(ms) ? '–' : ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(2)} ms`);
export const formatRatio = (r) => (!Number.isFinite(r) ? '–' : r >= 100 ? `${r.toFixed(0)}×` : r >= 0.1 ? `${r.toFixed(1)}×` : `${r.toFixed(2)}×`);
export const formatBytes = (bytes) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : bytes >= 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${bytes} bytes`);
export const thousands = (n) => n.toLocaleString('en-US');

/**
 * Reads `argv` against the options a script knows: `flags` (`--quick`) and `options` (`--only=core,lsp`), each
 * option with a check that returns its value or throws with what is wrong. An unknown argument or a bad value ends
 * the script with a message and status 2, rather than a run that silently measures something else.
 */
export function readArguments(argv, { flags = [], options = {}, usage }) {
  const read = { flags: new Set(), options: {} };
  const fail = (message) => {
    process.stderr.write(`${message}\n${usage}\n`);
    process.exit(2);
  };
  for (const argument of argv) {
    const match = /^--([a-z-]+)(?:=(.*))?$/s.exec(argument);
    if (!match) fail(`unexpected argument "${argument}"`);
    const [, name, value] = match;
    if (value === undefined && flags.includes(name)) read.flags.add(name);
    else if (value !== undefined && name in options) {
      try {
        read.options[name] = options[name](value);
      } catch (error) {
        fail(`--${name}=${value}: ${error.message}`);
      }
    } else if (name in options) fail(`--${name} needs a value (--${name}=…)`);
    else if (flags.includes(name)) fail(`--${name} takes no value`);
    else fail(`unknown option "--${name}"`);
  }
  return read;
}

/** A check for `readArguments`: a whole number from `min` up. */
export const wholeNumber = (min) => (value) => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) throw new Error(`expected a whole number of at least ${min}`);
  return number;
};

/** A check for `readArguments`: a comma-separated list of some of `known`. */
export const someOf = (known) => (value) => {
  const parts = value.split(',').filter(Boolean);
  const unknown = parts.filter((part) => !known.includes(part));
  if (parts.length === 0 || unknown.length > 0) throw new Error(`expected some of ${known.join(', ')}${unknown.length ? ` (not ${unknown.join(', ')})` : ''}`);
  return parts;
};

/** A check for `readArguments`: a non-empty path. */
export const somePath = (value) => {
  if (!value) throw new Error('expected a file path');
  return value;
};
