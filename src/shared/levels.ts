/** The 2021 framework (财预〔2021〕101号): every level-2 indicator class under its level-1 class. */
import type { Level1, Level2 } from "../model/schema.ts";

export const LEVEL2_PARENT: Record<Level2, Level1> = {
  经济成本指标: "成本指标",
  社会成本指标: "成本指标",
  生态环境成本指标: "成本指标",
  数量指标: "产出指标",
  质量指标: "产出指标",
  时效指标: "产出指标",
  过程管理指标: "产出指标",
  经济效益指标: "效益指标",
  社会效益指标: "效益指标",
  生态效益指标: "效益指标",
  可持续影响指标: "效益指标",
  服务对象满意度指标: "满意度指标",
};
