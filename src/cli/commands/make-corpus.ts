// `kg make-corpus`: writes a synthetic JSONL corpus of any size from a base corpus (copies with
// made-up names, distinct ids; see bench/vary-article.ts) for scale runs of extract and load.
// Generated corpora are benchmark inputs only: never commit them.
import fs from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { NewsgraphError } from '../../errors';
import { varyArticle, type CorpusRecord } from '../../bench/vary-article';
import { addVerbosityOptions, configFrom } from '../options';
import { createReporter } from '../reporter';

interface MakeCorpusFlags {
  count: string;
  out?: string;
  quiet?: boolean;
  verbose?: boolean;
}

function readBase(file: string): CorpusRecord[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new NewsgraphError('INPUT_UNREADABLE', `${file}: cannot read (${err instanceof Error ? err.message : String(err)})`, 'Name a .jsonl corpus, e.g. ../shared/corpora/bbc-news.jsonl.');
  }
  const records: CorpusRecord[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const r = JSON.parse(line) as Partial<CorpusRecord>;
    if (typeof r.id === 'string' && typeof r.text === 'string') records.push({ id: r.id, text: r.text, title: typeof r.title === 'string' ? r.title : undefined });
  }
  if (records.length === 0) throw new NewsgraphError('INPUT_EMPTY', `${file}: no records with "id" and "text"`, 'The base corpus is JSONL, one {"id","text"} record a line.');
  return records;
}

export function registerMakeCorpusCommand(program: Command): void {
  const cmd = program
    .command('make-corpus')
    .description('write a synthetic JSONL corpus of N articles from a base corpus (for scale benchmarks; never commit it)')
    .argument('<base>', 'a .jsonl corpus to copy from')
    .option('--count <n>', 'number of articles to write', '50000')
    .option('-o, --out <file>', 'output file (default: stdout)');
  addVerbosityOptions(cmd).addHelpText('after', `
Examples:
  kg make-corpus ../shared/corpora/bbc-news.jsonl --count 50000 --out /tmp/bbc-50k.jsonl
  kg extract /tmp/bbc-50k.jsonl --format jsonl --out /tmp/bbc-50k.graph.jsonl`);
  cmd.action(async (base: string, flags: MakeCorpusFlags) => {
    const count = Number(flags.count);
    if (!Number.isInteger(count) || count < 1) throw new NewsgraphError('USAGE', `--count must be a positive whole number, not "${flags.count}"`, 'Example: --count 50000');
    const records = readBase(base);
    const out = flags.out ? fs.createWriteStream(flags.out) : process.stdout;
    for (let i = 0; i < count; i++) {
      const line = JSON.stringify(varyArticle(records[i % records.length], Math.floor(i / records.length))) + '\n';
      if (!out.write(line)) await once(out, 'drain');
    }
    if (out !== process.stdout) await new Promise<void>((done) => out.end(done));
    createReporter(configFrom(flags)).info(`wrote ${count} articles${flags.out ? ` to ${flags.out}` : ''}`);
  });
}
