import type { IndicatorKey } from '@fazhi/catalog';
import type { TokenContext } from './context.ts';
import {
  AUDIENCE,
  CADRE,
  LEADER,
  lastMatchEnd,
  PUBLIC_CONTEXT,
  PUBLICITY,
  STUDY,
  TIMES,
  TRAINING,
} from './vocab.ts';

export interface Candidate {
  key: IndicatorKey;
  /** distance of the deciding cue from the number; smaller wins */
  distance: number;
}

/**
 * Study, training and publicity events (counted in 次/场/期): the subject decides between
 * leadership study (中心组, 班子, 第一议题), training for staff (培训, 干部职工, 周例会) and events for the public.
 */
export function studyOrEvent(c: TokenContext, text: string, fromRight: boolean): Candidate | null {
  if (!TIMES.has(c.token.measure)) return null;
  const study = lastMatchEnd(STUDY, text);
  const training = lastMatchEnd(TRAINING, text);
  const publicity = lastMatchEnd(PUBLICITY, text);
  const cue = Math.max(study, training, publicity);
  if (cue < 0) return null;
  const distance = fromRight ? firstCue(text) : text.length - cue;
  const subjectText = fromRight ? `${c.clause}${text}` : text;
  const clauseText = fromRight ? `${c.clause}${text}` : c.clause;

  // 面向村“两委”干部开展宣讲8场: a lecture for cadres is their training
  const lecture = /讲座|宣讲|巡讲|讲课/.test(text);
  const forCadres =
    lecture && lastMatchEnd(CADRE, clauseText) >= 0 && !/群众|居民|村民|师生|学生|企业/.test(clauseText);
  if (forCadres) return { key: 'train.sessions', distance };
  const lectureForPublic =
    /讲座|宣讲|巡讲/.test(text) &&
    lastMatchEnd(CADRE, clauseText) < 0 &&
    lastMatchEnd(LEADER, clauseText) < 0 &&
    PUBLIC_CONTEXT.test(c.sentence);
  if (publicity > Math.max(study, training) || lectureForPublic) {
    // 法律明白人培训, 普法培训 are training; 宣传活动 is an event
    if (training > publicity && !lectureForPublic) return { key: 'train.sessions', distance };
    return { key: 'pub.events', distance };
  }
  if (training >= 0 && training >= study) return { key: 'train.sessions', distance };
  return { key: whoStudies(subjectText, clauseText), distance };
}

function whoStudies(near: string, clause: string): IndicatorKey {
  for (const text of [near, clause]) {
    const leader = lastMatchEnd(LEADER, text);
    const cadre = lastMatchEnd(CADRE, text);
    if (leader >= 0 || cadre >= 0) return cadre > leader ? 'train.sessions' : 'train.leader_study';
  }
  // a bare 专题学习 / 集中学法 with no subject named is the leadership's (spec)
  return 'train.leader_study';
}

function firstCue(text: string): number {
  let first = Number.POSITIVE_INFINITY;
  for (const re of [STUDY, TRAINING, PUBLICITY]) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m) first = Math.min(first, m.index);
  }
  return first;
}

/** People counts that belong to training or publicity: 参训800余人次, 覆盖群众2万余人次. */
export function audience(c: TokenContext, text: string): Candidate | null {
  if (!['人次', '人', '名'].includes(c.token.measure)) return null;
  const publicCue = lastMatchEnd(AUDIENCE, text);
  const trainCue = lastMatchEnd(/参训|受训|培训|轮训|学习|学法|参学|听课|授课/g, text);
  if (publicCue < 0 && trainCue < 0) return null;
  const publicWords = /群众|师生|学生|居民|村民|青少年|受教育|受教|受众|观众|家长|商户|企业/.test(text);
  const context = `${c.prevClause}${c.clause}`;
  if (!publicWords && (trainCue >= 0 || /培训|学法|学习|讲座|授课|讲堂|轮训/.test(context))) {
    if (/考试|测试|考核|咨询/.test(text)) return null;
    return { key: 'train.participants', distance: text.length - Math.max(trainCue, publicCue) };
  }
  if (publicCue >= 0 && (publicWords || PUBLIC_CONTEXT.test(c.sentence))) {
    if (/咨询|考试/.test(text)) return null;
    return { key: 'pub.reach', distance: text.length - publicCue };
  }
  return null;
}
