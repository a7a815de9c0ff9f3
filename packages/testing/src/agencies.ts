/**
 * Plausible agencies: real-sounding place names and the departments that publish reports, with
 * the agency kind each name implies. Data only (Chinese strings are data here).
 */
import type { AgencyKind } from "@xxgk/schema";
import type { Random } from "./random.js";

export interface Agency {
  readonly name: string;
  readonly kind: AgencyKind;
}

const provinces = ["江苏省", "浙江省", "山东省", "福建省", "安徽省", "河南省", "湖北省", "四川省", "广东省", "江西省"] as const;
const cities = ["淮安市", "宿迁市", "淄博市", "温州市", "泉州市", "芜湖市", "洛阳市", "宜昌市", "绵阳市", "佛山市", "赣州市", "盐城市"] as const;
const counties = ["洪泽区", "沭阳县", "张店区", "瑞安市", "晋江市", "繁昌区", "偃师区", "枝江市", "江油市", "顺德区", "瑞金市", "东台市", "涟水县", "泗阳县"] as const;
const townships = ["城关镇", "新河镇", "临湖镇", "东城街道", "西湖街道", "南山镇", "白马乡", "高桥镇"] as const;
const departments = [
  "发展和改革委员会",
  "教育局",
  "财政局",
  "人力资源和社会保障局",
  "自然资源和规划局",
  "生态环境局",
  "住房和城乡建设局",
  "交通运输局",
  "农业农村局",
  "卫生健康委员会",
  "市场监督管理局",
  "应急管理局",
  "民政局",
  "司法局",
  "审计局",
  "统计局",
  "医疗保障局",
  "机关事务服务中心",
] as const;
const provincialDepartments = ["发展和改革委员会", "教育厅", "财政厅", "自然资源厅", "生态环境厅", "交通运输厅", "卫生健康委员会", "市场监督管理局"] as const;
const ministries = ["国家统计局", "国家林业和草原局", "国家知识产权局", "国家医疗保障局", "国家粮食和物资储备局"] as const;
const authorized = ["住房公积金管理中心", "社会保险事业管理中心", "公共资源交易中心"] as const;

/** A random agency of a random kind (kinds weighted roughly as reports are published). */
export function randomAgency(random: Random): Agency {
  const roll = random.next();
  const province = random.pick(provinces);
  const city = random.pick(cities);
  const county = random.pick(counties);
  if (roll < 0.3) return { name: `${city}${county}${random.pick(departments)}`, kind: "countyDepartment" };
  if (roll < 0.5) return { name: `${city}${random.pick(departments)}`, kind: "prefecturalDepartment" };
  if (roll < 0.62) return { name: `${city}${county}人民政府`, kind: "countyGovernment" };
  if (roll < 0.72) {
    const township = random.pick(townships);
    return { name: `${county}${township}${township.endsWith("街道") ? "办事处" : "人民政府"}`, kind: "townshipGovernment" };
  }
  if (roll < 0.8) return { name: `${city}人民政府`, kind: "prefecturalGovernment" };
  if (roll < 0.88) return { name: `${province}${random.pick(provincialDepartments)}`, kind: "provincialDepartment" };
  if (roll < 0.92) return { name: `${province}人民政府`, kind: "provincialGovernment" };
  if (roll < 0.96) return { name: random.pick(ministries), kind: "stateCouncilDepartment" };
  return { name: `${city}${random.pick(authorized)}`, kind: "authorizedOrganization" };
}

/** Whether the agency may make 规章 (only these kinds have the power). */
export function hasRuleMakingPower(kind: AgencyKind): boolean {
  return kind === "stateCouncilDepartment" || kind === "provincialGovernment" || kind === "prefecturalGovernment";
}

export function isGovernment(kind: AgencyKind): boolean {
  return kind === "provincialGovernment" || kind === "prefecturalGovernment" || kind === "countyGovernment" || kind === "townshipGovernment";
}
