// Where the repository and the fixtures are, seen from the compiled tests in out/test/<folder>.

import * as path from 'path';

/** The repository root. */
export const REPO_ROOT = path.resolve(__dirname, '../../..');

/** A path under `test/fixtures`. */
export function fixturePath(...parts: string[]): string {
  return path.join(REPO_ROOT, 'test', 'fixtures', ...parts);
}
