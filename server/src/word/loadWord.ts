// Loads the Word module (export to and import from .docx, with docx, mammoth and jszip) when a command first needs it.

/**
 * The Word module and its libraries are 1.6 MB of the CLI's 2.5 MB bundle. Loaded with the rest, they made every
 * `negotext` run read and compile them: `negotext --help` took 0.30 s, a check of one draft 0.65 s. So the bundles
 * leave them out: `scripts/bundle.mjs` makes this `require` load `dist/word.js`, a bundle of its own, and the
 * compiled code (the tests) loads `./index`. The server loads it for a Word export, the CLI for `export docx` and
 * `import`; nothing else does. A bundle copied without `word.js` beside it says so, rather than naming a module.
 */
export function loadWord(): typeof import('./index') {
  try {
    return require('./index') as typeof import('./index');
  } catch (error) {
    if ((error as { code?: string }).code !== 'MODULE_NOT_FOUND') throw error;
    throw new Error('the Word module (word.js) is not beside the Negotext bundle: copy dist/word.js with it, or run `npm run build`');
  }
}
