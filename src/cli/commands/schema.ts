// `kg schema`: apply constraints and the full-text index (idempotent).
import type { Command } from 'commander';
import type { ConfigFlags } from '../../config';
import { applySchema } from '../../load/apply-schema';
import { withNeo4j } from '../../load/connect';
import { addConnectionOptions, addVerbosityOptions, configFrom } from '../options';

const EXAMPLES = `
Examples:
  kg schema                                   # the local Neo4j (kg neo4j start)
  NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=secret kg schema

Creates (IF NOT EXISTS) the uniqueness constraints on Entity.id, Article.id and Quote.id and the
full-text index entity_names over Entity.name and Entity.aliases (cypher/schema.cypher). kg load
applies it too.`;

export function registerSchemaCommand(program: Command): void {
  addVerbosityOptions(addConnectionOptions(program.command('schema').description('apply constraints and indexes (idempotent)')))
    .addHelpText('after', EXAMPLES)
    .action(async (flags: ConfigFlags) => {
      const config = configFrom(flags);
      await withNeo4j(config, async (conn) => {
        const result = await applySchema(conn);
        process.stdout.write(`Schema applied on ${conn.target.uri}: ${result.statements} statements (constraints and the entity_names full-text index).\n`);
      });
    });
}
