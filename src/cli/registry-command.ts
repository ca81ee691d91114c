import { formatOf, type CliArgs } from "./args.js";
import { EXIT, UsageError, type ExitCode } from "./exit-codes.js";
import { issueAsJson, type IssueJson } from "./issue-json.js";
import { jsonLine } from "./json-line.js";
import { loadRegistry, RegistryFileError } from "./load-registry.js";
import type { Io } from "./screen-command.js";
import type { Registry } from "aifc-screen";
import { diffRegistries, formatRegistryDiff } from "aifc-screen/diff";
import { escapeControl } from "../escape-control.js";

/** What `registry info` and `registry check` print about a registry. */
function describe(registry: Registry, source: string) {
  return {
    source,
    version: registry.version,
    publishedAt: registry.publishedAt,
    digest: registry.digest,
    greenListComplete: registry.greenListComplete,
    counts: {
      licensedProviders: registry.licensedProviders.length,
      blockedServices: registry.blockedServices.length,
      greenList: registry.greenList.length,
      prohibitedAssets: registry.prohibitedAssets.length,
    },
  };
}

function asText(info: ReturnType<typeof describe>): string {
  return [
    `source             ${info.source}`,
    `version            ${info.version}`,
    `publishedAt        ${info.publishedAt}`,
    `digest             sha256:${info.digest}`,
    `greenListComplete  ${info.greenListComplete}`,
    `licensedProviders  ${info.counts.licensedProviders}`,
    `blockedServices    ${info.counts.blockedServices}`,
    `greenList          ${info.counts.greenList}`,
    `prohibitedAssets   ${info.counts.prohibitedAssets}`,
    "",
  ]
    .map(escapeControl)
    .join("\n");
}

/** One problem in a registry file as `registry check --format json` writes it. */
type CheckError = IssueJson | { readonly message: string };

/**
 * `aifc-screen registry check <file.json> --format json`: one JSON object on stdout whether the
 * file is valid or not, so a pipeline reads the outcome without parsing stderr. Valid:
 * `{"valid":true, …what info prints}`, exit 0. Invalid: `{"valid":false,"source","errors":[…]}`,
 * one entry per registry issue (`path`, `code`, `message`), or one `message` for a file that is
 * not JSON at all; the error is rethrown so stderr and exit 2 stay those of every other failure.
 */
async function checkAsJson(path: string, io: Io): Promise<ExitCode> {
  let registry: Registry;
  try {
    registry = await loadRegistry(path);
  } catch (error) {
    if (error instanceof RegistryFileError) {
      const errors: readonly CheckError[] = error.issues.length > 0 ? error.issues.map(issueAsJson) : [{ message: error.message }];
      io.stdout.write(jsonLine({ valid: false, source: error.source, errors }));
    }
    throw error;
  }
  io.stdout.write(jsonLine({ valid: true, ...describe(registry, path) }));
  return EXIT.allAllowed;
}

/**
 * `aifc-screen registry diff <a.json> <b.json>`: what changed from a to b, per list (added, removed,
 * changed entries with each field). With one file, compares the registry in use (`--registry` or
 * the embedded snapshot) to it. Exit 0 when identical, 1 when they differ, as `diff` does.
 */
async function diffCommand(
  file: string | undefined,
  extra: readonly string[],
  args: CliArgs,
  format: "text" | "json",
  io: Io,
): Promise<ExitCode> {
  if (file === undefined) throw new UsageError("registry diff needs one or two registry JSON files: <a.json> <b.json>");
  if (extra.length > 1) throw new UsageError(`registry diff takes two files at most; got also ${extra.slice(1).join(" ")}`);
  if (extra.length === 1 && args.registry !== undefined) {
    throw new UsageError("registry diff: give two files, or one file and --registry, not both");
  }
  const [fromPath, toPath] = extra.length === 1 ? [file, extra[0]] : [args.registry, file];
  const diff = diffRegistries(await loadRegistry(fromPath), await loadRegistry(toPath));
  // formatRegistryDiff writes control characters in the data as escapes (`\u001b`).
  io.stdout.write(format === "json" ? jsonLine(diff) : `${formatRegistryDiff(diff)}\n`);
  return diff.empty ? EXIT.allAllowed : EXIT.someNotAllowed;
}

/**
 * `aifc-screen registry info` (the registry in use: `--registry` or the embedded snapshot) and
 * `aifc-screen registry check <file.json>` (validate a file; every problem with its path, exit 2;
 * with `--format json`, the outcome on stdout as well, valid or not).
 */
export async function registryCommand(args: CliArgs, io: Io): Promise<ExitCode> {
  const [, sub, file, ...extra] = args.command;
  const format = formatOf(args, ["text", "json"]);
  if (sub === "diff") return diffCommand(file, extra, args, format, io);
  if (sub !== "info" && sub !== "check") {
    throw new UsageError(
      sub === undefined ? "registry needs a subcommand: info, check or diff" : `unknown registry subcommand "${sub}" (known: info, check, diff)`,
    );
  }
  if (extra.length > 0) throw new UsageError(`registry ${sub} takes at most one file; got also ${extra.join(" ")}`);
  if (file !== undefined && args.registry !== undefined) {
    throw new UsageError(`registry ${sub}: give the file or --registry, not both`);
  }
  const path = file ?? args.registry;
  if (sub === "check") {
    if (path === undefined) throw new UsageError("registry check needs a registry JSON file to validate");
    if (format === "json") return checkAsJson(path, io);
  }
  const info = describe(await loadRegistry(path), path ?? "embedded snapshot");
  // check as JSON returned above: here it is text.
  if (sub === "check") io.stdout.write(`ok: ${escapeControl(path ?? "")} is a valid registry\n`);
  io.stdout.write(format === "json" ? jsonLine(info) : asText(info));
  return EXIT.allAllowed;
}
