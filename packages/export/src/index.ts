export { compareTable } from './compare-table.ts';
export { rankingTable } from './ranking-table.ts';
export { qualifierMark, statusLabel, type Table, unitTypeLabel } from './table.ts';
export { contentDisposition, toCsv, toXlsx } from './write.ts';
