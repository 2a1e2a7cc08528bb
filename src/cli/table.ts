// Renders rows as an aligned text table for the terminal (pure). Lists are joined with "; ",
// objects shown as JSON, long cells cut at maxWidth.
export type Cell = string | number | boolean | null | Cell[] | { [key: string]: Cell };

export function cellText(value: Cell): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.map(cellText).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function renderTable(columns: string[], rows: Record<string, Cell>[], maxWidth = 80): string {
  if (columns.length === 0) return '(no columns)\n';
  const cut = (s: string): string => {
    const flat = s.replace(/\s+/g, ' ');
    return flat.length > maxWidth ? flat.slice(0, maxWidth - 1) + '…' : flat;
  };
  const cells = rows.map((row) => columns.map((c) => cut(cellText(row[c] ?? null))));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i].length)));
  const line = (parts: string[]): string => parts.map((p, i) => p.padEnd(widths[i])).join('  ').trimEnd();
  const out = [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)];
  out.push(`(${rows.length} row${rows.length === 1 ? '' : 's'})`);
  return out.join('\n') + '\n';
}
