export { type CompareScope, yearsToRead } from './compare-scope.ts';
export { compareTable } from './compare-table.ts';
export { complianceTable, highestReuse, missingPartsText, timelinessText } from './compliance-table.ts';
export { rankingTable } from './ranking-table.ts';
export { qualifierMark, type Sheet, statusLabel, unitTypeLabel, type Workbook } from './table.ts';
export { contentDisposition, toCsv, toXlsx } from './write.ts';
