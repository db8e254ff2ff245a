import { format } from 'echarts/core';

/**
 * ECharts writes tooltips as HTML: every piece of data in one (unit names come from report text) goes
 * through this, so a name with markup shows as text and never as an element.
 */
export const esc = (s: string | number | null | undefined): string => format.encodeHTML(String(s ?? ''));
