// Opens a .docx safely: checks that it is a Word document and that it does not unpack into more than a set size before anything reads it.

import JSZip from 'jszip';

/** The most a .docx may unpack to, all parts together: far above any negotiated text, far below what hurts a machine. */
export const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;
/** The most parts a .docx may have; a real one has a few dozen. */
export const MAX_PARTS = 10_000;

/** Why a file cannot be imported; the message completes "cannot import x.docx: …". */
export class ImportError extends Error {}

/**
 * Checks a .docx and returns it repacked from the parts actually read. The zip directory's sizes are checked first,
 * then every part is inflated with a running count that stops at the limit, since a crafted file can state small sizes
 * and inflate to far more. The repacked copy (stored, not compressed) is what the converter then reads, so it never
 * inflates anything that was not counted.
 */
export async function verifiedDocx(bytes: Uint8Array, limit = MAX_UNPACKED_BYTES): Promise<Uint8Array> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw new ImportError('not a Word document');
  }
  const parts = Object.values(zip.files).filter((file) => !file.dir);
  if (!zip.file('word/document.xml')) throw new ImportError('not a Word document');
  if (parts.length > MAX_PARTS) throw new ImportError(`it has more than ${MAX_PARTS} parts`);
  const tooLarge = () => new ImportError(`it unpacks to more than ${Math.round(limit / (1024 * 1024))} MB`);
  // The sizes the zip directory states; JSZip keeps them on each entry without inflating anything.
  const stated = parts.reduce((sum, file) => sum + ((file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0), 0);
  if (stated > limit) throw tooLarge();
  const repacked = new JSZip();
  let total = 0;
  for (const file of parts) {
    const chunks: Uint8Array[] = [];
    await new Promise<void>((resolve, reject) => {
      const stream = file.nodeStream('nodebuffer');
      stream
        .on('data', (chunk: Uint8Array) => {
          total += chunk.length;
          if (total > limit) {
            stream.pause();
            reject(tooLarge());
            return;
          }
          chunks.push(chunk);
        })
        .on('error', () => reject(new ImportError('not a Word document (a part of it is damaged)')))
        .on('end', () => resolve());
    });
    repacked.file(file.name, concat(chunks), { binary: true });
  }
  return repacked.generateAsync({ type: 'uint8array', compression: 'STORE' });
}

function concat(chunks: ReadonlyArray<Uint8Array>): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
