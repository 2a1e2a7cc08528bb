// Parses a JSONL corpus: one record a line, {"id","text","title"?,"date"?,"url"?,"source"?}.
// The record's id is the Article's source (what scorers and users join on); a record's own
// "source" field (the outlet) is kept as `outlet`. A malformed line becomes a warning naming
// the file and line; the other lines still count.
import type { Warning } from '../warnings';
import type { ArticleInput } from './make-article';

export interface JsonlRecords {
  records: ArticleInput[];
  warnings: Warning[];
}

const optionalString = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : typeof value === 'number' ? String(value) : undefined;

export function parseJsonlLine(line: string, where: string): { record?: ArticleInput; warning?: Warning } {
  let value: unknown;
  try {
    value = JSON.parse(line.replace(/^\ufeff/, ''));
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { warning: { code: 'INPUT_MALFORMED', message: `${where}: not valid JSON (${reason}); line skipped`, source: where, fatal: true } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { warning: { code: 'INPUT_MALFORMED', message: `${where}: not a JSON object; line skipped`, source: where, fatal: true } };
  }
  const rec = value as Record<string, unknown>;
  const id = optionalString(rec.id);
  const text = typeof rec.text === 'string' ? rec.text : undefined;
  if (!id || text === undefined) {
    const missing = !id ? '"id"' : '"text"';
    return { warning: { code: 'INPUT_MALFORMED', message: `${where}: record has no ${missing}; line skipped`, source: where, fatal: true } };
  }
  if (text.trim() === '') {
    return { warning: { code: 'INPUT_EMPTY', message: `${where}: record "${id}" has empty text; skipped`, source: where, fatal: true } };
  }
  return {
    record: {
      text,
      source: id,
      outlet: optionalString(rec.source),
      recordId: id,
      title: optionalString(rec.title),
      date: optionalString(rec.date),
      url: optionalString(rec.url),
    },
  };
}

export function parseJsonl(content: string, file: string): JsonlRecords {
  const records: ArticleInput[] = [];
  const warnings: Warning[] = [];
  content.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const { record, warning } = parseJsonlLine(line, `${file}:${i + 1}`);
    if (record) records.push(record);
    if (warning) warnings.push(warning);
  });
  return { records, warnings };
}
