// The Node flags the language server runs with: the VS Code client starts it with them, the benchmark measures it with them.

/**
 * Flags for `node` before `dist/server.js`. Each version of a large draft is a new analysis, and the old one is
 * garbage in V8's old generation; by default V8 lets that generation grow to several times what is alive before it
 * collects, so the process's peak grows with every re-analysis (529 MB peak for a 10 MB draft after two edits, 116 MB
 * of it alive). Growing it by at most 30% per collection held the peak at 335–404 MB in the benchmark, for about
 * 5–10% more time per edit of a 1 MB draft (more frequent full collections). Tried and left out: 10%
 * (370 MB, but the 1 MB edit p95 went from about 2.7× to 3.1–3.3× the core analysis) and `--optimize-for-size`
 * (330 MB, edits five times slower).
 *
 * A young generation of at most 4 MB a half (V8's default grows it to 16 MB, 32 MB in all, while an analysis
 * allocates): the peak holding the 10 MB draft 229.5–231.0 → 190.7–207.8 MB in alternating benchmark runs, the 1 MB
 * edit p50 35.5–40.4 → 33.7–39.6 ms and p95 53.9–56.8 → 45.5–57.2 ms. When analyses allocated more (before the model
 * was columns) the same flag made the edit p95 3.4× the core analysis; 2 MB now makes it 2.7–2.8× (p50 44–45 ms) for
 * no lower peak.
 *
 * Every flag must be one the editor's Node (Electron's, in VS Code) knows, or the server does not start: the
 * protocol tests start the server with these flags.
 */
export const SERVER_NODE_FLAGS: ReadonlyArray<string> = ['--heap-growing-percent=30', '--max-semi-space-size=4'];
