// Decodes HTML character references (&amp; &#233; &#xE9;) in article text. Saved pages and many
// JSONL corpora carry them ("S&#227;o Paulo"); read raw they split names or leave noise.

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '\u2014', ndash: '\u2013',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', hellip: '\u2026', pound: '\u00a3',
  euro: '\u20ac', copy: '\u00a9', reg: '\u00ae', eacute: '\u00e9', aacute: '\u00e1', oacute: '\u00f3',
  iacute: '\u00ed', uacute: '\u00fa', ntilde: '\u00f1', ccedil: '\u00e7', uuml: '\u00fc', ouml: '\u00f6', auml: '\u00e4',
};

/** A code point that is a character, not a control code or a lone surrogate. */
const isCharacter = (n: number): boolean => Number.isFinite(n) && n >= 32 && n < 0x110000 && !(n >= 0xd800 && n <= 0xdfff) && !(n >= 0x7f && n < 0xa0);

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]{2,8});/g, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return isCharacter(n) ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code] ?? ENTITIES[code.toLowerCase()] ?? whole;
  });
}
