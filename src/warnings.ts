// Extraction never throws on odd text; it returns warnings. Ingest also reports inputs it could
// not read as warnings so that the rest of a batch is still processed.

export interface Warning {
  /** Stable machine-readable code, e.g. INPUT_EMPTY. */
  code: string;
  /** Human message; names the input it is about. */
  message: string;
  /** The input (path, record id) the warning is about, when there is one. */
  source?: string;
  /** True when the input was skipped (counts towards a non-zero exit code). */
  fatal?: boolean;
}
