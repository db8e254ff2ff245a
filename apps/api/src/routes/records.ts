import {
  CompletenessQuery,
  CompletenessResponse,
  ErrorBody,
  FactBody,
  FactDecision,
  FactResponse,
  IdParams,
  NewFact,
  ReportResponse,
  UnitProfileResponse,
} from '@fazhi/contract';
import {
  addFactByPerson,
  allowFact,
  allowReport,
  allowUnit,
  completeness,
  decideFact,
  factView,
  reportView,
  unitProfile,
} from '@fazhi/service';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppOptions } from '../app.ts';
import { actorOf } from '../auth.ts';

export const recordRoutes: FastifyPluginAsyncZod<AppOptions> = async (app, { store }) => {
  const db = store.db;
  const tags = ['单位与报告'];
  app.get(
    '/units/:id',
    {
      schema: {
        summary: '单位档案：各年报告与全部指标',
        tags,
        params: IdParams,
        response: { 200: UnitProfileResponse, 404: ErrorBody },
      },
    },
    async (req) => {
      await allowUnit(db, req.scope, req.params.id);
      return await unitProfile(db, req.params.id);
    },
  );
  app.get(
    '/reports/:id',
    {
      schema: {
        summary: '报告原文及每个指标事实的位置，以及尚未补录的“未识别的数字”（不计入数值）',
        tags,
        params: IdParams,
        response: { 200: ReportResponse, 404: ErrorBody },
      },
    },
    async (req) => {
      await allowReport(db, req.scope, req.params.id);
      return await reportView(db, req.params.id);
    },
  );
  app.get(
    '/completeness',
    {
      schema: {
        summary: '完整性：单位 × 年度的报告、事实数、缺失的重点指标、提示',
        tags,
        querystring: CompletenessQuery,
        response: { 200: CompletenessResponse, 404: ErrorBody },
      },
    },
    async (req) => completeness(db, req.query.county, req.scope),
  );
  app.get(
    '/facts/:id',
    {
      schema: {
        summary: '一个指标事实及其修改记录（未登录时操作人只显示姓名）',
        tags: ['审核'],
        params: IdParams,
        response: { 200: FactResponse, 404: ErrorBody },
      },
    },
    async (req) => {
      await allowFact(db, req.scope, req.params.id);
      return await factView(db, req.params.id, req.auth !== null);
    },
  );
  app.patch(
    '/facts/:id',
    {
      config: { access: 'editor' },
      schema: {
        summary: '确认、更正或驳回一个事实（写入审计日志）',
        tags: ['审核'],
        params: IdParams,
        body: FactDecision,
        response: { 200: FactBody, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (req) => {
      await allowFact(db, req.scope, req.params.id);
      return await decideFact(db, req.params.id, req.body, actorOf(req));
    },
  );
  app.post(
    '/facts',
    {
      config: { access: 'editor' },
      schema: {
        summary: '补录一个人工读出的事实（写入审计日志）',
        tags: ['审核'],
        body: NewFact,
        response: { 201: FactBody, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody },
      },
    },
    async (req, reply) => {
      await allowReport(db, req.scope, req.body.reportId);
      return reply.status(201).send(await addFactByPerson(db, req.body, actorOf(req)));
    },
  );
};
