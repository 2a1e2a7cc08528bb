// `kg remove ARTICLE... [--all-from INPUTS...]`: take articles out of the graph with everything
// only they support (evidence, edges left without evidence, actors no article names any more,
// re-resolved names). By article id, source or url; --all-from reads inputs and removes the
// articles a load of them would have added. Idempotent: what is not there is reported, not an error.
import type { Command } from 'commander';
import type { ConfigFlags } from '../../config';
import { NewsgraphError } from '../../errors';
import { readArticles } from '../../ingest/read-articles';
import { applySchema } from '../../load/apply-schema';
import { connectNeo4j, resolveNeo4jTarget } from '../../load/connect';
import { readCypher } from '../../load/cypher-file';
import { removeArticles } from '../../load/load-graph';
import { runRead } from '../../load/run-cypher';
import { NO_ALIASES } from '../../resolve/aliases';
import { readAliasesFile } from '../../resolve/read-aliases';
import { describeLoad, graphTotals, staleCount } from '../load-report';
import { extractionStamp } from '../extraction-stamp';
import { addConnectionOptions, addVerbosityOptions, configFrom } from '../options';
import { createReporter } from '../reporter';

const EXAMPLES = `
Examples:
  kg remove article-3f2a9c0d1e2b4a5f
  kg remove news/retracted-story.txt https://news.example/2024/11/story
  kg remove --all-from old-batch/            # what \`kg load old-batch/\` added
  kg remove --all-from corpus.jsonl --aliases aliases.json

Pass the --aliases file the graph was loaded with: the names left behind are re-resolved.`;

interface RemoveFlags extends ConfigFlags {
  allFrom?: string[];
}

async function idsFromInputs(inputs: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for await (const item of readArticles([...inputs], {})) if ('article' in item) ids.push(item.article.id);
  return ids;
}

export function registerRemoveCommand(program: Command): void {
  addVerbosityOptions(addConnectionOptions(program.command('remove').description('remove articles and everything only they support from the graph').argument('[articles...]', 'article ids, sources (file paths as loaded, JSONL record ids) or urls')))
    .option('--all-from <inputs...>', 'remove the articles of these inputs (files, directories, globs, .jsonl)')
    .option('--aliases <file>', 'the alias file the graph was loaded with')
    .addHelpText('after', EXAMPLES)
    .action(async (keys: string[], flags: RemoveFlags) => {
      if (keys.length === 0 && !flags.allFrom?.length) throw new NewsgraphError('USAGE', 'name the articles to remove, or --all-from INPUTS', 'Example: kg remove article-3f2a9c0d1e2b4a5f');
      const config = configFrom(flags);
      const reporter = createReporter(config);
      const aliases = config.aliasesFile ? readAliasesFile(config.aliasesFile) : NO_ALIASES;
      const conn = await connectNeo4j(resolveNeo4jTarget(config));
      try {
        await applySchema(conn);
        const wanted = [...keys, ...(flags.allFrom ? await idsFromInputs(flags.allFrom) : [])];
        const { rows } = await runRead(conn, readCypher('load/find-articles.cypher'), { keys: wanted });
        const found = new Map(rows.map((r) => [String(r.id), `${String(r.id)} (${String(r.source)})`]));
        const missing = wanted.filter((k) => !rows.some((r) => r.key === k));
        const summary = await removeArticles(conn, [...found.keys()], { aliases });
        for (const line of found.values()) reporter.info(`removed ${line}`);
        if (missing.length > 0) reporter.info(`not in the database (nothing to remove): ${missing.length > 10 ? `${missing.slice(0, 10).join(', ')} and ${missing.length - 10} more` : missing.join(', ')}`);
        const stale = await staleCount(conn, extractionStamp(config.aliasesFile).extraction);
        if (stale > 0) reporter.info(`note: ${stale} articles in the graph were loaded by another extraction or alias file; names were re-resolved with this one (see kg stats)`);
        process.stdout.write(`Removed from ${conn.target.uri}: ${describeLoad(summary)}\n${await graphTotals(conn)}\n`);
      } finally {
        await conn.driver.close();
      }
    });
}
