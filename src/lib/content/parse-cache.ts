/**
 * A cache of parsed and validated content files, so a rebuild parses only the files that changed.
 * An entry is keyed by the file's path and text; the cache file itself is named by a hash of the
 * code that parses (this folder and the lib modules it imports) and the versions of the parser and the schema library, so a change
 * to a rule never reuses an old verdict. Only the files read in a run are written back.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';

export class ParseCache {
  private readonly used = new Map<string, unknown>();
  private readonly file: string | undefined;
  private readonly previous: Map<string, unknown>;
  private constructor(file: string | undefined, previous: Map<string, unknown>) {
    this.file = file;
    this.previous = previous;
  }

  /** A cache that keeps nothing (tests, the validate command). */
  static none(): ParseCache {
    return new ParseCache(undefined, new Map());
  }

  /** Opens the cache in a folder; a missing or unreadable cache file starts empty. */
  static async open(dir: string): Promise<ParseCache> {
    const file = path.join(dir, `parsed-${await codeVersion()}.v8`);
    let previous = new Map<string, unknown>();
    try {
      previous = deserialize(await readFile(file)) as Map<string, unknown>;
    } catch {
      // First run, or a cache written by other code: parse everything.
    }
    return new ParseCache(file, previous);
  }

  /** The parse of a file's text, from the cache or from `parse`. */
  get<T>(file: string, text: string, parse: () => T): T {
    const key = createHash('sha1').update(file).update('\0').update(text).digest('base64');
    const value = (this.used.get(key) ?? this.previous.get(key) ?? parse()) as T;
    this.used.set(key, value);
    return value;
  }

  /** Writes the entries used in this run, replacing caches written by other versions of the code. */
  async save(): Promise<void> {
    if (!this.file) return;
    const dir = path.dirname(this.file);
    await mkdir(dir, { recursive: true });
    for (const old of await readdir(dir)) {
      if (old.startsWith('parsed-') && path.join(dir, old) !== this.file) await rm(path.join(dir, old), { force: true });
    }
    const temporary = `${this.file}.${process.pid}`;
    await writeFile(temporary, serialize(this.used));
    await rename(temporary, this.file);
  }
}

/** A hash of the checking code (the modules in this folder and in lib/) and of the parser's and schema's versions. */
async function codeVersion(): Promise<string> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha1');
  for (const dir of [here, path.dirname(here)]) {
    for (const name of (await readdir(dir)).filter((f) => f.endsWith('.ts')).sort()) {
      hash.update(name).update(await readFile(path.join(dir, name)));
    }
  }
  const require = createRequire(import.meta.url);
  for (const pkg of ['yaml/package.json', 'zod/package.json']) {
    hash.update((require(pkg) as { version: string }).version);
  }
  return hash.digest('hex').slice(0, 16);
}
