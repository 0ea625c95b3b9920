import { KEY_PERIOD_CALLS } from '../campaign/campaign';
import { CampaignErrorCode } from '../campaign/campaign-error';
import { PLACE_TYPES } from '../campaign/place-types';
import { UNIT_KINDS } from '../units/unit';
import { UNIT_NOTIFICATION_KINDS } from '../units/unit-notification';
import { SupervisionErrorCode } from '../unit-supervision/supervision-error';
import { SUPERVISION_RUNG_KINDS } from '../unit-supervision/supervision-state';
import {
  CAMPAIGN_ERROR_CODE_LABELS,
  KEY_PERIOD_CALL_LABELS,
  PLACE_TYPE_LABELS,
  SUPERVISION_ERROR_CODE_LABELS,
  SUPERVISION_RUNG_LABELS,
  UNIT_KIND_LABELS,
  UNIT_NOTIFICATION_KIND_LABELS,
} from './zh-cn';

const HAN = /\p{Script=Han}/u;

describe('zh-CN labels of campaigns and unit supervision', () => {
  it('names the notice’s eight place types as it does', () => {
    expect(PLACE_TYPES.map((t) => PLACE_TYPE_LABELS[t])).toEqual([
      '高层建筑',
      '老旧小区',
      '文物古迹',
      '繁华商圈',
      '民宿酒店',
      '加油站',
      '重点企业',
      '九小场所',
    ]);
  });

  it('names every call, unit kind, rung and refusal code in Chinese', () => {
    for (const call of KEY_PERIOD_CALLS) expect(KEY_PERIOD_CALL_LABELS[call]).toMatch(HAN);
    for (const kind of UNIT_KINDS) expect(UNIT_KIND_LABELS[kind]).toMatch(HAN);
    for (const kind of UNIT_NOTIFICATION_KINDS) {
      expect(UNIT_NOTIFICATION_KIND_LABELS[kind]).toMatch(HAN);
    }
    for (const rung of SUPERVISION_RUNG_KINDS) expect(SUPERVISION_RUNG_LABELS[rung]).toMatch(HAN);
    for (const code of Object.values(CampaignErrorCode)) {
      expect(CAMPAIGN_ERROR_CODE_LABELS[code]).toMatch(HAN);
    }
    for (const code of Object.values(SupervisionErrorCode)) {
      expect(SUPERVISION_ERROR_CODE_LABELS[code]).toMatch(HAN);
    }
  });
});
