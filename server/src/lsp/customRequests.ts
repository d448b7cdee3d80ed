// The Negotext requests behind the status bar and commands: bracket counts, next/previous bracket, document statistics.

import { computeStats } from '../core';
import { nextBracketFrom } from '../core/features/bracketNavigation';
import { proseWordCount } from '../core/reports/wordCount';
import { fromLspPosition, toLspPosition, toLspRange } from './positions';
import type { DocumentStatus, DocumentStatusParams, NextBracketParams, NextBracketResult, StatisticsParams, StatisticsResult } from './protocol';
import type { Session } from './session';

/** `negotext/documentStatus`. */
export function documentStatus(session: Session, params: DocumentStatusParams): DocumentStatus | null {
  const analysis = session.analysisOf(params.uri);
  if (!analysis) return null;
  const brackets = analysis.model.brackets;
  return {
    uri: analysis.uri,
    version: analysis.version,
    brackets: brackets.length,
    topLevelBrackets: brackets.filter((b) => b.depth === 1).length,
    unclosedBrackets: brackets.filter((b) => !b.closed).length,
  };
}

/** `negotext/nextBracket`. */
export function nextBracket(session: Session, params: NextBracketParams): NextBracketResult | null {
  const analysis = session.analysisOf(params.uri);
  if (!analysis) return null;
  const target = nextBracketFrom(analysis.model, fromLspPosition(analysis.lines, params.position), params.direction === 'previous' ? 'previous' : 'next');
  return target ? { range: toLspRange(analysis.lines, target.range), wrapped: target.wrapped, index: target.index, count: target.count } : null;
}

/** `negotext/statistics`: the lead's per-section counts plus paragraph, status, word and finding totals. */
export function statistics(session: Session, params: StatisticsParams): StatisticsResult | null {
  const analysis = session.analysisOf(params.uri);
  if (!analysis) return null;
  const { model } = analysis;
  const stats = computeStats(model);
  const findings = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const finding of analysis.findings()) findings[finding.severity]++;
  // Words as the status report counts them (`co-operation` is one word, each Chinese character one).
  const words = proseWordCount(model);
  return {
    ...(model.frontMatter?.title ? { title: model.frontMatter.title } : {}),
    ...(model.frontMatter?.symbol ? { symbol: model.frontMatter.symbol } : {}),
    brackets: stats.brackets,
    alternativeSets: stats.alternativeSets,
    optionSets: stats.optionSets,
    placeholders: stats.placeholders,
    footnotes: stats.footnotes,
    paragraphs: model.paragraphs.length,
    labelledParagraphs: model.paragraphs.filter((p) => p.label).length,
    agreedParagraphs: model.paragraphs.filter((p) => p.status === 'agreed').length,
    adRefParagraphs: model.paragraphs.filter((p) => p.status === 'ad ref').length,
    words,
    findings,
    sections: stats.sections.map((section) => ({
      heading: section.heading,
      level: section.level,
      line: toLspPosition(analysis.lines, section.range.start).line,
      brackets: section.brackets,
      alternativeSets: section.alternativeSets,
      optionSets: section.optionSets,
      placeholders: section.placeholders,
      footnotes: section.footnotes,
    })),
  };
}
