// Turns the benchmark's numbers into one table (printed) and docs/performance.md (rewritten, keeping the
// hand-written Reading and Before and after sections between their markers).

import { existsSync, readFileSync, writeFileSync } from 'fs';
import { formatBytes, formatMs, formatRatio, thousands } from './common.mjs';

const READING_START = '<!-- reading:start -->';
const READING_END = '<!-- reading:end -->';
/** Present while the Reading section is the one the script writes; delete it to write your own, which is then kept. */
const READING_AUTO = '<!-- reading:auto (delete this line to keep a hand-written reading) -->';
/** The hand-written record of what changed the numbers (the issue asks for before and after in this file). */
const HISTORY_START = '<!-- before-after:start -->';
const HISTORY_END = '<!-- before-after:end -->';
const HISTORY_NONE = 'Nothing recorded yet: write the numbers before and after a change here, between the markers.';

/** The issue's targets, judged on this run's numbers. */
export function evaluateTargets(results) {
  const targets = [];
  const core = results.core;
  const perSize = (name, value, ok, text) => {
    const values = core.map((c) => ({ label: c.label, value: value(c) })).filter((v) => Number.isFinite(v.value));
    const failed = core.filter((c) => c.failures && Object.keys(c.failures).length && !Number.isFinite(value(c)));
    targets.push({
      name,
      measured: values.map((v) => `${v.label}: ${text(v.value)}`).join(', ') + (failed.length ? `; ${failed.map((c) => `${c.label}: not measured (${Object.values(c.failures).join('; ')})`).join(', ')}` : ''),
      met: values.length === 0 ? undefined : values.every((v) => ok(v.value)),
      missedAt: values.filter((v) => !ok(v.value)).map((v) => v.label),
    });
  };
  if (core.length) {
    perSize('Full analysis ≥ 6× faster than markdown-it `parse`', (c) => c.ratios.markdownIt, (r) => r >= 6, (r) => `markdown-it ÷ Negotext = ${formatRatio(r)}`);
    perSize('Full analysis ≥ 10× faster than the Markdown language service `getDocumentSymbols`', (c) => c.ratios.mdlsSymbols, (r) => r >= 10, (r) => `symbols ÷ Negotext = ${formatRatio(r)}`);
    perSize('Full analysis within 6× of the raw bracket scan', (c) => c.ratios.rawScan, (r) => r <= 6, (r) => `Negotext ÷ scan = ${formatRatio(r)}`);
    perSize('2,000-term lexicon adds at most 1× (with ≤ 2× without)', (c) => c.ratios.lexicon, (r) => r <= 2, (r) => `with ÷ without = ${formatRatio(r)}`);
  }
  if (results.growth) {
    const g = results.growth;
    targets.push({
      name: '10 MB takes at most 12× the 1 MB time',
      measured: `${formatRatio(g.negotext)} without lexicon, ${formatRatio(g['negotext+lexicon'])} with (text ${g.sizeRatio.toFixed(2)}× longer)`,
      met: g.negotext <= 12 && g['negotext+lexicon'] <= 12,
    });
  }
  const oneMb = core.find((c) => c.label === '1 MB');
  if (results.lsp) {
    // The core median timed between the edits (same load as the edits) when there is one, else the core table's.
    const between = results.lsp.coreBetween?.p50;
    const base = Number.isFinite(between) ? between : oneMb?.medians['negotext+lexicon'];
    targets.push(
      results.lsp.available && Number.isFinite(base)
        ? {
            name: 'Edit-to-diagnostics p95 (1 MB) ≤ 3× the core full analysis median (1 MB, with the lexicon the server uses)',
            measured: `p95 ${formatMs(results.lsp.edits.p95)} = ${formatRatio(results.lsp.edits.p95 / base)} the core's ${formatMs(base)}${Number.isFinite(between) ? ' (timed between the edits)' : ''}${Number.isFinite(between) && oneMb ? `; ${formatRatio(results.lsp.edits.p95 / oneMb.medians['negotext+lexicon'])} the core table's ${formatMs(oneMb.medians['negotext+lexicon'])}` : ''}${Number.isFinite(results.lsp.coreKeeping?.p50) ? `; ${formatRatio(results.lsp.edits.p95 / results.lsp.coreKeeping.p50)} the ${formatMs(results.lsp.coreKeeping.p50)} of the analysis the server runs, which keeps the earlier version's lexicon terms` : ''}`,
            met: results.lsp.edits.p95 <= 3 * base,
          }
        : { name: 'Edit-to-diagnostics p95 (1 MB) ≤ 3× the core full analysis median', measured: `not available: ${results.lsp.reason ?? 'core not measured'}`, met: undefined },
    );
  }
  if (results.memory) {
    const m = results.memory;
    targets.push(
      m.available
        ? { name: 'Server memory holding the 10 MB document < 15× the text size', measured: `peak RSS ${formatBytes(m.held.peak)} = ${(m.held.peak / m.textBytes).toFixed(1)}× the ${formatBytes(m.textBytes)} text${floorsOf(m)}`, met: m.held.peak < 15 * m.textBytes }
        : { name: 'Server memory holding the 10 MB document < 15× the text size', measured: `not available: ${m.reason}`, met: undefined },
    );
  }
  return targets;
}

