// Imports a Word document as Negotext text: checks the file, converts it with mammoth, maps the result.

import mammoth from 'mammoth';
import { htmlToNegotext } from './htmlToNegotext';
import { ImportError, MAX_UNPACKED_BYTES, verifiedDocx } from './readDocx';

/** The Negotext text of a .docx and the converter's warnings. */
export interface ImportResult {
  readonly text: string;
  readonly warnings: ReadonlyArray<string>;
}

/** Word's own heading and title styles, and the usual localized names, mapped to headings. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/** Converts .docx bytes to Negotext; throws `ImportError` for a file that is not a Word document or is too large. */
export async function importDocx(bytes: Uint8Array, limit = MAX_UNPACKED_BYTES): Promise<ImportResult> {
  const safe = await verifiedDocx(bytes, limit);
  let result: { value: string; messages: Array<{ type: string; message: string }> };
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(safe.buffer, safe.byteOffset, safe.byteLength) },
      {
        styleMap: STYLE_MAP,
        // Images are never read: the text is what is negotiated, and skipping them keeps the output small.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        externalFileAccess: false,
      },
    );
  } catch (error) {
    throw new ImportError(`not a Word document (${(error as Error).message.split('\n')[0]})`);
  }
  return { text: htmlToNegotext(result.value), warnings: result.messages.filter((m) => m.type === 'error').map((m) => m.message) };
}

export { ImportError };
