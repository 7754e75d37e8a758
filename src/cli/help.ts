// Help texts: every command teaches by example.

export const HELP = `newsevents: news articles in, structured event records out (entities, dates, claims, PLOVER events).

Usage: newsevents <command> [options]

Commands:
  extract [paths...]   extract one JSON record per article (JSONL on stdout)
  schema               print the JSON Schema of the records
  eval                 score extraction against the golden fixtures and development data
  bench                measure speed (words/s) of the pipeline, its stages and peer libraries
  db init|schema       create the database tables, or print their SQL (SQLite or PostgreSQL)
  help <command>       help for one command

Examples:
  newsevents extract seeds/                          every .txt/.json/.jsonl file in a folder
  newsevents extract article.txt --published-at 2019-04-03
  cat dump.jsonl | newsevents extract - -o records.jsonl
  newsevents schema > record.schema.json
  newsevents eval --data timeml --diff | less
  newsevents extract dump.jsonl --db sqlite:events.db

Run "newsevents <command> --help" for a command's options.
`;

const EXTRACT = `Usage: newsevents extract [paths...] [options]

Reads articles and writes one JSON record per line (JSONL). Each path is:
  file.txt             one article; its file name (without .txt) is the article id
  file.json            one article object, or an array of them
  dump.jsonl[.gz]      one article per line: {"id"?, "text", "title"?, "publishedAt"?, "url"?, "source"?}
  folder/              every .txt, .json, .jsonl and .jsonl.gz file below it, in name order
  -                    JSONL articles on standard input

Options:
  -o, --output FILE       write records to FILE instead of stdout
  --db URL                write records into a database instead: sqlite:events.db or
                          postgres://user@host:5432/news (tables are created if missing; records are
                          upserted by their stable ids, so a re-run replaces, never duplicates)
  --unordered             write records as they finish, not in input order (a little faster)
  --resume                with -o: skip the articles the output already holds (an interrupted run
                          goes on where it stopped; a half-written last line is dropped)
  --published-at DATE     reference date (YYYY-MM-DD) for articles with no publishedAt and no dateline;
                          without one, relative dates stay underspecified (XXXX-WXX-3) and a warning says so
  --concurrency N         worker threads (default: the number of cores; 1 runs inputs up to 1 MB in the main thread)
  --timeout S             stop a worker that has worked on one chunk of articles for S seconds (default 60, far
                          more than a million characters take): its articles run again one by one, and one that
                          stalls again gets an error record; the batch goes on (with it, inputs always run in workers)
  --pipeline NAME|FILE    which stages run: default, dates-only, entities-only, or a .js module
                          that default-exports createPipeline(...) (default: default)
  --lexicon FILE          extend the built-in lexicons with a JSON file (repeatable); see README
  --max-chars N           analyse at most N characters of an article (default 1000000); the rest is
                          skipped with an "ingest/truncated" warning
  --no-validate           skip the zod schema check of each record (a little faster)
  -q, --quiet             no summary line on stderr

Text files are UTF-8, or UTF-16 with its byte-order mark. A bad article (empty, binary, not
UTF-8, broken JSON line) produces an error record {"error": {"code", "message"}, "input":
{"path", "line", "id"}} in its place and a message on stderr; every other article is still
processed. Exit code: 0 all extracted, 1 some failed,
2 usage error.

Memory for speed: the workers keep peak RSS under 400 MB on 2 workers. With memory to spare,
NODE_OPTIONS=--max-semi-space-size=32 gives V8 a larger young generation: about a quarter more
words/s at about 600 MB (README, "Speed").

Small dumps: each worker spends its first seconds compiling the pipeline, so on 2 cores a dump
under about 20 MB (8000 articles) runs as fast on --concurrency 1 (10 MB: 11.5-12.8 s on one
worker, 13.5-14.3 s on two; 25 MB: 26.5 against 24.2 s; 50 MB: two workers 1.2-1.45x one).

Examples:
  newsevents extract seeds/ --published-at 2019-04-03 > records.jsonl
  newsevents extract dump.jsonl.gz -o records.jsonl          (Ctrl-C, then add --resume)
  newsevents extract dump.jsonl.gz --db sqlite:events.db
  newsevents extract article.txt --pipeline dates-only | jq '.dates[] | {text, value}'
  newsevents extract article.txt --lexicon my-agencies.json
`;

const SCHEMA = `Usage: newsevents schema

Prints the JSON Schema (draft 2020-12) of what "extract" writes: a record or an error record.
The zod schemas in src/schema/record.ts are the single source of truth.

Example:
  newsevents schema > record.schema.json
`;

const EVAL = `Usage: newsevents eval [options]

Scores extraction against gold annotations and prints precision, recall and F1 per field.
  fixtures   the golden annotations of the seed articles (fixtures/*.gold.json)
  timeml     TempEval-3 TBAQ dev: date extents (strict and overlap) and TimeML values
  meantime   MEANTIME: date extents and values; entity name recall (it marks only some entities)
  conll      CoNLL-2003 dev: PER/ORG/LOC names (complete annotation: real precision)
  polnear    PolNeAR: claim content (overlap of at least half the gold span), source, cue
  plover     PLOVER gold-standard sentences: event type, actor and recipient country codes

Options:
  --data NAME[,NAME]    score only these sets (default: all)
  --data-dir DIR        where the development data lives (default: ../shared/data)
  --json                machine-readable scores
  --diff                list misses and false alarms with their sentence
  --limit N             score only the first N documents of each set
  --update-snapshots    rewrite fixtures/*.record.json, the golden-output snapshots of the seeds

Examples:
  newsevents eval
  newsevents eval --data timeml --diff --limit 20
  newsevents eval --json > scores.json
`;

const BENCH = `Usage: newsevents bench [options]

Measures words per second of the full pipeline, each stage alone, and the peer libraries
(wink-nlp readDoc, compromise, chrono-node) on a generated news-like corpus; peak RSS and start-up.
On several cores it also runs the same 1 MB of work in one process, then in one process per
core at once (timing the fourth pass, once V8 has compiled the pipeline): the speed-up
independent processes reach is the ceiling for the workers.

Options:
  --mb N        corpus size in megabytes (default 50)
  --quick       a 2 MB corpus and one pass, for a fast look
  --passes N    passes over the 5 MB sample for the stage and peer rows; the fastest
                counts (default 3: one pass varies by 10-30% on a busy machine)
  --json        machine-readable results

Example:
  newsevents bench --quick
`;

const DB = `Usage: newsevents db init --db URL
       newsevents db schema [--dialect sqlite|postgres] [--db URL]

Tables: articles, entities, mentions, dates, claims, events, event_participants, with foreign keys
and indexes on entity name and type, event type and date, article publication date. The DDL is
generated from the zod record schemas; "extract --db" creates missing tables itself.

Examples:
  newsevents db init --db sqlite:events.db
  newsevents db schema --dialect postgres > schema.sql
`;

const HELPS: Record<string, string> = { extract: EXTRACT, schema: SCHEMA, eval: EVAL, bench: BENCH, db: DB };

export function commandHelp(command: string): string {
  return HELPS[command] ?? HELP;
}
