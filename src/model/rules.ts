/**
 * Every rule the normalize step reports bad input under: a fatal error stops the
 * run (nothing is written), a warning is printed and the run goes on. The id is
 * the vfile message's `ruleId` (`family:what`), printed beside file:line; the
 * words are what the data documentation (/data/quality/) shows for it.
 * `fail` and `warn` (src/normalize/errors.ts) accept only these ids.
 */
type Rule = { severity: "fatal" | "warning"; zh: string; en: string };

export const RULES = {
  // the manifest and the source files
  "manifest:missing-file": {
    severity: "fatal",
    zh: "清单列出的原文文件不存在",
    en: "A file listed in the manifest is missing",
  },
  "source:hash-mismatch": {
    severity: "fatal",
    zh: "原文文件的 SHA-256 与清单不符",
    en: "The source's SHA-256 differs from its manifest entry",
  },
  "source:empty": { severity: "fatal", zh: "原文文件为空或只有空白", en: "The source is empty or only white space" },
  "source:not-utf8": {
    severity: "fatal",
    zh: "原文不是 UTF-8 编码（如 GBK）",
    en: "The source is not UTF-8 (GBK or another legacy encoding?)",
  },
  "source:cr-line-ends": {
    severity: "fatal",
    zh: "原文以单独的 CR 换行（旧 Mac 格式），整份文件会成为一行",
    en: "The source ends lines with CR alone (old Mac line ends)",
  },
  "source:too-large": { severity: "fatal", zh: "原文文件超过大小上限", en: "The source file is over the size limit" },
  "source:line-too-long": {
    severity: "fatal",
    zh: "原文某行超过长度上限",
    en: "A line of the source is over the length limit",
  },
  "source:control-character": {
    severity: "fatal",
    zh: "原文含控制字符（制表符、换页符除外）",
    en: "The source holds a control character (other than TAB or form feed)",
  },
  "input:unreadable": {
    severity: "fatal",
    zh: "输入文件不存在或无法读取",
    en: "An input file is missing or cannot be read",
  },
  // JSON inputs (manifest, rules) and the model
  "json:syntax": { severity: "fatal", zh: "JSON 文件语法错误", en: "A JSON input is not valid JSON" },
  "json:schema": { severity: "fatal", zh: "JSON 文件不符合其格式定义", en: "A JSON input does not fit its schema" },
  "json:too-deep": {
    severity: "fatal",
    zh: "JSON 文件嵌套层数超过上限",
    en: "A JSON input is nested deeper than the limit",
  },
  "pipeline:model": {
    severity: "fatal",
    zh: "读出的记录不符合数据模型",
    en: "The records read do not fit the data model",
  },
  "pipeline:cell-too-long": {
    severity: "fatal",
    zh: "读出的单元格超过长度上限",
    en: "A cell as read is over the length limit",
  },
  // word-cells: Word tables
  "word-cells:no-tables": { severity: "fatal", zh: "文件中找不到绩效目标表", en: "No target table in the document" },
  "word-cells:table-gap": {
    severity: "fatal",
    zh: "表格编号不连续：中间的表格缺失或未被识别",
    en: "The tables' numbers skip one: a table is missing or was not recognised",
  },
  "word-cells:no-project-name": { severity: "fatal", zh: "表格缺少“项目名称”", en: "A table without its 项目名称" },
  "word-cells:no-indicator-header": {
    severity: "fatal",
    zh: "表格缺少指标表头（一级指标 … 指标值）",
    en: "A table without an indicator header row",
  },
  "word-cells:bad-indicator-header": {
    severity: "fatal",
    zh: "指标表头缺少三级指标或指标值一栏",
    en: "The indicator header names no 三级指标 or value column",
  },
  "word-cells:no-indicator-rows": {
    severity: "fatal",
    zh: "指标表头之后没有指标行",
    en: "No indicator rows after the indicator header",
  },
  "word-cells:row-too-long": {
    severity: "fatal",
    zh: "指标行的单元格多于表头",
    en: "An indicator row has more cells than its header",
  },
  "word-cells:row-cut-off": {
    severity: "fatal",
    zh: "指标行在表头列数之前中断",
    en: "An indicator row is cut off before its last column",
  },
  "word-cells:row-width": {
    severity: "fatal",
    zh: "指标行的单元格数与表头不同",
    en: "An indicator row's cell count differs from its header's",
  },
  "word-cells:transposed-no-unit": {
    severity: "fatal",
    zh: "横排表缺少承担单位一栏或单位名称",
    en: "A transposed table without its 承担单位 column or a unit's name",
  },
  "word-cells:transposed-row": {
    severity: "fatal",
    zh: "横排表中出现无法识别的行",
    en: "A row of a transposed table that is neither a level nor a value row",
  },
  "word-cells:transposed-no-names": {
    severity: "fatal",
    zh: "横排表缺少三级指标名称行",
    en: "A transposed table without its 三级指标 row",
  },
  "word-cells:transposed-levels": {
    severity: "fatal",
    zh: "横排表的层级标签多于指标列",
    en: "More level labels than indicator columns in a transposed table",
  },
  "word-cells:transposed-row-width": {
    severity: "fatal",
    zh: "横排表某行的数值个数与指标列数不同",
    en: "A transposed row's values differ in number from its indicator columns",
  },
  // pdf-pages: tables extracted from PDF pages
  "pdf-pages:no-tables": { severity: "fatal", zh: "文件中找不到绩效目标表", en: "No target table in the document" },
  "pdf-pages:table-unclosed": {
    severity: "fatal",
    zh: "表格没有结束行，原文可能被截断",
    en: "A table without its closing rows: the source may be truncated",
  },
  "pdf-pages:listed-table-missing": {
    severity: "fatal",
    zh: "目录列出的表格在正文中找不到，原文可能被截断",
    en: "A table the contents list is missing from the text: the source may be truncated",
  },
  "pdf-pages:no-indicator-header": {
    severity: "fatal",
    zh: "表题之下缺少指标表头",
    en: "No indicator header under the table title",
  },
  "pdf-pages:unreadable-head": {
    severity: "fatal",
    zh: "记录首行读不出单位编码、名称、金额和绩效目标",
    en: "A record's first row without a readable code, name, amount and goal",
  },
  "pdf-pages:budget-split": {
    severity: "fatal",
    zh: "支出金额多于两项（基本支出、项目支出）",
    en: "More than two expense figures (基本支出, 项目支出)",
  },
  "pdf-pages:row-before-record": {
    severity: "fatal",
    zh: "指标行出现在任何记录首行之前",
    en: "An indicator row before any record's first row",
  },
  "pdf-pages:row-cut-off": {
    severity: "fatal",
    zh: "指标行在表格结尾处中断",
    en: "An indicator row cut off by the end of the table",
  },
  "pdf-pages:record-cut-off": {
    severity: "fatal",
    zh: "记录在表格结尾处没有指标行",
    en: "A record with no indicator rows before the end of the table",
  },
  "pdf-pages:goal-differs": {
    severity: "warning",
    zh: "同一单位重复印出的绩效目标与前文不同，保留第一处",
    en: "A repeated 绩效目标 differs from the first; the first is kept",
  },
  // pdf-template: blank application forms
  "pdf-template:no-forms": {
    severity: "fatal",
    zh: "文件中找不到以“附件N-M”开头的表格",
    en: "No form starting with its 附件N-M line",
  },
  "pdf-template:form-incomplete": {
    severity: "fatal",
    zh: "表格不完整（缺少结尾部分），原文可能被截断",
    en: "A form without its closing part: the source may be truncated",
  },
  "pdf-template:attachment-gap": {
    severity: "fatal",
    zh: "附件编号不连续：中间的表格缺失",
    en: "The 附件 numbers skip one: a form is missing",
  },
  "pdf-template:no-title": {
    severity: "fatal",
    zh: "附件行之后缺少表格标题",
    en: "A form without its title after the 附件 line",
  },
  "pdf-template:no-indicators": {
    severity: "fatal",
    zh: "表格中没有项目共性绩效指标",
    en: "A form without common indicators (项目共性绩效指标)",
  },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;
/** The ids of fatal rules, the only ones `fail` takes; `warn` takes the others. */
export type FatalRuleId = { [K in RuleId]: (typeof RULES)[K]["severity"] extends "fatal" ? K : never }[RuleId];
export type WarningRuleId = Exclude<RuleId, FatalRuleId>;

export const RULE_IDS = Object.keys(RULES) as RuleId[];
