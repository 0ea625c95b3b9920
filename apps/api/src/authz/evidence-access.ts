import type { EvidenceReaders } from '@firecase/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { caseScopeOf, isInScope } from './case-scope';

/**
 * Who may read an evidence record, and so cite it in an action: auditors; its uploader; the
 * department it was uploaded for; and whoever may read a case that cites it (the evidence a case
 * rests on is part of the case).
 */
export function mayReadEvidence(user: AuthenticatedUser, readers: EvidenceReaders): boolean {
  if (user.role === 'auditor' || readers.uploaderId === user.id) return true;
  if (readers.uploaderDepartment !== null && readers.uploaderDepartment === user.departmentCode)
    return true;
  const scope = caseScopeOf(user);
  return readers.citingCases.some((citing) =>
    isInScope(scope, { department: citing.department, community: citing.community }),
  );
}
