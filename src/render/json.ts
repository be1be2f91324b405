import type { Report } from '../report/types.js';
import { escapeUnsafeJson } from './escape.js';

/** The report as JSON (schema/report.schema.json): two-space indented, one trailing newline. */
export function renderJson(report: Report): string {
  return `${escapeUnsafeJson(JSON.stringify(report, null, 2))}\n`;
}
