// Reduces an HTML page to readable text: drops scripts, styles, comments and tags, keeps block
// breaks. Enough for saved news pages; not a full HTML parser. One left-to-right scan, so
// unclosed tags, comments or scripts cost no more than closed ones (character references are
// decoded with the rest of the text in makeArticle).

const RAW_TEXT = new Set(['script', 'style', 'noscript', 'template']);
const BLOCKS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'br', 'tr', 'table', 'section', 'article', 'header', 'footer', 'blockquote']);
/** A tag (or a <!DOCTYPE>, <?xml?>) at the scan position; `[^<>]*` stops at the next "<", so a stray "<" costs one step. */
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*>|<[!?][^<>]*>/y;

export function stripHtml(html: string): string {
  const lower = html.toLowerCase();
  const parts: string[] = [];
  /** Where the next closer of each raw-text element (or comment end) is; -1 once none is left. */
  const nextClose = new Map<string, number>();
  const findClose = (needle: string, from: number): number => {
    const known = nextClose.get(needle);
    if (known !== undefined && (known < 0 || known >= from)) return known;
    const at = lower.indexOf(needle, from);
    nextClose.set(needle, at);
    return at;
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      parts.push(html.slice(i));
      break;
    }
    parts.push(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = findClose('-->', lt + 4);
      parts.push(' ');
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    TAG.lastIndex = lt;
    const tag = TAG.exec(html);
    if (!tag) {
      parts.push('<');
      i = lt + 1;
      continue;
    }
    const name = (tag[2] ?? '').toLowerCase();
    i = lt + tag[0].length;
    if (!tag[1] && RAW_TEXT.has(name)) {
      const close = findClose(`</${name}`, i);
      const gt = close < 0 ? -1 : html.indexOf('>', close);
      if (gt >= 0) i = gt + 1; // an unclosed script keeps the text after it
    }
    parts.push(BLOCKS.has(name) ? '\n\n' : ' ');
  }
  return parts.join('');
}
