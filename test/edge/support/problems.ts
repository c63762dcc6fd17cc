import { expect } from 'vitest';
import { type Problem, ProblemSchema, problemType } from '../../../shared/api/problem';

/** Asserts an RFC 9457 answer of our shape, and returns its body. */
export async function expectProblem(
  response: Response,
  status: number,
  code: Problem['code'],
): Promise<Problem> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  const problem = ProblemSchema.parse(await response.json());
  expect(problem.code).toBe(code);
  expect(problem.type).toBe(problemType(code));
  expect(problem.status).toBe(status);
  expect(problem.instance).toBe(response.headers.get('x-request-id'));
  expect(problem.detail.length).toBeGreaterThan(0);
  expect(problem.detail_en.length).toBeGreaterThan(0);
  return problem;
}
