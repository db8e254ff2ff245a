import {
  CompareExportQuery,
  CompareQuery,
  CompareResponse,
  ComplianceQuery,
  ErrorBody,
  OverviewQuery,
  OverviewResponse,
  RankingQuery,
  RankingResponse,
} from '@fazhi/contract';
import {
  compareTable,
  complianceTable,
  contentDisposition,
  rankingTable,
  toCsv,
  toXlsx,
  type Workbook,
  yearsToRead,
} from '@fazhi/export';
import { compare, compliance, overview, ranking } from '@fazhi/service';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppOptions } from '../app.ts';
import { responseCache } from '../cache.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const File = z.string().meta({ description: '导出文件（xlsx 或 UTF-8 带 BOM 的 csv）' });

async function sendTable(reply: FastifyReply, table: Workbook, ext: 'xlsx' | 'csv') {
  const bytes = ext === 'xlsx' ? await toXlsx(table) : toCsv(table);
  return reply
    .header('content-type', ext === 'xlsx' ? XLSX : 'text/csv; charset=utf-8')
    .header('content-disposition', contentDisposition(table.fileName, ext))
    .send(Buffer.from(bytes));
}

export const tableRoutes: FastifyPluginAsyncZod<AppOptions> = async (
  app,
  { store, minBase, validateResponses },
) => {
  const cached = responseCache(store.db, validateResponses ?? true);
  app.get(
    '/overview',
    {
      schema: {
        summary: '总览：重点指标的全县合计（比率取各单位中位数）与较上年变化（同口径），报告收到情况',
        description:
          '合计只计填报了该指标的单位，value 为 null 表示无单位填报（不是 0）；较上年变化只比较两年都填报的单位。',
        tags: ['对比与排名'],
        querystring: OverviewQuery,
        response: { 200: OverviewResponse, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (req, reply) => cached(req, reply, OverviewResponse, (model) => overview(model, req.query)),
  );
  app.get(
    '/compare',
    {
      schema: {
        summary: '单位 × 年度 × 指标：数值、约数标记、审核状态、较上年变化、依据事实',
        description:
          '没有数值的单位-年度-指标没有对应的 cell（绝不记作 0）：该单位该年度有报告（units[].reported 含该年）为未提及，否则为未报送；emptyYears 为全县都没有报告的年度。indicators 默认为四个重点组的全部指标；years 默认为有报告的全部年度。',
        tags: ['对比与排名'],
        querystring: CompareQuery,
        response: { 200: CompareResponse, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (req, reply) => cached(req, reply, CompareResponse, (model) => compare(model, req.query)),
  );
  app.get(
    '/ranking',
    {
      schema: {
        summary: '某县区某年某指标的排名（并列、较上年变化、未提及与未报送列于最后）',
        description:
          'state：value 有数值；not_mentioned 报告已收到但未提及；no_report 该单位该年度未报送报告。reported 为 0 时该年度尚未收到该范围内任何报告，rows 不逐一列出未报送的单位。',
        tags: ['对比与排名'],
        querystring: RankingQuery,
        response: { 200: RankingResponse, 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (req, reply) => cached(req, reply, RankingResponse, (model) => ranking(model, req.query, minBase)),
  );
  for (const ext of ['xlsx', 'csv'] as const) {
    app.get(
      `/ranking.${ext}`,
      {
        schema: {
          summary: `导出排名表（.${ext}）`,
          description: '没有数值的单位在数值列写“未报送”或“未提及”；尚未收到任何报告的年度导出一行说明。',
          tags: ['导出'],
          querystring: RankingQuery,
          response: { 200: File, 400: ErrorBody, 404: ErrorBody },
        },
      },
      async (req, reply) => sendTable(reply, rankingTable(await ranking(store.db, req.query, minBase)), ext),
    );
    app.get(
      `/compare.${ext}`,
      {
        schema: {
          summary: `导出对比表（.${ext}）`,
          description:
            '与对比页一致：每个单位一行，每个指标列出本年、上年（或 base 指定的年度）、增减与增减幅度（比率的增减为百分点，不列幅度）；.xlsx 的第二个工作表为长表（每行一个单位、年度、指标），.csv 只含第一个工作表。没有数值处写“未报送”或“未提及”；本年全范围都没有报告时只写一行说明。',
          tags: ['导出'],
          querystring: CompareExportQuery,
          response: { 200: File, 400: ErrorBody, 404: ErrorBody },
        },
      },
      async (req, reply) => {
        const { year, base, group, ...rest } = req.query;
        const comparison = await compare(store.db, { ...rest, years: yearsToRead(req.query) });
        return sendTable(reply, compareTable(comparison, { year, base, group }), ext);
      },
    );
    app.get(
      `/compliance.${ext}`,
      {
        schema: {
          summary: `导出报送情况通报（.${ext}）`,
          description:
            '每个单位一行：报送日期、是否按时（按时 / 迟交N天 / 未报送）、缺少的必备部分（仅有一句的注明“仅一句”）、是否公开及网址、重复率（与上年报告或同县其他报告相同文字的较高比例）及其来源。',
          tags: ['导出', '报送与质量'],
          querystring: ComplianceQuery,
          response: { 200: File, 400: ErrorBody, 404: ErrorBody },
        },
      },
      async (req, reply) =>
        sendTable(reply, complianceTable(await compliance(store.db, req.query.county, req.query.year)), ext),
    );
  }
};
