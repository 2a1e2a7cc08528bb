// Text that was UTF-8 once but was read as Latin-1 or Windows-1252 somewhere upstream shows each
// non-ASCII character as two or three: "Â£50,000" for "£50,000", "â€™" for "’", "Ã©" for "é".
// A run is repaired only when its characters, written back as single bytes, form exactly one valid
// UTF-8 character; anything else (real "Â" or "Ã" in a name) is left alone.

/** Windows-1252 characters of bytes 0x80-0x9F (the rest of the byte range is Latin-1). */
const CP1252: ReadonlyMap<string, number> = new Map(
  [
    [0x20ac, 0x80], [0x201a, 0x82], [0x0192, 0x83], [0x201e, 0x84], [0x2026, 0x85], [0x2020, 0x86], [0x2021, 0x87],
    [0x02c6, 0x88], [0x2030, 0x89], [0x0160, 0x8a], [0x2039, 0x8b], [0x0152, 0x8c], [0x017d, 0x8e], [0x2018, 0x91],
    [0x2019, 0x92], [0x201c, 0x93], [0x201d, 0x94], [0x2022, 0x95], [0x2013, 0x96], [0x2014, 0x97], [0x02dc, 0x98],
    [0x2122, 0x99], [0x0161, 0x9a], [0x203a, 0x9b], [0x0153, 0x9c], [0x017e, 0x9e], [0x0178, 0x9f],
  ].map(([code, byte]) => [String.fromCharCode(code), byte]),
);

const CONTINUATION = '[\\u0080-\\u00bf\\u20ac\\u201a\\u0192\\u201e\\u2026\\u2020\\u2021\\u02c6\\u2030\\u0160\\u2039\\u0152\\u017d\\u2018\\u2019\\u201c\\u201d\\u2022\\u2013\\u2014\\u02dc\\u2122\\u0161\\u203a\\u0153\\u017e\\u0178]';
/** A lead byte of a two-, three- or four-byte UTF-8 character, then its continuation bytes, as Latin-1/1252 characters. */
const MOJIBAKE = new RegExp(`[\\u00c2-\\u00df]${CONTINUATION}|[\\u00e0-\\u00ef]${CONTINUATION}{2}|[\\u00f0-\\u00f4]${CONTINUATION}{3}`, 'g');

function byteOf(ch: string): number | undefined {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? code : CP1252.get(ch);
}

function decodeRun(run: string): string {
  const bytes = [...run].map(byteOf);
  if (bytes.some((b) => b === undefined)) return run;
  const decoded = Buffer.from(bytes as number[]).toString('utf8');
  return [...decoded].length === 1 && decoded !== '\ufffd' ? decoded : run;
}

export function repairMojibake(text: string): string {
  return text.replace(MOJIBAKE, decodeRun);
}
