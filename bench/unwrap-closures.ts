// The transform proposed to zod for its generated parsers (bench/zod-closures.ts measures it): each
// arrow function called in place made a labelled block. Bench code only: it reaches the generated
// code by swapping the global `Function` for one compile, which src/ never does.
import * as z from "zod";

/** What opens an arrow function called in place in zod's generated code. */
export const CLOSURE = "(() => {";

/**
 * zod's generated code with each arrow function called in place made a labelled block: the
 * transform proposed upstream. Throws on a line it does not expect, so a change in zod's output
 * shows here rather than as a parser that differs.
 */
export function unwrapClosures(code: string): string {
  const out: string[] = [];
  const open: { readonly output: string; readonly label: string }[] = [];
  let labels = 0;
  for (const line of code.split("\n")) {
    const indent = /^\s*/.exec(line)?.[0] ?? "";
    const text = line.trim();
    let m: RegExpExecArray | null;
    if ((m = /^(?:let|const) (v\d+) = \(\(\) => \{$/.exec(text))) {
      open.push({ output: m[1] as string, label: `b${labels}` });
      out.push(`${indent}let ${m[1]}; b${labels++}: {`);
    } else if ((m = /^(v\d+) = \(\(\) => \{$/.exec(text))) {
      open.push({ output: m[1] as string, label: `b${labels}` });
      out.push(`${indent}b${labels++}: {`);
    } else if ((m = /^if \((v\d+) === INVALID\) (v\d+) = \(\(\) => \{$/.exec(text))) {
      open.push({ output: m[2] as string, label: `b${labels}` });
      out.push(`${indent}if (${m[1]} === INVALID) b${labels++}: {`);
    } else if (text === "})();") {
      if (open.pop() === undefined) throw new Error(`a closure closed that was not opened: ${line}`);
      out.push(`${indent}}`);
    } else if (open.length > 0 && (m = /^(.*?)\breturn ([^;]*);$/.exec(text))) {
      const { output, label } = open[open.length - 1] as { output: string; label: string };
      out.push(`${indent}${m[1]}{ ${output} = ${m[2]}; break ${label}; }`);
    } else {
      if (text.includes(CLOSURE) || (open.length > 0 && /\breturn\b|=>/.test(text))) throw new Error(`a line the transform does not know: ${line}`);
      out.push(line);
    }
  }
  if (open.length > 0) throw new Error("a closure left open");
  return out.join("\n");
}

/**
 * `z.compile(schema)`, with the generated code seen (and rewritten by `rewrite`, if given) on its
 * way to `new Function`: the global `Function` is swapped for the call and put back after it.
 */
export function compileSeeing<S extends z.ZodType>(schema: S, rewrite?: (code: string) => string): { readonly parser: S; readonly code: string } {
  const Original = globalThis.Function;
  let code = "";
  // Called with `new` by zod: returning a function from a constructor call makes it the result.
  function Seeing(...args: string[]) {
    code = args.pop() as string;
    return new Original(...args, rewrite === undefined ? code : rewrite(code));
  }
  globalThis.Function = Seeing as unknown as FunctionConstructor;
  try {
    const parser = z.compile(schema);
    if (code === "") throw new Error(`z.compile made no parser: is code generation switched off?`);
    return { parser, code };
  } finally {
    globalThis.Function = Original;
  }
}
