import type { Section, SectionContext, TruthFact } from './sections.ts';

/** Administrative reconsideration, as a county department that handles it reports it. */
export function reconsideration(c: SectionContext, previousReceived: number | null): Section {
  const received = c.base('recon.received');
  const closed = Math.max(0, received - c.r.int(0, 3));
  const revoked = c.r.int(0, Math.floor(closed / 8));
  const rejected = c.r.int(0, Math.floor(closed / 5));
  const withdrawn = c.r.int(0, Math.floor(closed / 6));
  const upheld = closed - revoked - rejected - withdrawn;
  const at = (key: TruthFact['key'], value: number, year = c.year): TruthFact => ({
    key,
    value,
    qualifier: 'exact',
    year,
  });
  const facts = [
    at('recon.received', received),
    at('recon.closed', closed),
    at('recon.upheld', upheld),
    at('recon.revoked', revoked),
    at('recon.rejected', rejected),
    at('recon.withdrawn', withdrawn),
  ];
  let compare = '';
  if (previousReceived !== null && previousReceived !== received) {
    const delta = received - previousReceived;
    compare = `，较上年${delta > 0 ? '增加' : '减少'}${Math.abs(delta)}件`;
    facts.push({ ...at('recon.received', previousReceived, c.year - 1) });
  }
  const text =
    `发挥行政复议化解行政争议主渠道作用，全年受理行政复议案件${received}件${compare}；` +
    `审结${closed}件，其中维持${upheld}件、撤销${revoked}件、驳回${rejected}件、终止${withdrawn}件。`;
  return { text, facts };
}
