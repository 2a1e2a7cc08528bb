// `npm run train:syntax [-- --treebank DIR --out FILE --limit N ...]`: rebuilds the syntax model
// from UD English EWT (../shared/ud-ewt by default), prints progress and the dev figures, and
// writes the model file. A build tool, not part of the CLI; same options → same file.
import fs from 'node:fs';
import path from 'node:path';
import { readConllu } from '../conllu';
import { encodeSyntaxModel } from '../model/model-file';
import { defaultModelPath } from '../syntax-model';
import { trainSyntaxModel, type SyntaxTrainingOptions } from './train-syntax';

function readArgs(argv: string[]): Map<string, string> {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--')) args.set(argv[i].slice(2), argv[i + 1] !== undefined && !argv[i + 1].startsWith('--') ? argv[++i] : '1');
  }
  return args;
}

function main(): void {
  const args = readArgs(process.argv.slice(2));
  const num = (name: string, fallback: number): number => (args.has(name) ? Number(args.get(name)) : fallback);
  const dir = args.get('treebank') ?? path.resolve('..', 'shared', 'ud-ewt');
  const out = args.get('out') ?? defaultModelPath();
  const read = (split: string): ReturnType<typeof readConllu> => {
    const file = path.join(dir, `en_ewt-ud-${split}.conllu`);
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: pass --treebank DIR (the UD English EWT folder)`);
    return readConllu(fs.readFileSync(file, 'utf8'));
  };
  const train = read('train').slice(0, num('limit', Infinity));
  const dev = read('dev');
  const options: SyntaxTrainingOptions = {
    taggerEpochs: num('tagger-epochs', 8),
    parserEpochs: num('parser-epochs', 12),
    folds: num('folds', 5),
    secondPass: num('second-pass', 1) === 1,
    explore: num('explore', 0.9),
    ensemble: num('ensemble', 5),
    minWeight: num('min-weight', 300),
    seed: num('seed', 7),
    log: (line) => process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`),
  };
  options.log(`training on ${train.length} sentences from ${dir}: ${JSON.stringify({ ...options, log: undefined })}`);
  const bytes = encodeSyntaxModel(trainSyntaxModel(train, dev, options));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, bytes);
  options.log(`wrote ${out} (${(bytes.length / 1048576).toFixed(1)} MB)`);
}

main();
