export * from './audit.ts';
export * from './auth.ts';
export * from './facts.ts';
export * from './indicators.ts';
export * from './regions.ts';
export * from './reports.ts';
export * from './units.ts';
export * from './unread.ts';
