// Profiles Negotext's full analysis of a generated text with `node --cpu-prof` and prints the functions with the
// most self time (mapped back to the TypeScript sources through out/'s source maps).
//
//   node bench/profile.mjs [--lexicon] [--size=1048576] [--runs=20] [--top=25] [--out=analysis.cpuprofile]
//
// The profiled process generates the text, warms up with 3 analyses, then analyses it --runs times; the summary
// covers the whole process, and says how much of it the analysis runs took.

import { spawnSync } from 'child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { SourceMap } from 'module';
import * as os from 'os';
import * as path from 'path';
import { fileURLToPath } from 'url';
import { ROOT, loadCompiled, now, readArguments, somePath, wholeNumber } from './common.mjs';

const argv = process.argv.slice(2);
const args = readArguments(argv, {
  flags: ['lexicon', 'child'],
  options: { size: wholeNumber(1), runs: wholeNumber(1), top: wholeNumber(1), out: somePath },
  usage: 'usage: node bench/profile.mjs [--lexicon] [--size=1048576] [--runs=20] [--top=25] [--out=analysis.cpuprofile]',
});
const option = (name, fallback) => args.options[name] ?? fallback;
const LEXICON = args.flags.has('lexicon');
const SIZE = option('size', 1024 * 1024);
const RUNS = option('runs', 20);
const TOP = option('top', 25);

if (args.flags.has('child')) {
  const { core, lexicon, delegations, generator } = loadCompiled();
  const registry = delegations.builtinRegistry();
  const text = generator.generateText(SIZE);
  const terms = LEXICON ? lexicon.createTermMatcher([lexicon.parseLexicon(generator.generateLexicon().text, 'bench.lexicon.yaml').lexicon], 'en') : undefined;
  const full = () => {
    const model = core.analyze(text, terms ? { delegations: registry, terms } : { delegations: registry });
    return core.computeFindings(model, { delegations: registry }).length + core.computeOutline(model).length;
  };
  for (let i = 0; i < 3; i++) full();
  const started = now();
  for (let i = 0; i < RUNS; i++) full();
  process.stdout.write(JSON.stringify({ analysisMs: now() - started, chars: text.length }));
  process.exit(0);
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'negotext-profile-'));
const child = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, fileURLToPath(import.meta.url), '--child', ...argv], { encoding: 'utf8', maxBuffer: 1 << 24 });
if (child.status !== 0) {
  process.stderr.write(child.stderr);
  process.exit(1);
}
const { analysisMs, chars } = JSON.parse(child.stdout);
const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
const out = option('out');
if (out) copyFileSync(path.join(dir, file), out);
rmSync(dir, { recursive: true, force: true });

// Self time per node, from the samples and the time between them.
const self = new Map();
for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
const total = [...self.values()].reduce((a, b) => a + b, 0);

const maps = new Map();
function sourceOf(url, line, column) {
  if (!url.startsWith('file://')) return url ? `${url}:${line + 1}` : '';
  const js = fileURLToPath(url);
  if (!maps.has(js)) {
    const mapFile = js + '.map';
    maps.set(js, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : null);
  }
  const map = maps.get(js);
  const entry = map?.findEntry(line, column);
  if (entry && entry.originalSource) {
    const original = entry.originalSource.startsWith('file://') ? fileURLToPath(entry.originalSource) : path.resolve(path.dirname(js), entry.originalSource);
    return `${path.relative(ROOT, original)}:${entry.originalLine + 1}`;
  }
  return `${path.relative(ROOT, js)}:${line + 1}`;
}

const byFunction = new Map();
const byFile = new Map();
for (const node of profile.nodes) {
  const ms = self.get(node.id) ?? 0;
  if (!ms) continue;
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  const source = sourceOf(url, lineNumber, columnNumber);
  const key = source ? `${functionName || '(anonymous)'} ${source}` : functionName || '(anonymous)';
  byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  const file = source ? source.replace(/:\d+$/, '') : functionName.startsWith('(') ? functionName : '(native: regular expressions and built-ins)';
  byFile.set(file, (byFile.get(file) ?? 0) + ms);
}

const pad = (s, n) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lines = [];
lines.push(`Full analysis of a ${(chars / 1048576).toFixed(2)} MB generated text${LEXICON ? ' with the 2,000-term lexicon' : ''}: ${RUNS} runs in ${analysisMs.toFixed(0)} ms (${(analysisMs / RUNS).toFixed(1)} ms each); profile ${total.toFixed(0)} ms in all (generation, warm-up and start included).`);
lines.push('');
lines.push(`Top ${TOP} functions by self time:`);
for (const [key, ms] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, TOP)) lines.push(`  ${pad(`${ms.toFixed(0)} ms`, 9)} ${pad(`${((ms / total) * 100).toFixed(1)}%`, 7)} ${key}`);
lines.push('');
lines.push('Self time by file:');
for (const [key, ms] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 15)) lines.push(`  ${pad(`${ms.toFixed(0)} ms`, 9)} ${pad(`${((ms / total) * 100).toFixed(1)}%`, 7)} ${key}`);
process.stdout.write(lines.join('\n') + '\n');
