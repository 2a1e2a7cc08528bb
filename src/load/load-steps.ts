// The ordered load steps for a graph: which statement from cypher/load/ runs over which rows.
// Shared by the Neo4j writer (rows as parameters) and the Cypher script exporter (rows as
// literals), so both load the same graph the same way.
import type { GraphDocument } from '../graph/graph-document';
import { readCypher, relationshipStatement, stripComments } from './cypher-file';
import { buildLoadPlan } from './load-rows';
import type { Row } from './row-values';

export interface LoadStep {
  /** "articles", "entities", ..., or a relationship type. */
  name: string;
  statement: string;
  rows: Row[];
}

export interface LoadSteps {
  steps: LoadStep[];
  counts: { articles: number; entities: number; quotes: number; mentions: number; said: number; relationships: Record<string, number> };
}

export function planLoadSteps(graph: GraphDocument): LoadSteps {
  const plan = buildLoadPlan(graph);
  const file = (name: string): string => stripComments(readCypher(name));
  const template = file('load/relationship.cypher');
  const steps: LoadStep[] = [
    { name: 'articles', statement: file('load/articles.cypher'), rows: plan.articles },
    { name: 'entities', statement: file('load/entities.cypher'), rows: plan.entities },
    { name: 'quotes', statement: file('load/quotes.cypher'), rows: plan.quotes },
    { name: 'MENTIONS', statement: file('load/mentions.cypher'), rows: plan.mentions },
    { name: 'entity mentions', statement: file('load/entity-mentions.cypher'), rows: plan.entities.map((e) => ({ id: e.id })) },
    ...plan.relations.map(({ type, rows }) => ({ name: type, statement: relationshipStatement(template, type), rows })),
    { name: 'SAID', statement: file('load/said.cypher'), rows: plan.said },
  ];
  return {
    steps: steps.filter((s) => s.rows.length > 0),
    counts: {
      articles: plan.articles.length,
      entities: plan.entities.length,
      quotes: plan.quotes.length,
      mentions: plan.mentions.length,
      said: plan.said.length,
      relationships: Object.fromEntries(plan.relations.map((r) => [r.type, r.rows.length])),
    },
  };
}
