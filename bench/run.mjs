// `npm run bench`: the benchmark of issue #8. Builds, generates texts of 100 KB, 1 MB and 10 MB and a 2,000-term
// lexicon, times Negotext's full analysis against markdown-it, the Markdown language service and a raw bracket
// scan on the same bytes, measures the language server over stdio and `negotext check` over a 500-document
// workspace, prints one table and rewrites docs/performance.md (keeping its hand-written Reading and Before and
// after sections).
//
// Options: --quick (few repetitions, for trying the script), --only=core,lsp,memory,cli, --no-build,
//          --no-write (do not touch docs/performance.md), --json=<file> (also write the raw numbers),
//          --from-json=<file> (measure nothing: rewrite docs/performance.md from the numbers of a --json run).

import { spawn, spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { ROOT, SIZES, loadCompiled, median, now, percentile, require, timeInterleaved, freshPageMicros, formatMs, formatBytes, readArguments, someOf, somePath } from './common.mjs';
import { LspSession } from './lsp.mjs';
import { writeReport } from './report.mjs';

const PARTS = ['core', 'lsp', 'memory', 'cli'];
const args = readArguments(process.argv.slice(2), {
  flags: ['quick', 'no-build', 'no-write'],
  options: { only: someOf(PARTS), json: somePath, 'from-json': somePath },
  usage: 'usage: npm run bench -- [--quick] [--only=core,lsp,memory,cli] [--no-build] [--no-write] [--json=<file>] [--from-json=<file>]',
});
const flag = (name) => args.flags.has(name);
const option = (name) => args.options[name];

const fromJson = option('from-json');
if (fromJson) {
  let saved;
  try {
    saved = JSON.parse(readFileSync(fromJson, 'utf8'));
  } catch (error) {
    process.stderr.write(`--from-json=${fromJson}: ${error.message}\n`);
    process.exit(2);
  }
  const { table } = writeReport(saved, { write: !flag('no-write'), path: path.join(ROOT, 'docs', 'performance.md') });
  process.stdout.write(table + '\n');
  process.exit(0);
}
const QUICK = flag('quick');
const ONLY = option('only') ?? PARTS;
const log = (text) => process.stderr.write(text + '\n');
const startedAt = now();
const tempDirs = [];
const tempDir = (prefix) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
};

/** Repetitions per size: enough for stable medians on a shared machine, within the ten-minute budget. */
const REPS = QUICK
  ? { '100 KB': { warmup: 2, runs: 5 }, '1 MB': { warmup: 1, runs: 3 }, '10 MB': { warmup: 0, runs: 1 } }
  : { '100 KB': { warmup: 5, runs: 61 }, '1 MB': { warmup: 3, runs: 31 }, '10 MB': { warmup: 1, runs: 15 } };
const EDITS = QUICK ? 30 : 200;
const HOVERS = QUICK ? 20 : 100;
const COMPLETIONS = QUICK ? 5 : 20;
const SYMBOLS = QUICK ? 5 : 20;
const CLI_RUNS = QUICK ? 1 : 3;
const WORKSPACE = { documents: 500, chars: 50 * 1024 };

function loadAverage() {
  return os.loadavg().map((l) => l.toFixed(1)).join(' ');
}

const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    model: os.cpus()[0]?.model?.trim() ?? 'unknown',
    memory: os.totalmem(),
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAtStart: loadAverage(),
    freshPageUs: freshPageMicros(),
  },
  quick: QUICK,
  serverNodeFlags: undefined,
  reps: REPS,
  build: undefined,
  lexicon: undefined,
  texts: [],
  core: [],
  growth: undefined,
  lsp: undefined,
  memory: undefined,
  cli: undefined,
};

// --- Build -------------------------------------------------------------------------------------------------

if (!flag('no-build')) {
  log('Building (npm run build)...');
  const started = now();
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8', shell: process.platform === 'win32' });
  const ok = build.status === 0;
  results.build = { ok, ms: now() - started, error: ok ? undefined : (build.stdout + build.stderr).trim().split('\n').slice(-8).join('\n') };
  log(ok ? `  built in ${(results.build.ms / 1000).toFixed(1)} s` : `  build failed; measuring what out/ and dist/ hold:\n${results.build.error}`);
} else results.build = { ok: true, skipped: true };

const { core, lexicon: lexiconApi, delegations, generator, serverNodeFlags } = loadCompiled();
const registry = delegations.builtinRegistry();
results.serverNodeFlags = [...serverNodeFlags];

// --- Inputs ------------------------------------------------------------------------------------------------

