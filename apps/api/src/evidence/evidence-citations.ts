import { Injectable } from '@nestjs/common';
import { ValidationError } from 'class-validator';
import { EvidenceRepository } from '@firecase/persistence';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { mayReadEvidence } from '../authz/evidence-access';
import { FieldValidationException } from '../errors/field-validation.exception';

/** One `{evidenceId}` a request cites, and where in the body it stands. */
export interface CitedEvidence {
  /** Path of the field, e.g. ['fixedOnSpot', 'evidence', 0, 'evidenceId']. */
  readonly path: readonly (string | number)[];
  readonly evidenceId: string;
}

/**
 * Checks that every evidence id an action or an opening cites is stored and readable by the
 * acting user, so a case never rests on evidence that is not there or not theirs to use.
 */
@Injectable()
export class EvidenceCitationChecker {
  constructor(private readonly evidence: EvidenceRepository) {}

  /** Throws 400 naming each cited id that is missing or not readable by the user. */
  async assertCitable(user: AuthenticatedUser, body: unknown): Promise<void> {
    const cited = citedEvidenceOf(body);
    if (cited.length === 0) return;
    const readers = await this.evidence.findReaders(cited.map((c) => c.evidenceId));
    const refused = cited.filter((c) => {
      const found = readers.get(c.evidenceId.toLowerCase());
      return found === undefined || !mayReadEvidence(user, found);
    });
    if (refused.length === 0) return;
    // One message for both cases: a record the user may not read is as unknown as a missing one.
    throw new FieldValidationException(
      refused.map((c) =>
        errorAt(
          c.path,
          `evidence ${c.evidenceId} does not exist or is not yours to cite (upload it with POST /evidence first)`,
        ),
      ),
    );
  }
}

/** Every `evidence: [{evidenceId}]` list in the body, at any depth (e.g. fixedOnSpot.evidence). */
export function citedEvidenceOf(body: unknown, path: (string | number)[] = []): CitedEvidence[] {
  if (body === null || typeof body !== 'object') return [];
  return Object.entries(body as Record<string, unknown>).flatMap(([key, value]) => {
    if (key === 'evidence' && Array.isArray(value)) {
      return value.flatMap((ref: unknown, index) => {
        const evidenceId = (ref as { evidenceId?: unknown } | null)?.evidenceId;
        return typeof evidenceId === 'string'
          ? [{ path: [...path, key, index, 'evidenceId'], evidenceId }]
          : [];
      });
    }
    return Array.isArray(value) ? [] : citedEvidenceOf(value, [...path, key]);
  });
}

/** A class-validator error at a nested path, so the 400 names the field as validation does. */
function errorAt(path: readonly (string | number)[], message: string): ValidationError {
  const [head, ...rest] = path;
  const error = new ValidationError();
  error.property = String(head);
  error.children = [];
  if (rest.length === 0) error.constraints = { citable: message };
  else error.children = [errorAt(rest, message)];
  return error;
}
