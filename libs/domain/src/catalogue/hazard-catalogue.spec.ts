import catalogue from './hazard-catalogue.json';
import {
  CAMPAIGN_CATEGORIES,
  CAMPAIGN_CATEGORY_CODES,
  DEPARTMENT_CODES,
  DEPARTMENTS,
  findHazardType,
  HAZARD_TYPES,
  hazardTypesOf,
  isCampaignCategory,
} from './hazard-catalogue';

const departmentCodes = new Set<string>(DEPARTMENTS.map((department) => department.code));

describe('hazard catalogue', () => {
  it('has exactly the seven campaign categories of the notice, in the tuple order', () => {
    expect(catalogue.campaignCategories.map((category) => category.code)).toEqual([
      ...CAMPAIGN_CATEGORY_CODES,
    ]);
    expect(CAMPAIGN_CATEGORY_CODES).toHaveLength(7);
  });

  it('has exactly the departments of the DepartmentCode union', () => {
    expect(catalogue.departments.map((department) => department.code)).toEqual([
      ...DEPARTMENT_CODES,
    ]);
  });

  it('gives every category a lead department that exists', () => {
    for (const category of CAMPAIGN_CATEGORIES) {
      expect(departmentCodes).toContain(category.leadDepartment);
    }
  });

  it('files every hazard type under an existing category', () => {
    for (const type of HAZARD_TYPES) expect(CAMPAIGN_CATEGORY_CODES).toContain(type.category);
  });

  it('gives hazard types unique codes prefixed by their category', () => {
    const codes = HAZARD_TYPES.map((type) => type.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const type of HAZARD_TYPES) {
      expect(type.code).toMatch(new RegExp(`^${type.category}\\.[a-z][a-z_]*$`));
    }
  });

  it('gives every category at least three hazard types', () => {
    for (const category of CAMPAIGN_CATEGORY_CODES) {
      expect(hazardTypesOf(category).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('names every entry in Chinese and English and points any override at a department', () => {
    for (const entry of [...DEPARTMENTS, ...CAMPAIGN_CATEGORIES, ...HAZARD_TYPES]) {
      expect(entry.nameZh).toMatch(/\p{Script=Han}/u);
      expect(entry.nameEn).toMatch(/^[A-Z]/);
    }
    for (const type of HAZARD_TYPES) {
      if (type.leadDepartment !== undefined) expect(departmentCodes).toContain(type.leadDepartment);
    }
  });

  it('marks the faults of the 25 priority high-rises as major', () => {
    for (const code of ['automatic_alarm_fault', 'smoke_control_fault', 'sprinkler_fault']) {
      expect(findHazardType(`high_rise.${code}`)?.typicalSeverity).toBe('major');
    }
  });

  it('gives blocked life passages to 规环办, which leads that drive', () => {
    expect(findHazardType('high_rise.life_passage_blocked')?.leadDepartment).toBe(
      'planning_environment',
    );
  });
});

describe(findHazardType.name, () => {
  it('finds a hazard type by code', () => {
    expect(findHazardType('electric_bike.parked_in_stairwell')).toMatchObject({
      category: 'electric_bike',
      nameZh: '在楼梯间违规停放电动车',
    });
  });

  it('returns undefined for an unknown code', () => {
    expect(findHazardType('electric_bike.parked_on_the_moon')).toBeUndefined();
  });
});

describe(hazardTypesOf.name, () => {
  it('returns only the given category', () => {
    const types = hazardTypesOf('fireworks');
    expect(types.map((type) => type.code)).toEqual([
      'fireworks.illegal_sale',
      'fireworks.illegal_storage',
      'fireworks.discharged_in_no_fireworks_zone',
      'fireworks.ancestral_worship_fire',
    ]);
  });
});

describe(isCampaignCategory.name, () => {
  it.each([
    ['weak_area', true],
    ['high_rise', true],
    ['highrise', false],
    ['', false],
  ])('%p → %p', (value, expected) => {
    expect(isCampaignCategory(value)).toBe(expected);
  });
});