log('Generating the lexicon and the texts...');
const generatedLexicon = generator.generateLexicon();
const lexiconParse = [];
let parsed;
for (let i = 0; i < 3; i++) {
  const started = now();
  parsed = lexiconApi.parseLexicon(generatedLexicon.text, 'bench.lexicon.yaml');
  lexiconParse.push(now() - started);
}
// A keystroke inside an entry, as a terminologist types in the lexicon: read again from the last reading (only the
// edited entry is parsed), against the file read whole. Twenty definitions across the file, a letter before the
// closing quote of each.
const lexiconEdits = [];
const lexiconEditsWhole = [];
for (let k = 1; k <= 20; k++) {
  const line = generatedLexicon.text.indexOf('    definition: "', Math.floor((generatedLexicon.text.length * k) / 21));
  const at = generatedLexicon.text.indexOf('"\n', line + 18);
  const edited = `${generatedLexicon.text.slice(0, at)}x${generatedLexicon.text.slice(at)}`;
  let started = now();
  lexiconApi.parseLexicon(edited, 'bench.lexicon.yaml', parsed.readings);
  lexiconEdits.push(now() - started);
  started = now();
  lexiconApi.parseLexiconWhole(edited, 'bench.lexicon.yaml');
  lexiconEditsWhole.push(now() - started);
}
const matcherBuild = [];
let matcher;
for (let i = 0; i < 3; i++) {
  const started = now();
  matcher = lexiconApi.createTermMatcher([parsed.lexicon], 'en');
  matcherBuild.push(now() - started);
}
results.lexicon = {
  entries: parsed.lexicon.entries.length,
  problems: parsed.problems.length,
  bytes: Buffer.byteLength(generatedLexicon.text),
  proseForms: generatedLexicon.proseForms.length,
  deprecatedForms: generatedLexicon.deprecatedForms.length,
  parseMs: median(lexiconParse),
  editedParseMs: median(lexiconEdits),
  editedParseWholeMs: median(lexiconEditsWhole),
  matcherMs: median(matcherBuild),
};

const texts = SIZES.map((size) => {
  const started = now();
  const text = generator.generateText(size.chars);
  const generateMs = now() - started;
  const model = core.analyze(text, { delegations: registry, terms: matcher });
  const findings = core.computeFindings(model, { delegations: registry });
  const byId = {};
  for (const f of findings) byId[f.id] = (byId[f.id] ?? 0) + 1;
  const info = {
    label: size.label,
    chars: text.length,
    bytes: Buffer.byteLength(text),
    lines: text.split('\n').length,
    generateMs,
    brackets: model.brackets.length,
    charsPerBracket: text.length / model.brackets.length,
    maxDepth: model.brackets.reduce((m, b) => Math.max(m, b.depth), 0),
    alternativeSets: model.alternativeSets.length,
    optionSets: model.optionSets.length,
    headings: model.headings.length,
    paragraphs: model.paragraphs.length,
    annotations: model.annotations.length,
    footnotes: model.footnoteDefinitions.length,
    terms: model.terms.length,
    findings: findings.length,
    findingsById: byId,
  };
  results.texts.push(info);
  log(`  ${size.label}: ${info.chars} chars, ${info.brackets} brackets (one per ${info.charsPerBracket.toFixed(0)} chars), depth ≤ ${info.maxDepth}, ${info.terms} terms, ${info.findings} findings`);
  return { ...size, text };
});

// --- Core against markdown-it, the Markdown language service and a raw scan ------------------------------

/** Negotext's full analysis as the editor does it: parse, model, every finding, the outline. */
function fullAnalysis(text, terms) {
  const model = core.analyze(text, terms ? { delegations: registry, terms } : { delegations: registry });
  const findings = core.computeFindings(model, { delegations: registry });
  const outline = core.computeOutline(model);
  return findings.length + outline.length;
}

/**
 * What the server runs for an edit: the analysis of the new version keeping the earlier version's lexicon terms where
 * its prose is unchanged (see `earlierTermsOf`), its findings and outline. Returns the model, the next one's earlier.
 */
function analysisKeepingTerms(text, terms, earlier) {
  const model = core.analyze(text, { delegations: registry, terms, earlierTerms: core.earlierTermsOf(earlier, terms, text) });
  core.computeFindings(model, { delegations: registry });
  core.computeOutline(model);
  return model;
}

/** The floor: one pass of charCodeAt over the text, counting bracket depth. */
function rawScan(text) {
  let depth = 0;
  let max = 0;
  let openers = 0;
  let stray = 0;
  for (let i = 0, n = text.length; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 91) {
      openers++;
      if (++depth > max) max = depth;
    } else if (c === 93) {
      if (depth > 0) depth--;
      else stray++;
    }
  }
  return openers + max + stray + depth;
}

