/**
 * Content problems: what was wrong, where, what was expected and a fix,
 * formatted as `file:line:column: message` so editors and CI can jump to it.
 */
import path from 'node:path';
import {logger} from '../upstream/docusaurus';
import type {Severity} from './names';

export interface Point {
  line: number;
  column: number;
}

/** Where in a file: a line and column, or a JSON pointer (a source read as data: TypeDoc's JSON, `.api.json`). */
export type Place = Point | {pointer: string};

export interface Problem {
  /** What was wrong, e.g. `unknown kind "apii" in :::beta`. */
  message: string;
  /** What was expected, e.g. `one of api, package, feature, model`. */
  expected?: string;
  /** How to fix it, e.g. `did you mean "api"?`. */
  suggestion?: string;
  place?: Place;
}

/** One line per problem: `file:line:column: message; expected …; suggestion`. */
export function formatProblem(problem: Problem, filePath: string | undefined): string {
  const at = placeText(filePath, problem.place);
  const expected = problem.expected ? `; expected ${problem.expected}` : '';
  const suggestion = problem.suggestion ? ` (${problem.suggestion})` : '';
  return `${at}: ${problem.message}${expected}${suggestion}`;
}

/** `file:line:column`, or `file#/json/pointer`. */
export function placeText(filePath: string | undefined, place: Place | undefined): string {
  const where = filePath ? displayPath(filePath) : '<input>';
  if (!place) {
    return where;
  }
  if ('pointer' in place) {
    // The whole document (pointer ""): the file alone.
    return place.pointer === '' ? where : `${where}#${place.pointer}`;
  }
  return `${where}:${place.line}:${place.column}`;
}

/** A path as messages show it: relative to the working directory when inside it, with "/". */
export function displayPath(filePath: string): string {
  const relative = path.relative(process.cwd(), filePath);
  return (relative.startsWith('..') ? filePath : relative).split(path.sep).join('/');
}

/** The error thrown for content problems under severity "throw". */
export class ClassificationError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(
      problems.length === 1
        ? `Invalid classification: ${problems[0]}`
        : `Invalid classification (${problems.length} problems):\n${problems.map((line) => `- ${line}`).join('\n')}`,
    );
    this.name = 'ClassificationError';
    this.problems = problems;
    // A content mistake, not a crash: the message says where; frames would only bury it.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** Reports problems with the configured severity; throws once for all of them. */
export function reportProblems(lines: string[], severity: Severity): void {
  if (lines.length === 0 || severity === 'ignore') {
    return;
  }
  if (severity === 'throw') {
    throw new ClassificationError(lines);
  }
  for (const line of lines) {
    if (severity === 'warn') {
      logger.warn(`[classification] ${line}`);
    } else {
      logger.info(`[classification] ${line}`);
    }
  }
}

/** The closest candidate within a small edit distance, for "did you mean". */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(input.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = Math.max(1, Math.min(3, Math.floor(input.length / 2)));
  return bestDistance <= limit ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** "did you mean …?" for a near miss, else an example to copy. */
export function didYouMean(input: string, candidates: readonly string[]): string {
  const match = closest(input, candidates);
  return match ? `did you mean "${match}"?` : `for example "${candidates[0] ?? ''}"`;
}
