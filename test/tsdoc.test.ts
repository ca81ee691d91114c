// Every public export (everything src/index.ts, src/diff.ts, src/ndjson.ts and src/csv.ts export) carries
// TSDoc with an @example: the reference TypeDoc generates, and editors show, always has a usage line.
import ts from "typescript";
import { expect, test } from "vitest";

const ENTRIES = ["src/index.ts", "src/diff.ts", "src/ndjson.ts", "src/csv.ts"] as const;

function exportsWithoutExample(): string[] {
  const program = ts.createProgram([...ENTRIES], {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    resolveJsonModule: true,
    strict: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const missing: string[] = [];
  for (const entry of ENTRIES) {
    const file = program.getSourceFile(entry);
    if (file === undefined) throw new Error(`${entry} not found`);
    const module = checker.getSymbolAtLocation(file);
    if (module === undefined) throw new Error(`${entry} is not a module`);
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const hasExample = (symbol.declarations ?? []).some((declaration) => {
        // A `const x = …` keeps its doc on the statement, two parents up.
        const node = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
        return ts.getJSDocTags(node).some((tag) => tag.tagName.text === "example") ||
          ts.getJSDocCommentsAndTags(node).some((doc) => ts.isJSDoc(doc) && (doc.tags ?? []).some((tag) => tag.tagName.text === "example"));
      });
      if (!hasExample) missing.push(`${entry}: ${exported.name}`);
    }
  }
  return missing.sort();
}

// Builds a TypeScript program of the whole source: seconds on a busy 2-core CI machine.
test("every export of src/index.ts, src/diff.ts, src/ndjson.ts and src/csv.ts has TSDoc with an @example", { timeout: 60_000 }, () => {
  expect(exportsWithoutExample()).toEqual([]);
});
