// Neo4j Browser styles ("GraSS", a CSS-like format): parsed into { selector: { property: value } }
// and turned into the one-line `:style {JSON}` command that Browser accepts inline (it tries
// JSON first), so a style can be applied by browser.post_connect_cmd without any file server.
// Pure.

export type GrassRules = Record<string, Record<string, string>>;

const unquote = (value: string): string => value.replace(/^(["'])(.*)\1$/, '$2');

/** Splits "selector { body }" blocks; braces inside quoted values ("{name}") are not structure. */
function splitBlocks(source: string): Array<[string, string]> {
  const blocks: Array<[string, string]> = [];
  let quote = '';
  let selector = '';
  let body: string | undefined;
  for (const c of source) {
    if (quote) quote = c === quote ? '' : quote;
    else if (c === '"' || c === "'") quote = c;
    else if (c === '{' && body === undefined) { body = ''; continue; }
    else if (c === '}' && body !== undefined) { blocks.push([selector.trim(), body]); selector = ''; body = undefined; continue; }
    if (body === undefined) selector += c;
    else body += c;
  }
  if (body !== undefined || quote) throw new Error('unbalanced braces or quotes in the grass text');
  return blocks;
}

export function parseGrass(text: string): GrassRules {
  const rules: GrassRules = {};
  for (const [selector, body] of splitBlocks(text.replace(/\/\*[\s\S]*?\*\//g, ''))) {
    const props: Record<string, string> = {};
    for (const declaration of body.split(';')) {
      const colon = declaration.indexOf(':');
      if (colon < 0) continue;
      const name = declaration.slice(0, colon).trim();
      const value = unquote(declaration.slice(colon + 1).trim());
      if (name) props[name] = value;
    }
    rules[selector] = { ...rules[selector], ...props };
  }
  if (Object.keys(rules).length === 0) throw new Error('no style rules found in the grass text');
  return rules;
}

/** `style {...}` without its leading colon, as browser.post_connect_cmd lists commands. */
export function toStyleCommand(rules: GrassRules): string {
  const json = JSON.stringify(rules);
  if (/[;\r\n]/.test(json)) throw new Error('a style value contains ";" or a line break, which post_connect_cmd cannot carry');
  return `style ${json}`;
}