const verdict = (met) => (met === undefined ? 'not measured' : met ? '**met**' : '**missed**');

function coreTable(results) {
  const core = results.core;
  if (!core.length) return '(core not measured in this run)';
  const head = `| Measure (median) | ${core.map((c) => {
    const t = results.texts.find((x) => x.label === c.label);
    return `${c.label} (${thousands(t.chars)} chars)`;
  }).join(' | ')} |`;
  const sep = `| --- | ${core.map(() => '---:').join(' | ')} |`;
  const cell = (c, name, extra) => {
    const ms = c.medians[name];
    if (!Number.isFinite(ms)) return c.failures?.[name] ? `failed: ${c.failures[name]}` : '–';
    return extra ? `${formatMs(ms)} (${extra(ms, c)})` : formatMs(ms);
  };
  const rows = [
    ['1. Negotext full analysis (parse, model, findings, outline)', (c) => cell(c, 'negotext', (ms, c) => `${(results.texts.find((t) => t.label === c.label).bytes / 1048576 / (ms / 1000)).toFixed(1)} MB/s`)],
    ['1. … with the 2,000-term lexicon', (c) => cell(c, 'negotext+lexicon', (ms, c) => `${formatRatio(c.ratios.lexicon)} without`)],
    ['2. markdown-it 15 `parse`', (c) => cell(c, 'markdown-it', (ms, c) => `${formatRatio(c.ratios.markdownIt)} Negotext`)],
    ['3. Markdown language service `getDocumentSymbols`', (c) => cell(c, 'mdls-symbols', (ms, c) => `${formatRatio(c.ratios.mdlsSymbols)} Negotext`)],
    ['4. Raw bracket-depth scan (charCodeAt loop)', (c) => cell(c, 'raw-scan', (ms, c) => `Negotext = ${formatRatio(c.ratios.rawScan)}`)],
    ['For scale: Negotext lex + parse only (tokens and blocks, no model; no target)', (c) => cell(c, 'negotext-parse', (ms, c) => `markdown-it ÷ this = ${formatRatio(c.ratios.markdownItOverParse)}`)],
    ['Fresh pages of memory per run (minor page faults), full analysis / with the lexicon', (c) => freshPagesCell(results, c)],
    ['Runs per subject (after warm-up)', (c) => String(c.runs['negotext'] ?? 0)],
  ];
  return [head, sep, ...rows.map(([name, f]) => `| ${name} | ${core.map(f).join(' | ')} |`)].join('\n');
}

/** The fresh pages an analysis takes per run, and what they cost at the machine's price of a page. */
function freshPagesCell(results, c) {
  const without = c.faults?.['negotext'];
  const withLexicon = c.faults?.['negotext+lexicon'];
  if (!Number.isFinite(without) || !Number.isFinite(withLexicon)) return '–';
  const price = results.machine.freshPageUs;
  const cost = Number.isFinite(price) && withLexicon >= 100 ? ` (about ${formatMs((withLexicon * price) / 1000)} at ${price.toFixed(1)} µs a page)` : '';
  return `${thousands(Math.round(without))} / ${thousands(Math.round(withLexicon))}${cost}`;
}

