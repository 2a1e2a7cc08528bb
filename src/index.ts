// newsgraph as a library: the same stages the CLI runs, as plain functions over plain data.
//
//   import { resolveConfig, extractGraph, toJson } from 'newsgraph';
//   const config = resolveConfig({}, process.env);
//   const { graph, warnings } = await extractGraph(['articles/'], config);
//   process.stdout.write(toJson(graph));
//
// Loading: connectNeo4j(resolveNeo4jTarget(config)), applySchema(conn), loadGraph(conn, graph);
// removeArticles(conn, ids) takes articles out again.

export { resolveConfig, type Config, type ConfigFlags, type Env } from './config';
export { NewsgraphError, type ErrorCode } from './errors';
export type { Warning } from './warnings';

// ingest → nlp → mentions → resolve → relations → graph
export { readArticles, type IngestItem } from './ingest/read-articles';
export { makeArticle, type ArticleInput } from './ingest/make-article';
export type { Article } from './ingest/article';
export { parseArticle } from './nlp/parse-article';
export type { ParsedArticle, Sentence, Token } from './nlp/parsed-article';
export { findMentions } from './mentions/find-mentions';
export type { Mention, ActorType } from './mentions/mention';
export { resolveActors } from './resolve/resolve-actors';
export { resolveAcross, type Resolution } from './resolve/resolve-across';
export { summarizeActors, type ActorSummary, type ArticleActors } from './resolve/actor-summary';
export { parseAliases, readAliasesFile } from './resolve/read-aliases';
export type { Aliases } from './resolve/aliases';
export type { Actor, LocalActor } from './resolve/actor';
export { findRelations } from './relations/find-relations';
export { RELATION_TYPES, type Quote, type Relation, type RelationType } from './relations/relation';
export { extractArticle, type ArticleExtraction } from './pipeline/extract-article';
export { extractAll, extractGraph, type ExtractResult, type RunOptions } from './pipeline/extract-graph';
export { buildGraph, graphOf } from './graph/build-graph';
export { recordArticle, type ArticleRecord, type ExtractionStamp } from './graph/article-record';
export { splitGraph } from './graph/split-graph';
export type { GraphDocument, GraphNode, GraphRelationship, Properties } from './graph/graph-document';

// exporters
export { toJson, toJsonl } from './graph/export-json';
export { toCsvFiles, importArguments } from './bulk/export-csv';
export { toCypherScript } from './load/export-cypher';

// Neo4j
export { connectNeo4j, resolveNeo4jTarget, type GraphConnection, type Neo4jTarget } from './load/connect';
export { applySchema } from './load/apply-schema';
export { loadGraph, loadRecords, removeArticles, type LoadOptions, type LoadSummary } from './load/load-graph';
export { findNamedQuery, listNamedQueries } from './query/query-catalog';
export { runNamedQuery, type QueryTable } from './query/run-named-query';
export { startLocalNeo4j, stopLocalNeo4j, getLocalNeo4jStatus, localNeo4jConnection } from './neo4j/local-neo4j';

// evaluation
export { evaluateGraph } from './eval/evaluate';
