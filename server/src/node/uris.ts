// Converts between `file:` URIs (what editors send) and file-system paths (what the workspace reads).

import { fileURLToPath, pathToFileURL } from 'url';

/** The file-system path of a `file:` URI, or undefined for other schemes (`untitled:`, virtual workspaces). */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The `file:` URI of a path. */
export function pathToUri(filePath: string): string {
  return pathToFileURL(filePath).href;
}
