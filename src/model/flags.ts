/**
 * Every flag the pipeline may put on a record, an indicator or a target value,
 * with the words the site and the data documentation show for it.
 * A flag says "read this with care"; it never changes a published value.
 */
export const FLAGS = {
  // target values
  bareWan: { zh: "“万”后无单位，量纲不明", en: "Bare 万 with no unit: dimension unknown" },
  unitFromTableHeader: { zh: "单位取自表头“单位：万元”", en: "Unit taken from the table header (单位：万元)" },
  unitFromIndicatorName: { zh: "单位取自指标名称", en: "Unit taken from the indicator name" },
  opFromWord: { zh: "比较关系由文字（至少、以上等）表示", en: "Comparison written as a word (至少, 以上 …)" },
  opFromNameCell: { zh: "比较符号印在指标名称一栏", en: "Comparison sign printed in the indicator-name cell" },
  labelInValue: {
    zh: "指标值前重复了指标名称（如“满意度≥95%”），已略去",
    en: "The value cell repeats the indicator name before the comparison (满意度≥95%)",
  },
  percentWord: { zh: "百分号写作“百分号/百分比”", en: "Percent written as 百分号/百分比" },
  monthOfBudgetYear: { zh: "只写月份，年份取文件年度", en: "Month only: the document's budget year is assumed" },
  pickerDate: { zh: "“月|日”格式的日期", en: "Date in a month|day picker format" },
  deadlineRelationAmbiguous: {
    zh: "“某年某月”未说明是截止还是期间",
    en: "YYYY年M月: deadline or period is not stated",
  },
  strayCharacters: { zh: "数值后有多余字符，原样保留", en: "Stray characters after the value, kept as published" },
  embeddedNumber: { zh: "文字中含数字，未作数值解读", en: "A number inside text, not read as a value" },
  multipleValues: { zh: "一格内有多个目标", en: "Several targets in one cell" },
  cellConflict: {
    zh: "数值、计量单位与指标值类型互相矛盾",
    en: "Value, unit and value-type cells contradict each other",
  },
  unitMismatch: { zh: "单位与指标含义不符", en: "The unit contradicts the indicator" },
  percentOver100: { zh: "百分比超过100", en: "A percentage above 100" },
  textFolded: {
    zh: "数值含全角数字、部首字或特殊空格，按规范字形读取（原文保留）",
    en: "Full-width digits, radical forms or odd spaces in the value; read in their plain form (printed text kept)",
  },
  // indicators and levels
  legacyCostUnderOutput: {
    zh: "成本指标按2015年框架列在产出指标下，已归入成本指标/经济成本指标",
    en: "Cost listed under output (2015 framework); filed as 成本指标/经济成本指标",
  },
  levelInferred: { zh: "一级或二级指标由上下文推定", en: "Level inferred from context" },
  levelReparented: { zh: "二级指标所属一级指标按2021年框架调整", en: "Level-2 moved under its 2021 level-1 parent" },
  levelNotCanonical: {
    zh: "指标层级名称不在2021年框架内，保留原文",
    en: "Level label outside the 2021 framework, kept as published",
  },
  cellJoined: { zh: "跨行断开的单元格已拼接", en: "A cell broken over lines was joined" },
  rowShifted: { zh: "此行在原文中列位错移，已按含义归位", en: "Row shifted in the source; cells placed by meaning" },
  cellSplit: {
    zh: "原文合并的两格（如指标名称与指标值）已按含义拆开",
    en: "Two cells merged in the source (a name with its value) were split by meaning",
  },
  displacedRow: {
    zh: "此行在原文中与所属表格分开印出（页底），按列序和位置归入本表",
    en: "Row printed apart from its table (page bottom); placed by its column order and position",
  },
  nameMissing: { zh: "原文未填三级指标名称", en: "No indicator name in the source" },
  // records
  spendingPlanUnit: {
    zh: "资金支出计划表头写“%”，数值实为累计金额（万元）",
    en: "Spending-plan header says % but the figures are running totals in 万元",
  },
  spendingPlanMismatch: {
    zh: "资金支出计划末期累计数与预算数不符",
    en: "The last running total differs from the budget",
  },
  spendingPlanUnlabelled: {
    zh: "资金支出计划中有无期间标题的数值",
    en: "A spending-plan figure under a blank period heading",
  },
  budgetUnread: {
    zh: "预算金额有印出的数字或文字，但未能读为金额（原因见说明）",
    en: "A budget figure is printed but could not be read as an amount (the detail says why)",
  },
  budgetMismatch: { zh: "预算数与财政资金、其他资金之和不符", en: "Budget total differs from fiscal + other" },
  costAboveBudget: { zh: "成本上限高于项目预算", en: "A cost cap above the project's budget" },
  sumMismatch: { zh: "分项之和与合计不符", en: "Parts do not add up to the stated total" },
  reconstructed: {
    zh: "原文缺少表头，记录由残存行重建",
    en: "Record rebuilt from orphan rows; its header is missing in the source",
  },
  weightsIncomplete: { zh: "权重合计不为90或100", en: "Weights do not add up to 90 or 100" },
  sharedProjectCode: {
    zh: "项目编码与其他表相同（同一项目分单位列示）",
    en: "Project code shared with another table (one project split by unit)",
  },
  checkboxGlyph: { zh: "私用区字符U+F0A3按复选框□处理", en: "Private-use glyph U+F0A3 read as a check box □" },
} as const satisfies Record<string, { zh: string; en: string }>;

export type FlagInfo = { zh: string; en: string };

export const FLAG_CODES = Object.keys(FLAGS) as [keyof typeof FLAGS, ...(keyof typeof FLAGS)[]];
