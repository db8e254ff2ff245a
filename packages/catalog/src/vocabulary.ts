// The words every layer shares, small and browser-safe: tuples for zod and drizzle enums, labels for screens.
export * from './vocabulary/accounts.ts';
export * from './vocabulary/directions.ts';
export * from './vocabulary/flags.ts';
export * from './vocabulary/focus.ts';
export * from './vocabulary/formats.ts';
export * from './vocabulary/parts.ts';
export * from './vocabulary/qualifiers.ts';
export * from './vocabulary/statuses.ts';
export * from './vocabulary/units.ts';