function markdownServices() {
  const MarkdownIt = require('markdown-it');
  const md = new MarkdownIt();
  const mdls = require('vscode-markdown-languageservice');
  const { TextDocument } = require('vscode-languageserver-textdocument');
  const { URI } = require('vscode-uri');
  const emitter = () => {
    const listeners = new Set();
    const event = (listener, thisArg) => {
      const bound = listener.bind(thisArg);
      listeners.add(bound);
      return { dispose: () => listeners.delete(bound) };
    };
    return { event, fire: (value) => listeners.forEach((l) => l(value)) };
  };
  const changed = emitter();
  const created = emitter();
  const deleted = emitter();
  // A workspace with no files: document symbols only read the document they are given.
  const workspace = {
    get workspaceFolders() {
      return [URI.parse('file:///bench/')];
    },
    onDidChangeMarkdownDocument: changed.event,
    onDidCreateMarkdownDocument: created.event,
    onDidDeleteMarkdownDocument: deleted.event,
    getAllMarkdownDocuments: async () => [],
    hasMarkdownDocument: () => false,
    openMarkdownDocument: async () => undefined,
    stat: async () => undefined,
    readDirectory: async () => [],
  };
  const parser = { slugifier: mdls.githubSlugifier, tokenize: async (document) => md.parse(document.getText(), {}) };
  const service = mdls.createLanguageService({ workspace, parser, logger: { level: mdls.LogLevel.Off, log() {} } });
  const token = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) };
  let serial = 0;
  return {
    parse: (text) => md.parse(text, {}).length,
    /** A new uri per run, evicted afterwards: the service caches tables of contents by uri. */
    symbols: async (text) => {
      const document = TextDocument.create(`file:///bench/run-${++serial}.md`, 'markdown', 1, text);
      const symbols = await service.getDocumentSymbols(document, { includeLinkDefinitions: false }, token);
      deleted.fire(URI.parse(document.uri));
      return symbols.length;
    },
  };
}

if (ONLY.includes('core')) {
  const markdown = markdownServices();
  const oneMb = texts.find((t) => t.label === '1 MB').text;
  for (const { label, text } of texts) {
    const reps = REPS[label];
    log(`Core, ${label}: ${reps.warmup} warm-up + ${reps.runs} interleaved rounds...`);
    const subjects = [
      { name: 'negotext', run: () => fullAnalysis(text) },
      { name: 'negotext+lexicon', run: () => fullAnalysis(text, matcher) },
      { name: 'markdown-it', run: () => markdown.parse(text) },
      { name: 'mdls-symbols', run: () => markdown.symbols(text) },
      { name: 'raw-scan', run: () => rawScan(text) },
      // For scale only (no target): Negotext's own tokenising and block structure, the counterpart of markdown-it's parse.
      { name: 'negotext-parse', run: () => core.parse(text).blocks.count },
    ];
    // The 10 MB rounds also time the 1 MB text, so that the growth ratio compares runs made under the same load.
    if (label === '10 MB') subjects.push({ name: 'negotext@1MB', run: () => fullAnalysis(oneMb) }, { name: 'negotext+lexicon@1MB', run: () => fullAnalysis(oneMb, matcher) });
    const started = now();
    const { times, faults, failures } = await timeInterleaved(subjects, { ...reps, onRound: (r) => process.stderr.write(r + 1 === reps.warmup + reps.runs ? '\n' : '.') });
    const entry = { label, seconds: (now() - started) / 1000, medians: {}, spread: {}, runs: {}, faults: {}, failures: Object.fromEntries(failures) };
    for (const [name, values] of times) {
      entry.medians[name] = median(values);
      entry.spread[name] = [percentile(values, 10), percentile(values, 90)];
      entry.runs[name] = values.length;
      entry.faults[name] = median(faults.get(name));
    }
    // Ratios as the median of per-round ratios: the two runs of a pair are made a fraction of a second apart, so a
    // change of load between rounds cancels out (a ratio of medians mixes runs made under different loads).
    const paired = (a, b) => {
      const x = times.get(a);
      const y = times.get(b);
      return x && y && x.length === y.length && x.length > 0 ? median(x.map((v, i) => v / y[i])) : entry.medians[a] / entry.medians[b];
    };
    entry.ratios = {
      markdownIt: paired('markdown-it', 'negotext'),
      mdlsSymbols: paired('mdls-symbols', 'negotext'),
      rawScan: paired('negotext', 'raw-scan'),
      lexicon: paired('negotext+lexicon', 'negotext'),
      markdownItOverParse: paired('markdown-it', 'negotext-parse'),
    };
    if (label === '10 MB') entry.ratios.growth = { negotext: paired('negotext', 'negotext@1MB'), 'negotext+lexicon': paired('negotext+lexicon', 'negotext+lexicon@1MB') };
    results.core.push(entry);
    log(`  ${Object.entries(entry.medians).map(([n, m]) => `${n} ${formatMs(m)}`).join(', ')}${failures.size ? `; failed: ${[...failures].map(([n, e]) => `${n} (${e})`).join(', ')}` : ''}`);
  }
  // The memory one analysis keeps alive (model, findings, outline), measured in this process after collections: V8's
  // heap and the typed arrays' memory, which lies outside it (the model's columns are typed arrays).
  if (typeof globalThis.gc === 'function') {
    const { text, label } = texts[2];
    // A typed array's memory is freed a little after the collection that finds it dead (one collection before the
    // first reading once left 7 MB of earlier analyses' columns in it): collections and turns until it settles.
    const settled = async () => {
      for (let i = 0; i < 4; i++) {
        globalThis.gc();
        await new Promise((resolve) => setImmediate(resolve));
      }
      return process.memoryUsage();
    };
    const before = await settled();
    const model = core.analyze(text, { delegations: registry, terms: matcher });
    const kept = { model, findings: core.computeFindings(model, { delegations: registry }), outline: core.computeOutline(model) };
    const after = await settled();
    const heapBytes = after.heapUsed - before.heapUsed;
    const arrayBufferBytes = after.arrayBuffers - before.arrayBuffers;
    results.retained = { label, bytes: heapBytes + arrayBufferBytes, heapBytes, arrayBufferBytes, textBytes: Buffer.byteLength(text), findings: kept.findings.length };
    log(`  one analysis of the ${label} text keeps ${((heapBytes + arrayBufferBytes) / 1048576).toFixed(0)} MB alive (${((heapBytes + arrayBufferBytes) / results.retained.textBytes).toFixed(1)}× the text; ${(arrayBufferBytes / 1048576).toFixed(0)} MB of it in typed arrays)`);
  }
  const ten = results.core.find((c) => c.label === '10 MB');
  if (ten) {
    results.growth = { ...ten.ratios.growth, sizeRatio: texts[2].text.length / texts[1].text.length };
  }
}

