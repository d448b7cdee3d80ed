// Warms the code an edit runs, in idle time after a long draft is first checked, so that the first keystrokes are not slow.

import { parse } from '../core';
import { analysedVersion, termsToKeep, type Analysis } from './analyses';
import { codeLensesOf } from './codeLens';
import { documentFindings } from './diagnostics';
import { DiagnosticsJson } from './diagnosticsJson';
import { foldingRangesOf } from './folding';
import { jsonBuffersOf } from './jsonBytes';
import { semanticTokensOf } from './semanticTokens';
import { documentSymbolsOf } from './symbols';

/** Drafts shorter than this check quickly even before V8 has optimised the code: they need no warm-up. */
const LONG_DRAFT_CHARS = 100 * 1024;
/** How much of the draft the warm-up edits: its start, cut at a line end. */
const SAMPLE_CHARS = 32 * 1024;
/** Versions of the sample analysed: enough for V8 to optimise what an edit runs (measured: see the class). */
const ROUNDS = 25;
/** The sample's name, which no document has. */
const SAMPLE_URI = 'negotext-warm-up:sample';

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
    const diagnostics = new DiagnosticsJson();
    let version = sampleOf(text);
    let previous: Analysis | undefined;
    const round = () => {
      this.pending = undefined;
      try {
        // As the server checks a new version and answers the editor's requests about it (`startServer.ts`).
        const earlierTerms = previous ? termsToKeep(previous, version) : undefined;
        const check = analysedVersion({ uri: SAMPLE_URI, version: this.rounds }, parse(version), analysis.context, analysis.settings, earlierTerms);
        diagnostics.encode(SAMPLE_URI, documentFindings(check), check.lines);
        answerAsAnEditorAsks(check);
        previous = check;
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
function answerAsAnEditorAsks(check: Analysis): void {
  foldingRangesOf(check);
  semanticTokensOf(check);
  codeLensesOf(check);
  jsonBuffersOf((out) => documentSymbolsOf(check).writeJson(out));
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
