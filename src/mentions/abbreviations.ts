// Words written with an abbreviation dot that does not end a name ("Sen.", "St.", "Mass.", "Inc.").
import states from 'us-states-normalize/jsons/states.json';
import { NAME_ABBREVIATIONS } from '../data/context-words';
import { TITLES } from '../data/titles';
import { nameTokenKeys, tokenKey } from '../text/normalize-name';

const ABBREVIATIONS = new Set<string>([
  ...NAME_ABBREVIATIONS,
  ...TITLES.filter((t) => !t.text.includes(' ')).map((t) => tokenKey(t.text)),
  ...Object.values(states as Record<string, { AP?: string; other?: string[] }>)
    .flatMap((s) => [s.AP ?? '', ...(s.other ?? [])])
    .filter((form) => form.endsWith('.'))
    .flatMap((form) => nameTokenKeys(form)),
]);

export const isAbbreviation = (key: string): boolean => ABBREVIATIONS.has(key);
