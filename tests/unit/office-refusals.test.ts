/** Files we refuse, each with one clear line: what is wrong and what to do. */
import { readFileSync } from "node:fs";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { detectFormat } from "../../src/normalize/extract/detect.ts";
import { extractAny } from "../../src/normalize/extract/index.ts";
import { Refusal } from "../../src/normalize/extract/refusal.ts";
import { ZIP_LIMITS } from "../../src/normalize/extract/zip.ts";
import { planAdd } from "../../src/normalize/add/plan.ts";
import { conceptRules, manifestEntries, topicRules } from "../helpers/sources.ts";

async function refusal(run: () => unknown): Promise<Refusal> {
  try {
    await run();
  } catch (error) {
    if (error instanceof Refusal) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

const docx = (body: string) =>
  zipSync({
    "[Content_Types].xml": strToU8("<Types/>"),
    "word/document.xml": strToU8(
      `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ),
  });

/** A one-page PDF with nothing but a drawn rectangle: what a scan without OCR looks like to a text reader. */
function scannedPdf(): Uint8Array {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
  ];
  const stream = "0 0 0 rg 100 100 200 200 re f";
  objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(out);
}

describe("refusals", () => {
  it("legacy .doc / .xls (OLE2): save as .docx / .xlsx", async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect((await refusal(() => detectFormat(ole, "a.doc"))).line("a.doc")).toMatch(
      /a\.doc: a \.doc file .*save as \.docx/u,
    );
    expect((await refusal(() => detectFormat(ole, "a.xls"))).todo).toMatch(/save as \.xlsx/u);
  });

  it("content that does not match the extension", async () => {
    const r = await refusal(() => detectFormat(docx("<w:p/>"), "report.pdf"));
    expect(r.line("report.pdf")).toMatch(/name says \.pdf but the content is docx.*rename it to \.docx/u);
  });

  it("zip bombs: too many entries, too much inflated", async () => {
    const many: Record<string, Uint8Array> = { "word/document.xml": strToU8("<a/>") };
    for (let i = 0; i <= ZIP_LIMITS.entries; i++) many[`x/${i}`] = new Uint8Array(0);
    expect((await refusal(() => detectFormat(zipSync(many), "a.docx"))).message).toMatch(/zip entries .*zip bomb/u);
    const saved = ZIP_LIMITS.totalBytes;
    ZIP_LIMITS.totalBytes = 1000;
    try {
      const big = zipSync({ "word/document.xml": new Uint8Array(5000) }, { level: 9 });
      expect(big.length).toBeLessThan(1000);
      expect((await refusal(() => detectFormat(big, "a.docx"))).message).toMatch(/inflate to 5000 bytes/u);
    } finally {
      ZIP_LIMITS.totalBytes = saved;
    }
  });

  it("oversize and empty files", async () => {
    expect((await refusal(() => detectFormat(new Uint8Array(0), "a.pdf"))).message).toMatch(/empty/u);
  });

  it("PDF without a text layer: scanned, needs OCR", async () => {
    const r = await refusal(() => extractAny(scannedPdf(), "pdf", "scan.pdf"));
    expect(r.line("scan.pdf")).toMatch(/no text layer .*scanned: needs OCR/u);
  }, 30_000);

  it("encrypted PDF", async () => {
    const r = await refusal(() =>
      extractAny(readFileSync("tests/fixtures/office/encrypted.pdf"), "pdf", "encrypted.pdf"),
    );
    expect(r.message).toMatch(/encrypted/u);
    expect(r.ruleId).toBe("source:encrypted-pdf");
  }, 30_000);

  it("no recognisable target table: says what was looked for", async () => {
    const bytes = docx(
      "<w:p><w:r><w:t>通知</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>姓名</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
    );
    const r = await refusal(() =>
      planAdd({ name: "notice.docx", bytes, adminCode: "370200", year: 2024 }, manifestEntries(), {
        topics: topicRules(),
        concepts: conceptRules(),
      }),
    );
    expect(r.message).toMatch(/no recognisable target table: looked for 绩效目标表 with an indicator header/u);
  });

  it("unknown region code", async () => {
    const r = await refusal(() =>
      planAdd({ name: "a.docx", bytes: docx("<w:p/>"), adminCode: "999999", year: 2024 }, manifestEntries(), {
        topics: topicRules(),
        concepts: conceptRules(),
      }),
    );
    expect(r.message).toMatch(/GB\/T 2260/u);
  });
});
