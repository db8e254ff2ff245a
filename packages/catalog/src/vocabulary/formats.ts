/** The report files accepted: text in any Chinese encoding, Word, and PDF with a text layer. */
export const REPORT_FORMATS = ['txt', 'md', 'docx', 'pdf'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface FormatInfo {
  /** the extension a file is picked by, without the dot */
  ext: string;
  /** other extensions read the same way */
  aliases: readonly string[];
  mime: string;
  /** how the format is named to people */
  label: string;
  /** plain text, decoded from any Chinese encoding */
  text: boolean;
}

export const FORMAT_INFO: Record<ReportFormat, FormatInfo> = {
  txt: { ext: 'txt', aliases: ['text'], mime: 'text/plain', label: '.txt', text: true },
  md: { ext: 'md', aliases: ['markdown'], mime: 'text/markdown', label: '.md', text: true },
  docx: {
    ext: 'docx',
    aliases: [],
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: '.docx',
    text: false,
  },
  pdf: { ext: 'pdf', aliases: [], mime: 'application/pdf', label: '带文字层的 .pdf', text: false },
};

const byExtension = new Map<string, ReportFormat>(
  REPORT_FORMATS.flatMap((f) => [FORMAT_INFO[f].ext, ...FORMAT_INFO[f].aliases].map((e) => [e, f] as const)),
);

/** The format of a file name by its extension, in any case; null when it is not accepted. */
export function formatOfName(name: string): ReportFormat | null {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  return byExtension.get(ext) ?? null;
}

/** The extensions files are picked by (a picker, a folder scan): .txt .md .docx .pdf */
export const EXTENSIONS: readonly string[] = REPORT_FORMATS.map((f) => `.${FORMAT_INFO[f].ext}`);

/** For a file input's accept: .txt,.md,.docx,.pdf */
export const ACCEPT = EXTENSIONS.join(',');

/** .txt、.md、.docx 或 .pdf */
export const EXTENSIONS_TEXT = `${EXTENSIONS.slice(0, -1).join('、')} 或 ${EXTENSIONS.at(-1)}`;

/** .txt / .md（任意中文编码）、.docx、带文字层的 .pdf */
export const FORMATS_TEXT = [
  `${REPORT_FORMATS.filter((f) => FORMAT_INFO[f].text)
    .map((f) => FORMAT_INFO[f].label)
    .join(' / ')}（任意中文编码）`,
  ...REPORT_FORMATS.filter((f) => !FORMAT_INFO[f].text).map((f) => FORMAT_INFO[f].label),
].join('、');
