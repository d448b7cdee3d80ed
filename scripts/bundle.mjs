// Bundles the extension client, the language server and the CLI into dist/ with esbuild (what the .vsix ships and npx runs).
import { build } from 'esbuild';
import * as path from 'path';

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: true, logLevel: 'warning' };

/**
 * The Word module (export to and import from .docx, with docx, mammoth and jszip: 1.6 MB) is a bundle of its own,
 * `dist/word.js`, which the server and the CLI load when a Word command first needs it: `loadWord`'s `require` of
 * its `./index` becomes a `require` of `./word.js`, next to the bundle that asks. Every other run starts without
 * reading it (see server/src/word/loadWord.ts).
 */
const wordApart = {
  name: 'word-apart',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/index$/ }, (args) =>
      path.basename(args.importer) === 'loadWord.ts' && path.basename(args.resolveDir) === 'word' ? { path: './word.js', external: true } : undefined,
    );
  },
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', plugins: [wordApart] }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', plugins: [wordApart] }),
  build({ ...common, entryPoints: ['server/src/word/index.ts'], outfile: 'dist/word.js' }),
]);
