// The reports' public surface: pure builders from document models, and renderers to Markdown, HTML, CSV and JSON.

export { buildStatusReport, type StatusReport, type DocumentStatus, type SectionRow, type ParagraphRow, type FootnoteRow, type StatusCounts, type StatusTally, type ReportInput } from './statusReport';
export { buildPositionsReport, ROLE_ORDER, type PositionsReport, type PositionItem, type PositionItemKind, type DelegationPositions, type MatrixRow, type DelegationNames } from './positionsReport';
export { renderReport, REPORT_FORMATS, type ReportFormat } from './renderReport';
export type { HtmlOptions } from './renderHtml';
export type { SourceLocation } from './locator';
export { delegationRoles, stanceOf, type DelegationRole, type GroupsOf } from './delegationRoles';