// --- The language server over stdio ------------------------------------------------------------------------

const serverPath = path.join(ROOT, 'dist', 'server.js');

/** A temp workspace holding the lexicon and one document, as an editor would open it. */
function lspWorkspace(name, text) {
  const dir = tempDir('negotext-bench-lsp-');
  writeFileSync(path.join(dir, 'bench.lexicon.yaml'), generatedLexicon.text);
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return { dir, uri: pathToFileURL(file).href };
}

/** Offsets where hover has something to say: delegations in attributions, lexicon terms, bracket openers. */
function hoverOffsets(text, count) {
  const model = core.analyze(text, { delegations: registry, terms: matcher });
  const candidates = [];
  const clauses = model.clauseTable;
  for (let i = 0; i < clauses.itemCount; i++) candidates.push(clauses.itemStart(i) + 1);
  for (let i = 0; i < model.terms.length; i++) candidates.push(model.terms.start(i) + 1);
  for (const b of model.brackets) candidates.push(b.start);
  const rng = generator.random(99);
  return Array.from({ length: count }, () => candidates[Math.floor(rng() * candidates.length)]);
}

/** Offsets three characters into terms of the prose, as when the first letters of a word have been typed. */
function completionOffsets(text, count) {
  const model = core.analyze(text, { delegations: registry, terms: matcher });
  const rng = generator.random(7);
  return Array.from({ length: count }, () => model.terms.start(Math.floor(rng() * model.terms.length)) + 3);
}

function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}
function positionAt(starts, offset) {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low, character: offset - starts[low] };
}

