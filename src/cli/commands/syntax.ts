// `kg syntax eval|parse`: the dependency parser on its own. `eval` scores it on a CoNLL-U
// treebank (gold tokenization, predicted tags); `parse` prints CoNLL-U trees for articles.
import fs from 'node:fs';
import type { Command } from 'commander';
import { NewsgraphError } from '../../errors';
import { readArticles } from '../../ingest/read-articles';
import { parseArticle } from '../../nlp/parse-article';
import { readConllu } from '../../syntax/conllu';
import { evaluateSyntax } from '../../syntax/evaluate-syntax';
import { formatTrees } from '../../syntax/format-trees';
import { parseSyntax } from '../../syntax/parse-syntax';
import { loadSyntaxModel, readSyntaxModel, type SyntaxModel } from '../../syntax/syntax-model';
import { addVerbosityOptions, configFrom } from '../options';
import { createReporter } from '../reporter';

interface SyntaxFlags {
  model?: string;
  json?: boolean;
  quiet?: boolean;
  verbose?: boolean;
}

const modelFrom = (flags: SyntaxFlags): SyntaxModel => (flags.model ? readSyntaxModel(flags.model) : loadSyntaxModel());

function readTreebank(file: string): string {
  if (!fs.existsSync(file)) throw new NewsgraphError('INPUT_MISSING', `${file}: no such file`, 'Name a CoNLL-U file, e.g. ../shared/ud-ewt/en_ewt-ud-test.conllu.');
  return fs.readFileSync(file, 'utf8');
}

export function registerSyntaxCommand(program: Command): void {
  const syntax = program.command('syntax').description('the part-of-speech tagger and dependency parser on their own');
  addVerbosityOptions(
    syntax
      .command('eval')
      .description('UPOS accuracy, UAS and LAS on a CoNLL-U treebank (gold tokenization, predicted tags, punctuation included)')
      .argument('<file>', 'a CoNLL-U file')
      .option('--model <file>', 'a model file other than the committed one')
      .option('--json', 'print the figures as JSON'),
  )
    .addHelpText('after', '\nExamples:\n  kg syntax eval ../shared/ud-ewt/en_ewt-ud-test.conllu\n  kg syntax eval ../shared/ud-ewt/en_ewt-ud-dev.conllu --json')
    .action((file: string, flags: SyntaxFlags) => {
      const text = readTreebank(file);
      const model = modelFrom(flags);
      if (flags.verbose) process.stderr.write(`model: ${JSON.stringify(model.info)}\n`);
      const scores = evaluateSyntax(model, readConllu(text));
      if (flags.json) {
        process.stdout.write(JSON.stringify({ file, ...scores }, null, 2) + '\n');
        return;
      }
      const pct = (v: number): string => (v * 100).toFixed(2);
      process.stdout.write(
        [
          `${file}: ${scores.sentences} sentences, ${scores.words} words`,
          `UPOS  ${pct(scores.upos)}`,
          `UAS   ${pct(scores.uas)}`,
          `LAS   ${pct(scores.las)}   (universal relations, as CoNLL 2018; with subtypes ${pct(scores.lasFull)})`,
        ].join('\n') + '\n',
      );
    });
  addVerbosityOptions(
    syntax
      .command('parse')
      .description('read articles (text files, .jsonl, or - for stdin) and print their dependency trees as CoNLL-U')
      .argument('[inputs...]', 'articles to parse (default: - for stdin)')
      .option('--model <file>', 'a model file other than the committed one'),
  )
    .addHelpText('after', '\nExamples:\n  echo "The minister met the ambassador in Paris." | kg syntax parse\n  kg syntax parse examples/ > trees.conllu')
    .action(async (inputs: string[], flags: SyntaxFlags) => {
      const reporter = createReporter(configFrom(flags));
      const model = modelFrom(flags);
      for await (const item of readArticles(inputs.length ? inputs : ['-'])) {
        if ('warning' in item) {
          reporter.warnings([item.warning]);
          if (item.warning.fatal) process.exitCode = 1;
          continue;
        }
        const parsed = parseArticle(item.article);
        process.stdout.write(formatTrees(item.article.id, parsed.sentences, parseSyntax(parsed, model)));
      }
    });
}
