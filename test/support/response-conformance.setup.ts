// Integration project: a test fails when a response it caused does not match the OpenAPI
// document (see response-conformance.ts); responses made in beforeAll count for the first test.
import { describeViolations, takeResponseViolations } from './response-conformance';

function failOnViolations() {
  const violations = takeResponseViolations();
  if (violations.length > 0) throw new Error(describeViolations(violations));
}

afterEach(failOnViolations);
afterAll(failOnViolations);
