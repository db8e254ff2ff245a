import { describe, expect, test } from 'vitest';
import { brief } from './brief.ts';

describe('brief', () => {
  test.each([
    [
      'a figure with its state in Chinese',
      { value: 52, status: 'corrected', key: 'dispute.cases' },
      '52（已更正）',
    ],
    [
      'a unit by the fields that matter',
      { name: '石桥镇', county: '云岭县', population: 42000, villages: null },
      '名称：石桥镇，县区：云岭县，人口：42000',
    ],
    [
      'an account with its role and state in words',
      { username: 'zhang', role: 'editor', disabled: false },
      '用户名：zhang，角色：编辑，停用：否',
    ],
    ['nothing as a dash', null, '—'],
  ])('reads %s', (_name, snapshot, expected) => {
    expect(brief(snapshot)).toBe(expected);
  });
});
