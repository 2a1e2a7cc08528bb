import { formatConllu, readConllu } from '../../src/syntax/conllu';

// A small CoNLL-U sample written for this test: a multiword token range and an empty node that
// the reader must skip, comments, and a second sentence.
const SAMPLE = [
  '# sent_id = a-1',
  '# text = We can\'t stay.',
  '1\tWe\twe\tPRON\tPRP\t_\t4\tnsubj\t4:nsubj\t_',
  '2-3\tcan\'t\t_\t_\t_\t_\t_\t_\t_\t_',
  '2\tca\tcan\tAUX\tMD\t_\t4\taux\t4:aux\t_',
  '3\tn\'t\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_',
  '3.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t0:root\t_',
  '4\tstay\tstay\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_',
  '',
  '1\tHello\thello\tINTJ\tUH\t_\t0\troot\t0:root\t_',
  '',
].join('\n');

test('reads syntactic words, skipping multiword ranges and empty nodes', () => {
  const [first, second] = readConllu(SAMPLE);
  expect(first.comments).toEqual(['sent_id = a-1', "text = We can't stay."]);
  expect(first.words.map((w) => w.form)).toEqual(['We', 'ca', "n't", 'stay', '.']);
  expect(first.words.map((w) => w.head)).toEqual([4, 4, 4, 0, 4]);
  expect(first.words.map((w) => w.deprel)).toEqual(['nsubj', 'aux', 'advmod', 'root', 'punct']);
  expect(first.words[3].misc).toBe('SpaceAfter=No');
  expect(second.words).toHaveLength(1);
});

test('tolerates CRLF line ends and a missing final blank line', () => {
  const sentences = readConllu('1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\r\n2\t!\t!\tPUNCT\t.\t_\t1\tpunct\t_\t_');
  expect(sentences).toHaveLength(1);
  expect(sentences[0].words.map((w) => w.upos)).toEqual(['INTJ', 'PUNCT']);
});

test('writes what it reads (ranges and empty nodes aside)', () => {
  const once = formatConllu(readConllu(SAMPLE));
  expect(formatConllu(readConllu(once))).toBe(once);
  expect(once.split('\n')[2]).toBe('1\tWe\twe\tPRON\tPRP\t_\t4\tnsubj\t_\t_');
});
