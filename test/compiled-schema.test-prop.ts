// The screener validates with zod's generated parser (`z.compile`), and so does parseRegistry for a
// large registry; TransactionSchema and RegistrySchema stay on zod's runtime parser. The two must
// agree on every input: the same output for a valid one, the same issues (code, path, message) for
// an invalid one, and both unreadable when reading the input throws.
import { fc, test } from "@fast-check/vitest";
import { describe, expect, test as plainTest } from "vitest";
import * as z from "zod";
import { RegistryValidationError } from "../src/errors.js";
import { COMPILED_VALIDATION_FROM_ENTRIES, parseRegistry, registrySchemaFor } from "../src/registry/parse.js";
import type { RegistryData } from "../src/registry/types.js";
import { compiled } from "../src/schema/compiled.js";
import { RegistrySchema } from "../src/schema/registry.js";
import { transactionSchema } from "../src/schema/transaction.js";
import {
  REGISTRY_FIELD_PATHS,
  TRANSACTION_FIELD_PATHS,
  anythingArb,
  badChecksumWalletArb,
  badInstantArb,
  fullScenarioArb,
  invalidFieldValueArb,
  invalidRegistryValueArb,
  registryDataArb,
  scenarioArb,
  validThere,
  withField,
} from "./arbitraries.js";

type Outcome =
  | { readonly ok: unknown }
  | { readonly issues: readonly { code: string; path: readonly PropertyKey[]; message: string }[] }
  | { readonly unreadable: true };

function outcome(schema: z.ZodType, input: unknown): Outcome {
  try {
    const result = schema.safeParse(input);
    if (result.success) return { ok: result.data };
    return { issues: result.error.issues.map(({ code, path, message }) => ({ code, path, message })) };
  } catch {
    return { unreadable: true };
  }
}

const runtime = transactionSchema();
const generated = compiled(transactionSchema());

describe("the compiled transaction schema agrees with zod's runtime parser", () => {
  plainTest("it is compiled: a schema of its own, not the runtime one handed back", () => {
    expect(generated).not.toBe(runtime);
    const fresh = transactionSchema();
    expect(z.compile(fresh)).not.toBe(fresh);
  });

  test.prop([scenarioArb])("on valid transactions", ({ tx }) => {
    const expected = outcome(runtime, tx);
    expect(expected).toHaveProperty("ok");
    expect(outcome(generated, tx)).toEqual(expected);
  });

  test.prop([fullScenarioArb])("on valid transactions carrying every payment field", ({ tx }) => {
    const expected = outcome(runtime, tx);
    expect(expected).toHaveProperty("ok");
    expect(outcome(generated, tx)).toEqual(expected);
  });

  test.prop([fullScenarioArb, fc.constantFrom(...TRANSACTION_FIELD_PATHS), invalidFieldValueArb])(
    "on a transaction with one field broken, hostile values included",
    ({ tx }, path, value) => {
      // `false` for `client.resident` (and the like) is no broken field.
      fc.pre(!validThere(path, value.label));
      const broken = withField(tx, path, value.make());
      const expected = outcome(runtime, broken);
      expect(expected).not.toHaveProperty("ok");
      expect(outcome(generated, broken)).toEqual(expected);
    },
  );

  test.prop([scenarioArb, fc.oneof(badInstantArb.map((v) => ["occurredAt", v] as const), badChecksumWalletArb.map((v) => ["wallet", v] as const))])(
    "on bad instants and wallets with a wrong checksum",
    ({ tx }, [field, value]) => {
      const broken = field === "occurredAt" ? { ...tx, occurredAt: value } : { ...tx, counterparty: { ...tx.counterparty, wallet: value } };
      const expected = outcome(runtime, broken);
      expect(expected).not.toHaveProperty("ok");
      expect(outcome(generated, broken)).toEqual(expected);
    },
  );

  test.prop([anythingArb(3)])("on anything at all", (input) => {
    expect(outcome(generated, input)).toEqual(outcome(runtime, input));
  });
});

const compiledRegistry = compiled(RegistrySchema);

/** `data` with its blocked list grown to `count` entries, every identifier still unique. */
function grown(data: RegistryData, count: number): RegistryData {
  const template = data.blockedServices[0]!;
  const blockedServices = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `grown-${i}`,
    name: `Grown ${i} Swap`,
    domains: [`grown-${i}.test`],
    wallets: [{ network: "ethereum", address: `0x${i.toString(16).padStart(40, "0")}` }],
  }));
  return { ...data, blockedServices };
}

