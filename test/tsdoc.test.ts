// Every public export (everything src/index.ts exports) carries TSDoc with an @example: the
// reference TypeDoc generates, and editors show, always has a usage line.
import ts from "typescript";
import { expect, test } from "vitest";

function exportsWithoutExample(): string[] {
  const program = ts.createProgram(["src/index.ts"], {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    resolveJsonModule: true,
    strict: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const index = program.getSourceFile("src/index.ts");
  if (index === undefined) throw new Error("src/index.ts not found");
  const module = checker.getSymbolAtLocation(index);
  if (module === undefined) throw new Error("src/index.ts is not a module");
  const missing: string[] = [];
  for (const exported of checker.getExportsOfModule(module)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const hasExample = (symbol.declarations ?? []).some((declaration) => {
      // A `const x = …` keeps its doc on the statement, two parents up.
      const node = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
      return ts.getJSDocTags(node).some((tag) => tag.tagName.text === "example") ||
        ts.getJSDocCommentsAndTags(node).some((doc) => ts.isJSDoc(doc) && (doc.tags ?? []).some((tag) => tag.tagName.text === "example"));
    });
    if (!hasExample) missing.push(exported.name);
  }
  return missing.sort();
}

// Builds a TypeScript program of the whole source: seconds on a busy 2-core CI machine.
test("every export of src/index.ts has TSDoc with an @example", { timeout: 60_000 }, () => {
  expect(exportsWithoutExample()).toEqual([]);
});
