import {
  AssignCountyBody,
  AttributesImportResponse,
  AttributesQuery,
  ErrorBody,
  IdParams,
  MergeBody,
  RegionBody,
  RegionResponse,
  UnitChangeResponse,
  UnitPatch,
} from '@fazhi/contract';
import {
  addCounty,
  allowCounty,
  allowUnit,
  assignCounty,
  changeUnit,
  importAttributes,
  mergeUnit,
  ServiceError,
} from '@fazhi/service';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppOptions } from '../app.ts';
import { actorOf } from '../auth.ts';

const fails = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export const housekeepingRoutes: FastifyPluginAsyncZod<AppOptions> = async (app, { store }) => {
  const db = store.db;
  const tags = ['单位维护'];
  app.post(
    '/units/:id/county',
    {
      config: { access: 'editor' },
      schema: {
        summary: '为单位指定县区（编辑）',
        tags,
        params: IdParams,
        body: AssignCountyBody,
        response: { 200: UnitChangeResponse, ...fails },
      },
    },
    async (req) => {
      await allowUnit(db, req.scope, req.params.id);
      await allowCounty(db, req.scope, req.body.county);
      return await assignCounty(db, req.params.id, req.body, actorOf(req));
    },
  );
  app.patch(
    '/units/:id',
    {
      config: { access: 'admin' },
      schema: {
        summary: '改名（旧名保留为别名）、设置人口与行政村数（管理员）',
        tags,
        params: IdParams,
        body: UnitPatch,
        response: { 200: UnitChangeResponse, ...fails },
      },
    },
    async (req) => {
      await allowUnit(db, req.scope, req.params.id);
      return await changeUnit(db, req.params.id, req.body, actorOf(req));
    },
  );
  app.post(
    '/units/:id/merge',
    {
      config: { access: 'admin' },
      schema: {
        summary: '把重复的单位（from）合并到本单位：报告、事实与名称随之转移（管理员）',
        tags,
        params: IdParams,
        body: MergeBody,
        response: { 200: UnitChangeResponse, ...fails },
      },
    },
    async (req) => {
      await allowUnit(db, req.scope, req.params.id);
      await allowUnit(db, req.scope, req.body.from);
      return await mergeUnit(db, req.params.id, req.body, actorOf(req));
    },
  );
  app.post(
    '/units/attributes',
    {
      config: { access: 'admin' },
      schema: {
        summary: '从 .xlsx 或 .csv 导入单位的人口与行政村数（有一行出错则全部不导入）（管理员）',
        tags,
        querystring: AttributesQuery,
        response: { 200: AttributesImportResponse, ...fails },
      },
    },
    async (req) => {
      const file = req.isMultipart() ? await req.file() : undefined;
      if (!file)
        throw new ServiceError('bad_request', '请以 multipart/form-data 上传一个 .xlsx 或 .csv 文件');
      const bytes = await file.toBuffer();
      return await importAttributes(db, req.query.county, { name: file.filename, bytes }, actorOf(req));
    },
  );
  app.post(
    '/regions',
    {
      config: { access: 'admin' },
      schema: {
        summary: '新增县区（管理员）',
        tags: ['基础数据'],
        body: RegionBody,
        response: { 201: RegionResponse, ...fails },
      },
    },
    async (req, reply) => reply.status(201).send(await addCounty(db, req.body, actorOf(req), req.scope)),
  );
};
