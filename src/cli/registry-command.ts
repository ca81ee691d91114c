import { formatOf, type CliArgs } from "./args.js";
import { BadInputError, EXIT, type ExitCode } from "./exit-codes.js";
import { loadRegistry } from "./load-registry.js";
import type { Io } from "./screen-command.js";
import type { Registry } from "aifc-screen";

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
  ].join("\n");
}

/**
 * `aifc-screen registry info` (the registry in use: `--registry` or the embedded snapshot) and
 * `aifc-screen registry check <file.json>` (validate a file; every problem with its path, exit 2).
 */
export async function registryCommand(args: CliArgs, io: Io): Promise<ExitCode> {
  const [, sub, file, ...extra] = args.command;
  const format = formatOf(args, ["text", "json"]);
  if (sub !== "info" && sub !== "check") {
    throw new BadInputError(sub === undefined ? "registry needs a subcommand: info or check" : `unknown registry subcommand "${sub}" (known: info, check)`);
  }
  if (extra.length > 0) throw new BadInputError(`registry ${sub} takes at most one file; got also ${extra.join(" ")}`);
  let path: string | undefined;
  if (sub === "info") {
    if (file !== undefined && args.registry !== undefined) throw new BadInputError("registry info: give the file or --registry, not both");
    path = file ?? args.registry;
  } else {
    path = file ?? args.registry;
    if (path === undefined) throw new BadInputError("registry check needs a registry JSON file to validate");
  }
  const info = describe(await loadRegistry(path), path ?? "embedded snapshot");
  if (sub === "check" && format === "text") io.stdout.write(`ok: ${path} is a valid registry\n`);
  io.stdout.write(format === "json" ? `${JSON.stringify(info)}\n` : asText(info));
  return EXIT.allAllowed;
}
