// Named queries are cypher/queries/NAME.cypher files whose header comment describes them:
//   // Free text: the description (first comment lines before the first @param).
//   // @param NAME TYPE [= DEFAULT] description      (TYPE: string | int | float | boolean)
//   // Browser: ...                                  (ignored here)
// A parameter without a default is required. Parsing is pure.

export type ParamType = 'string' | 'int' | 'float' | 'boolean';

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
  cypher: string;
}

const PARAM = /^@param\s+([A-Za-z_][A-Za-z0-9_]*)\s+(string|int|float|boolean)(?:\s*=\s*("(?:[^"\\]|\\.)*"|\S+))?\s*(.*)$/;

function unquote(text: string): string {
  return text.startsWith('"') ? (JSON.parse(text) as string) : text;
}

export function parseNamedQuery(name: string, text: string): NamedQuery {
  const lines = text.split('\n');
  const description: string[] = [];
  const params: QueryParam[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const m = /^\s*\/\/\s?(.*)$/.exec(lines[i]);
    if (!m) break;
    const comment = m[1].trim();
    const p = PARAM.exec(comment);
    if (p) {
      params.push({ name: p[1], type: p[2] as ParamType, defaultValue: p[3] === undefined ? undefined : unquote(p[3]), description: p[4].trim() });
    } else if (comment.startsWith('@param')) {
      throw new Error(`${name}.cypher: cannot parse header line "${comment}"`);
    } else if (params.length === 0 && !/^Browser:/.test(comment)) {
      description.push(comment);
    }
  }
  const cypher = lines.slice(i).join('\n').trim();
  if (!cypher) throw new Error(`${name}.cypher has no statement after its header`);
  return { name, description: description.join(' ').trim(), params, cypher };
}
