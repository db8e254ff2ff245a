import { ErrorBody, UploadQuery, UploadResponse } from '@fazhi/contract';
import { DEFAULT_LIMITS, type ReadPool, readShared } from '@fazhi/ingest';
import { uploadReports } from '@fazhi/service';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppOptions } from '../app.ts';

export const uploadRoutes: FastifyPluginAsyncZod<AppOptions & { readPool: ReadPool }> = async (
  app,
  { store, maxFileBytes, readPool },
) => {
  app.post(
    '/reports',
    {
      config: { access: 'editor' },
      schema: {
        summary: '上传报告（multipart，一个或多个文件），逐个返回导入结果',
        description:
          '与命令行导入相同的规则与提示：导入、未变、替换（保留人工审核结果）或拒绝（附原因，不写入任何内容）。',
        tags: ['导入'],
        querystring: UploadQuery,
        response: { 200: UploadResponse, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 413: ErrorBody },
      },
    },
    async (req, reply) => {
      if (!req.isMultipart()) {
        return reply
          .status(400)
          .send({ error: 'bad_request', message: '请以 multipart/form-data 上传报告文件' });
      }
      const files: { name: string; bytes: Uint8Array }[] = [];
      const tooLarge: string[] = [];
      for await (const part of req.files({ limits: { fileSize: maxFileBytes }, throwFileSizeLimit: false })) {
        const { bytes } = await readShared(part.file, maxFileBytes);
        const name = part.filename || '未命名文件';
        if (part.file.truncated) tooLarge.push(name);
        else files.push({ name, bytes });
      }
      if (files.length + tooLarge.length === 0) {
        return reply.status(400).send({ error: 'bad_request', message: '没有收到任何文件' });
      }
      const mb = (maxFileBytes / 1024 / 1024).toFixed(1);
      const refused = tooLarge.map((file) => ({
        file,
        status: 'rejected' as const,
        reportId: null,
        unit: null,
        county: null,
        year: null,
        facts: null,
        code: 'too_large',
        message: `${file}：文件大小超过上限 ${mb} MB`,
        candidates: null,
      }));
      const outcomes = await uploadReports(
        store,
        files,
        {
          ...(req.query.county ? { county: req.query.county } : {}),
          ...(req.query.unit ? { unit: req.query.unit } : {}),
          ...(req.query.year ? { year: req.query.year } : {}),
          limits: { ...DEFAULT_LIMITS, maxBytes: maxFileBytes },
        },
        readPool,
        req.scope,
      );
      return { outcomes: [...outcomes, ...refused] };
    },
  );
};
