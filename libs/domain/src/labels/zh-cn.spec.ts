import { CASE_STATUSES } from '../case/case-status';
import { CaseErrorCode } from '../case/case-error';
import { DEPARTMENTS, HAZARD_TYPES } from '../catalogue/hazard-catalogue';
import {
  API_ERROR_CODE_LABELS,
  categoryLabel,
  departmentLabel,
  ERROR_CODE_LABELS,
  hazardTypeLabel,
  labelOf,
  STATUS_LABELS,
} from './zh-cn';

const HAN = /\p{Script=Han}/u;

describe('zh-CN labels', () => {
  it('names every status and every refusal code in Chinese', () => {
    for (const status of CASE_STATUSES) expect(STATUS_LABELS[status]).toMatch(HAN);
    for (const code of Object.values(CaseErrorCode)) expect(ERROR_CODE_LABELS[code]).toMatch(HAN);
    for (const label of Object.values(API_ERROR_CODE_LABELS)) expect(label).toMatch(HAN);
  });

  it('takes departments, categories and hazard types from the catalogue', () => {
    expect(departmentLabel('emergency')).toBe('应急办');
    expect(categoryLabel('electric_bike')).toMatch(HAN);
    for (const type of HAZARD_TYPES) expect(hazardTypeLabel(type.code)).toBe(type.nameZh);
    for (const department of DEPARTMENTS) expect(departmentLabel(department.code)).toMatch(HAN);
  });

  it('falls back to the code itself for an unknown one', () => {
    expect(departmentLabel('no_such_office')).toBe('no_such_office');
    expect(labelOf(STATUS_LABELS, 'unheard_of')).toBe('unheard_of');
  });
});
