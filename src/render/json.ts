import type { MultiReport } from '../multi/types.js';
import type { Report } from '../report/types.js';
import { escapeUnsafeJson } from './escape.js';

/**
 * The report as JSON (schema/report.schema.json for two documents, schema/claims.schema.json for
 * more): two-space indented, one trailing newline.
 */
export function renderJson(report: Report | MultiReport): string {
  return `${escapeUnsafeJson(JSON.stringify(report, null, 2))}\n`;
}