if (ONLY.includes('lsp')) {
  const text = texts.find((t) => t.label === '1 MB').text;
  log(`LSP over stdio (${path.relative(ROOT, serverPath)} --stdio), 1 MB document...`);
  if (!existsSync(serverPath)) results.lsp = { available: false, reason: 'dist/server.js does not exist (npm run build did not produce it)' };
  else {
    let session;
    try {
      const { dir, uri } = lspWorkspace('draft-1mb.ntx', text);
      session = await LspSession.start(serverPath, dir, { nodeArgs: [...serverNodeFlags] });
      const openMs = await session.open(uri, text);
      const openDiagnostics = session.lastDiagnosticCount;
      log(`  open → first diagnostics ${formatMs(openMs)} (${openDiagnostics} diagnostics)`);
      // Hover and document symbols on the settled document (its analysis is cached by version).
      const starts = lineStarts(text);
      const hovers = [];
      let hoverHits = 0;
      for (const offset of hoverOffsets(text, HOVERS)) {
        const { ms, result } = await session.request('textDocument/hover', { textDocument: { uri }, position: positionAt(starts, offset) });
        hovers.push(ms);
        if (result) hoverHits++;
      }
      // Completion of a word begun in prose, which an editor asks for at each word typed: the lexicon's terms are
      // offered, the best 200 for the letters typed. Three letters into terms of the text.
      const completions = [];
      const completionBytes = [];
      let completionItems = 0;
      for (const offset of completionOffsets(text, COMPLETIONS)) {
        const { ms, result } = await session.request('textDocument/completion', { textDocument: { uri }, position: positionAt(starts, offset) });
        completions.push(ms);
        completionBytes.push(JSON.stringify(result ?? null).length);
        completionItems = Math.max(completionItems, (Array.isArray(result) ? result : result?.items ?? []).length);
      }
      const symbols = [];
      let symbolCount = 0;
      for (let i = 0; i < SYMBOLS; i++) {
        const { ms, result } = await session.request('textDocument/documentSymbol', { textDocument: { uri } });
        symbols.push(ms);
        symbolCount = result?.length ?? 0;
      }
      // Semantic tokens of the whole document, which an editor asks for when it opens a draft; after an edit it asks
      // what changed since the last ones it has (below), which the server announces it can answer.
      const semanticTokens = [];
      let semanticTokenCount = 0;
      let semanticTokensBytes = 0;
      let semanticTokensResultId;
      for (let i = 0; i < SYMBOLS; i++) {
        const { ms, result } = await session.request('textDocument/semanticTokens/full', { textDocument: { uri } });
        semanticTokens.push(ms);
        semanticTokenCount = (result?.data?.length ?? 0) / 5;
        semanticTokensBytes = JSON.stringify(result ?? null).length;
        semanticTokensResultId = result?.resultId;
      }
      log(`  hover p50 ${formatMs(median(hovers))}, document symbols ${formatMs(median(symbols))}, semantic tokens ${formatMs(median(semanticTokens))}`);
      // One-character edits at random places, each waited for: didChange → publishDiagnostics of that version.
      const lines = text.split('\n');
      const rng = generator.random(2024);
      const editable = lines.map((l, i) => i).filter((i) => lines[i].length > 0);
      const edits = [];
      // The core's full analysis of the same edited text, timed in this process between edits (the server idle), so
      // that the edit target compares times taken under the same load.
      const coreBetween = [];
      // And the analysis the server runs, keeping the terms of the version before.
      const coreKeeping = [];
      let earlier = core.analyze(text, { delegations: registry, terms: matcher });
      let version = 1;
      let diagnosticsAfterEdits = 0;
      const faultsBefore = session.pageFaults();
      for (let i = 0; i < EDITS; i++) {
        const line = editable[Math.floor(rng() * editable.length)];
        const character = Math.floor(rng() * (lines[line].length + 1));
        const letter = 'etaoinsr'[Math.floor(rng() * 8)];
        lines[line] = lines[line].slice(0, character) + letter + lines[line].slice(character);
        edits.push(await session.edit(uri, ++version, { line, character }, letter));
        diagnosticsAfterEdits = session.lastDiagnosticCount;
        // Every version is analysed as the server does, from the one before (two edits apart, the changed text
        // would run from one to the other); every second one is timed, with a full analysis beside it.
        const edited = lines.join('\n');
        let started = now();
        earlier = analysisKeepingTerms(edited, matcher, earlier);
        if (i % 2 === 1) {
          coreKeeping.push(now() - started);
          started = now();
          fullAnalysis(edited, matcher);
          coreBetween.push(now() - started);
        }
        if ((i + 1) % 20 === 0) process.stderr.write(`${i + 1} `);
      }
      process.stderr.write('\n');
      const faultsPerEdit = (session.pageFaults() - faultsBefore) / EDITS;
      earlier = undefined;
      log(`  edit → diagnostics p50 ${formatMs(median(edits))}, p95 ${formatMs(percentile(edits, 95))}; core full analysis with lexicon between edits ${formatMs(median(coreBetween))}, keeping the earlier terms ${formatMs(median(coreKeeping))}`);
      // Types an `e` at the start of a random line, without waiting; resolves when that version's diagnostics arrive.
      const typeAtLineStart = () => {
        const line = editable[Math.floor(rng() * editable.length)];
        lines[line] = 'e' + lines[line];
        const diagnostics = session.diagnosticsOf(uri, ++version);
        session.change(uri, version, { line, character: 0 }, 'e');
        return diagnostics;
      };
      // Document symbols asked right after an edit: the request pays for the new version's analysis.
      const symbolsAfterEdit = [];
      for (let i = 0; i < SYMBOLS; i++) {
        const diagnostics = typeAtLineStart();
        const { ms } = await session.request('textDocument/documentSymbol', { textDocument: { uri } });
        symbolsAfterEdit.push(ms);
        await diagnostics;
      }
      // What an editor asks for about each new version besides its diagnostics (folding, semantic tokens, section
      // lenses, the outline), once they have arrived: every feature on every new model, as in an editor.
      // Semantic tokens come as what changed since the ones the editor has (`full/delta` from the last result id), as
      // VS Code asks for them; timed on their own too, with the size of the answer.
      // The tokens of the version the edits start from, as an editor has them (it asked after each edit above too).
      semanticTokensResultId = (await session.request('textDocument/semanticTokens/full', { textDocument: { uri } })).result?.resultId;
      const afterEdit = [];
      const tokenDeltas = [];
      const tokenDeltaBytes = [];
      let wholeTokenAnswers = 0;
      for (let i = 0; i < SYMBOLS; i++) {
        await typeAtLineStart();
        let ms = 0;
        for (const method of ['textDocument/foldingRange', 'textDocument/semanticTokens/full/delta', 'textDocument/codeLens', 'textDocument/documentSymbol']) {
          const params = method.endsWith('/delta') ? { textDocument: { uri }, previousResultId: semanticTokensResultId ?? '' } : { textDocument: { uri } };
          const answer = await session.request(method, params);
          ms += answer.ms;
          if (method.endsWith('/delta')) {
            tokenDeltas.push(answer.ms);
            tokenDeltaBytes.push(JSON.stringify(answer.result ?? null).length);
            if (answer.result?.data) wholeTokenAnswers++;
            semanticTokensResultId = answer.result?.resultId;
          }
        }
        afterEdit.push(ms);
      }
      log(`  folding, semantic tokens, lenses and symbols of each new version p50 ${formatMs(median(afterEdit))}`);
      results.lsp = {
        available: true,
        openMs,
        openDiagnostics,
        diagnosticsAfterEdits,
        edits: { count: edits.length, p50: median(edits), p95: percentile(edits, 95), min: Math.min(...edits), max: Math.max(...edits), first: edits[0], pageFaults: faultsPerEdit },
        coreBetween: { count: coreBetween.length, p50: median(coreBetween) },
        coreKeeping: { count: coreKeeping.length, p50: median(coreKeeping) },
        hover: { count: hovers.length, hits: hoverHits, p50: median(hovers), p95: percentile(hovers, 95) },
        completion: { count: completions.length, items: completionItems, p50: median(completions), p95: percentile(completions, 95), bytesP50: median(completionBytes) },
        symbols: { count: symbols.length, symbols: symbolCount, p50: median(symbols), p95: percentile(symbols, 95) },
        semanticTokens: { count: semanticTokens.length, tokens: semanticTokenCount, bytes: semanticTokensBytes, p50: median(semanticTokens), p95: percentile(semanticTokens, 95) },
        semanticTokenDeltas: { count: tokenDeltas.length, p50: median(tokenDeltas), p95: percentile(tokenDeltas, 95), bytesP50: median(tokenDeltaBytes), bytesMax: Math.max(...tokenDeltaBytes), wholeAnswers: wholeTokenAnswers },
        symbolsAfterEdit: { count: symbolsAfterEdit.length, p50: median(symbolsAfterEdit), p95: percentile(symbolsAfterEdit, 95) },
        afterEdit: { count: afterEdit.length, p50: median(afterEdit), p95: percentile(afterEdit, 95) },
      };
    } catch (error) {
      results.lsp = { available: false, reason: `${error.message}${session?.stderr ? ` (server stderr: ${session.stderr.trim().split('\n').slice(-3).join(' | ')})` : ''}` };
    } finally {
      await session?.stop();
    }
    if (!results.lsp.available) log(`  not available: ${results.lsp.reason}`);
  }
}

