import { describe, test } from 'vitest';
import { checkFacts, type Row } from './phrasing-support.ts';

// Meetings on rule of law: the topic may follow the count, and hearing reports or studying a question of
// law counts a meeting. Sentences written for these tests in the style of real reports.

describe('meetings that study or decide rule-of-law work', () => {
  test.each<Row>([
    [
      'reads meetings of the rule-of-law committee and its groups in a paragraph on 依法治区',
      '调整区委全面依法治区委员会组成人员。召开委员会、办公室及各协调小组会议4次，推进法治建设',
      [['lead.meetings', 4, 'exact']],
    ],
    [
      'reads reports on rule of law heard so many times, the count before the verb',
      '镇党委全年4次听取法治政府建设工作汇报',
      [['lead.meetings', 4, 'exact']],
    ],
    [
      'does not read a leading group’s meetings on other work',
      '召开安全生产领导小组会议6次，部署安全生产工作',
      [],
    ],
    [
      'reads a meeting whose topic follows the count',
      '全年召开党组会议5次专题研究法治建设工作',
      [['lead.meetings', 5, 'exact']],
    ],
    [
      'reads a meeting whose topic is in the clause after',
      '今年召开3次班子会议，专题研究部署本单位法治政府建设工作',
      [['lead.meetings', 3, 'exact']],
    ],
    [
      'reads a meeting count in Chinese numerals with its purpose later in the sentence',
      '领导小组召开两次会议，研究解决工作难题，部署全年法治工作任务',
      [['lead.meetings', 2, 'exact']],
    ],
    [
      'reads hearing reports on rule of law as meetings',
      '全年专题听取依法治镇工作汇报3次',
      [['lead.meetings', 3, 'exact']],
    ],
    [
      'reads hearing reports with the count before the report',
      '县委常委会听取3次全面依法治县工作汇报',
      [['lead.meetings', 3, 'exact']],
    ],
    [
      'does not count again the reports heard at meetings just counted',
      '召开党委全面依法治镇专题会等会议2次，听取专题法治汇报3次',
      [['lead.meetings', 2, 'exact']],
    ],
    [
      'reads studying a question of law as a meeting',
      '主持研究法治建设重要事项5次',
      [['lead.meetings', 5, 'exact']],
    ],
    [
      'reads deploying rule-of-law work as a meeting',
      '主持召开政府常务会议，部署推动法治政府建设工作6次',
      [['lead.meetings', 6, 'exact']],
    ],
    ['does not read items decided as meetings', '研究解决法治建设重点问题12项', []],
    [
      'reads a meeting held for leaders to study law as leader study',
      '全年召开8次相关工作会议，组织领导干部深入学习习近平法治思想',
      [['train.leader_study', 8, 'exact']],
    ],
    [
      'reads a staff meeting held to study a law as staff training',
      '召开全体干部大会4次，集中学习《行政处罚法》',
      [['train.sessions', 4, 'exact']],
    ],
    ['does not read a meeting that studied no law', '召开党委会议5次，学习传达上级会议精神', []],
  ])('%s', checkFacts);
});
