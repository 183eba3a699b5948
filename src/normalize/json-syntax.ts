/**
 * Where a hand-edited JSON file first goes wrong, and how: JSON.parse names no
 * position for some mistakes (a trailing comma before ] says only "Unexpected
 * token"), and nests as deep as the input asks. One pass over the text with an
 * explicit stack: linear, no recursion, nesting bounded by MAX_DEPTH.
 */
export const MAX_DEPTH = 64;

export type SyntaxProblem = { offset: number; expected: string; found: string };

const WS = new Set([" ", "\t", "\n", "\r"]);
const LITERALS = ["true", "false", "null"];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:e[+-]?\d+)?/iy;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

function shown(text: string, at: number): string {
  if (at >= text.length) return "the end of the file";
  const char = String.fromCodePoint(text.codePointAt(at)!);
  return char === "\n" ? "a line break" : `“${char}”`;
}

/** The first syntax problem of `text`, or null when JSON.parse will accept it. */
export function jsonSyntaxProblem(text: string): SyntaxProblem | null {
  // What the scanner expects next: a value, a key (or } right after {), ":" , or "," / a closing bracket.
  type State = "value" | "value-or-close" | "key" | "key-or-close" | "colon" | "comma-or-close";
  const stack: ("{" | "[")[] = [];
  let state: State = "value";
  let i = 0;
  const problem = (expected: string): SyntaxProblem => ({ offset: i, expected, found: shown(text, i) });
  const afterValue = (): State => (stack.length === 0 ? "value" : "comma-or-close");
  let done = false;
  while (true) {
    while (i < text.length && WS.has(text[i]!)) i++;
    if (done) return i < text.length ? problem("nothing after the JSON value") : null;
    if (i >= text.length)
      return problem(stack.length === 0 ? "a JSON value" : `a closing ${stack.at(-1) === "{" ? "}" : "]"}`);
    const c = text[i]!;
    if (state === "colon") {
      if (c !== ":") return problem("“:” after the property name");
      i++;
      state = "value";
      continue;
    }
    if (state === "comma-or-close") {
      const close = stack.at(-1) === "{" ? "}" : "]";
      if (c === ",") {
        i++;
        state = stack.at(-1) === "{" ? "key" : "value";
        continue;
      }
      if (c !== close) return problem(`“,” or “${close}”`);
      i++;
      stack.pop();
      state = afterValue();
      done = stack.length === 0;
      continue;
    }
    if ((state === "key-or-close" && c === "}") || (state === "value-or-close" && c === "]")) {
      i++;
      stack.pop();
      state = afterValue();
      done = stack.length === 0;
      continue;
    }
    if (state === "key" || state === "key-or-close") {
      if (c !== '"')
        return problem(
          state === "key"
            ? "a double-quoted property name (no comma before “}”)"
            : "a double-quoted property name or “}”",
        );
      const end = stringEnd(text, i);
      if (typeof end !== "number") return end;
      i = end;
      state = "colon";
      continue;
    }
    // A value.
    if (c === "{" || c === "[") {
      if (stack.length >= MAX_DEPTH) return problem(`at most ${MAX_DEPTH} levels of nested brackets`);
      stack.push(c);
      i++;
      state = c === "{" ? "key-or-close" : "value-or-close";
      continue;
    }
    if (c === '"') {
      const end = stringEnd(text, i);
      if (typeof end !== "number") return end;
      i = end;
    } else if (c === "-" || (c >= "0" && c <= "9")) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return problem("a number");
      i = NUMBER.lastIndex;
    } else {
      const literal = LITERALS.find((l) => text.startsWith(l, i));
      if (!literal)
        return problem(
          state === "value" && stack.length > 0 && text[i] === "]" ? "a value (no comma before “]”)" : "a JSON value",
        );
      i += literal.length;
    }
    state = afterValue();
    done = stack.length === 0;
  }
}

/** The offset after the string starting at `start`, or the problem inside it. */
function stringEnd(text: string, start: number): number | SyntaxProblem {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') return i + 1;
    if (c === "\\") {
      ESCAPE.lastIndex = i;
      if (!ESCAPE.test(text))
        return { offset: i, expected: 'an escape such as \\n, \\" or \\u0041', found: shown(text, i + 1) };
      i = ESCAPE.lastIndex;
      continue;
    }
    if (c < " ") return { offset: i, expected: "a closing double quote on the same line", found: shown(text, i) };
    i++;
  }
  return { offset: start, expected: "a closing double quote", found: "the end of the file" };
}
