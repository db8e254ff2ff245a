import type { Chain } from '@fazhi/contract';

/** A unit's place 省·市·县·乡镇 under its name; nothing for a unit without a division code. */
export function UnitChain({ chain }: { chain: Chain | null }) {
  if (!chain) return null;
  return (
    <p className="unit-chain muted" data-testid="unit-chain" title={`行政区划代码 ${chain.code}`}>
      {chain.label}
    </p>
  );
}
