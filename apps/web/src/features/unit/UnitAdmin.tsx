import type { UnitChange, UnitProfile, Units } from '@fazhi/contract';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { errorMessage, getJson, sendJson } from '../../lib/api.ts';
import { useSession } from '../../lib/session.ts';
import { refreshAfterWrite } from '../review/query.ts';

const allUnitsQuery = () =>
  queryOptions({ queryKey: ['units', {}], queryFn: ({ signal }) => getJson<Units>('/api/units', signal) });

/** Housekeeping of one unit: its county (editors), its name, population, villages and duplicates (admins). */
export function UnitAdmin({ profile, counties }: { profile: UnitProfile; counties: string[] }) {
  const { canEdit, isAdmin } = useSession();
  const client = useQueryClient();
  const u = profile.unit;
  const units = useQuery({ ...allUnitsQuery(), enabled: isAdmin });
  const [county, setCounty] = useState(profile.county?.name ?? '');
  const [name, setName] = useState(u.name);
  const [population, setPopulation] = useState(u.population === null ? '' : String(u.population));
  const [villages, setVillages] = useState(u.villages === null ? '' : String(u.villages));
  const [merge, setMerge] = useState('');
  const [reason, setReason] = useState('');
  const save = useMutation({
    mutationFn: (req: { method: 'POST' | 'PATCH'; url: string; body: object }) =>
      sendJson<UnitChange>(req.method, req.url, { ...req.body, ...(reason ? { reason } : {}) }),
    onSuccess: () => {
      setReason('');
      setMerge('');
      void refreshAfterWrite(client);
    },
  });
  if (!canEdit) return null;
  const num = (s: string) => (s.trim() === '' ? null : Number(s));
  const submit = (e: FormEvent, req: { method: 'POST' | 'PATCH'; url: string; body: object }) => {
    e.preventDefault();
    save.mutate(req);
  };
  const candidates = (units.data?.units ?? []).filter(
    (x) =>
      x.id !== u.id &&
      x.sample === u.sample &&
      (x.county === null || x.county === (profile.county?.name ?? null)),
  );
  return (
    <details className="unit-admin" open={profile.county === null}>
      <summary>维护单位信息</summary>
      <label className="wide">
        理由（写入修改记录）
        <input value={reason} onChange={(e) => setReason(e.target.value)} placeholder="如：区划调整" />
      </label>
      <form
        onSubmit={(e) => submit(e, { method: 'POST', url: `/api/units/${u.id}/county`, body: { county } })}
      >
        <label>
          所属县区
          <select value={county} onChange={(e) => setCounty(e.target.value)} required>
            <option value="">（请选择）</option>
            {counties.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        <button type="submit">指定县区</button>
      </form>
      {isAdmin && (
        <>
          <form
            onSubmit={(e) =>
              submit(e, {
                method: 'PATCH',
                url: `/api/units/${u.id}`,
                body: {
                  ...(name !== u.name ? { name } : {}),
                  population: num(population),
                  villages: num(villages),
                },
              })
            }
          >
            <label>
              名称
              <input value={name} onChange={(e) => setName(e.target.value)} required />
            </label>
            <label>
              人口
              <input
                type="number"
                min="0"
                value={population}
                onChange={(e) => setPopulation(e.target.value)}
              />
            </label>
            <label>
              行政村数
              <input type="number" min="0" value={villages} onChange={(e) => setVillages(e.target.value)} />
            </label>
            <button type="submit">保存（改名时旧名保留为别名）</button>
          </form>
          <form
            onSubmit={(e) =>
              submit(e, { method: 'POST', url: `/api/units/${u.id}/merge`, body: { from: Number(merge) } })
            }
          >
            <label>
              合并重复单位
              <select value={merge} onChange={(e) => setMerge(e.target.value)} required>
                <option value="">（选择与本单位是同一单位的记录）</option>
                {candidates.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}（{c.county ?? '县区待指定'}，编号 {c.id}）
                  </option>
                ))}
              </select>
            </label>
            <button type="submit">并入本单位</button>
          </form>
        </>
      )}
      {save.isError && <div className="state error">{errorMessage(save.error)}</div>}
      {save.isSuccess && <div className="state ok">已保存，并写入修改记录。</div>}
    </details>
  );
}
