// The exports' public surface: the agreed-only text, a scenario text, and the layout a Word document is built from.

export { agreedText } from './agreedText';
export { scenarioText, type ScenarioOptions } from './scenarioText';
export type { ExportResult, ExportNote } from './exportBuilder';
export { buildWordLayout, preambularOpening, type WordLayout, type WordParagraph, type WordRun, type WordFootnote } from './wordLayout';
