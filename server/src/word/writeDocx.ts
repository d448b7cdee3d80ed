// Writes a Word layout as a .docx file's bytes with the `docx` library, in the look of a UN draft: symbol and date in the header, centred title, hanging labels.

import { AlignmentType, Document, FootnoteReferenceRun, Header, HeadingLevel, Packer, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { WordLayout, WordParagraph, WordRun } from '../core/exports';

/** Twips per indentation step (1 cm): the label hangs one step left of the text. */
const STEP = 567;
/** Text sizes in half-points, as Word counts them. */
const BODY = 24;
const NOTE = 18;
const TITLE = 28;

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];

/** The heading styles: black Times New Roman in bold, the top two levels centred as in UN documents. */
function headingStyle(level: number) {
  return {
    run: { font: 'Times New Roman', size: BODY, bold: true, color: '000000' },
    paragraph: { alignment: level <= 2 ? AlignmentType.CENTER : AlignmentType.LEFT, spacing: { before: 240, after: 120 }, keepNext: true },
  };
}

function textRuns(runs: ReadonlyArray<WordRun>, size = BODY, bold = false): ParagraphChild[] {
  return runs.map((run, index) => {
    if (run.footnote !== undefined) return new FootnoteReferenceRun(run.footnote);
    // Attribution notes are small capitals at a smaller size, so they read as a margin note and not as text.
    if (run.note) return new TextRun({ text: `${index > 0 ? ' ' : ''}${run.text}`, smallCaps: true, size: NOTE, bold });
    if (run.placeholder) return new TextRun({ text: run.text, highlight: 'yellow', size, bold });
    return new TextRun({ text: run.text, italics: run.italic, size, bold });
  });
}

function bodyParagraph(paragraph: WordParagraph): Paragraph {
  if (paragraph.kind === 'heading') {
    // Real heading styles, so that Word's navigation pane shows the outline and an import reads them back as headings.
    return new Paragraph({ children: textRuns(paragraph.runs, BODY, true), heading: HEADINGS[Math.min(paragraph.level, 6) - 1] });
  }
  const level = Math.max(1, paragraph.level);
  const left = STEP * (level + 1);
  const children: ParagraphChild[] = paragraph.label ? [new TextRun({ text: `${paragraph.label}\t`, size: BODY }), ...textRuns(paragraph.runs)] : textRuns(paragraph.runs);
  return new Paragraph({
    children,
    alignment: AlignmentType.JUSTIFIED,
    spacing: { after: 120 },
    indent: paragraph.label ? { left, hanging: STEP } : { left: STEP * 2 },
  });
}

/** The .docx bytes of a layout. */
export async function writeDocx(layout: WordLayout): Promise<Uint8Array> {
  const headerLines = [layout.symbol, layout.date].filter((line): line is string => Boolean(line));
  const header = new Header({
    children: headerLines.map((line, index) => new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: line, bold: index === 0, size: index === 0 ? BODY : 20 })] })),
  });
  const children: Paragraph[] = [];
  if (layout.title) children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240, after: 360 }, children: [new TextRun({ text: layout.title, bold: true, size: TITLE })] }));
  for (const paragraph of layout.paragraphs) children.push(bodyParagraph(paragraph));
  const footnotes: Record<number, { children: Paragraph[] }> = {};
  for (const footnote of layout.footnotes) footnotes[footnote.id] = { children: [new Paragraph({ children: textRuns(footnote.runs, 20) })] };
  const document = new Document({
    creator: 'Negotext',
    title: layout.title,
    styles: {
      default: {
        document: { run: { font: 'Times New Roman', size: BODY } },
        heading1: headingStyle(1),
        heading2: headingStyle(2),
        heading3: headingStyle(3),
        heading4: headingStyle(4),
        heading5: headingStyle(5),
        heading6: headingStyle(6),
      },
    },
    footnotes,
    sections: [
      {
        properties: { page: { margin: { top: 1440, bottom: 1440, left: 1247, right: 1247, header: 720 } } },
        headers: { default: header },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
