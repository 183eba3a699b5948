/** npm run bench -- [--runs N] [--scale 1,10,100] [--no-lighthouse] [--keep [DIR]] [--search-only] [--json FILE] [--heap MB] */

export type BenchOptions = {
  /** Timed repetitions of each build step, and of each browser measurement; the median is reported. */
  runs: number;
  /** Corpus sizes as multiples of the real sources; the first is the base the others are compared with. */
  scales: number[];
  /** Lighthouse on the base corpus (slow: some 15 s a page). */
  lighthouse: boolean;
  /** Keep the temporary corpora and sites (their folder is printed). */
  keep: boolean;
  /** --keep DIR: build each corpus at DIR/x<scale>/ (with its dist/) and leave it there. */
  keepDir: string | null;
  /** Build only the base scale's pages; larger scales reuse them and build the data and the search index (for the search figures). */
  searchOnly: boolean;
  /** Also write every figure as JSON here. */
  json: string | null;
  /** V8 heap limit for the build steps (NODE_OPTIONS=--max-old-space-size); null keeps Node's default. */
  heapMb: number | null;
};

export const DEFAULTS: BenchOptions = {
  runs: 3,
  scales: [1, 10],
  lighthouse: true,
  keep: false,
  keepDir: null,
  searchOnly: false,
  json: null,
  heapMb: null,
};

export const USAGE =
  "usage: npm run bench -- [--runs N] [--scale 1,10,100] [--no-lighthouse] [--keep [DIR]] [--search-only] [--json FILE] [--heap MB]";

function positiveInt(text: string | undefined, what: string): number {
  const n = Number(text);
  if (text === undefined || !/^\d+$/u.test(text) || !Number.isInteger(n) || n < 1)
    throw new Error(`${what}: expected a whole number ≥ 1, found ${JSON.stringify(text ?? "")}`);
  return n;
}

export function parseArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { ...DEFAULTS, scales: [...DEFAULTS.scales] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes("=")
      ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
      : [arg, undefined];
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case "--runs":
        options.runs = positiveInt(value(), "--runs");
        break;
      case "--scale":
      case "--scales": {
        const list = (value() ?? "").split(",").filter((s) => s.trim() !== "");
        if (list.length === 0) throw new Error(`${flag}: expected a list such as 1,10,100`);
        const scales = [...new Set(list.map((s) => positiveInt(s.trim(), flag)))].sort((a, b) => a - b);
        options.scales = scales;
        break;
      }
      case "--no-lighthouse":
        options.lighthouse = false;
        break;
      case "--lighthouse":
        options.lighthouse = true;
        break;
      case "--keep": {
        options.keep = true;
        const next = inline ?? (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith("--") ? argv[++i] : undefined);
        if (next) options.keepDir = next;
        break;
      }
      case "--search-only":
        options.searchOnly = true;
        break;
      case "--json":
        options.json = value() ?? null;
        if (!options.json) throw new Error("--json: expected a file name");
        break;
      case "--heap":
        options.heapMb = positiveInt(value(), "--heap");
        break;
      default:
        throw new Error(`unknown option ${arg}\n${USAGE}`);
    }
  }
  return options;
}
