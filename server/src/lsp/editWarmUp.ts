// Warms the code an edit runs, in idle time after a long draft is first checked, so that the first keystrokes are not slow.

import { analyze, computeFindings, earlierTermsOf, parse, sectionOpenPoints, type DocumentModel } from '../core';
import type { DelegationRegistry } from '../core/delegations';
import { computeFolds } from '../core/features/folding';
import { outlineOf } from '../core/features/outlineOf';
import { computeSemanticTokens } from '../core/features/semanticTokens';
import type { Analysis } from './analyses';
import { DiagnosticsJson } from './diagnosticsJson';
import { toLspFoldingRanges } from './folding';
import { jsonBuffersOf } from './jsonBytes';
import { TextLines } from './positions';
import { encodeSemanticTokens } from './semanticTokens';
import { DocumentSymbolsAnswer } from './symbols';

/** Drafts shorter than this check quickly even before V8 has optimised the code: they need no warm-up. */
const LONG_DRAFT_CHARS = 100 * 1024;
/** How much of the draft the warm-up edits: its start, cut at a line end. */
const SAMPLE_CHARS = 32 * 1024;
/** Versions of the sample analysed: enough for V8 to optimise what an edit runs (measured: see the class). */
const ROUNDS = 25;

/**
 * V8 optimises a function once it has run for a while, so the first versions of a long draft are checked by slower
 * code: in one process, the 1 MB benchmark draft's analysis took 230-250 ms at opening, then 100-140, 70, 50 ms for
 * the next versions before it settled at 25 ms, and over the connection the first three keystrokes after opening
 * waited 170, 150 and 95 ms for their diagnostics where later ones waited 60-80. Once the first check of a long draft
 * is sent, this runs what an edit runs (the analysis keeping the earlier terms, the findings, their JSON, and the
 * folds, semantic tokens, lenses and symbols an editor asks for next) over a sample of that draft, typed into a
 * letter at a time, with the draft's own lexicon and delegations: 25 versions of 32 KB, about 220 ms of work, once
 * per server, in the pause a delegate takes before typing; an edit stops it. Each version is a task of its own
 * (`setImmediate`), so that messages are handled between them.
 */
export class EditWarmUp {
  private started = false;
  private pending: (() => void) | undefined;
  /** Versions of the sample analysed so far (for tests). */
  rounds = 0;

  constructor(
    private readonly schedule: (task: () => void) => void = (task) => void setImmediate(task),
    private readonly totalRounds = ROUNDS,
  ) {}

  /** Called with each check: the first check of a long draft starts the warm-up. */
  afterCheck(analysis: Analysis): void {
    const text = analysis.model.text;
    if (this.started || text.length < LONG_DRAFT_CHARS) return;
    this.started = true;
    const { options, registry } = analysis.context;
    const severities = analysis.settings.severities;
    const diagnostics = new DiagnosticsJson();
    let version = sampleOf(text);
    let model: DocumentModel | undefined;
    const round = () => {
      this.pending = undefined;
      try {
        const earlierTerms = model ? earlierTermsOf(model, options.terms, version) : undefined;
        model = analyze(parse(version), { ...options, earlierTerms });
        const lines = new TextLines(version);
        diagnostics.encode('negotext-warm-up:sample', computeFindings(model, { severities, delegations: registry }), lines);
        answerAsAnEditorAsks(model, lines, registry);
      } catch {
        // Only a warm-up: the draft's own checks meet and report whatever failed here.
        return;
      }
      this.rounds++;
      version = typedInto(version, this.rounds);
      if (this.rounds < this.totalRounds) this.later(round);
    };
    this.later(round);
  }

  /**
   * Stops the warm-up for good: at shutdown, and at the first edit, whose own checks warm the code from then on (the
   * versions of the sample would only make the edit wait).
   */
  stop(): void {
    this.pending = undefined;
    this.started = true;
  }

  private later(round: () => void): void {
    this.pending = round;
    this.schedule(() => this.pending === round && round());
  }
}

/** What an editor asks for about each new version once its diagnostics are in: folds, tokens, lenses and symbols. */
function answerAsAnEditorAsks(model: DocumentModel, lines: TextLines, registry: DelegationRegistry): void {
  toLspFoldingRanges(computeFolds(model), lines);
  encodeSemanticTokens(computeSemanticTokens(model, { delegations: registry }), lines);
  sectionOpenPoints(model);
  jsonBuffersOf((out) => new DocumentSymbolsAnswer(outlineOf(model), lines).writeJson(out));
}

/**
 * The draft's start, cut at the last line end within `SAMPLE_CHARS`, copied: a slice would keep the whole draft's text
 * alive for as long as the warm-up runs, after the draft has been edited.
 */
export function sampleOf(text: string): string {
  const lineEnd = text.lastIndexOf('\n', SAMPLE_CHARS);
  const start = text.slice(0, text.length <= SAMPLE_CHARS ? text.length : lineEnd > 0 ? lineEnd + 1 : SAMPLE_CHARS);
  return Buffer.from(start, 'utf16le').toString('utf16le');
}

/** The sample with a letter typed at the start of a word, at a place that moves through it from round to round. */
function typedInto(text: string, round: number): string {
  const from = Math.floor(((round * 0.618) % 1) * text.length);
  const space = text.indexOf(' ', from);
  const at = space < 0 ? text.length : space + 1;
  return `${text.slice(0, at)}e${text.slice(at)}`;
}
