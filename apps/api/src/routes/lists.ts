import {
  ErrorBody,
  IndicatorsResponse,
  RegionsResponse,
  UnitsQuery,
  UnitsResponse,
  YearsQuery,
  YearsResponse,
} from '@fazhi/contract';
import { listIndicatorsView, listRegionsView, listUnitsView, listYearsView } from '@fazhi/service';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppOptions } from '../app.ts';

export const listRoutes: FastifyPluginAsyncZod<AppOptions> = async (app, { store }) => {
  app.get('/health', { config: { access: 'public' }, schema: { hide: true } }, async () => ({ ok: true }));
  app.get(
    '/regions',
    { schema: { summary: '地区（省、市、县区）', tags: ['基础数据'], response: { 200: RegionsResponse } } },
    async (req) => listRegionsView(store.db, req.scope),
  );
  app.get(
    '/units',
    {
      schema: {
        summary: '单位列表（可按县区筛选）',
        tags: ['基础数据'],
        querystring: UnitsQuery,
        response: { 200: UnitsResponse, 404: ErrorBody },
      },
    },
    async (req) => listUnitsView(store.db, req.query.county, req.scope),
  );
  app.get(
    '/indicators',
    { schema: { summary: '指标目录（按组）', tags: ['基础数据'], response: { 200: IndicatorsResponse } } },
    async () => listIndicatorsView(),
  );
  app.get(
    '/years',
    {
      schema: {
        summary: '有报告的年度',
        tags: ['基础数据'],
        querystring: YearsQuery,
        response: { 200: YearsResponse, 404: ErrorBody },
      },
    },
    async (req) => listYearsView(store.db, req.query.county, req.scope),
  );
};
