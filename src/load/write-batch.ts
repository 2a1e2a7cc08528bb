// One batch of article changes as ONE write transaction, all or nothing: take the loader lock,
// decide per article (decide-batch.ts), remove what goes, re-resolve the part of the name index
// the batch touches (gather-names.ts), move the facts of names whose actor changed, rebuild the
// actors that gained, lost or changed a name (rebuild-actors.ts), write the new
// articles, bring the edges whose evidence changed up to date, drop actors left without facts.
import { randomUUID } from 'node:crypto';
import { articleGraph } from '../graph/build-graph';
import type { Aliases } from '../resolve/aliases';
import type { GraphConnection } from './connect';
import { decideBatch, readStoredArticle, type BatchDecision, type BatchRequest } from './decide-batch';
import { usesOf } from '../graph/node-properties';
import { changedEntities, entityRows, nameRows, nodeRow, relationshipRow } from './batch-rows';
import { gatherComponent, type UseDelta } from './gather-names';
import { nameSource } from './read-names';
import { rebuildActors } from './rebuild-actors';
import { inWriteTransaction, type ChangeCounts, type TxCypher } from './tx-cypher';
import { updateEdges } from './update-edges';
import { recordChanges, type EvidenceChange } from './evidence-rows';
import { repointNames } from './repoint-names';

export interface BatchOutcome extends Omit<BatchDecision, 'add'> {
  added: string[];
  changes: ChangeCounts;
}

async function removalDeltas(cypher: TxCypher, ids: readonly string[]): Promise<UseDelta[]> {
  if (ids.length === 0) return [];
  const rows = await cypher.read('load/read-uses.cypher', { ids });
  return rows.flatMap((row) => usesOf(row.actors as string[] | null).map((use) => ({ use, date: typeof row.date === 'string' ? row.date : undefined, sign: -1 as const })));
}

async function applyBatch(cypher: TxCypher, request: BatchRequest, aliases: Aliases): Promise<BatchDecision> {
  await cypher.lock(randomUUID());
  const ids = request.add.map((r) => r.article.id).concat(request.remove);
  const sources = request.replace ? request.add.map((r) => r.article.source) : [];
  const urls = request.replace ? request.add.flatMap((r) => (r.article.url ? [r.article.url] : [])) : [];
  const stored = (await cypher.read('load/read-articles.cypher', { ids, sources, urls })).map(readStoredArticle);
  const decision = decideBatch(request, stored);
  if (decision.add.length === 0 && decision.remove.length === 0) {
    await cypher.unlock();
    return decision;
  }
  const deltas = await removalDeltas(cypher, decision.remove);
  for (const r of decision.add) for (const use of r.uses) deltas.push({ use, date: r.article.date, sign: 1 });
  const source = nameSource(cypher);
  const component = await gatherComponent(deltas, aliases, source);
  const idOf = (group: string): string => component.resolution.actorOf.get(group) as string;
  const changes: EvidenceChange[] = recordChanges(await cypher.read('load/read-article-evidence.cypher', { ids: decision.remove }), 'before');
  await cypher.run('load/delete-articles.cypher', { ids: decision.remove });
  const names = nameRows(component, aliases);
  await cypher.write('load/names.cypher', names.write);
  await cypher.write('load/move-names.cypher', names.move);
  await cypher.run('load/delete-names.cypher', { ids: names.remove });
  const rebuilt = await rebuildActors(component, source.records);
  await cypher.write('load/entities.cypher', await changedEntities(cypher, entityRows(rebuilt.actors)));
  changes.push(...(await repointNames(cypher, component)));
  const parts = decision.add.map((r) => articleGraph(r, idOf));
  const nodes = parts.flatMap((p) => p.nodes);
  await cypher.write('load/articles.cypher', nodes.filter((n) => n.labels[0] === 'Article').map(nodeRow));
  await cypher.write('load/evidence.cypher', nodes.filter((n) => n.labels[0] === 'Evidence').map(nodeRow));
  await cypher.write('load/quotes.cypher', nodes.filter((n) => n.labels[0] === 'Quote').map(nodeRow));
  const rels = parts.flatMap((p) => p.relationships);
  await cypher.write('load/mentions.cypher', rels.filter((r) => r.type === 'MENTIONS').map(relationshipRow));
  await cypher.write('load/said.cypher', rels.filter((r) => r.type === 'SAID').map(relationshipRow));
  for (const p of parts) for (const { record, from, to } of p.evidence) changes.push({ type: record.type, from, to, article: record.article, before: [], after: [record] });
  const touched = await updateEdges(cypher, changes);
  const idle = new Set([...rebuilt.checked, ...touched]);
  await cypher.run('load/delete-idle-entities.cypher', { ids: [...idle] });
  await cypher.unlock();
  return decision;
}

export async function writeBatch(conn: GraphConnection, request: BatchRequest, aliases: Aliases): Promise<BatchOutcome> {
  const { value, changes } = await inWriteTransaction(conn, (cypher) => applyBatch(cypher, request, aliases));
  const { add, ...rest } = value;
  return { ...rest, added: add.map((r) => r.article.id), changes };
}
