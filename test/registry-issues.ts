// What the registry schema tests compare: the issues (code, path and message) that each of
// `RegistrySchema`, `RegistryShapeSchema` and `parseRegistry` finds in a copy of the test registry
// with one thing changed.
import { expect } from "vitest";
import { parseRegistry, RegistryValidationError } from "../src/index.js";
import { RegistrySchema, RegistryShapeSchema } from "../src/schema/registry.js";
import { TEST_REGISTRY_DATA } from "./fixtures/registry.js";

export type Path = (string | number)[];

/** An issue as these tests compare it. */
export interface Issue {
  readonly code: string;
  readonly path: Path;
  readonly message: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit the data freely to break it
export type Data = any;

/** A deep copy of the test registry, changed by `edit`. */
export function edited(edit: (data: Data) => void): Data {
  const data = structuredClone(TEST_REGISTRY_DATA) as Data;
  edit(data);
  return data;
}

const issueOf = ({ code, path, message }: { readonly code: string; readonly path: readonly PropertyKey[]; readonly message: string }): Issue => ({
  code,
  path: path as Path,
  message,
});

/** The issues `schema` finds in `input`, or `[]` when it passes. */
export function issuesOf(input: unknown, schema: typeof RegistryShapeSchema = RegistrySchema): Issue[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map(issueOf);
}

/** The issues `parseRegistry` throws for `input`, or `[]` when it loads it; anything else it throws fails. */
export function parseIssues(input: unknown): Issue[] {
  try {
    parseRegistry(input);
    return [];
  } catch (error) {
    if (!(error instanceof RegistryValidationError)) throw error;
    return error.issues.map(issueOf);
  }
}

/** The issues of `edit`'s registry from `RegistrySchema`, checked to be `RegistryShapeSchema`'s and `parseRegistry`'s too. */
export function issuesEverywhere(edit: (data: Data) => void): Issue[] {
  const data = edited(edit);
  const issues = issuesOf(data);
  expect(issuesOf(data, RegistryShapeSchema)).toEqual(issues);
  expect(parseIssues(data)).toEqual(issues);
  return issues;
}