if (ONLY.includes('memory')) {
  const { text, label } = texts.find((t) => t.label === '10 MB');
  log(`Server memory holding the ${label} document...`);
  if (!existsSync(serverPath)) results.memory = { available: false, reason: 'dist/server.js does not exist' };
  else {
    let session;
    try {
      const { dir, uri } = lspWorkspace('draft-10mb.ntx', text);
      // --expose-gc lets the server's `negotext/serverInfo` measure its live heap after a collection.
      session = await LspSession.start(serverPath, dir, { nodeArgs: [...serverNodeFlags, '--expose-gc'] });
      await new Promise((r) => setTimeout(r, 300));
      const idle = session.memory();
      // The peak so far after each step, to tell which step sets it.
      const steps = [];
      const step = (name) => steps.push({ name, peak: session.memory()?.peak });
      const openMs = await session.open(uri, text, 300_000);
      step('open and diagnostics');
      await session.request('textDocument/documentSymbol', { textDocument: { uri } });
      step('document symbols');
      await session.request('textDocument/hover', { textDocument: { uri }, position: { line: 40, character: 5 } });
      step('hover');
      // Two edits: while the new version is analysed the previous analysis is still held, as when typing.
      let editMs = 0;
      for (let version = 2; version <= 3; version++) editMs = await session.edit(uri, version, { line: 30, character: 0 }, 'e');
      step('two edits');
      const held = session.memory();
      // The live heap from the server's own `negotext/serverInfo` request (read after RSS: it collects garbage first).
      const info = await Promise.race([
        session.connection.sendRequest('negotext/serverInfo', {}).then((r) => r ?? undefined, (e) => ({ error: String(e?.message ?? e) })),
        new Promise((r) => setTimeout(() => r({ error: 'no answer within 10 s' }), 10_000)),
      ]);
      const heap = info && typeof info.heapUsed === 'number' ? { heapUsed: info.heapUsed, arrayBuffers: typeof info.arrayBuffers === 'number' ? info.arrayBuffers : undefined, collected: info.collected === true } : { unavailable: info?.error ?? 'no heapUsed in the answer' };
      results.memory = {
        available: idle !== undefined,
        reason: idle === undefined ? '/proc/<pid>/status is not readable on this system' : undefined,
        textBytes: Buffer.byteLength(text),
        idle,
        held,
        steps,
        openMs,
        editMs,
        heap: heap && typeof heap === 'object' && 'heapUsed' in heap ? heap : undefined,
      };
      if (held) log(`  peak RSS ${(held.peak / 1048576).toFixed(0)} MB (${(held.peak / results.memory.textBytes).toFixed(1)}× the text), idle ${(idle.current / 1048576).toFixed(0)} MB; open ${formatMs(openMs)}`);
    } catch (error) {
      results.memory = { available: false, reason: `${error.message}${session?.stderr ? ` (server stderr: ${session.stderr.trim().split('\n').slice(-3).join(' | ')})` : ''}` };
      log(`  not available: ${results.memory.reason}`);
    } finally {
      await session?.stop();
    }
    if (results.memory.available) {
      results.memory.textOnly = await textOnlyMemory(text, serverPath, 'the same server, plain text');
      results.memory.minimalServer = await textOnlyMemory(text, path.join(ROOT, 'bench', 'minimalServer.cjs'), 'a minimal vscode-languageserver server');
    }
  }
}

