// Reduces Markdown to plain text: heading markers, emphasis, links and images. Headings keep
// their own line, so the heading finder still sees them as headings.

const RULES: ReadonlyArray<[RegExp, string]> = [
  [/^```[\s\S]*?^```/gm, ''],
  [/!\[([^\]]*)\]\([^)]*\)/g, ''],
  [/\[([^\]]+)\]\([^)]*\)/g, '$1'],
  [/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/gm, '\n$1\n'],
  [/^\s{0,3}>\s?/gm, ''],
  [/^\s*[-*+]\s+/gm, ''],
  [/(\*\*|__)(.+?)\1/g, '$2'],
  [/(^|[^\w*])[*_]([^*_\n]+)[*_](?=[^\w*]|$)/g, '$1$2'],
  [/^\s*([-*_]\s*){3,}$/gm, ''],
];

export function stripMarkdown(markdown: string): string {
  let text = markdown;
  for (const [pattern, replacement] of RULES) text = text.replace(pattern, replacement);
  return text;
}
