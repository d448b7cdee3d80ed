// Makes the Word draft the import tests read, with the docx library, as a secretariat would type it.

import { AlignmentType, Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';

/** A draft as a secretariat types it in Word: typed labels, square brackets, footnotes, bold headings. */
export async function makeDraftDocx(): Promise<Uint8Array> {
  const document = new Document({
    footnotes: {
      1: { children: [new Paragraph('The Islamic Republic of Iran reserves its position on this paragraph.')] },
      2: { children: [new Paragraph('First paragraph of a long note.'), new Paragraph('Second paragraph of the same note.')] },
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Draft resolution on ICTs', heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
          new Paragraph({ text: 'Preamble', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun('PP1.\t'), new TextRun({ text: 'Recalling', italics: true }), new TextRun(' its resolution 78/237,')] }),
          new Paragraph({ children: [new TextRun('PP2.\tBearing in mind [the Charter] [the purposes of the Charter],'), new FootnoteReferenceRun(1)] }),
          new Paragraph({ text: 'Article 2. Use of terms', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ children: [new TextRun('1.\tEach State Party [shall][should] adopt {number} measures [such as [legislative] ones].'), new FootnoteReferenceRun(2)] }),
          new Paragraph({ children: [new TextRun('(a)\ton electronic data & "traffic data";')] }),
          new Paragraph({ children: [new TextRun('A literal caret [^ and a backslash \\ stay text.')] }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