/**
 * The floor under the memory target: a fresh server given the same text as a plain-text document, which it
 * receives, keeps and takes the same two edits on, but never analyses. Measured for Negotext's server and for
 * `bench/minimalServer.cjs`, the protocol library's smallest server, both started with the same Node flags. Hover
 * answers nothing there; it is sent after each step so that the step is done when the memory is read (a server
 * handles messages in order).
 */
async function textOnlyMemory(text, server, name) {
  let session;
  try {
    const { dir, uri } = lspWorkspace('draft-10mb.txt', text);
    session = await LspSession.start(server, dir, { nodeArgs: [...serverNodeFlags] });
    await new Promise((r) => setTimeout(r, 300));
    const idle = session.memory();
    const settled = () => session.request('textDocument/hover', { textDocument: { uri }, position: { line: 40, character: 5 } });
    session.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
    await settled();
    for (let version = 2; version <= 3; version++) {
      session.change(uri, version, { line: 30, character: 0 }, 'e');
      await settled();
    }
    const held = session.memory();
    log(`  ${name}, the same text never analysed: peak RSS ${(held.peak / 1048576).toFixed(0)} MB`);
    return { idle, held };
  } catch (error) {
    log(`  ${name}: floor not measured: ${error.message}`);
    return { error: error.message };
  } finally {
    await session?.stop();
  }
}

// --- negotext check over a workspace -----------------------------------------------------------------------

function runCheck(folder) {
  return new Promise((resolve) => {
    const started = now();
    const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'check', folder], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lines = 0;
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) lines++;
    });
    child.stderr.on('data', (chunk) => {
      if (stderr.length < 5_000) stderr += chunk;
    });
    child.on('close', (code) => resolve({ ms: now() - started, code, lines, stderr }));
  });
}

