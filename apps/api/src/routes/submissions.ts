import {
  ComplianceQuery,
  ComplianceResponse,
  DeadlineBody,
  DeadlineParams,
  DeadlineResponse,
  ErrorBody,
  IdParams,
  ReuseQuery,
  ReuseResponse,
  SubmissionBody,
  SubmissionParams,
  SubmissionResponse,
  SubmissionsQuery,
  SubmissionsResponse,
} from '@fazhi/contract';
import {
  allowReport,
  allowUnit,
  assertWhole,
  changeDeadlines,
  compliance,
  deadlinesView,
  recordSubmission,
  reuseBetween,
  submissionsView,
} from '@fazhi/service';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppOptions } from '../app.ts';
import { actorOf } from '../auth.ts';

const fails = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

export const submissionRoutes: FastifyPluginAsyncZod<AppOptions> = async (app, { store }) => {
  const db = store.db;
  const tags = ['报送与质量'];
  app.get(
    '/compliance',
    {
      schema: {
        summary: '报送与质量：各单位报告是否按时、五个必备部分、是否公开、与上年及同县其他报告的重复比例',
        tags,
        querystring: ComplianceQuery,
        response: { 200: ComplianceResponse, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (req) => compliance(db, req.query.county, req.query.year),
  );
  app.get(
    '/submissions',
    {
      schema: {
        summary: '各单位某年度报告的报送日期、是否按时、公开情况',
        tags,
        querystring: SubmissionsQuery,
        response: { 200: SubmissionsResponse, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (req) => submissionsView(db, req.query.county, req.query.year),
  );
  app.put(
    '/submissions/:unitId/:year',
    {
      config: { access: 'editor' },
      schema: {
        summary: '记录实际报送日期、公开网址与核查日期（编辑）',
        tags,
        params: SubmissionParams,
        body: SubmissionBody,
        response: { 200: SubmissionResponse, ...fails },
      },
    },
    async (req) => {
      await allowUnit(db, req.scope, req.params.unitId);
      return await recordSubmission(db, req.params.unitId, req.params.year, req.body, actorOf(req));
    },
  );
  app.get(
    '/deadlines/:year',
    {
      schema: {
        summary: '某年度报告的报送与公开期限（未设置时为次年 3 月 1 日与 4 月 1 日）',
        tags,
        params: DeadlineParams,
        response: { 200: DeadlineResponse, 400: ErrorBody },
      },
    },
    async (req) => deadlinesView(db, req.params.year),
  );
  app.put(
    '/deadlines/:year',
    {
      config: { access: 'admin' },
      schema: {
        summary: '设置某年度报告的报送与公开期限（管理员）',
        tags,
        params: DeadlineParams,
        body: DeadlineBody,
        response: { 200: DeadlineResponse, ...fails },
      },
    },
    async (req) => {
      assertWhole(req.scope, '报送与公开期限');
      return await changeDeadlines(db, req.params.year, req.body, actorOf(req));
    },
  );
  app.get(
    '/reports/:id/reuse',
    {
      schema: {
        summary: '两份报告的重复段落：各自与对方相同的文字所占比例（不计套话）及其位置',
        tags,
        params: IdParams,
        querystring: ReuseQuery,
        response: { 200: ReuseResponse, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (req) => {
      await allowReport(db, req.scope, req.params.id);
      await allowReport(db, req.scope, req.query.against);
      return await reuseBetween(db, req.params.id, req.query.against);
    },
  );
};
