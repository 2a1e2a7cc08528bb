// Named queries are cypher/queries/NAME.cypher files whose header comment describes them:
//   // Free text: the description (first comment lines before the first @param).
//   // @param NAME TYPE [= DEFAULT] description      (TYPE: string | actor | int | float | boolean)
//   // @empty MESSAGE                                (printed instead of "(0 rows)"; $NAME is the parameter's value)
//   // Browser: ...                                  (ignored here)
// An `actor` parameter is a name or alias looked up in the full-text index; a name that matches
// no actor is reported as such, not as an empty result. An `int` is a whole number, 0 or more.
// A parameter without a default is required. Parsing is pure.

export type ParamType = 'string' | 'actor' | 'int' | 'float' | 'boolean';

export interface QueryParam {
  name: string;
  type: ParamType;
  /** Raw default text (as on the command line); undefined when the parameter is required. */
  defaultValue?: string;
  description: string;
}

export interface NamedQuery {
  name: string;
  description: string;
  params: QueryParam[];
  /** What an empty result means, when the header says it ("no path between $from and $to"). */
  emptyMessage?: string;
  cypher: string;
}

const PARAM = /^@param\s+([A-Za-z_][A-Za-z0-9_]*)\s+(string|actor|int|float|boolean)(?:\s*=\s*("(?:[^"\\]|\\.)*"|\S+))?\s*(.*)$/;

function unquote(text: string): string {
  return text.startsWith('"') ? (JSON.parse(text) as string) : text;
}

export function parseNamedQuery(name: string, text: string): NamedQuery {
  const lines = text.split('\n');
  const description: string[] = [];
  const params: QueryParam[] = [];
  let emptyMessage: string | undefined;
  let i = 0;
  for (; i < lines.length; i++) {
    const m = /^\s*\/\/\s?(.*)$/.exec(lines[i]);
    if (!m) break;
    const comment = m[1].trim();
    const p = PARAM.exec(comment);
    if (comment.startsWith('@empty ')) {
      emptyMessage = comment.slice('@empty '.length).trim();
    } else if (p) {
      params.push({ name: p[1], type: p[2] as ParamType, defaultValue: p[3] === undefined ? undefined : unquote(p[3]), description: p[4].trim() });
    } else if (comment.startsWith('@param')) {
      throw new Error(`${name}.cypher: cannot parse header line "${comment}"`);
    } else if (params.length === 0 && !/^Browser:/.test(comment)) {
      description.push(comment);
    }
  }
  const cypher = lines.slice(i).join('\n').trim();
  if (!cypher) throw new Error(`${name}.cypher has no statement after its header`);
  return { name, description: description.join(' ').trim(), params, ...(emptyMessage ? { emptyMessage } : {}), cypher };
}