function serverTable(results) {
  const rows = [];
  const lsp = results.lsp;
  if (lsp) {
    if (!lsp.available) rows.push(['5. LSP over stdio (1 MB document)', `not available: ${lsp.reason}`]);
    else {
      rows.push(['5. Open → first diagnostics (1 MB, lexicon loaded, matcher built)', `${formatMs(lsp.openMs)} (${thousands(lsp.openDiagnostics)} diagnostics)`]);
      rows.push([`5. One-character edit → its diagnostics, ${lsp.edits.count} edits`, `p50 ${formatMs(lsp.edits.p50)}, p95 ${formatMs(lsp.edits.p95)} (min ${formatMs(lsp.edits.min)}, max ${formatMs(lsp.edits.max)})`]);
      // The first keystroke after opening waits the pause set from the open's check, whose code ran cold.
      if (lsp.edits.first !== undefined) rows.push(['5. … the first of them, the first keystroke after opening', formatMs(lsp.edits.first)]);
      const price = results.machine.freshPageUs;
      if (Number.isFinite(lsp.edits.pageFaults)) rows.push(['5. … fresh pages of memory the server took per edit (minor page faults: the new text, the diagnostics\' JSON, the heap growing)', `${thousands(Math.round(lsp.edits.pageFaults))}${Number.isFinite(price) ? ` (about ${formatMs((lsp.edits.pageFaults * price) / 1000)} at ${price.toFixed(1)} µs a page)` : ''}`]);
      if (lsp.coreBetween) rows.push([`5. … the core's full analysis (with lexicon) of the edited text, timed in the benchmark between edits, ${lsp.coreBetween.count} runs`, `p50 ${formatMs(lsp.coreBetween.p50)}`]);
      if (lsp.coreKeeping) rows.push([`5. … the same keeping the earlier version's lexicon terms where the prose is unchanged, as the server does at an edit, ${lsp.coreKeeping.count} runs`, `p50 ${formatMs(lsp.coreKeeping.p50)}`]);
      rows.push([`5. Hover round-trip, ${lsp.hover.count} requests (${lsp.hover.hits} with content)`, `p50 ${formatMs(lsp.hover.p50)}, p95 ${formatMs(lsp.hover.p95)}`]);
      if (lsp.completion) rows.push([`5. Completion of a word begun in prose, the best of the lexicon's terms for the letters typed (VS Code asks at each word typed), ${lsp.completion.count} requests`, `p50 ${formatMs(lsp.completion.p50)}, p95 ${formatMs(lsp.completion.p95)} (${thousands(lsp.completion.items)} items, ${formatBytes(lsp.completion.bytesP50)} of JSON)`]);
      rows.push([`5. Document symbols round-trip, settled version, ${lsp.symbols.count} requests`, `p50 ${formatMs(lsp.symbols.p50)}, p95 ${formatMs(lsp.symbols.p95)} (${thousands(lsp.symbols.symbols)} top-level symbols)`]);
      if (lsp.semanticTokens) rows.push([`5. Semantic tokens (whole document) round-trip, settled version, ${lsp.semanticTokens.count} requests`, `p50 ${formatMs(lsp.semanticTokens.p50)}, p95 ${formatMs(lsp.semanticTokens.p95)} (${thousands(lsp.semanticTokens.tokens)} tokens${lsp.semanticTokens.bytes ? `, ${formatBytes(lsp.semanticTokens.bytes)} of JSON` : ''})`]);
      rows.push([`5. Document symbols right after an edit (analysis included), ${lsp.symbolsAfterEdit.count} requests`, `p50 ${formatMs(lsp.symbolsAfterEdit.p50)}, p95 ${formatMs(lsp.symbolsAfterEdit.p95)}`]);
      const deltas = lsp.semanticTokenDeltas;
      if (deltas?.count) rows.push([`5. Semantic tokens of each new version as a delta from the ones before (\`full/delta\`, as VS Code asks after an edit), ${deltas.count} edits`, `p50 ${formatMs(deltas.p50)}, p95 ${formatMs(deltas.p95)}; ${formatBytes(deltas.bytesP50)} of JSON (p50; at most ${formatBytes(deltas.bytesMax)})${deltas.wholeAnswers ? `; ${deltas.wholeAnswers} answered with the whole tokens` : ''}`]);
      if (lsp.afterEdit) rows.push([`5. Folding ranges, semantic tokens (as a delta), section lenses and document symbols of each new version, asked in turn once its diagnostics have arrived (as an editor asks), ${lsp.afterEdit.count} edits`, `p50 ${formatMs(lsp.afterEdit.p50)}, p95 ${formatMs(lsp.afterEdit.p95)} (the four together)`]);
    }
  }
  const m = results.memory;
  if (results.retained) {
    const r = results.retained;
    // Before the typed arrays were counted (the eleventh session's runs and earlier), `bytes` was the heap alone.
    const parts = r.arrayBufferBytes !== undefined ? `; ${formatBytes(r.heapBytes)} on V8's heap, ${formatBytes(r.arrayBufferBytes)} in typed arrays outside it` : '; V8\'s heap only';
    rows.push([`6. Core: memory kept alive by one analysis of the ${r.label} text (model, findings, outline; in the benchmark process, after collections)`, `${formatBytes(r.bytes)} (${(r.bytes / r.textBytes).toFixed(1)}× the text${parts})`]);
  }
  if (m) {
    if (!m.available) rows.push(['6. Server memory, 10 MB document', `not available: ${m.reason}`]);
    else {
      rows.push(['6. Server peak RSS (VmHWM) holding the 10 MB document, after open, symbols, hover, 2 edits', `${formatBytes(m.held.peak)} (${(m.held.peak / m.textBytes).toFixed(1)}× the text; above the idle server's ${formatBytes(m.idle.current)}: ${formatBytes(m.held.peak - m.idle.current)}, ${((m.held.peak - m.idle.current) / m.textBytes).toFixed(1)}×; current RSS ${formatBytes(m.held.current)})`]);
      if (m.steps?.every((s) => s.peak !== undefined)) rows.push(['6. … peak RSS after each step', m.steps.map((s) => `${s.name} ${formatBytes(s.peak)}`).join(', ')]);
      if (m.textOnly?.held) {
        const floor = m.textOnly.held.peak;
        rows.push(['6. … the same server given the same text as a plain-text document (received, kept and edited twice, never analysed)', `peak RSS ${formatBytes(floor)} (${(floor / m.textBytes).toFixed(1)}× the text; idle ${formatBytes(m.textOnly.idle.current)}): the analysis adds ${formatBytes(m.held.peak - floor)} (${((m.held.peak - floor) / m.textBytes).toFixed(1)}×)`]);
      } else if (m.textOnly?.error) rows.push(['6. … the same server given the same text as a plain-text document', `not measured: ${m.textOnly.error}`]);
      if (m.minimalServer?.held) {
        const floor = m.minimalServer.held.peak;
        rows.push(['6. … the protocol library\'s smallest server (`bench/minimalServer.cjs`: keeps documents, answers nothing), given the same text and edits', `peak RSS ${formatBytes(floor)} (${(floor / m.textBytes).toFixed(1)}× the text; idle ${formatBytes(m.minimalServer.idle.current)})`]);
      } else if (m.minimalServer?.error) rows.push(['6. … the protocol library\'s smallest server, given the same text', `not measured: ${m.minimalServer.error}`]);
      const live = m.heap?.heapUsed !== undefined ? m.heap.heapUsed + (m.heap.arrayBuffers ?? 0) : undefined;
      rows.push([
        '6. Server live memory holding the 10 MB document (`negotext/serverInfo`: `heapUsed` and `arrayBuffers`)',
        live !== undefined
          ? `${formatBytes(live)} (${(live / m.textBytes).toFixed(1)}× the text${m.heap.arrayBuffers !== undefined ? `; ${formatBytes(m.heap.heapUsed)} on V8's heap, ${formatBytes(m.heap.arrayBuffers)} in typed arrays` : '; the heap only'}${m.heap.collected ? ', after a full collection' : ', without a collection'})`
          : `not available: ${m.heap?.unavailable ?? 'the server has no memory request'}; RSS only`,
      ]);
      rows.push(['6. Open → first diagnostics, 10 MB', formatMs(m.openMs)]);
      rows.push(['6. Edit → diagnostics, 10 MB (one edit)', formatMs(m.editMs)]);
    }
  }
  const cli = results.cli;
  if (cli) {
    rows.push(
      cli.available
        ? [`7. \`negotext check\` over ${cli.documents} documents of 50 KB (${formatBytes(cli.bytes)}) + the lexicon, whole process`, `${formatMs(cli.ms)} wall, median of ${cli.runs.length} (${cli.runs.map((r) => formatMs(r)).join(', ')}); ${(cli.bytes / 1048576 / (cli.ms / 1000)).toFixed(1)} MB/s; ${thousands(cli.findings)} findings`]
        : ['7. `negotext check` over 500 documents', `not available: ${cli.reason}`],
    );
    const symbols = cli.workspaceSymbols;
    if (symbols) {
      rows.push(
        symbols.available
          ? [
              `7. Workspace symbols over the same ${cli.documents} drafts, unopened, in a fresh server (\`workspace/symbol\`): the first query, which reads and digests every draft; then ten other queries`,
              `first ${formatMs(symbols.firstMs)} (${thousands(symbols.firstSymbols)} symbols found); later p50 ${formatMs(symbols.laterMs)}, at most ${formatMs(symbols.laterMaxMs)}; the server's live memory ${formatBytes(symbols.liveBefore)} before, ${formatBytes(symbols.liveAfter)} after (the digests kept for later queries: ${formatBytes(symbols.liveAfter - symbols.liveBefore)}, ${((symbols.liveAfter - symbols.liveBefore) / cli.bytes).toFixed(2)}× the drafts' bytes)`,
            ]
          : ['7. Workspace symbols over the same drafts', `not available: ${symbols.reason}`],
      );
    }
  }
  if (!rows.length) return '(server and CLI not measured in this run)';
  return ['| Measure | Result |', '| --- | --- |', ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join('\n');
}

function targetsTable(targets) {
  if (!targets.length) return '(no targets judged in this run)';
  return ['| Target | Measured | Verdict |', '| --- | --- | --- |', ...targets.map((t) => `| ${t.name} | ${t.measured} | ${verdict(t.met)}${t.met === false && t.missedAt?.length ? ` (${t.missedAt.join(', ')})` : ''} |`)].join('\n');
}

function inputsSection(results) {
  const lx = results.lexicon;
  const rows = results.texts.map(
    (t) =>
      `| ${t.label} | ${thousands(t.chars)} | ${thousands(t.lines)} | ${thousands(t.brackets)} | ${t.charsPerBracket.toFixed(0)} | ${t.maxDepth} | ${thousands(t.alternativeSets)} | ${thousands(t.optionSets)} | ${thousands(t.headings)} | ${thousands(t.paragraphs)} | ${thousands(t.footnotes)} | ${thousands(t.terms)} | ${thousands(t.findings)} |`,
  );
  return [
    'Texts from `generateText(size)` in `test/performance/generateText.ts` (seeded, deterministic): a front matter, parts',
    'and articles (and preamble/operative parts with PP/OP paragraphs), numbered paragraphs with `(a)`/`(i)`',
    'sub-paragraphs, brackets nested to depth 4, alternatives (`[shall][should]`, `[a] / [b]`, `[a / b]`), option sets,',
    'attributions with real delegation codes, paragraph statuses, placeholders, footnotes with annotations, comments,',
    'a few non-ASCII characters, a third of the paragraphs hard-wrapped, and lexicon terms (with some deprecated forms)',
    'in the prose.',
    '',
    '**Density.** A 200-page compilation text (about 600,000 characters) has about 1,500 brackets: one per 400',
    'characters. The generator aims at one `[` per 400 characters (the brief: one per 300–500); the measured',
    'density is in the table (characters per bracket opener, nested ones included).',
    '',
    '| Text | Characters | Lines | Brackets | Chars per bracket | Max depth | Alternative sets | Option sets | Headings | Paragraphs | Footnotes | Lexicon terms found | Findings |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    `**Lexicon.** \`generateLexicon()\`: ${thousands(lx.entries)} entries (${formatBytes(lx.bytes)} of \`*.lexicon.yaml\`, ${lx.problems} problems), real UN terms`,
    `then generated ones, with variants, abbreviations, ${thousands(lx.deprecatedForms)} deprecated forms and proposed, contested and rejected`,
    `statuses; about a fifth of its forms appear in the prose. Reading it with \`parseLexicon\` takes ${formatMs(lx.parseMs)},`,
    `building the matcher (\`createTermMatcher\`) ${formatMs(lx.matcherMs)} (medians of 3; both once per lexicon, outside the timed analysis).`,
    ...(lx.editedParseMs !== undefined
      ? [
          `A keystroke inside an entry, as the file is typed in: reading it again from the last reading (only the changed entry is`,
          `parsed) takes ${formatMs(lx.editedParseMs)}, reading it whole ${formatMs(lx.editedParseWholeMs)} (medians of 20 edits across the file).`,
        ]
      : []),
    '',
    `**Workspace.** 500 documents of 50 KB (\`generateText(50 KB, { seed: 1000 + i })\`) in five folders, with the lexicon`,
    'file at the root (so every document is checked with it), written to a temporary folder and removed afterwards.',
  ].join('\n');
}

/** The hand-written text between two markers of the page as it was, trimmed; undefined when the markers are missing. */
function keptSection(page, startMarker, endMarker) {
  const start = page.indexOf(startMarker);
  const end = page.indexOf(endMarker, start);
  return start >= 0 && end > start ? page.slice(start + startMarker.length, end).trim() : undefined;
}

/** A reading written from the numbers, used until someone writes their own. */
function autoReading(results, targets) {
  const missed = targets.filter((t) => t.met === false);
  const met = targets.filter((t) => t.met === true);
  const paragraphs = [];
  paragraphs.push(`Written by the benchmark from this run's numbers. ${met.length} of ${targets.length} targets met${missed.length ? `; missed: ${missed.map((t) => t.name.replace(/`/g, '')).join('; ')}` : ''}.`);
  const one = results.core.find((c) => c.label === '1 MB');
  if (one) {
    const m = one.medians;
    const needed = Math.max(6 / one.ratios.markdownIt, 10 / one.ratios.mdlsSymbols, one.ratios.rawScan / 6);
    paragraphs.push(
      `On the 1 MB text the full analysis takes ${formatMs(m['negotext'])}: markdown-it parses the same bytes in ${formatMs(m['markdown-it'])}, ` +
        `the Markdown language service gives its document symbols in ${formatMs(m['mdls-symbols'])}, and one charCodeAt pass over the text takes ${formatMs(m['raw-scan'])}. ` +
        (needed > 1
          ? `Meeting the three speed targets at this size needs the full analysis about ${formatRatio(needed)} faster (at most ${formatMs(Math.min(m['markdown-it'] / 6, m['mdls-symbols'] / 10, m['raw-scan'] * 6))}). `
          : 'The three speed targets are met at this size. ') +
        `The 2,000-term lexicon adds ${formatMs(m['negotext+lexicon'] - m['negotext'])} (${formatRatio(one.ratios.lexicon)} in all).`,
    );
  }
  const ten = results.core.find((c) => c.label === '10 MB');
  if (ten?.failures?.['mdls-symbols']) paragraphs.push(`The Markdown language service fails on the 10 MB text (${ten.failures['mdls-symbols']}): it builds its symbol tree recursively, one call per heading.`);
  if (results.lsp?.available) {
    const l = results.lsp;
    paragraphs.push(
      `Over stdio, an edit's diagnostics arrive after ${formatMs(l.edits.p50)} (p50) and ${formatMs(l.edits.p95)} (p95) on the 1 MB document, never under ${formatMs(l.edits.min)}: ` +
        "the time includes the server's pause after a change before it analyses (150 ms in `server/src/lsp/diagnosticScheduler.ts` when this was written), a whole-document analysis, " +
        `the conversion of ${formatNumber(l.diagnosticsAfterEdits)} findings to LSP diagnostics and their JSON. Hover (${formatMs(l.hover.p50)}) and document symbols on a settled version (${formatMs(l.symbols.p50)}) reuse the cached analysis. ` +
        'Because that pause is fixed, the edit target gets harder as the core gets faster: with a 150 ms pause, p95 ≤ 3× the core needs a core of at least 75 ms even with nothing else in the way.',
    );
  }
  if (results.memory?.available) {
    const mem = results.memory;
    paragraphs.push(`Holding the 10 MB document the server peaks at ${formatBytes(mem.held.peak)} resident, ${(mem.held.peak / mem.textBytes).toFixed(0)} bytes per byte of text (the idle server takes ${formatBytes(mem.idle.current)}).`);
  }
  if (results.cli?.available) {
    const c = results.cli;
    paragraphs.push(`\`negotext check\` reads, analyses and reports ${formatBytes(c.bytes)} in ${c.documents} files in ${formatMs(c.ms)} (${(c.bytes / 1048576 / (c.ms / 1000)).toFixed(1)} MB/s for the whole process).`);
  }
  paragraphs.push('Profile the core with `node bench/profile.mjs` (a `.cpuprofile` of the full analysis, with the top self-time functions).');
  return paragraphs.join('\n\n');
}

const formatNumber = (n) => (Number.isFinite(n) ? thousands(n) : '–');

/** Builds the printed table and the page; writes the page when asked. */
export function writeReport(results, { write, path: file }) {
  const targets = evaluateTargets(results);
  const m = results.machine;
  const freshPage = Number.isFinite(m.freshPageUs) ? `; a fresh page of memory (4 KB, first touch) costs ${m.freshPageUs.toFixed(1)} µs` : '';
  const machine = `${m.cpus} × ${m.model}, ${(m.memory / 2 ** 30).toFixed(0)} GB RAM, Node ${m.node}, ${m.platform}${freshPage}; ${results.date.slice(0, 16).replace('T', ' ')} UTC; load average ${m.loadAtStart} at the start, ${m.loadAtEnd} at the end`;
  const build = results.build?.ok === false ? `\n\n**The build failed** before this run; the numbers are of what out/ and dist/ held:\n\n\`\`\`\n${results.build.error}\n\`\`\`` : '';
  const table = [`Machine: ${machine}`, '', coreTable(results), '', serverTable(results), '', targetsTable(targets)].join('\n');

  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const keptReading = keptSection(previous, READING_START, READING_END);
  const reading = keptReading && !keptReading.includes(READING_AUTO) ? keptReading : `${READING_AUTO}\n${autoReading(results, targets)}`;
  const history = keptSection(previous, HISTORY_START, HISTORY_END) || HISTORY_NONE;

  const markdown = `# Performance

<!-- Generated by \`npm run bench\` (bench/run.mjs). Everything except the Reading and the Before and after sections is rewritten on each run. -->

How fast Negotext analyses negotiation texts, against markdown-it, the Markdown language service and the floor of a
raw scan, on the same bytes; and how the language server and the command line behave on large inputs. Issue #8.

**Machine:** ${machine}.${results.quick ? ' **Quick run** (few repetitions): indicative only.' : ''}${build}

## Targets

${targetsTable(targets)}

## Core: the same text through each tool

Medians of interleaved runs after warm-up (10th–90th percentiles in \`--json\` output). Ratios in parentheses are
against Negotext's full analysis without lexicon on the same text, as the median of the per-round ratios (see Method).

${coreTable(results)}

Growth: 10 MB against 1 MB, timed in the same rounds: ${results.growth ? `${formatRatio(results.growth.negotext)} without lexicon, ${formatRatio(results.growth['negotext+lexicon'])} with it, for a text ${results.growth.sizeRatio.toFixed(2)}× longer` : 'not measured'}.

## Language server and command line

${serverTable(results)}

## Reading

${READING_START}
${reading}
${READING_END}

## Before and after

${HISTORY_START}
${history}
${HISTORY_END}

## Inputs

${inputsSection(results)}

## Method

- **One process, the same bytes.** Each text is generated once and given to every subject. The core and the
  generator are the compiled \`out/\` files; the server and the CLI are the bundles in \`dist/\` (\`npm run bench\`
  runs \`npm run build\` first; \`--no-build\` skips it).
- **Full analysis** is what the editor does for a version: \`analyze(text, { delegations, terms })\` (lexing,
  parsing, the model, bracket pairing, alternative and option sets, term matching), \`computeFindings\` (every
  finding, with the built-in delegation registry) and \`computeOutline\`. The registry and the term matcher are
  built once, outside the timing, as the server caches them.
- **markdown-it** is \`new MarkdownIt()\` (the default preset) and \`md.parse(text, {})\`.
- **Markdown language service** is \`vscode-markdown-languageservice\` 0.4 created with a stub workspace (no files)
  and a parser \`{ slugifier: githubSlugifier, tokenize: doc => md.parse(doc.getText(), {}) }\` on the same
  markdown-it; each run asks \`getDocumentSymbols(doc, { includeLinkDefinitions: false })\` for a new document uri
  (the service caches tables of contents by uri; the entry is evicted after the run). Its time includes the
  markdown-it parse. It builds its symbol tree with one recursive call per heading: on the 10 MB text (about
  7,000 headings) it overflows the stack when its code is not optimised yet (seen with fewer warm-up rounds); a
  run that throws is reported as failed.
- **Raw scan** is one \`charCodeAt\` loop over the text counting bracket depth: the practical floor in JavaScript.
- **Fresh pages.** Each run's minor page faults (the whole process's, the collector's threads included; medians in
  the core table) count the pages of memory the process took that it had never touched: V8 takes pages for its
  heap as it grows and gives them back after a full collection. The machine line gives what one costs here,
  measured at the start by touching 64 MB of new memory page by page. On bare metal a page costs well under a
  microsecond; a virtual machine whose host backs the page only when it is first touched pays many times more,
  which moves allocating code's times, and the ratios against the raw scan, from one machine to another.
- **Noise.** The machine is shared: other engineers build and test on it while the benchmark runs (see the load
  averages above). Subjects run in interleaved rounds (every subject once per round, in a rotated order), so a
  burst of load hits all of them; the tables give medians. Ratios (and the targets) are medians of per-round ratios:
  the two runs of a pair are made a fraction of a second apart, so a change of load between rounds cancels out,
  where a ratio of two medians would mix runs made under different loads. No garbage collection is forced between runs (forcing
  one made the next run of every subject several times slower on the 100 KB text). Repetitions:
  ${Object.entries(results.reps).map(([k, v]) => `${k} ${v.warmup} warm-up + ${v.runs} rounds`).join(', ')}. The 10 MB rounds also time the 1 MB text,
  so the growth ratio compares runs made under the same load. Absolute times move by tens of percent from run to
  run on this machine; the ratios move less.
- **LSP.** \`node ${(results.serverNodeFlags ?? []).map((f) => `${f} `).join('')}dist/server.js --stdio\` (the Node flags VS Code starts the server with, read from
  \`server/src/lsp/serverNodeFlags.ts\`) in a temporary workspace folder holding the document and the lexicon
  (found as "every \`*.lexicon.yaml\` in the workspace"), driven by \`vscode-languageserver-protocol\` over the
  process's stdin/stdout, without \`workspace/configuration\` (default settings). An edit inserts one letter at a
  random place (seeded) with an incremental \`didChange\`; its time runs from sending the change to receiving the
  \`publishDiagnostics\` of that version, one edit at a time, so it includes the server's debounce. After every
  second edit the benchmark times the core's full analysis (with the lexicon) of the edited text itself, while the
  server is idle: the edit target compares the p95 with that median, taken under the same load. Beside it, the
  analysis the server runs at an edit: every version analysed from the one before, keeping the lexicon terms of its
  unchanged prose (\`earlierTermsOf\`), with its findings and outline. Hover positions
  are delegations, lexicon terms and bracket openers. Completion is asked three letters into terms of the prose, as
  an editor asks when a word is begun: the lexicon's terms are offered, at most 200 of them (the best for the
  letters typed, the list then marked incomplete), and the benchmark's client takes a list's default edit range as
  VS Code's does. Document symbols are timed on the settled version (the
  analysis cached) and right after an edit (the request pays for the analysis); semantic tokens of the whole
  document on the settled version; and, after each of 20 more edits, once its diagnostics have arrived, the folding
  ranges, semantic tokens, section lenses and document symbols of the new version, as an editor asks for them (every
  feature on every new model). The semantic tokens are asked as VS Code asks after an edit, as a delta
  (\`semanticTokens/full/delta\`) from the last ones received, whose time and JSON size are also given on their own;
  the sizes are of the answer as JSON text.
- **Memory.** A fresh server opens the 10 MB document, answers document symbols and hover and takes two edits;
  then \`VmHWM\` (peak resident set) and \`VmRSS\` are read from \`/proc/<pid>/status\`, and the live memory from the
  server's \`negotext/serverInfo\` request (\`heapUsed\` and \`arrayBuffers\`, the typed arrays outside V8's heap,
  after a full collection: the server runs with \`--expose-gc\` for this measurement only). The target is judged on
  the peak RSS. Then another fresh server (the
  same flags, without \`--expose-gc\`) is given the same text as a plain-text document and the same two edits: it
  receives and keeps the text but never analyses it, which measures what holding the text costs before any analysis.
  The same is done with \`bench/minimalServer.cjs\`, the smallest server \`vscode-languageserver\` makes (it keeps
  documents with incremental sync and answers hover with nothing), under the same flags: what any Node language
  server built on the protocol library pays to hold the text, apart from Negotext\'s own code.
- **CLI.** \`node dist/cli.js check <folder>\`, whole process, stdout to a pipe that is read and counted, after one
  warm-up run (file cache); median wall time. Then a fresh server (with \`--expose-gc\`) over the same folder, none of
  its drafts open: one workspace-symbol query that matches few symbols (every draft read, analysed and digested),
  ten other queries (their median and slowest), and the server's live memory before and after
  (\`negotext/serverInfo\`).
- **Growth tests.** \`test/performance/growth.test.ts\` (in \`npm test\`) checks on 100, 200 and 400 KB texts that each
  doubling less than triples the median time, with and without the lexicon; hostile texts and other features are
  checked the same way through \`test/support/growth.ts\` (the fastest of a few runs, each after a full collection).
  They assert ratios only, never times, and mocha runs with a large young generation (\`.mocharc.json\`), so that
  what is timed is the work, not the collection of other tests' data.
- **Profile.** \`node bench/profile.mjs [--lexicon] [--size=1048576]\` runs the full analysis of the generated text
  under \`--cpu-prof\` and prints the functions with the most self time.
- **Options.** \`npm run bench -- --quick\` (a few repetitions, nothing written), \`--only=core,lsp,memory,cli\` (some
  parts), \`--no-build\`, \`--no-write\`, \`--json=<file>\` (the raw numbers) and \`--from-json=<file>\` (rewrite this file
  from them). An unknown option or a bad value stops the benchmark (and the profile script) with a message and
  status 2, rather than a run that measures something else.
`;
  if (write) writeFileSync(file, markdown);
  return { table, markdown, targets };
}

/** " (holding the text without analysing it: the same server 14.6×, a minimal … server 13.5×)", from what was measured. */
function floorsOf(m) {
  const floors = [
    m.textOnly?.held && `the same server ${(m.textOnly.held.peak / m.textBytes).toFixed(1)}×`,
    m.minimalServer?.held && `a minimal vscode-languageserver server ${(m.minimalServer.held.peak / m.textBytes).toFixed(1)}×`,
  ].filter(Boolean);
  return floors.length ? ` (holding the text without analysing it: ${floors.join(', ')})` : '';
}
