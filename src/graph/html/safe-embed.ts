// Escaping for everything the HTML exporter puts into the page. Names and sentences come from
// untrusted articles, so data never enters the markup as HTML: it travels as JSON inside a
// <script type="application/json"> block with every <, >, & and line separator escaped, and the
// page's own script writes it into the DOM with textContent only.

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an HTML text node or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** JSON that is inert inside a <script> element: no "</script>", no "<!--", no raw U+2028/9. */
export function toScriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * A trusted script (our viewer code, the graph library) made safe to inline: the only sequences
 * that could end or confuse a <script> element are rewritten to equivalent JavaScript escapes
 * (inside strings, regular expressions and comments, where they can occur, they mean the same).
 */
export function toInlineScript(source: string): string {
  return source.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '\\x3C!--');
}
