// Reduces Markdown to plain text: heading markers, emphasis, links and images. Headings keep
// their own line, so the heading finder still sees them as headings.

// Horizontal space only ([ \t], never \s) and spans that stop at the next marker: a pattern must not
// rescan the rest of the text from every place it starts, or a file of blank lines (or of
// unclosed brackets) costs the square of its length.
const LINK_TARGET = String.raw`\([^()\s]{0,2000}(?:[ \t]+"[^"\n]{0,300}")?\)`;
const RULES: ReadonlyArray<[RegExp, string | ((whole: string, ...groups: string[]) => string)]> = [
  [/^```[^\n]*\n[\s\S]*?^```/gm, ''],
  [new RegExp(String.raw`!\[([^\[\]\n]{0,500})\]` + LINK_TARGET, 'g'), ''],
  [new RegExp(String.raw`\[([^\[\]\n]{1,500})\]` + LINK_TARGET, 'g'), '$1'],
  [/^[ \t]{0,3}#{1,6}[ \t]+([^\n]*)$/gm, (_whole, heading: string) => `\n${trimClosingHashes(heading)}\n`],
  [/^[ \t]{0,3}>[ \t]?/gm, ''],
  [/^[ \t]*[-*+][ \t]+/gm, ''],
  [/(\*\*|__)([^\n]{1,300}?)\1/g, '$2'],
  [/(^|[^\w*])[*_]([^*_\n]{1,2000})[*_](?=[^\w*]|$)/g, '$1$2'],
  [/^[ \t]*([-*_][ \t]*){3,}$/gm, ''],
];

/** "Title ##  " → "Title": the optional closing hashes of an ATX heading, without a backtracking regex. */
function trimClosingHashes(heading: string): string {
  let end = heading.length;
  while (end > 0 && (heading[end - 1] === ' ' || heading[end - 1] === '\t')) end--;
  while (end > 0 && heading[end - 1] === '#') end--;
  while (end > 0 && (heading[end - 1] === ' ' || heading[end - 1] === '\t')) end--;
  return heading.slice(0, end);
}

export function stripMarkdown(markdown: string): string {
  let text = markdown;
  for (const [pattern, replacement] of RULES) text = typeof replacement === 'string' ? text.replace(pattern, replacement) : text.replace(pattern, replacement);
  return text;
}
