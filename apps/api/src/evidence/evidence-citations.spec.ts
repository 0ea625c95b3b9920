import { citedEvidenceOf } from './evidence-citations';

describe(citedEvidenceOf.name, () => {
  it('finds every cited evidence id with the path of its field, at any depth', () => {
    const opening = {
      description: 'x',
      evidence: [{ evidenceId: 'a' }, { evidenceId: 'b', note: 'n' }],
      fixedOnSpot: { note: 'fixed', evidence: [{ evidenceId: 'c' }] },
    };
    expect(citedEvidenceOf(opening)).toEqual([
      { path: ['evidence', 0, 'evidenceId'], evidenceId: 'a' },
      { path: ['evidence', 1, 'evidenceId'], evidenceId: 'b' },
      { path: ['fixedOnSpot', 'evidence', 0, 'evidenceId'], evidenceId: 'c' },
    ]);
  });

  it('finds nothing in a body without evidence', () => {
    expect(citedEvidenceOf({ measuresInPlace: true, evidence: [] })).toEqual([]);
    expect(citedEvidenceOf(undefined)).toEqual([]);
  });
});
