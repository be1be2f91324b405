/** The sections a text report can be limited to (--show), in report order. */
export const REPORT_SECTIONS = ['contradiction', 'shared', 'only'] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];
