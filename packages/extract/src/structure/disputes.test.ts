import { describe, expect, test } from 'vitest';
import { extractReport } from '../index.ts';

// Sentences written for these tests in the style of real township reports.
const disputesValue = (sentence: string) =>
  extractReport(`某镇2022年法治政府建设情况报告\n2022年，${sentence}`).values['dispute.cases']?.value;

describe('disputes screened and taken up', () => {
  test.each([
    [
      'counts the disputes taken up as part of those screened',
      '全镇共排查矛盾纠纷120起，接案调处98起，成功化解90起',
      120,
    ],
    [
      'adds disputes mediated by two bodies that are not screening and taking up',
      '镇调委会调处纠纷30起，村调委会调处纠纷12起',
      42,
    ],
  ])('%s', (_name, sentence, value) => {
    expect(disputesValue(sentence)).toBe(value);
  });
});