describe("the compiled registry schema agrees with zod's runtime parser", () => {
  test.prop([registryDataArb])("on valid registries", (data) => {
    const expected = outcome(RegistrySchema, data);
    expect(expected).toHaveProperty("ok");
    expect(outcome(compiledRegistry, data)).toEqual(expected);
  });

  test.prop([registryDataArb, fc.constantFrom(...REGISTRY_FIELD_PATHS), invalidRegistryValueArb])(
    "on a registry with one field broken, hostile values included",
    (data, path, value) => {
      const broken = withField(data, path, value.make());
      const expected = outcome(RegistrySchema, broken);
      expect(expected).not.toHaveProperty("ok");
      expect(outcome(compiledRegistry, broken)).toEqual(expected);
    },
  );

  test.prop([registryDataArb])("on a registry whose two blocked entries share an id (the cross-entry checks)", (data) => {
    const [a, b] = data.blockedServices;
    const broken = { ...data, blockedServices: [a!, { ...b!, id: a!.id }] };
    const expected = outcome(RegistrySchema, broken);
    expect(expected).not.toHaveProperty("ok");
    expect(outcome(compiledRegistry, broken)).toEqual(expected);
  });

  test.prop([anythingArb(3)])("on anything at all", (input) => {
    expect(outcome(compiledRegistry, input)).toEqual(outcome(RegistrySchema, input));
  });
});

describe("parseRegistry's issues are RegistrySchema's", () => {
  // It validates each field first (RegistryShapeSchema) and leaves the checks across entries to
  // the index build; an invalid registry is then validated by RegistrySchema, whose issues it
  // throws, in its order (mutation testing in round 30: throwing the first schema's survived).
  const thrown = (input: unknown): Outcome => {
    try {
      return { ok: parseRegistry(input) };
    } catch (error) {
      return { issues: (error as RegistryValidationError).issues.map(({ code, path, message }) => ({ code, path, message })) };
    }
  };
  test.prop([registryDataArb, fc.constantFrom(...REGISTRY_FIELD_PATHS), invalidRegistryValueArb])(
    "on a registry with one field broken",
    (data, path, value) => {
      const broken = withField(data, path, value.make());
      fc.pre(!("unreadable" in outcome(RegistrySchema, broken)));
      expect(thrown(broken)).toEqual(outcome(RegistrySchema, broken));
    },
  );

  test.prop([anythingArb(3)])("on anything at all", (input) => {
    fc.pre(!("unreadable" in outcome(RegistrySchema, input)));
    expect(thrown(input)).toEqual(outcome(RegistrySchema, input));
  });

  test.prop([registryDataArb])("on a registry whose two blocked entries share an id, and one field broken too", (data) => {
    const [a, b] = data.blockedServices;
    const broken = { ...data, licensedProviders: [{ ...data.licensedProviders[0]!, sources: [] }], blockedServices: [a!, { ...b!, id: a!.id }] };
    expect(thrown(broken)).toEqual(outcome(RegistrySchema, broken));
  });
});

describe("parseRegistry validates a large registry on the generated parser", () => {
  test.prop([registryDataArb], { numRuns: 3 })(
    `from ${COMPILED_VALIDATION_FROM_ENTRIES} entries: the generated parser, the same registry and the same issues`,
    (data) => {
      const small = grown(data, COMPILED_VALIDATION_FROM_ENTRIES - data.licensedProviders.length - 1);
      expect(registrySchemaFor(small)).toBe(RegistrySchema);
      const large = grown(data, COMPILED_VALIDATION_FROM_ENTRIES - data.licensedProviders.length);
      const schema = registrySchemaFor(large);
      expect(schema).not.toBe(RegistrySchema);
      const expected = outcome(RegistrySchema, large);
      expect(expected).toHaveProperty("ok");
      expect(outcome(schema, large)).toEqual(expected);
      const registry = parseRegistry(large);
      expect(registry.blockedServices).toHaveLength(large.blockedServices.length);
      expect({ ...registry }).toEqual((expected as { ok: unknown }).ok);
      const last = large.blockedServices.length - 1;
      const broken = withField(large, ["blockedServices", last, "id"], large.blockedServices[0]!.id);
      const issues = outcome(RegistrySchema, broken);
      expect(issues).toHaveProperty("issues");
      expect(outcome(registrySchemaFor(broken), broken)).toEqual(issues);
    },
  );

  plainTest("input that is not an object, or has no lists, is validated on the runtime parser", () => {
    for (const input of [null, 42, "registry", [], {}, { licensedProviders: "x", blockedServices: 3 }]) {
      expect(registrySchemaFor(input)).toBe(RegistrySchema);
    }
  });
});

describe("code generation switched off or refused", () => {
  plainTest("where new Function is refused (a Content Security Policy), the runtime schema is handed back and still parses", () => {
    const original = globalThis.Function;
    const refused = function refused(): never {
      throw new EvalError("Code generation from strings disallowed for this context");
    };
    const schema = transactionSchema();
    let result: z.ZodType;
    globalThis.Function = refused as unknown as FunctionConstructor;
    try {
      result = compiled(schema);
    } finally {
      globalThis.Function = original;
    }
    expect(result).toBe(schema);
    expect(result.safeParse({ occurredAt: "2026-05-04T18:59:59Z", counterparty: { domain: "https://WWW.OKX.com./x" } })).toMatchObject({
      success: true,
      data: { counterparty: { domain: "okx.com" } },
    });
  });


  plainTest("with z.config({ jitless: true }) the schema is handed back as it is", () => {
    const before = z.config().jitless;
    z.config({ jitless: true });
    try {
      const schema = transactionSchema();
      expect(compiled(schema)).toBe(schema);
    } finally {
      z.config({ jitless: before });
    }
  });
});
