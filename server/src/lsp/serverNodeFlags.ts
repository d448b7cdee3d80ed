// The Node flags the language server runs with: the VS Code client starts it with them, the benchmark measures it with them.

/**
 * Flags for `node` before `dist/server.js`. Each version of a large draft is a new analysis, and the old one is
 * garbage in V8's old generation; by default V8 lets that generation grow to several times what is alive before it
 * collects, so the process's peak grows with every re-analysis (529 MB peak for a 10 MB draft after two edits, 116 MB
 * of it alive). Growing it by at most 30% per collection held the peak at 335–404 MB in the benchmark, for about
 * 5–10% more time per edit of a 1 MB draft (more frequent full collections). Tried and left out: 10%
 * (370 MB, but the 1 MB edit p95 went from about 2.7× to 3.1–3.3× the core analysis), `--max-semi-space-size=4`
 * (320 MB, p95 3.4×) and `--optimize-for-size` (330 MB, edits five times slower).
 *
 * Every flag must be one the editor's Node (Electron's, in VS Code) knows, or the server does not start: the
 * protocol tests start the server with these flags.
 */
export const SERVER_NODE_FLAGS: ReadonlyArray<string> = ['--heap-growing-percent=30'];
