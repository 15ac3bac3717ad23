/**
 * Where the real-code corpus is (scripts/fetch-corpus.md): fetched outside this repository,
 * `TOUCHPOINT_CORPUS` or `../corpus`, one folder per repository of bench/precision/corpus.json.
 * Shared by the precision command and the bench's real, rules and live sections.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

export interface Repository {
  readonly name: string;
  readonly repo: string;
  readonly commit: string;
}

export const CORPUS = path.resolve(process.env.TOUCHPOINT_CORPUS ?? path.join(__dirname, '..', '..', 'corpus'));

interface Manifest {
  readonly repositories: Repository[];
  readonly benchOnly?: Repository[];
}

function manifest(): Manifest {
  return JSON.parse(readFileSync(path.join(__dirname, 'precision', 'corpus.json'), 'utf8')) as Manifest;
}

/** The repositories of the corpus, as bench/precision/corpus.json lists them. */
export function corpusRepositories(): Repository[] {
  return manifest().repositories;
}

/** Repositories the bench measures but precision does not judge (large real pages). */
export function benchOnlyRepositories(): Repository[] {
  return manifest().benchOnly ?? [];
}
