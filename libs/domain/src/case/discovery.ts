export const SEVERITIES = ['general', 'major'] as const;
/** 一般隐患 general / 重大隐患 major. */
export type Severity = (typeof SEVERITIES)[number];

/** A reference to an evidence file (photo, document) stored by the evidence service. */
export interface EvidenceRef {
  readonly evidenceId: string;
  readonly note?: string;
}

export interface Location {
  /** 村/社区 */
  readonly community: string;
  /** 网格 */
  readonly grid?: string;
  readonly building?: string;
  readonly address: string;
  readonly coordinates?: { readonly latitude: number; readonly longitude: number };
}

/** 责任单位/责任人: who must fix the hazard; outside the office. */
export interface ResponsibleParty {
  readonly name: string;
  readonly contactPerson?: string;
  readonly phone?: string;
  /** The unit's head: the person a leader interview (约谈) summons. */
  readonly head?: string;
}

/** 发现/登记: everything known when a hazard is registered. */
export interface Discovery {
  readonly location: Location;
  /** A CampaignCategory code from the hazard catalogue. */
  readonly category: string;
  /** A hazard-type code from the hazard catalogue. */
  readonly hazardType: string;
  readonly description: string;
  readonly severity: Severity;
  readonly responsibleParty: ResponsibleParty;
  /** A DepartmentCode: the 科室 answerable for the case, whose leader receives alerts. */
  readonly department: string;
  readonly evidence: readonly EvidenceRef[];
  readonly discoveredAt: string;
  /** 当场整改: fixed on the spot; the case closes at once with this evidence. */
  readonly fixedOnSpot?: { readonly evidence: readonly EvidenceRef[]; readonly note?: string };
  /**
   * The campaign (专项行动) the case belongs to: the one named at registration, else the one
   * whose period covers `discoveredAt` when it was registered. Absent when none did.
   */
  readonly campaignId?: string;
}
