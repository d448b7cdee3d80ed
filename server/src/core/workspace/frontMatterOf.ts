// Reads a parsed document's front matter before analysis, since the lexicon and delegations to analyse with depend on it.

export { frontMatterOf } from '../analysis/frontMatter';
