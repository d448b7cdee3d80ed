// The Word module's entry: exporting to and importing from .docx, loaded on first use through `loadWord`.

export { writeDocx } from './writeDocx';
export { ImportError, importDocx } from './importDocx';
