export {
  type CommonShingles,
  FIXED_BOILERPLATE,
  type LearnOptions,
  learnBoilerplate,
  NO_COMMON_SHINGLES,
} from './boilerplate.ts';
export { type FindReuseOptions, findReuse, type ReportDescriptor, type ReportReuse } from './corpus.ts';
export { FIGURE, type NormalizedText, normalizeText } from './normalize.ts';
export { type BoilerplateOptions, profileText, type TextProfile } from './profile.ts';
export {
  type Passage,
  type ReuseShare,
  reuseShare,
  type SharedPassages,
  sharedPassages,
  type TextOrProfile,
} from './share.ts';
export { SHINGLE_LENGTH, shingleHashes } from './shingles.ts';
