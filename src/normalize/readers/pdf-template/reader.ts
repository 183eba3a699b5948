/**
 * Reader for the `pdf-template` family: blank application forms exported from
 * PDF to text (Jiangsu 2021, 附件1-4 … 附件1-32), one `template` record per
 * form. A form starts at its 附件 line (see pdf-template/template.ts).
 */
import { fail, quote } from "../../errors.ts";
import { createLedger } from "../../ledger.ts";
import type { Reader } from "../../types.ts";
import type { Line } from "./lines.ts";
import { readTemplate } from "./template.ts";

const ATTACHMENT = /^\s*附件\s*(\d+)\s*-\s*(\d+)\s*$/u;

export const readPdfTemplate: Reader = ({ file, lines, entry }) => {
  const ledger = createLedger(lines);
  const all: Line[] = lines.map((text, i) => ({ n: i + 1, text }));
  const starts = all.filter((l) => ATTACHMENT.test(l.text)).map((l) => l.n - 1);
  if (starts.length === 0) {
    const firstText = lines.find((l) => l.trim() !== "") ?? "";
    fail(file, 1, "a form starting with its 附件N-M line", quote(firstText), "pdf-template:no-forms");
  }
  // The forms are numbered 附件1-4, 附件1-5, …: a number skipped means a form lost (a page range cut out).
  starts.forEach((start, k) => {
    if (k === 0) return;
    const [, group, number] = ATTACHMENT.exec(lines[start]!)!;
    const [, prevGroup, prevNumber] = ATTACHMENT.exec(lines[starts[k - 1]!]!)!;
    if (group === prevGroup && Number(number) !== Number(prevNumber) + 1) {
      fail(
        file,
        start + 1,
        `附件${prevGroup}-${Number(prevNumber) + 1} after 附件${prevGroup}-${prevNumber}`,
        quote(lines[start]!),
        "pdf-template:attachment-gap",
      );
    }
  });
  const context = { file, entry, ledger };
  const projects = starts.map((start, k) =>
    readTemplate(context, all.slice(start, starts[k + 1] ?? all.length), k + 1),
  );
  return { projects, ledger, tables: projects.length };
};
