// Copies the UI suite's best screenshots into docs/images/ under stable names, for the README (run.mjs --update-images).

import fs from 'node:fs';
import path from 'node:path';
import { ROOT, SCREENSHOTS } from './paths.mjs';

/** Screenshot of a UI step -> image name in docs/images/; the README links the names, so they never change. */
const DOC_IMAGES = {
  '1-squiggles-and-problems.png': 'diagnostics-and-problems.png',
  '2-quick-fix.png': 'quick-fix.png',
  '3-hover-term.png': 'hover-lexicon-term.png',
  '4-hover-bracket.png': 'hover-bracket.png',
  '6-bracket-colours.png': 'bracket-depth-colours.png',
  '7-snippet-suggestion.png': 'snippet.png',
  '9-example-convention.png': 'example-outline-and-open-points.png',
  '10-example-faults.png': 'example-faults.png',
};

/** Copies the screenshots that exist; returns the docs/images/ paths written. */
export function updateDocImages() {
  const target = path.join(ROOT, 'docs/images');
  fs.mkdirSync(target, { recursive: true });
  const written = [];
  for (const [shot, image] of Object.entries(DOC_IMAGES)) {
    const source = path.join(SCREENSHOTS, shot);
    if (!fs.existsSync(source)) continue;
    fs.copyFileSync(source, path.join(target, image));
    written.push(path.join('docs/images', image));
  }
  return written;
}
