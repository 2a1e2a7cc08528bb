// The generated password of the local instance: random, stored in a file only the user can read
// (mode 0600), set in Neo4j with `neo4j-admin dbms set-initial-password` before the first start.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { NewsgraphError } from '../errors';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/**
 * 24 characters of letters and digits only: a base64url password could start with "-", which
 * `neo4j-admin dbms set-initial-password` reads as an option, and shell-quoting stays trivial.
 */
export function generatePassword(length = 24): string {
  const bytes = randomBytes(length * 2);
  let out = '';
  for (const byte of bytes) {
    if (byte >= 256 - (256 % ALPHABET.length)) continue; // no modulo bias
    out += ALPHABET[byte % ALPHABET.length];
    if (out.length === length) return out;
  }
  return out + generatePassword(length - out.length);
}

export function writePasswordFile(file: string, password: string): void {
  fs.writeFileSync(file, password + '\n', { mode: 0o600, flag: 'wx' });
  fs.chmodSync(file, 0o600);
}

export function readPasswordFile(file: string): string {
  try {
    const password = fs.readFileSync(file, 'utf8').trim();
    if (password) return password;
  } catch (err) {
    throw new NewsgraphError('NEO4J_AUTH', `cannot read the local Neo4j password file ${file}: ${(err as Error).message}`,
      'Run `kg neo4j start` to create the local instance, or set NEO4J_URI/NEO4J_PASSWORD for your own Neo4j.', err);
  }
  throw new NewsgraphError('NEO4J_AUTH', `the local Neo4j password file ${file} is empty`,
    'Delete the instance folder and run `kg neo4j start` again to make a new one.');
}
