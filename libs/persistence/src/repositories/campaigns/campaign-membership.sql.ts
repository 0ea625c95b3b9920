/**
 * SQL for "case `h` belongs to campaign `c`" (`h` a hazard_case row, `c` a campaign row). The
 * read model keeps the campaign in `hazard_case.campaign_id`: the one the case's registration
 * recorded (named, or covering its discovery then), else the one that claimed it when defined.
 */
export function campaignMemberSql(h: string, c: string): string {
  return `${h}.campaign_id = ${c}.code`;
}
