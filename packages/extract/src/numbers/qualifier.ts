import type { Qualifier } from '@fazhi/catalog';

/** The looser of two qualifiers: exact yields to any other; two different loose ones (近十余次) make about. */
export function looserQualifier(a: Qualifier, b: Qualifier): Qualifier {
  if (a === 'exact') return b;
  if (b === 'exact' || a === b) return a;
  return 'about';
}
