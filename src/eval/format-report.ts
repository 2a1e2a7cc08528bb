// Human-readable `kg eval` report: one line per type, then the details a reader acts on.
import type { CorpusReport } from './score-corpus';
import type { SeedReport } from './score-seed';
import type { Prf } from './prf';

export type EvalReport = SeedReport | CorpusReport;

const num = (x: number): string => x.toFixed(3);
const prfLine = (label: string, type: string, v: Prf): string =>
  `${label} ${type.padEnd(14)} P ${num(v.p)}  R ${num(v.r)}  F1 ${num(v.f1)}  (tp ${v.tp} fp ${v.fp} fn ${v.fn})`;
const listLine = (label: string, xs: readonly string[]): string => `  ${label}: ${xs.length ? xs.join('; ') : 'none'}`;

function formatSeed(r: SeedReport): string[] {
  const lines = Object.entries(r.entities).map(([t, v]) => prfLine('entities ', t, v));
  lines.push(listLine('missing', r.missing), listLine('split across nodes', r.split), listLine('false positives', r.falsePositives), listLine('junk nodes', r.junk));
  for (const [t, v] of Object.entries(r.relations)) {
    lines.push(`relations ${t.padEnd(14)} P ${num(v.p)}  R ${num(v.r)}  F1 ${num(v.f1)}  (found ${v.found}/${v.gold}, matching edges ${v.matched}, unexpected ${v.extra})`);
  }
  for (const [level, v] of Object.entries(r.levels)) lines.push(`  ${level}: ${v.got}/${v.want}`, listLine(`${level} missing`, v.missing));
  lines.push(listLine('unexpected', r.unexpected));
  const levels = Object.entries(r.levels).map(([l, v]) => `${l} ${v.got}/${v.want}`).join(', ');
  lines.push(`eval: entity F1 ${r.entities.all.f1}, relation F1 ${r.relations.all.f1}, ${levels}, relation precision ${r.relations.all.p}, splits ${r.split.length}, junk ${r.junk.length}`);
  return lines;
}

function formatCorpus(r: CorpusReport): string[] {
  return [
    `records ${r.records}, records with no Article node ${r.missingArticles}`,
    ...Object.entries(r.entities).map(([t, v]) => prfLine('entities ', t, v)),
    ...Object.entries(r.relations).map(([t, v]) => prfLine('relations', t, v)),
    `eval: entity F1 ${r.entities.all.f1}, relation F1 ${r.relations.all.f1}, records missing ${r.missingArticles}`,
  ];
}

export function formatReport(report: EvalReport): string {
  return (report.kind === 'seed' ? formatSeed(report) : formatCorpus(report)).join('\n') + '\n';
}
