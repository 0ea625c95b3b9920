/**
 * The kinds of place the notice sends a key period's concentrated inspection (集中检查) to, in its
 * order: 高层建筑, 老旧小区, 文物古迹, 繁华商圈, 民宿酒店, 加油站, 重点企业, 九小场所.
 * Their Chinese names are in labels/zh-cn.ts.
 */
export const PLACE_TYPES = [
  'high_rise_building',
  'old_residential_compound',
  'heritage_site',
  'shopping_district',
  'hotel_homestay',
  'petrol_station',
  'key_enterprise',
  'nine_small_places',
] as const;
export type PlaceType = (typeof PLACE_TYPES)[number];

export function isPlaceType(value: string): value is PlaceType {
  return (PLACE_TYPES as readonly string[]).includes(value);
}
