/**
 * What other cells say about a value: a unit cell (度量单位), a value-type cell
 * (指标值类型), a sign or a unit printed with the indicator name.
 *
 * The value cell is the primary evidence. Another cell only fills in what the
 * value leaves open. Where they disagree the reading is flagged cellConflict and:
 *   - becomes unparsed when the disagreement is about the number's unit or its
 *     comparison (49.05万|%, 100|5, ≥90%|≤): we cannot tell which one to quote;
 *   - otherwise keeps what the value cell says and ignores the other cell
 *     (4-6|次|≥ stays the range 4–6 次; 中小企业|%|定性 stays text; 100|%|定性 stays 100 %).
 */
import type { Target } from "../../model/schema.ts";
import { nameSign, signOf } from "./operators.ts";
import { compactSpaces, readValue, withOp } from "./reading.ts";
import { flagged, unparsed, type Comparison, type Reading, type TargetContext } from "./types.ts";
import { knownUnit, unitField } from "./units.ts";

const conflict = (): Reading => unparsed(["cellConflict"]);
const isBareNumber = (r: Reading) => (r.kind === "quantity" || r.kind === "range") && !r.unit && r.scale === undefined;
const hasReading = (r: Reading) => r.kind !== "empty" && r.kind !== "unparsed";

/** A comparison from outside the value cell; taken once when the value prints the same one. */
function addOutsideOp(reading: Reading, op: Comparison, source: "valueType" | "indicatorName"): Reading {
  if (!hasReading(reading)) return reading;
  if (reading.op !== undefined) return reading.op === op ? reading : conflict();
  const compared = withOp(reading, op, source);
  if (!compared) return flagged(reading, "cellConflict");
  return source === "indicatorName" ? flagged(compared, "opFromNameCell") : compared;
}

/** A trailing sign (服务对象满意度≥) or unit (工艺美术展览展示活动（次）) of the indicator name. */
export function withNameEvidence(reading: Reading, ctx: TargetContext): Reading {
  const sign = nameSign(ctx.name);
  return withNameUnit(sign ? addOutsideOp(reading, sign, "indicatorName") : reading, ctx.name);
}

const NAME_UNIT = /[（(]([^（）()]+)[）)]$/u;

/**
 * Only a unit of the tables, and not a time unit: 完成时间（月） does not say
 * whether 12 is December or twelve months. A value that prints its own unit
 * keeps it; a different one in the name is flagged unitMismatch.
 */
function withNameUnit(reading: Reading, name: string | null): Reading {
  const raw = NAME_UNIT.exec(name?.trim() ?? "")?.[1];
  const entry = raw === undefined ? null : knownUnit(raw);
  if (raw === undefined || !entry || entry.dimension === "time") return reading;
  if (reading.kind !== "quantity" && reading.kind !== "range") return reading;
  if (reading.unit) return reading.unit.normalized === entry.normalized ? reading : flagged(reading, "unitMismatch");
  // A bare 万 keeps its scale alone: 170万 under （万元） would otherwise read 170万万元.
  if (reading.scale !== undefined) return reading;
  const withUnit: Reading = { ...reading, unit: unitField(raw, entry, "indicatorName") };
  return flagged(withUnit, "unitFromIndicatorName", ...(entry.flag ? [entry.flag] : []));
}

/** Unit cells that say "no unit": blank, placeholders, and the yes/no echoes of 定性 rows (是|是, 增长|是). */
const NO_UNIT = new Set(["", "-", "/", "—", "－", "／", "无", "是", "否"]);

export function withUnitCell(reading: Reading, value: string, cell: string | undefined, ctx: TargetContext): Reading {
  const unit = compactSpaces(cell?.trim() ?? "");
  // An echo of the value's own ending (2次|次, 满意度≥95%|%) adds nothing.
  const echo = !/\d/.test(unit) && value.endsWith(unit);
  if (NO_UNIT.has(unit) || echo || !hasReading(reading)) return reading;
  if (isBareNumber(reading)) return glued(reading, value, unit, ctx);
  if (reading.kind === "qualitative") return flagged(reading, "cellConflict");
  const agrees =
    reading.unit?.source === "value" &&
    reading.scale === undefined &&
    knownUnit(unit)?.normalized === reading.unit.normalized;
  return agrees ? reading : conflict();
}

/**
 * A bare number and its unit cell read as one value (20|次 → 20次, 33.3|万 →
 * 33.3万, 12|月 → 12月), so every rule of the grammar applies once. A unit cell
 * with digits (100|5) is not a unit. A deadline made this way (12|月, 2023|年)
 * is taken only under 时效指标: elsewhere 3|月 is as likely three months as March.
 */
function glued(bare: Reading, value: string, unit: string, ctx: TargetContext): Reading {
  if (/\d/.test(unit)) return conflict();
  const reading = readValue(`${value}${unit}`, ctx);
  // The unit cell must add a unit, nothing else (a cell "以上" would add a comparison).
  if (reading.kind === "unparsed" || reading.op !== bare.op) return conflict();
  if (reading.kind === "deadline" && ctx.level2 !== "时效指标") return unparsed();
  return reading.unit?.source === "value" ? { ...reading, unit: { ...reading.unit, source: "unitCell" } } : reading;
}

const QUANTITATIVE: ReadonlySet<Target["kind"]> = new Set(["quantity", "range", "duration"]);

/** 指标值类型: a sign, 定性 (qualitative), 定量 (quantitative, no comparison) or a placeholder. */
export function withValueType(reading: Reading, cell: string | undefined): Reading {
  const type = cell?.trim() ?? "";
  const sign = signOf(type);
  if (sign) return addOutsideOp(reading, sign, "valueType");
  if (!/[\p{L}\d]/u.test(type) || !hasReading(reading)) return reading;
  if (type === "定性") return QUANTITATIVE.has(reading.kind) ? flagged(reading, "cellConflict") : reading;
  if (type === "定量") return reading.kind === "qualitative" ? flagged(reading, "cellConflict") : reading;
  return flagged(reading, "cellConflict");
}
