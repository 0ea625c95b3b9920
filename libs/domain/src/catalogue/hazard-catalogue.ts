// The checklists of the notice (万州太白办发〔2023〕96号) as data, so that adding an item is an edit
// to hazard-catalogue.json, not to code. No Node imports: the workflow bundle includes this file.
import catalogue from './hazard-catalogue.json';

/** 专项整治类别: the seven campaigns of the notice, in its order. */
export const CAMPAIGN_CATEGORY_CODES = [
  'high_rise', // 高层、多层建筑
  'enterprise', // 重点企业、厂房库房、生产小作坊
  'hazardous_chemicals', // 危化企业
  'fireworks', // 烟花爆竹
  'crowded_place', // 人员密集场所
  'electric_bike', // 电动车辆
  'weak_area', // 薄弱区域 (城乡结合部 and other "洼地")
] as const;
export type CampaignCategory = (typeof CAMPAIGN_CATEGORY_CODES)[number];

/** 科室: the office's departments that lead or support a campaign. */
export const DEPARTMENT_CODES = [
  'planning_environment', // 规环办
  'emergency', // 应急办
  'economic_development', // 经发办
  'social_affairs', // 社事办
  'cultural_service', // 文化服务中心
  'enforcement', // 综合执法大队
] as const;
export type DepartmentCode = (typeof DEPARTMENT_CODES)[number];

export interface DepartmentDefinition {
  readonly code: DepartmentCode;
  readonly nameZh: string;
  readonly nameEn: string;
}

export interface CampaignCategoryDefinition {
  readonly code: CampaignCategory;
  readonly nameZh: string;
  readonly nameEn: string;
  /**
   * 牵头科室. Crowded places have no single lead in the notice (经发办 for hotels, restaurants and
   * markets, 社事办 for schools and hospitals, 文化服务中心 for entertainment venues): 经发办 is the
   * default and the officer picks the department per case.
   */
  readonly leadDepartment: DepartmentCode;
}

export interface HazardType {
  /** `<category>.<item>`, e.g. 'high_rise.fire_passage_occupied'; stored on every case. */
  readonly code: string;
  readonly category: CampaignCategory;
  readonly nameZh: string;
  readonly nameEn: string;
  /** 一般/重大 as usually found; the inspector sets the case's own severity. */
  readonly typicalSeverity: 'general' | 'major';
  /** Only where the notice gives this item to another department than the category's lead. */
  readonly leadDepartment?: DepartmentCode;
}

export const DEPARTMENTS: readonly DepartmentDefinition[] = catalogue.departments.map((entry) =>
  Object.freeze({ ...entry, code: oneOf(DEPARTMENT_CODES, entry.code, 'department') }),
);

export const CAMPAIGN_CATEGORIES: readonly CampaignCategoryDefinition[] =
  catalogue.campaignCategories.map((entry) =>
    Object.freeze({
      ...entry,
      code: oneOf(CAMPAIGN_CATEGORY_CODES, entry.code, 'campaign category'),
      leadDepartment: oneOf(DEPARTMENT_CODES, entry.leadDepartment, 'department'),
    }),
  );

export const HAZARD_TYPES: readonly HazardType[] = catalogue.hazardTypes.map(
  ({ leadDepartment, ...entry }) =>
    Object.freeze({
      ...entry,
      category: oneOf(CAMPAIGN_CATEGORY_CODES, entry.category, 'campaign category'),
      typicalSeverity: oneOf(['general', 'major'] as const, entry.typicalSeverity, 'severity'),
      ...(leadDepartment === undefined
        ? {}
        : { leadDepartment: oneOf(DEPARTMENT_CODES, leadDepartment, 'department') }),
    }),
);

const HAZARD_TYPES_BY_CODE: ReadonlyMap<string, HazardType> = new Map(
  HAZARD_TYPES.map((type) => [type.code, type]),
);

export function isCampaignCategory(value: string): value is CampaignCategory {
  return (CAMPAIGN_CATEGORY_CODES as readonly string[]).includes(value);
}

export function findHazardType(code: string): HazardType | undefined {
  return HAZARD_TYPES_BY_CODE.get(code);
}

export function hazardTypesOf(category: CampaignCategory): readonly HazardType[] {
  return HAZARD_TYPES.filter((type) => type.category === category);
}

// The JSON is typed as plain strings; checking each code once at load keeps the unions honest, so a
// typo in the data fails every test run instead of reaching a case record.
function oneOf<T extends string>(allowed: readonly T[], value: string, what: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new Error(`hazard-catalogue.json: unknown ${what} "${value}"`);
  }
  return value as T;
}
