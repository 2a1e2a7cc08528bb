// "the Pendry-Tetley feud", "the Merkel-Macron talks": two surnames joined by a hyphen name two
// people of the article, not a person with a double-barrelled name. When both parts are surnames
// of different people the article names in full, the mention becomes one mention per part (the
// character span of each part; same scheme as "U.S.-Iran" in analyze-chunk.ts).
import { nameKey } from '../text/normalize-name';
import { surnameKey } from './harmonize-types';
import type { Mention } from './mention';

/** Below this a full name is not sure enough to lend its surname. */
const SURE = 0.7;
const PAIR = /^(\p{Lu}[\p{L}']+)[\-\u2010\u2011](\p{Lu}[\p{L}']+)$/u;

export function splitHyphenedSurnames(mentions: readonly Mention[]): Mention[] {
  const surnames = new Map<string, string>();
  for (const m of mentions) {
    const surname = m.type === 'Person' && m.confidence >= SURE ? surnameKey(m.text) : undefined;
    if (surname) surnames.set(surname, nameKey(m.text));
  }
  return mentions.flatMap((m) => {
    const pair = m.type === 'Person' && !m.role ? PAIR.exec(m.text) : null;
    if (!pair) return [m];
    const [first, second] = [surnames.get(nameKey(pair[1])), surnames.get(nameKey(pair[2]))];
    if (!first || !second || first === second) return [m];
    return [pair[1], pair[2]].map((part, index) => {
      const start = m.start + (index === 0 ? 0 : pair[1].length + 1);
      return { ...m, id: `${m.id}.${index}`, start, end: start + part.length, text: part, rule: 'hyphened-surnames', confidence: SURE };
    });
  });
}
