export * from './overview.ts';
export * from './primitives.ts';
export * from './read.ts';
export * from './records.ts';
export type * from './types.ts';
