export { type SampleFile, sampleFiles } from './files.ts';
export { type SampleReport, sampleCounty, sampleReport } from './generate.ts';
export type { TruthFact } from './sections.ts';
export { prepareSampleCounty, recordSampleSubmissions } from './setup.ts';
export { nameIn, SAMPLE_CITY, SAMPLE_COUNTY, SAMPLE_YEARS, type SampleUnit, sampleUnits } from './units.ts';
