// Which actor types each relation joins (SPEC vocabulary); hits outside it are dropped.
import type { ActorType } from '../mentions/mention';
import type { RelationType } from './relation';

type Side = readonly ActorType[] | 'any';

const SIGNATURES: Readonly<Record<RelationType, readonly [Side, Side]>> = {
  MET_WITH: ['any', 'any'],
  ADVISES: [['Person'], 'any'],
  ALLY_OF: ['any', 'any'],
  WORKS_FOR: [['Person'], 'any'],
  APPOINTED: [['Person'], ['Person']],
  CRITICIZED: ['any', 'any'],
  SUPPORTS: ['any', 'any'],
  KILLED: ['any', ['Person']],
  OWNS: ['any', ['Organization']],
  BASED_IN: [['Organization'], ['Location']],
  LIVES_IN: [['Person'], ['Location']],
  LOCATED_IN: [['Location'], ['Location']],
};

const fits = (side: Side, t: ActorType): boolean => side === 'any' || side.includes(t);

export function fitsSignature(type: RelationType, subject: ActorType, object: ActorType): boolean {
  const [s, o] = SIGNATURES[type];
  return fits(s, subject) && fits(o, object);
}
