// The Word export: the .docx read back with jszip (paragraphs, labels, brackets, notes, footnotes, header), and a PDF page through LibreOffice when it is installed.

import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { buildWordLayout, preambularOpening } from '../../server/src/core/exports';
import { writeDocx } from '../../server/src/word/writeDocx';
import { fixturePath } from '../support/paths';
import { analyseText } from '../reports/analyseFixture';

/** The visible text of each `<w:p>` of a WordprocessingML part, runs joined (tabs as `\t`). */
function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
      .map((m) => (m[0] === '<w:tab/>' ? '\t' : m[1]))
      .join('')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );
}

describe('Word export', () => {
  let document: string;
  let footnotes: string;
  let header: string;
  let bytes: Uint8Array;

  before(async () => {
    const model = analyseText(fs.readFileSync(fixturePath('exports', 'resolution.ntx'), 'utf8'));
    bytes = await writeDocx(buildWordLayout(model));
    const zip = await JSZip.loadAsync(bytes);
    document = await zip.file('word/document.xml')!.async('string');
    footnotes = await zip.file('word/footnotes.xml')!.async('string');
    const headerName = Object.keys(zip.files).find((name) => /^word\/header\d*\.xml$/.test(name))!;
    header = await zip.file(headerName)!.async('string');
  });

  it('writes the title, headings and labelled paragraphs with brackets kept', () => {
    const texts = paragraphTexts(document);
    assert.strictEqual(texts[0], 'Draft resolution on the peaceful uses of ICTs');
    assert.ok(texts.includes('Preamble') && texts.includes('Operative part'));
    assert.ok(texts.includes('PP2.\tBearing in mind [the purposes and principles of the Charter] (proposed: EU; opposed: Russia),'), texts.join('\n'));
    assert.ok(texts.includes('OP1.\t(ad ref) Decides to convene [a working group] (G77)[an expert group] (proposed: EU; supported: USA) in [2025 / 2026];'));
    assert.ok(texts.includes('Option 2:\t(proposed: RU; supported: CN) No text'));
    assert.ok(!texts.some((t) => t.includes('<!--') || t.includes('EU to revert')), 'comments are left out');
  });

  it('sets attributions in small capitals, placeholders highlighted, and preambular openings in italics', () => {
    assert.match(document, /<w:smallCaps\/>[\s\S]{0,200}?<w:t xml:space="preserve"> \(proposed: EU; opposed: Russia\)<\/w:t>/);
    assert.match(document, /<w:highlight w:val="yellow"\/>[\s\S]{0,200}?\{at its eightieth session\}/);
    assert.match(document, /<w:i\/>[\s\S]{0,200}?<w:t xml:space="preserve">Bearing in mind<\/w:t>/);
    assert.match(document, /<w:i\/>[\s\S]{0,200}?<w:t xml:space="preserve">Noting with concern<\/w:t>/);
  });

  it('makes real footnotes, numbered in reading order, with their notes', () => {
    assert.strictEqual((document.match(/<w:footnoteReference w:id="\d+"\/>/g) ?? []).length, 2);
    const texts = paragraphTexts(footnotes).filter((t) => t.trim());
    assert.ok(texts.some((t) => t.includes('(reservation: IR) The Islamic Republic of Iran dissociates itself from this paragraph.')), texts.join('\n'));
    assert.ok(texts.some((t) => t.includes('(US) The United States understands "report" to mean an oral report.')));
  });

  it('puts the symbol and the date in the header', () => {
    assert.deepStrictEqual(paragraphTexts(header), ['A/C.1/79/L.99', '2024-10-21']);
  });

  it('picks the italic opening of preambular paragraphs', () => {
    const opening = (body: string) => {
      const { start, end } = preambularOpening(body);
      return body.slice(start, end);
    };
    assert.strictEqual(opening('Recalling its resolution 78/237,'), 'Recalling');
    assert.strictEqual(opening('Bearing in mind the Charter,'), 'Bearing in mind');
    assert.strictEqual(opening('Deeply concerned about the misuse,'), 'Deeply concerned');
    assert.strictEqual(opening('Noting with deep concern the divide,'), 'Noting with deep concern');
    assert.strictEqual(opening('Recalling further, its resolution'), 'Recalling further');
    assert.strictEqual(opening('[Reaffirming the sovereign equality'), 'Reaffirming');
    assert.strictEqual(opening('The States Parties to this Convention,'), '');
  });

  it('converts to PDF with LibreOffice and renders a page (skipped without soffice)', function () {
    this.timeout(180_000);
    const soffice = ['soffice', 'libreoffice'].find((name) => spawnSync(name, ['--version'], { encoding: 'utf8' }).status === 0);
    if (!soffice) {
      // eslint-disable-next-line no-console
      console.log('      (skipped: LibreOffice `soffice` is not installed; apt-get install -y libreoffice-writer-nogui)');
      this.skip();
    }
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'negotext-docx-'));
    try {
      fs.writeFileSync(path.join(folder, 'draft.docx'), bytes);
      const converted = spawnSync(soffice!, ['--headless', `-env:UserInstallation=file://${folder}/profile`, '--convert-to', 'pdf', '--outdir', folder, path.join(folder, 'draft.docx')], { encoding: 'utf8', timeout: 170_000 });
      const pdf = path.join(folder, 'draft.pdf');
      assert.ok(fs.existsSync(pdf), `LibreOffice made no PDF: ${converted.stderr}`);
      assert.strictEqual(fs.readFileSync(pdf).subarray(0, 5).toString(), '%PDF-');
      if (spawnSync('pdftoppm', ['-v']).error === undefined) {
        spawnSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', pdf, path.join(folder, 'page')]);
        const page = fs.readdirSync(folder).find((name) => /^page-?\d*\.png$/.test(name));
        assert.ok(page, 'pdftoppm rendered the first page');
        assert.deepStrictEqual([...fs.readFileSync(path.join(folder, page!)).subarray(1, 4)], [0x50, 0x4e, 0x47]);
      }
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
