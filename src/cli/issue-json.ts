/** A validation issue as the CLI writes it in JSON output. */
export interface IssueJson {
  /** The path to the field at fault, as keys and indexes (`["blockedServices", 0, "sources"]`); `[]` for the whole input. */
  readonly path: readonly (string | number)[];
  /** zod's issue code (`invalid_type`, `custom` …). */
  readonly code: string;
  /** What is wrong with the field. */
  readonly message: string;
}

/**
 * An issue (a transaction's or a registry's) as a plain JSON object. The path stays an array, not
 * a dotted string, so a key that holds a dot or a digit cannot be mistaken for two keys or an
 * index; a symbol key (JSON has none) is written as its description text.
 */
export function issueAsJson(issue: { readonly path: readonly PropertyKey[]; readonly code: string; readonly message: string }): IssueJson {
  return { path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)), code: issue.code, message: issue.message };
}
