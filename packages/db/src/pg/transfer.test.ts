import { describe, expect, test } from 'vitest';
import { SCHEMA_TABLES } from './sides.ts';
import { parseEndpoint, TABLES } from './transfer.ts';

describe('moving an installation', () => {
  test('moves every table of the schema, each once (a new table must be added to the move)', () => {
    expect([...TABLES].sort()).toEqual([...SCHEMA_TABLES].sort());
  });

  test.each([
    ['sqlite:data/app.db', { kind: 'sqlite', file: 'data/app.db' }],
    ['postgres://u@h:5432/db', { kind: 'postgres', url: 'postgres://u@h:5432/db' }],
    ['postgresql://u@h/db', { kind: 'postgres', url: 'postgresql://u@h/db' }],
  ])('reads the address %s', (text, endpoint) => {
    expect(parseEndpoint(text)).toEqual(endpoint);
  });

  test('refuses an address of another kind, saying how to write one', () => {
    expect(() => parseEndpoint('data/app.db')).toThrow(/sqlite:文件路径.*postgres:\/\//);
  });
});
