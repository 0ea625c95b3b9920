/**
 * SQL for "case `h` belongs to campaign `c`": the campaign its registration recorded, or, for a
 * case registered before any campaign covered it, the campaign covering its discovery that
 * started last (lower code on a tie) — the rule of `campaignCovering` in @firecase/domain.
 * `h` is a hazard_case row, `c` a campaign row; the campaign table is small, so the NOT EXISTS
 * costs a few comparisons per case.
 */
export function campaignMemberSql(h: string, c: string): string {
  return `(${h}.campaign_id = ${c}.code OR (${h}.campaign_id IS NULL
      AND ${h}.discovered_at >= ${c}.starts_at AND ${h}.discovered_at < ${c}.ends_at
      AND ${c}.status <> 'cancelled'
      AND NOT EXISTS (SELECT 1 FROM campaign later
            WHERE later.status <> 'cancelled' AND later.code <> ${c}.code
              AND later.starts_at <= ${h}.discovered_at AND later.ends_at > ${h}.discovered_at
              AND (later.starts_at > ${c}.starts_at
                   OR (later.starts_at = ${c}.starts_at AND later.code < ${c}.code)))))`;
}
