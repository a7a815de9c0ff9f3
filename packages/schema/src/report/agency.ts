/**
 * Kinds of issuing agency. The kind decides which rules apply (rule-making power, deadlines,
 * the accountability results that only governments report).
 */

export const agencyKinds = [
  "stateCouncilDepartment",
  "provincialGovernment",
  "prefecturalGovernment",
  "countyGovernment",
  "townshipGovernment",
  "provincialDepartment",
  "prefecturalDepartment",
  "countyDepartment",
  "authorizedOrganization",
] as const;

export type AgencyKind = (typeof agencyKinds)[number];

export interface AgencyKindDefinition {
  readonly id: AgencyKind;
  /** The Chinese name of the kind. */
  readonly label: string;
  readonly labelEn: string;
  /** Administrative level of the government the agency is or belongs to. */
  readonly level: "state" | "province" | "prefecture" | "county" | "township" | "other";
  /** A people's government itself (its report is compiled by its general office). */
  readonly isGovernment: boolean;
  /** Whether the 立法法 gives this kind of agency the power to make 规章. */
  readonly ruleMakingPower: "yes" | "no" | "department-of-rule-maker";
  /** Statutory publication deadline (article 49): day after the report year, as month-day. */
  readonly deadline: { readonly month: number; readonly day: number } | null;
}

export const agencyKindDefinitions: readonly AgencyKindDefinition[] = [
  {
    id: "stateCouncilDepartment",
    label: "国务院部门",
    labelEn: "State Council department",
    level: "state",
    isGovernment: false,
    ruleMakingPower: "yes",
    deadline: { month: 1, day: 31 },
  },
  {
    id: "provincialGovernment",
    label: "省级人民政府",
    labelEn: "provincial government",
    level: "province",
    isGovernment: true,
    ruleMakingPower: "yes",
    deadline: { month: 3, day: 31 },
  },
  {
    id: "prefecturalGovernment",
    label: "设区的市级人民政府、自治州人民政府",
    labelEn: "government of a districted city or autonomous prefecture",
    level: "prefecture",
    isGovernment: true,
    ruleMakingPower: "yes",
    deadline: { month: 3, day: 31 },
  },
  {
    id: "countyGovernment",
    label: "县级人民政府",
    labelEn: "county-level government",
    level: "county",
    isGovernment: true,
    ruleMakingPower: "no",
    deadline: { month: 3, day: 31 },
  },
  {
    id: "townshipGovernment",
    label: "乡镇人民政府、街道办事处",
    labelEn: "township government or subdistrict office",
    level: "township",
    isGovernment: true,
    ruleMakingPower: "no",
    deadline: null,
  },
  {
    id: "provincialDepartment",
    label: "省级人民政府部门",
    labelEn: "department of a provincial government",
    level: "province",
    isGovernment: false,
    ruleMakingPower: "department-of-rule-maker",
    deadline: { month: 1, day: 31 },
  },
  {
    id: "prefecturalDepartment",
    label: "设区的市级人民政府部门",
    labelEn: "department of a districted-city government",
    level: "prefecture",
    isGovernment: false,
    ruleMakingPower: "department-of-rule-maker",
    deadline: { month: 1, day: 31 },
  },
  {
    id: "countyDepartment",
    label: "县级人民政府部门",
    labelEn: "department of a county-level government",
    level: "county",
    isGovernment: false,
    ruleMakingPower: "no",
    deadline: { month: 1, day: 31 },
  },
  {
    id: "authorizedOrganization",
    label: "法律、法规授权的具有管理公共事务职能的组织",
    labelEn: "organisation authorised by law to manage public affairs",
    level: "other",
    isGovernment: false,
    ruleMakingPower: "no",
    deadline: null,
  },
];

export function getAgencyKind(id: AgencyKind): AgencyKindDefinition {
  const definition = agencyKindDefinitions.find((candidate) => candidate.id === id);
  if (definition === undefined) throw new RangeError(`Unknown agency kind: ${String(id)}`);
  return definition;
}
