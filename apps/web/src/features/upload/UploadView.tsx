import { ACCEPT, FORMATS_TEXT } from '@fazhi/catalog/vocabulary';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type DragEvent, useState } from 'react';
import { errorMessage } from '../../lib/api.ts';
import { Link } from '../../lib/router.tsx';
import { OUTCOME_LABEL, type UploadHints, uploadFiles } from './upload.ts';

/** Drag and drop one or many reports; each file gets its own outcome. */
export default function UploadView() {
  const client = useQueryClient();
  const [hints, setHints] = useState<UploadHints>({});
  const [over, setOver] = useState(false);
  const upload = useMutation({
    mutationFn: (files: File[]) => uploadFiles(files, hints),
    // every view may show the new figures
    onSuccess: () => client.invalidateQueries(),
  });
  const send = (list: FileList | null) => {
    const files = list ? [...list] : [];
    if (files.length > 0) upload.mutate(files);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    send(e.dataTransfer.files);
  };
  // files refused because their unit's name is a town several counties have: the county field answers
  const asked = upload.data?.outcomes.filter((o) => o.code === 'ambiguous_unit') ?? [];
  const field = (k: keyof UploadHints, label: string, placeholder: string, invalid = false) => (
    <label>
      {label}
      <input
        value={hints[k] ?? ''}
        placeholder={placeholder}
        aria-invalid={invalid || undefined}
        onChange={(e) => setHints({ ...hints, [k]: e.target.value })}
      />
    </label>
  );
  return (
    <section className="view" data-view="upload">
      <h1>上传报告</h1>
      <p className="summary-line">
        支持 {FORMATS_TEXT}
        ，可一次选择多个文件。单位、年度和县区从报告中读取；读不出时可在下面指定（对本次上传的全部文件有效）。
      </p>
      <div className="controls">
        <div className="field-with-note">
          {field('county', '县区', '如 沈丘县', asked.length > 0)}
          {asked.length > 0 && (
            <div className="field-note" role="alert" data-testid="county-question">
              <p>以下文件的单位在多个县（区）都有同名，请在“县区”中填写所属县（区）后重新上传：</p>
              <ul>
                {asked.map((o) => (
                  <li key={o.file}>{o.message}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
        {field('unit', '单位', '如 邢庄镇')}
        {field('year', '年度', '如 2024')}
      </div>
      <label
        className={over ? 'dropzone over' : 'dropzone'}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <input
          type="file"
          multiple
          accept={ACCEPT}
          onChange={(e) => {
            send(e.target.files);
            e.target.value = '';
          }}
          data-testid="file-input"
        />
        <span className="button">选择文件</span>
        <span>{upload.isPending ? '正在导入…' : '把报告文件拖到这里，或点击选择文件'}</span>
      </label>
      {upload.isError && <div className="state error">上传失败：{errorMessage(upload.error)}</div>}
      {upload.data && (
        <div className="table-wrap">
          <table className="data outcomes" data-testid="outcomes">
            <thead>
              <tr>
                <th scope="col">文件</th>
                <th scope="col">结果</th>
                <th scope="col">单位</th>
                <th scope="col">年度</th>
                <th scope="col">县区</th>
                <th scope="col">指标数</th>
                <th scope="col">说明</th>
              </tr>
            </thead>
            <tbody>
              {upload.data.outcomes.map((o, i) => (
                <tr key={`${o.file}-${i}`} className={`outcome-${o.status}`} data-status={o.status}>
                  <th scope="row">{o.file}</th>
                  <td>{OUTCOME_LABEL[o.status]}</td>
                  <td>{o.unit ?? '—'}</td>
                  <td>{o.year ?? '—'}</td>
                  <td>{o.county ?? '—'}</td>
                  <td>{o.facts ?? '—'}</td>
                  <td>
                    {o.message ?? ''}
                    {o.reportId !== null && <Link to={`/reports/${o.reportId}`}>查看报告</Link>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