if (ONLY.includes('cli')) {
  log(`negotext check over ${WORKSPACE.documents} documents of ${WORKSPACE.chars / 1024} KB...`);
  const cliPath = path.join(ROOT, 'dist', 'cli.js');
  if (!existsSync(cliPath)) results.cli = { available: false, reason: 'dist/cli.js does not exist' };
  else {
    const folder = tempDir('negotext-bench-ws-');
    let bytes = 0;
    for (let i = 0; i < WORKSPACE.documents; i++) {
      const text = generator.generateText(WORKSPACE.chars, { seed: 1000 + i });
      const sub = path.join(folder, `part-${Math.floor(i / 100)}`);
      if (i % 100 === 0) mkdirSync(sub);
      writeFileSync(path.join(sub, `draft-${String(i).padStart(3, '0')}.ntx`), text);
      bytes += Buffer.byteLength(text);
    }
    writeFileSync(path.join(folder, 'bench.lexicon.yaml'), generatedLexicon.text);
    await runCheck(folder); // warm-up: file system cache, node's compile cache
    const runs = [];
    for (let i = 0; i < CLI_RUNS; i++) runs.push(await runCheck(folder));
    const failed = runs.find((r) => r.code !== 0 && r.code !== 1);
    results.cli = failed
      ? { available: false, reason: `exit status ${failed.code}: ${failed.stderr.trim().split('\n').slice(0, 3).join(' | ')}` }
      : { available: true, documents: WORKSPACE.documents, bytes, runs: runs.map((r) => r.ms), ms: median(runs.map((r) => r.ms)), findings: runs[0].lines, exitCode: runs[0].code };
    log(results.cli.available ? `  ${formatMs(results.cli.ms)} wall (median of ${runs.length}), ${results.cli.findings} findings` : `  not available: ${results.cli.reason}`);
    if (results.cli.available) results.cli.workspaceSymbols = await measureWorkspaceSymbols(folder);
  }
}

/**
 * Workspace symbol search over the same folder in a fresh server: the first query reads and digests every draft, the
 * later ones (other queries, as a user types in the editor's symbol search) read only what changed. Also the server's
 * live memory before and after, with `--expose-gc` so that `negotext/serverInfo` collects first.
 */
async function measureWorkspaceSymbols(folder) {
  log('Workspace symbols over the same folder...');
  if (!existsSync(serverPath)) return { available: false, reason: 'dist/server.js does not exist' };
  let session;
  try {
    session = await LspSession.start(serverPath, folder, { nodeArgs: [...serverNodeFlags, '--expose-gc'] });
    const live = async () => {
      const info = await session.request('negotext/serverInfo', {});
      return info.result.heapUsed + (info.result.arrayBuffers ?? 0);
    };
    const liveBefore = await live();
    const first = await session.request('workspace/symbol', { query: 'zz' });
    const later = [];
    for (const query of ['op1', 'art', 'zq', 'decides', 'pp2', 'recall', 'x', 'op12', 'annex', 'zz']) later.push((await session.request('workspace/symbol', { query })).ms);
    const liveAfter = await live();
    const result = { available: true, firstMs: first.ms, firstSymbols: first.result.length, laterMs: median(later), laterMaxMs: Math.max(...later), liveBefore, liveAfter, peak: session.memory()?.peak };
    log(`  first query ${formatMs(result.firstMs)}, later ${formatMs(result.laterMs)}; live memory ${formatBytes(liveBefore)} → ${formatBytes(liveAfter)}`);
    return result;
  } catch (error) {
    log(`  not available: ${error.message}`);
    return { available: false, reason: error.message };
  } finally {
    await session?.stop();
  }
}

// --- Report ------------------------------------------------------------------------------------------------

results.machine.loadAtEnd = loadAverage();
results.seconds = (now() - startedAt) / 1000;
for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });

const { table, markdown } = writeReport(results, { write: !flag('no-write') && !QUICK, path: path.join(ROOT, 'docs', 'performance.md') });
process.stdout.write(table + '\n');
const json = option('json');
if (json) writeFileSync(json, JSON.stringify(results, null, 2));
if (!flag('no-write') && !QUICK) log(`docs/performance.md rewritten (${markdown.length} characters); the run took ${results.seconds.toFixed(0)} s.`);
else log(`docs/performance.md not written (${QUICK ? '--quick' : '--no-write'}); the run took ${results.seconds.toFixed(0)} s.`);

// What of Negotext's own could not be measured fails the run, so that CI's quick run catches a benchmark the code
// has left behind; markdown-it and the Markdown language service failing (see Method) are theirs, and only reported.
const ANCHORS = new Set(['markdown-it', 'mdls-symbols']);
const unmeasured = [
  ...results.core.flatMap((entry) => Object.entries(entry.failures).filter(([name]) => !ANCHORS.has(name)).map(([name, error]) => `core ${entry.label} ${name}: ${error}`)),
  ...['lsp', 'memory', 'cli'].filter((part) => ONLY.includes(part) && results[part] && !results[part].available).map((part) => `${part}: ${results[part].reason}`),
  ...(results.cli?.workspaceSymbols?.available === false ? [`workspace symbols: ${results.cli.workspaceSymbols.reason}`] : []),
];
if (unmeasured.length > 0) {
  log(`Not measured, from an error of Negotext's own:\n${unmeasured.map((line) => `  ${line}`).join('\n')}`);
  process.exitCode = 1;
}
