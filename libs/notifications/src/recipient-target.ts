import type { Audience, CaseState } from '@firecase/domain';

/**
 * Whom a notification is addressed to, before anyone is looked up. A case notification names an
 * audience (resolved against its case); one that is about no case (campaign warnings, digests,
 * reports) names targets directly.
 */
export type RecipientTarget =
  | { readonly type: 'user'; readonly userId: string }
  | {
      readonly type: 'department_role';
      readonly department: string;
      readonly role: 'officer' | 'supervisor';
    }
  /** 责任领导: the supervisor marked as the department's leader. */
  | { readonly type: 'department_leader'; readonly department: string }
  /** The officers who cover the community (村/社区). */
  | { readonly type: 'community_staff'; readonly community: string }
  /** Someone outside the office, reached by SMS only (a responsible party). */
  | { readonly type: 'phone'; readonly phone: string; readonly name: string };

/** The part of a case the audiences are resolved against. */
export type CaseForRecipients = Pick<CaseState, 'registeredBy' | 'discovery'> & {
  readonly assignedOfficer?: { readonly userId: string; readonly name: string };
};

/**
 * The audience → people rule: officer is the case's assigned officer (承办人, by default whoever
 * registered it), supervisor the department's supervisors, department_leader its leader,
 * responsible_party the party's phone. An empty answer means nobody can be reached.
 */
export function targetsOfAudience(
  audience: Audience,
  state: CaseForRecipients,
  params: Readonly<Record<string, string>> = {},
): RecipientTarget[] {
  const department = state.discovery.department;
  switch (audience) {
    case 'officer': {
      // officer_reassigned names the new officer itself: the snapshot may still show the old one.
      const userId = params.officerUserId ?? (state.assignedOfficer ?? state.registeredBy).userId;
      return [{ type: 'user', userId }];
    }
    case 'supervisor':
      return [{ type: 'department_role', department, role: 'supervisor' }];
    case 'department_leader':
      return [{ type: 'department_leader', department }];
    case 'responsible_party': {
      const party = state.discovery.responsibleParty;
      const phone = mobilePhoneOf(party.phone);
      return phone ? [{ type: 'phone', phone, name: party.contactPerson ?? party.name }] : [];
    }
  }
}

/** A mainland mobile number (11 digits) from how people write it (+86, spaces, dashes), or none. */
export function mobilePhoneOf(written: string | undefined): string | undefined {
  const digits = written?.replace(/[\s-]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '');
  return digits && /^1[3-9]\d{9}$/.test(digits) ? digits : undefined;
}
