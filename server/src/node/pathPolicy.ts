// Where a data file path really leads: inside the workspace folders, outside them, or through a symbolic link.

import * as fs from 'fs';
import * as path from 'path';
import type { PathRefusal } from '../core/workspace';

/**
 * Why `filePath` should not be read in an untrusted workspace, or undefined when it may be: `outside` when it is not
 * under one of `roots`, `symlink` when any part of it below the root is a symbolic link (whether the link leads out
 * or not, since a link's target can change after the check). A file that does not exist yet is judged by its
 * deepest existing folder, so the answer never tells whether a file outside exists. A relative path is left alone:
 * it was never resolved against a folder and is not read at all.
 */
export function pathRefusal(filePath: string, roots: ReadonlyArray<string>): PathRefusal | undefined {
  if (!path.isAbsolute(filePath)) return undefined;
  const resolved = path.resolve(filePath);
  const root = roots.map((r) => path.resolve(r)).find((r) => isInside(resolved, r));
  if (root === undefined) return 'outside';
  const realRoot = realPath(root);
  const expected = path.join(realRoot, path.relative(root, resolved));
  return same(realPath(resolved), expected) ? undefined : 'symlink';
}

/** True when `child` is `folder` or below it. */
function isInside(child: string, folder: string): boolean {
  const relative = path.relative(folder, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The real path of `p`, resolving links in its deepest existing ancestor and keeping the rest as written. */
function realPath(p: string): string {
  const rest: string[] = [];
  let current = p;
  for (;;) {
    try {
      return path.join(fs.realpathSync.native(current), ...rest.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return p;
      rest.push(path.basename(current));
      current = parent;
    }
  }
}

function same(a: string, b: string): boolean {
  return process.platform === 'win32' || process.platform === 'darwin' ? a.toLowerCase() === b.toLowerCase() : a === b;
}
