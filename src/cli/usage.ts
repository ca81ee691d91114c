/** The help text; kept beside the option table so the two stay in step. */
export const USAGE = `Usage:
  aifc-screen screen <file.ndjson|file.csv|-> [options]
  aifc-screen registry info [--registry <file.json>] [--format text|json]
  aifc-screen registry check <file.json> [--format text|json]
  aifc-screen registry diff [<a.json>] <b.json> [--registry <a.json>] [--format text|json]

screen    Screens every transaction (one JSON object per line, or CSV with a header row) and
          writes one result per record to stdout, in input order:
            {"line":3,"verdict":{...}}   or   {"line":4,"error":{"message":"...","issues":[...]}}
          A progress bar (for files, on a terminal) and a summary go to stderr.
registry  info: version, publishedAt, digest and entry counts of the registry in use.
          check: validates a registry JSON file; prints every problem with its path. With
          --format json, one object on stdout, valid or not (the message stays on stderr):
            {"valid":true,"source":"...","version":"...",...}   or
            {"valid":false,"source":"...","errors":[{"path":[...],"code":"...","message":"..."}]}
          (a file that cannot be read as a registry at all, being missing, compressed, not
          UTF-8, not JSON or with a key written twice: one error, its message alone).
          diff: what changed from a to b (without a: from the registry in use), per list;
          exit 0 when identical, 1 when they differ.

Options:
  --registry <file.json>   screen against this registry instead of the embedded snapshot
  --format <name>          screen: ndjson (default) or table; registry: text (default) or json
  --input-format <name>    ndjson or csv; by default from the file extension (.csv), else ndjson
  --locale <en|ru|kk>      write each reason's message for a bank customer in that language
  --max-registry-age-days <N>
                           screen: a registry published more than N days (Asia/Almaty) before a
                           payment gives registry_stale (review); off by default, as in the library
  -q, --quiet              no progress bar and no summary
  -h, --help               this text
  --version                the package version

CSV columns (header row; empty cells are left out; unknown columns are an error):
  id, occurredAt, direction, amount.value, amount.currency, asset.symbol, asset.network,
  asset.contract, counterparty.name, counterparty.domain, counterparty.wallet.network,
  counterparty.wallet.address, counterparty.licenceNumber

Exit codes:
  0  every record screened, every verdict allowed
  1  every record screened, at least one verdict not allowed
  2  bad usage, unreadable file or registry, or at least one malformed or invalid record
     (the other records are still screened and written), stdout closed early, stderr
     that cannot be written, or a failure mid-run such as an input that cannot be read to
     its end
`;
