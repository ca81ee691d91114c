// The texts of validation errors: the issue for an input that throws while being read, and the
// message that lists every issue by path. These are what an analyst reads in a log.
import { describe, expect, test } from "vitest";
import { MAX_DETAIL_LENGTH, unreadableInputIssue, type ValidationIssue } from "../src/errors.js";
import { RegistryValidationError, safeScreenTransaction, TransactionValidationError } from "../src/index.js";
import { throwingGetters, throwingProxy } from "./arbitraries.js";

describe("unreadableInputIssue", () => {
  test("quotes the thrown error's message at the given path", () => {
    expect(unreadableInputIssue(new Error("getter exploded"), ["counterparty", "name"])).toStrictEqual({
      code: "custom",
      path: ["counterparty", "name"],
      message: "could not be read: getter exploded",
      input: undefined,
    });
    expect(unreadableInputIssue(new Error("boom"))).toStrictEqual({ code: "custom", path: [], message: "could not be read: boom", input: undefined });
  });

  test("copies the path: a caller reusing its array does not rewrite the issue", () => {
    const path: PropertyKey[] = ["amount"];
    const issue = unreadableInputIssue(new Error("x"), path);
    path.push("value");
    expect(issue.path).toEqual(["amount"]);
    expect(issue.path).not.toBe(path);
  });

  test("quotes at most MAX_DETAIL_LENGTH characters of a long message", () => {
    const long = `${"a".repeat(MAX_DETAIL_LENGTH)}${"b".repeat(300)}`;
    expect(unreadableInputIssue(new Error(long)).message).toBe(`could not be read: ${"a".repeat(MAX_DETAIL_LENGTH)}`);
  });

  test.each([
    ["a thrown string", "getter exploded"],
    ["a thrown plain object with a message", { message: "not an Error" }],
    ["an Error whose message is not a string", Object.assign(new Error(), { message: ["not", "a", "string"] })],
    ["an Error whose message getter throws", Object.defineProperty(new Error(), "message", { get: () => { throw new Error("again"); } })],
    ["a Proxy that throws on instanceof", throwingProxy("thrown value read")],
  ])("%s reads as 'unknown error'", (_, thrown) => {
    expect(unreadableInputIssue(thrown, ["x"]).message).toBe("could not be read: unknown error");
  });

  test("a getter that throws while screening is one (root) issue quoting what it threw", () => {
    const result = safeScreenTransaction({ occurredAt: "2026-06-01T12:00:00Z", counterparty: throwingGetters(["name"]) });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.message).toBe("Transaction is invalid:\n  - (root): could not be read: getter");
  });
});

describe("the message of a validation error lists every issue by path", () => {
  const issues: ValidationIssue[] = [
    { code: "custom", path: [], message: "must be an object", input: undefined },
    { code: "custom", path: ["counterparty", "wallets", 0, "address"], message: "has a bad checksum", input: undefined },
  ];

  test("TransactionValidationError", () => {
    const error = new TransactionValidationError(issues);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("TransactionValidationError");
    expect(error.message).toBe("Transaction is invalid:\n  - (root): must be an object\n  - counterparty.wallets.0.address: has a bad checksum");
    expect(error.issues).toBe(issues);
  });

  test("RegistryValidationError", () => {
    const error = new RegistryValidationError(issues.slice(1));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("RegistryValidationError");
    expect(error.message).toBe("Registry is invalid:\n  - counterparty.wallets.0.address: has a bad checksum");
  });

  test("a transaction that is not an object is one (root) issue", () => {
    const result = safeScreenTransaction("not a transaction");
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.message).toMatch(/^Transaction is invalid:\n {2}- \(root\): /);
  });
});
