import { join } from 'node:path';
import { MANIFEST, type CheckedCase, type CheckRun } from '../../corpus/index.js';
import { escapeUnsafe } from '../escape.js';
import { changeLine, describeChange, scoresLine, snapshotStatusLine } from './describe.js';

/** JUnit XML for CI test reports: one <testsuite>, one <testcase> per case, a <failure> saying what changed. */
export function renderCheckJunit(run: CheckRun): string {
  const counts = `tests="${run.cases.length}" failures="${run.failed}" errors="${run.errors}" skipped="0" time="${run.seconds.toFixed(3)}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="communique check" ${counts}>`,
    `  <testsuite name="communique check" ${counts}>`,
    ...run.cases.map(testcase),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

function testcase(checked: CheckedCase): string {
  const c = checked.case;
  const open = `    <testcase classname="communique.check" name="${xml(c.id)}" file="${xml(join(c.dir, MANIFEST))}" time="${checked.seconds.toFixed(3)}"`;
  const body: string[] = [];
  if (checked.error !== undefined)
    body.push(`      <error type="unreadable" message="${xml(checked.error)}"/>`);
  else if (!checked.passed) {
    const lines = [
      ...checked.problems,
      ...checked.changes.map((change) => changeLine(describeChange(change, c, escapeUnsafe))),
    ];
    const message =
      checked.problems[0] ??
      snapshotStatusLine(checked.snapshot, checked.changes.length) ??
      'failed';
    body.push(
      `      <failure type="${checked.changes.length > 0 ? 'snapshot' : 'expectation'}" message="${xml(message)}">${lines.map(xml).join('\n')}</failure>`,
    );
  }
  if (checked.scores)
    body.push(`      <system-out>${xml(scoresLine(checked.scores))}</system-out>`);
  return body.length === 0 ? `${open}/>` : [`${open}>`, ...body, '    </testcase>'].join('\n');
}

/** Characters XML 1.0 cannot hold even escaped, left after escapeUnsafe: lone surrogates, U+FFFE and U+FFFF. */
const NOT_XML =
  /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g;
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe in XML content and attribute values: controls shown as escapes, markup characters as entities. */
function xml(text: string): string {
  return escapeUnsafe(text)
    .replace(NOT_XML, '\ufffd')
    .replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}
