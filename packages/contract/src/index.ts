export * from './accounts.ts';
export * from './briefing.ts';
export * from './housekeeping.ts';
export * from './overview.ts';
export * from './primitives.ts';
export * from './read.ts';
export * from './records.ts';
export * from './review.ts';
export type * from './types.ts';
