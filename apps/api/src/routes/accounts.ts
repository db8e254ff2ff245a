import { ErrorBody, NewUserBody, UserParams, UserPatch, UsersResponse, UserView } from '@fazhi/contract';
import { accountsView, actorName, addAccount, changeAccount } from '@fazhi/service';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppOptions } from '../app.ts';
import { actorOf } from '../auth.ts';

const denied = { 401: ErrorBody, 403: ErrorBody };

export const accountRoutes: FastifyPluginAsyncZod<AppOptions> = async (app, { store }) => {
  const tags = ['账户'];
  const config = { access: 'admin' as const };
  app.get(
    '/users',
    { config, schema: { summary: '账户列表（管理员）', tags, response: { 200: UsersResponse, ...denied } } },
    async (req) => accountsView(store.db, req.scope),
  );
  app.post(
    '/users',
    {
      config,
      schema: {
        summary: '新建账户（管理员）',
        tags,
        body: NewUserBody,
        response: { 201: UserView, 400: ErrorBody, 409: ErrorBody, ...denied },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await addAccount(store.db, req.body, actorOf(req), req.scope)),
  );
  app.patch(
    '/users/:id',
    {
      config,
      schema: {
        summary: '修改账户：角色、姓名、停用、重设密码（管理员）',
        tags,
        params: UserParams,
        body: UserPatch,
        response: { 200: UserView, 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, ...denied },
      },
    },
    async (req) => {
      const me = req.auth?.user;
      return changeAccount(
        store.db,
        req.params.id,
        req.body,
        {
          id: me?.id ?? -1,
          name: me ? actorName(me) : '未登录',
        },
        req.scope,
      );
    },
  );
};
