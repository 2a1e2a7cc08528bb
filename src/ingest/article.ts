// What ingest hands to the NLP stage: one normalized article.

export interface TextSpan {
  start: number;
  end: number;
}

export interface Article {
  /** Stable id: "article-" + first 16 hex chars of sha256 of the normalized text. */
  id: string;
  /** File path as given, or the JSONL record's id. */
  source: string;
  title?: string;
  /** ISO date (YYYY-MM-DD) from the record or --date; anchors relative dates. */
  date?: string;
  url?: string;
  /** The publication, when a JSONL record names it. */
  outlet?: string;
  /** Normalized full text (title line included when the file had one). */
  text: string;
  /** Spans of `text` that are the title or section headings, not running prose. */
  headings: TextSpan[];
}
