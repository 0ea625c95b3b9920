import {
  CAMPAIGN_CATEGORIES,
  type CampaignCategory,
  DEPARTMENTS,
  HAZARD_TYPES,
  type HazardType,
  SEVERITY_LABELS,
} from '@firecase/domain';
import type { DepartmentRecord } from '@firecase/persistence';
import { normalise } from '../organisation-names';

/** A cell read as a code of the catalogue, or why it could not be. */
export type CodeOf = { readonly code: string } | { readonly problem: string };

const CATEGORY_BY_TEXT = lookup(CAMPAIGN_CATEGORIES.map((c) => [c.code, [c.code, c.nameZh]]));
const HAZARD_TYPE_BY_CODE = new Map(HAZARD_TYPES.map((type) => [normalise(type.code), type]));
const SEVERITY_BY_TEXT = lookup([
  ['general', ['general', SEVERITY_LABELS.general, '一般']],
  ['major', ['major', SEVERITY_LABELS.major, '重大']],
]);

/** 隐患类别, by its code or its Chinese name (高层、多层建筑). */
export function categoryOf(text: string): CodeOf {
  const code = CATEGORY_BY_TEXT.get(normalise(text));
  return code
    ? { code }
    : {
        problem: `「${text}」不是隐患类别，可选：${CAMPAIGN_CATEGORIES.map((c) => c.nameZh).join('、')}`,
      };
}

/**
 * 隐患类型, by its code or its Chinese name, looked for among the category's types first (a name
 * is unique in the catalogue today; the category keeps it so if two ever share one).
 */
export function hazardTypeOf(text: string, category: string | undefined): CodeOf {
  const wanted = normalise(text);
  const byCode = HAZARD_TYPE_BY_CODE.get(wanted);
  if (byCode) return { code: byCode.code };
  const named = HAZARD_TYPES.filter((type) => normalise(type.nameZh) === wanted);
  const found: HazardType | undefined =
    named.find((type) => type.category === category) ?? named.at(0);
  if (found) return { code: found.code };
  const choices = HAZARD_TYPES.filter((type) => type.category === category).map((t) => t.nameZh);
  return {
    problem:
      choices.length > 0
        ? `「${text}」不是该类别的隐患类型，可选：${choices.join('、')}`
        : `「${text}」不是目录中的隐患类型`,
  };
}

/** The category a hazard type belongs to, when a row names the type alone. */
export function categoryOfHazardType(code: string): CampaignCategory | undefined {
  return HAZARD_TYPE_BY_CODE.get(normalise(code))?.category;
}

/** 隐患等级: 一般隐患/重大隐患 (一般/重大), or general/major. */
export function severityOf(text: string): CodeOf {
  const code = SEVERITY_BY_TEXT.get(normalise(text));
  return code
    ? { code }
    : {
        problem: `「${text}」不是隐患等级，可选：${SEVERITY_LABELS.general}、${SEVERITY_LABELS.major}`,
      };
}

/** 责任科室, by its code, the catalogue's name (规环办) or the name the organisation gave it. */
export function departmentLookup(departments: readonly DepartmentRecord[]) {
  const byText = lookup([
    ...DEPARTMENTS.map((d): [string, string[]] => [d.code, [d.code, d.nameZh]]),
    ...departments.map((d): [string, string[]] => [d.code, [d.name]]),
  ]);
  return (text: string): CodeOf => {
    const code = byText.get(normalise(text));
    return code
      ? { code }
      : {
          problem: `「${text}」不是责任科室，可选：${DEPARTMENTS.map((d) => d.nameZh).join('、')}`,
        };
  };
}

/** Text → code, each code under all of its names; the first code to claim a name keeps it. */
function lookup(entries: readonly (readonly [string, readonly string[]])[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const [code, names] of entries) {
    for (const name of names) if (!map.has(normalise(name))) map.set(normalise(name), code);
  }
  return map;
}
