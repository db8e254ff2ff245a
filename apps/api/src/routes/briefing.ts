import { BriefingPdfQuery, BriefingQuery, BriefingResponse, ErrorBody } from '@fazhi/contract';
import { contentDisposition } from '@fazhi/export';
import { briefing } from '@fazhi/service';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppOptions } from '../app.ts';
import { responseCache } from '../cache.ts';
import { LineFull } from '../job-line.ts';
import { type PagePrinter, PrintUnavailable } from '../printer.ts';

const sendPdf = (reply: FastifyReply, name: string, pdf: Buffer) =>
  reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', contentDisposition(name, 'pdf'))
    .send(pdf);

const Pdf = z.string().meta({ description: 'A4 PDF，内嵌中文字体' });

export const briefingRoutes: FastifyPluginAsyncZod<AppOptions & { printer: PagePrinter }> = async (
  app,
  { store, minBase, validateResponses, printer },
) => {
  const cached = responseCache(store.db, validateResponses ?? true);
  app.get(
    '/briefing',
    {
      schema: {
        summary: '简报：某县区某年的重点指标、较上年变化、前后几位、图表数据和由数据生成的语句',
        description:
          '语句只由已存数据按固定句式生成；每个数字附带来源（单位数字给出事实编号，全县合计给出指标与年度）。focus 可只看一个重点组。',
        tags: ['简报'],
        querystring: BriefingQuery,
        response: { 200: BriefingResponse, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (req, reply) =>
      cached(req, reply, BriefingResponse, (model) => briefing(model, req.query, minBase)),
  );
  app.get(
    '/briefing.pdf',
    {
      schema: {
        summary: '简报的 A4 PDF（与网页打印版相同，内嵌中文字体）',
        description:
          '默认一页 A4 纵向：主要指标表、三句要点、一张图、靠前与靠后；annex=1 时另附全部语句与各单位横向附表。',
        tags: ['简报', '导出'],
        querystring: BriefingPdfQuery,
        response: { 200: Pdf, 400: ErrorBody, 404: ErrorBody, 503: ErrorBody },
      },
    },
    async (req, reply) => {
      // a wrong county or year is answered here, before a browser is started
      const { annex, ...q } = req.query;
      const data = await briefing(store.db, q, minBase);
      const search = new URLSearchParams({ county: data.county.name, year: String(data.year) });
      if (data.focus) search.set('focus', data.focus);
      if (annex) search.set('annex', '1');
      try {
        const pdf = await printer.print({
          origin: `http://${req.headers.host ?? 'localhost'}`,
          path: `/briefing?${search}`,
          cookie: req.headers.cookie,
          ready: '[data-briefing-ready="true"]',
        });
        return sendPdf(reply, data.title, pdf);
      } catch (e) {
        if (e instanceof LineFull) {
          return reply
            .status(503)
            .header('retry-after', String(e.retryAfterS))
            .send({
              error: 'pdf_busy',
              message: `服务器正在生成其他简报 PDF（本进程已有 ${e.pending} 份在生成或排队），请约 ${e.retryAfterS} 秒后重试`,
            });
        }
        if (!(e instanceof PrintUnavailable)) throw e;
        return reply.status(503).send({ error: 'pdf_unavailable', message: e.message });
      }
    },
  );
};
