/**
 * When a run fails a build: any error-severity finding (as ESLint), more warnings than
 * `--max-warnings`, or a score under `--min-score`: the workspace's overall score (`90`), an
 * area's (`a11y=90`), or every page's and component's own overall score (`page=50`). Findings
 * the baseline accepted do not count; scores always describe every finding (score.ts).
 */
import * as path from 'node:path';
import { AREAS, AREA_LABELS, plural, severityCounts, type Area, type WorkspaceReport } from '../core/index.js';
import { UsageError } from './usage.js';

export interface MinScore {
  readonly area: Area | 'overall' | 'page';
  readonly score: number;
}

export interface Gates {
  readonly maxWarnings?: number;
  readonly minScores: readonly MinScore[];
}

export function parseMinScore(value: string): MinScore {
  const match = /^(?:([a-z0-9]+)=)?(\d{1,3})$/.exec(value.trim());
  const area = (match?.[1] ?? 'overall') as MinScore['area'];
  const score = Number(match?.[2]);
  if (!match || score > 100 || (area !== 'overall' && area !== 'page' && !AREAS.includes(area)))
    throw new UsageError(
      `--min-score ${value}: use a score from 0 to 100, overall (90), for an area (a11y=90; areas: ${AREAS.join(', ')}) or for every page and component (page=50)`,
    );
  return { area, score };
}

/** What failed, in words; empty when the run passes. */
export function failedGates(report: WorkspaceReport, gates: Gates, cwd = process.cwd()): string[] {
  const failures: string[] = [];
  // Every finding counts, those left out of the lists (findings-capped) too.
  const { error: errors, warning: warnings } = severityCounts(report);
  if (errors > 0) failures.push(`${errors} error${errors === 1 ? '' : 's'}`);
  if (gates.maxWarnings !== undefined && warnings > gates.maxWarnings)
    failures.push(`${warnings} warnings, more than --max-warnings ${gates.maxWarnings}`);
  for (const { area, score } of gates.minScores) {
    if (area === 'page') {
      const below = report.files
        .filter((file) => file.score.overall !== null && file.score.overall < score)
        .sort((a, b) => a.score.overall! - b.score.overall!);
      if (below.length > 0) {
        const named = below
          .slice(0, 3)
          .map((file) => `${path.relative(cwd, file.fileName) || file.fileName} ${file.score.overall}`);
        failures.push(
          `${plural(below.length, 'file')} ${below.length === 1 ? 'scores' : 'score'} below --min-score page=${score} (${named.join(', ')}${below.length > 3 ? ', …' : ''})`,
        );
      }
      continue;
    }
    const actual = area === 'overall' ? report.score.overall : report.score.areas[area];
    const label = area === 'overall' ? 'overall score' : `${AREA_LABELS[area]} score`;
    if (actual === null) failures.push(`no ${label} (nothing was checked), below --min-score ${score}`);
    else if (actual < score)
      failures.push(`${label} ${actual}, below --min-score ${area === 'overall' ? '' : `${area}=`}${score}`);
  }
  return failures;
}
