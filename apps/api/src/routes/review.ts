import { AuditListResponse, AuditQuery, ErrorBody, ReviewQuery, ReviewResponse } from '@fazhi/contract';
import { allowUnit, changesView, reviewQueue } from '@fazhi/service';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppOptions } from '../app.ts';

const denied = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

export const reviewRoutes: FastifyPluginAsyncZod<AppOptions> = async (app, { store }) => {
  app.get(
    '/review',
    {
      config: { access: 'editor' },
      schema: {
        summary:
          '审核队列：优先查看有复核提示、较上年变化大、约数或推算、重点指标、未审核报告中的数字；可按单位、指标、年度筛选；另列尚未补录的“未识别的数字”（编辑）',
        tags: ['审核'],
        querystring: ReviewQuery,
        response: { 200: ReviewResponse, ...denied },
      },
    },
    async (req) => {
      if (req.query.unit !== undefined) await allowUnit(store.db, req.scope, req.query.unit);
      return await reviewQueue(store.db, { ...req.query, scope: req.scope });
    },
  );
  app.get(
    '/audit',
    {
      // editors read the trail of their own and their colleagues' changes; only admins manage accounts
      config: { access: 'editor' },
      schema: {
        summary: '全部修改记录（最新在前），可按对象、操作人、操作、日期筛选（编辑、管理员）',
        tags: ['审核'],
        querystring: AuditQuery,
        response: { 200: AuditListResponse, ...denied },
      },
    },
    async (req) => changesView(store.db, req.query, req.scope),
  );
};
