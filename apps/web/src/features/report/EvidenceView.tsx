import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { factQuery } from '../../lib/queries.ts';
import { href, navigate, useLocation } from '../../lib/router.tsx';
import { Empty, QueryState } from '../../lib/states.tsx';

/** /evidence?facts=… : finds the report the figure came from and opens it at the sentence. */
export default function EvidenceView() {
  const facts = useLocation().params.get('facts') ?? '';
  const first = Number(facts.split(',')[0]);
  const query = useQuery({ ...factQuery(first), enabled: Number.isInteger(first) && first > 0 });
  const reportId = query.data?.fact.reportId;
  useEffect(() => {
    if (reportId !== undefined) navigate(href(`/reports/${reportId}`, { facts }), { replace: true });
  }, [reportId, facts]);
  if (!(Number.isInteger(first) && first > 0)) return <Empty>链接中没有要查看的数字出处。</Empty>;
  return (
    <QueryState query={query} what="出处">
      {() => null}
    </QueryState>
  );
}
