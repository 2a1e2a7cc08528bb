// CoNLL-U reading and writing for the syntax stage. Only basic trees are read: multiword-token
// range lines ("3-4") and empty nodes ("5.1") are skipped, so a sentence is its syntactic words.

export interface ConlluWord {
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  /** 0 = root; otherwise the 1-based index of the head word. */
  head: number;
  deprel: string;
  /** MISC column, when there is one (e.g. "TokenRange=10:14"). */
  misc?: string;
}

export interface ConlluSentence {
  /** Comment lines without the leading "# " (sent_id, text, ...). */
  comments: string[];
  words: ConlluWord[];
}

const toWord = (cols: string[]): ConlluWord => ({
  form: cols[1] ?? '_',
  lemma: cols[2] ?? '_',
  upos: cols[3] ?? '_',
  xpos: cols[4] ?? '_',
  head: Number(cols[6]) || 0,
  deprel: cols[7] ?? '_',
  misc: cols[9] ?? '_',
});

/** Reads CoNLL-U text into sentences of words (ranges and empty nodes skipped). */
export function readConllu(text: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence = { comments: [], words: [] };
  const finish = (): void => {
    if (current.words.length) sentences.push(current);
    current = { comments: [], words: [] };
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') finish();
    else if (line.startsWith('#')) current.comments.push(line.replace(/^#\s?/, ''));
    else {
      const cols = line.split('\t');
      if (/^\d+$/.test(cols[0] ?? '')) current.words.push(toWord(cols));
    }
  }
  finish();
  return sentences;
}

/** Writes sentences as CoNLL-U (FEATS and DEPS as "_"). */
export function formatConllu(sentences: readonly ConlluSentence[]): string {
  const blocks = sentences.map((s) => {
    const comments = s.comments.map((c) => `# ${c}\n`).join('');
    const rows = s.words.map((w, i) => [i + 1, w.form, w.lemma, w.upos, w.xpos, '_', w.head, w.deprel, '_', w.misc ?? '_'].join('\t') + '\n');
    return comments + rows.join('') + '\n';
  });
  return blocks.join('');
}
