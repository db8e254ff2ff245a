import type { Item } from './draft.ts';

/** At most this many items share one 各 figure; a longer run of 、 is not a short list. */
const MAX_ITEMS = 6;
/** The list starts after its verb: 在宪法日、宣传周开展了宪法、民法典宣讲各1场 lists two talks, not three. */
const LIST_VERB =
  /(?:开展|举办|组织|召开|举行|进行|完成|审核|审查|发放|印发|制定|出台|办理|受理|调处|化解|查处|检查)了?/g;

function listStart(phrase: string): number {
  let end = 0;
  LIST_VERB.lastIndex = 0;
  for (let m = LIST_VERB.exec(phrase); m !== null; m = LIST_VERB.exec(phrase)) end = m.index + m[0].length;
  return end;
}

/**
 * 开展了宪法、习近平法治思想宣传宣讲各1场次; 召开专题会议、办公室会议各2次: the list before 各 shares the figure and
 * its verb, one fact per item. The first item keeps the figure's own fact; each further item gets one
 * spanning from its own words to the figure.
 */
export function eachOfList(items: Item[]): void {
  for (const item of items) {
    const { ctx } = item;
    if (!ctx.phrase.endsWith('各') || ctx.listItem) continue;
    const own = item.drafts.find((d) => d.ctx === ctx);
    const from = listStart(ctx.phrase);
    const parts = ctx.phrase.slice(from).split('、');
    if (!own || parts.length < 2 || parts.length > MAX_ITEMS) continue;
    let offset = from;
    for (const [k, part] of parts.entries()) {
      if (k > 0) item.drafts.push({ ...own, spanStart: ctx.phraseStart + offset, ctx: null });
      offset += part.length + 1;
    }
  }
}
