// Import from Word: a .docx made with the docx library comes back as Negotext; broken files and zip bombs are refused.

import * as assert from 'assert';
import JSZip from 'jszip';
import { ImportError, importDocx } from '../../server/src/word/importDocx';
import { MAX_UNPACKED_BYTES } from '../../server/src/word/readDocx';
import { fixturePath } from '../support/paths';
import { analyseText } from '../reports/analyseFixture';
import { expectFile } from '../reports/expectFile';
import { makeDraftDocx } from './makeDraftDocx';

describe('import from Word', () => {
  it('maps headings, typed labels, brackets and footnotes (fixture import/draft.ntx)', async () => {
    const { text } = await importDocx(await makeDraftDocx());
    expectFile(fixturePath('import', 'draft.ntx'), text);
    const model = analyseText(text);
    assert.deepStrictEqual(model.headings.map((h) => [h.level, h.text]), [[1, 'Draft resolution on ICTs'], [1, 'Preamble'], [2, 'Article 2. Use of terms']]);
    assert.deepStrictEqual(model.paragraphs.filter((p) => p.label).map((p) => p.label!.text), ['PP1.', 'PP2.', '1.', '(a)']);
    assert.strictEqual(model.brackets.length, 6);
    assert.strictEqual(model.alternativeSets.length, 2);
    assert.deepStrictEqual(model.footnoteReferences.map((r) => r.label), ['1', '2']);
    assert.deepStrictEqual(model.footnoteDefinitions.map((d) => d.label), ['1', '2']);
    assert.ok(text.includes('[^2]: First paragraph of a long note.\n    Second paragraph of the same note.'), 'continuation paragraphs are indented');
    assert.ok(text.includes('adopt \\{number\\} measures'), 'Word braces are literal, so escaped');
    assert.ok(text.includes('A literal caret \\[^ and a backslash \\\\ stay text.'));
    assert.strictEqual(model.strayClosers.length + model.brackets.filter((b) => !b.closed).length, 0);
  });

  it('refuses a file that is not a zip, or a zip that is not a Word document', async () => {
    await assert.rejects(importDocx(new TextEncoder().encode('PK? not really')), (e: Error) => e instanceof ImportError && e.message === 'not a Word document');
    const zip = new JSZip();
    zip.file('hello.txt', 'hello');
    await assert.rejects(importDocx(await zip.generateAsync({ type: 'uint8array' })), (e: Error) => e instanceof ImportError && e.message === 'not a Word document');
  });

  it('refuses a zip bomb by the sizes in its directory, before inflating it', async () => {
    const zip = await JSZip.loadAsync(await makeDraftDocx());
    zip.file('word/media/padding.bin', new Uint8Array(MAX_UNPACKED_BYTES + 1));
    const bomb = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    assert.ok(bomb.length < 1024 * 1024, 'small on disk');
    await assert.rejects(importDocx(bomb), (e: Error) => e instanceof ImportError && e.message === 'it unpacks to more than 50 MB');
  });

  it('refuses a zip that states small sizes but inflates to more than the limit', async () => {
    const zip = await JSZip.loadAsync(await makeDraftDocx());
    zip.file('word/media/padding.bin', new Uint8Array(3 * 1024 * 1024));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    // Rewrite the padding's stated size (local header offset 22, central directory offset 24) to 10 bytes.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const name = new TextEncoder().encode('word/media/padding.bin');
    for (let i = 0; i + 46 < bytes.length; i++) {
      const signature = view.getUint32(i, true);
      const nameAt = signature === 0x04034b50 ? i + 30 : signature === 0x02014b50 ? i + 46 : -1;
      if (nameAt < 0 || !name.every((c, k) => bytes[nameAt + k] === c)) continue;
      view.setUint32(signature === 0x04034b50 ? i + 22 : i + 24, 10, true);
    }
    await assert.rejects(importDocx(bytes, 1024 * 1024), (e: Error) => e instanceof ImportError && e.message === 'it unpacks to more than 1 MB');
  });
});
