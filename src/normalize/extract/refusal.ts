/**
 * A file we will not read, said in one line: what is wrong and what to do.
 * Thrown by the format detector and the extractors; the scripts print
 * `<file>: <message> — <what to do>` and exit 1 without writing anything.
 */
export class Refusal extends Error {
  constructor(
    message: string,
    readonly todo: string,
    readonly ruleId = "source:refused",
  ) {
    super(message);
    this.name = "Refusal";
  }

  line(file: string): string {
    return `${file}: ${this.message} — ${this.todo}`;
  }
}
