/** The 说明 of row i of tests/fixtures/office/split-rows.pdf (make-html.ts writes it, office-pdf-layout.test.ts checks it). */
export function splitRowsText(i: number): string {
  const words = ["推动企业数字化转型", "开展专项检查", "完成率不低于95%", "按季度报送进展", "组织专家评审"];
  // Every seventh row runs over most of a page, so that it has to break across one.
  return (
    Array.from({ length: i % 7 === 0 ? 60 : 3 + (i % 5) }, (_, k) => `${words[(i + k) % words.length]}${i}-${k}`).join(
      "，",
    ) + "。"
  );
}
