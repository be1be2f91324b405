/// <reference lib="dom" />
// The page-side callbacks below run in the browser, with its DOM.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLAGSHIP, run } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

// The HTML report in a real browser: Chromium from Debian's packages (.ci/run installs it), never
// a downloaded one. One launch serves every check.
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const dir = tempDir('html');

/** Writes the CLI's HTML report of a pair and returns the page's file URL and the JSON report. */
function htmlReport(name: string, a: string, b: string) {
  const out = join(dir, `${name}.html`);
  const result = run([a, b, '--format', 'html', '--output', out]);
  expect(result.status, result.stderr).toBe(0);
  const report = JSON.parse(run([a, b, '--format', 'json']).stdout);
  return { url: pathToFileURL(out).href, html: readFileSync(out, 'utf8'), report };
}

/** Opens a page and records every request it makes besides the page itself. */
async function open(browser: Browser, url: string): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.url() !== url) requests.push(request.url());
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  expect(errors).toEqual([]);
  return { page, requests };
}

/**
 * How much of a screenshot is drawn: the share of pixels that are not the page's white, and the
 * number of distinct colours, read back through a canvas in the same browser. A blank page has
 * none; a page whose styles broke has text but no verdict colours.
 */
async function inked(browser: Browser, png: Buffer): Promise<{ share: number; colours: number }> {
  const page = await browser.newPage();
  const result = await page.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    [canvas.width, canvas.height] = [image.width, image.height];
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const pixels = context.getImageData(0, 0, image.width, image.height).data;
    let drawn = 0;
    const colours = new Set<number>();
    for (let i = 0; i < pixels.length; i += 4) {
      const [r, g, b] = [pixels[i]!, pixels[i + 1]!, pixels[i + 2]!];
      if (r < 250 || g < 250 || b < 250) drawn++;
      colours.add(((r >> 4) << 8) | ((g >> 4) << 4) | (b >> 4));
    }
    return { share: drawn / (pixels.length / 4), colours: colours.size };
  }, png.toString('base64'));
  await page.close();
  return result;
}

describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)('--format html in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('shows both documents and the summary, highlights a contradiction, requests nothing', async () => {
    const { url, html, report } = htmlReport('flagship', FLAGSHIP.a, FLAGSHIP.b);
    expect(html).not.toMatch(/<(?:link|img|iframe)\b|\bsrc=|https?:\/\//);
    const { page, requests } = await open(browser, url);

    const count = (kind: string) => page.locator(`[data-count="${kind}"]`).innerText();
    expect(await count('contradiction')).toBe(String(report.summary.contradictions));
    expect(await count('shared')).toBe(String(report.summary.shared));
    expect(await count('only')).toBe(String(report.summary.onlyA + report.summary.onlyB));
    expect(await page.locator('.document.side-a .s').count()).toBe(report.a.sentences.length);
    expect(await page.locator('.document.side-b .s').count()).toBe(report.b.sentences.length);
    expect(await page.locator('.contradictions .item').count()).toBe(1);

    // The flagship contradiction: Moscow #6 against Dushanbe #9.
    const [m] = report.matches.filter((x: { kind: string }) => x.kind === 'contradiction');
    await page.locator(`#a-${m.a[0]}`).click();
    expect(await page.locator(`#a-${m.a[0]}`).getAttribute('class')).toContain('hl');
    expect(await page.locator(`#b-${m.b[0]}`).getAttribute('class')).toContain('hl');
    expect(await page.locator('.hl').count()).toBe(2);
    expect(await page.locator(`#b-${m.b[0]} mark`).innerText()).toBe('incompatible with');

    // Filters switch a kind off and on.
    await page.locator('[data-filter="shared"]').uncheck();
    expect(await page.evaluate(() => document.body.className)).toContain('hide-shared');

    // Side by side: the two columns stand next to each other, both with height.
    const [boxA, boxB] = await Promise.all(
      ['.side-a', '.side-b'].map((s) => page.locator(`.document${s}`).boundingBox()),
    );
    expect(boxA!.height).toBeGreaterThan(200);
    expect(boxB!.x).toBeGreaterThan(boxA!.x + boxA!.width - 1);

    await page.locator('[data-filter="shared"]').check();
    const png = await page.screenshot({ fullPage: true });
    if (process.env.COMMUNIQUE_SCREENSHOT) writeFileSync(process.env.COMMUNIQUE_SCREENSHOT, png);
    const { share, colours } = await inked(browser, png);
    expect(share).toBeGreaterThan(0.15);
    expect(colours).toBeGreaterThan(12);
    expect(requests).toEqual([]);
    await page.close();
  }, 60_000);

  it('gives three documents a column each; a click lights a sentence’s claim and what contradicts it', async () => {
    const out = join(dir, 'three.html');
    const three = [FLAGSHIP.a, FLAGSHIP.b, 'fixtures/lavrov-muhriddin-three/agency.txt'];
    expect(run([...three, '--format', 'html', '--output', out]).status).toBe(0);
    const report = JSON.parse(run([...three, '--format', 'json']).stdout);
    const { page, requests } = await open(browser, pathToFileURL(out).href);
    const columns = page.locator('.document');
    expect(await columns.count()).toBe(3);
    for (const [k, doc] of report.documents.entries())
      expect(await page.locator(`.doc-${k + 1} .s`).count()).toBe(doc.sentences.length);
    const boxes = await Promise.all([0, 1, 2].map((k) => columns.nth(k).boundingBox()));
    expect(boxes[1]!.x).toBeGreaterThan(boxes[0]!.x + boxes[0]!.width - 1);
    expect(boxes[2]!.x).toBeGreaterThan(boxes[1]!.x + boxes[1]!.width - 1);

    const contradictions = report.claims.flatMap((c: any) => c.contradictions);
    expect(await page.locator('[data-count="contradiction"]').innerText()).toBe(
      String(contradictions.length),
    );
    // The agency against Dushanbe: its item links their two sentences; a click on the agency's
    // lights it, Moscow's sentence of the same claim and Dushanbe's that contradicts both.
    const { a, b } = contradictions[1];
    const id = (document: number, index: number) => `d${document}-${index}`;
    expect(await page.locator('.contradictions .item').nth(1).getAttribute('data-links')).toBe(
      `${id(a.document, a.sentences[0])} ${id(b.document, b.sentences[0])}`,
    );
    const partners = report.claims
      .find((c: any) =>
        c.members.some(
          (m: any) => m.document === a.document && m.sentences.includes(a.sentences[0]),
        ),
      )
      .members.map((m: any) => id(m.document, m.sentences[0]));
    await page.locator(`#${id(a.document, a.sentences[0])}`).click();
    const lit = await page.locator('.document .s.hl').evaluateAll((els) => els.map((e) => e.id));
    expect(lit.sort()).toEqual([...partners, id(b.document, b.sentences[0])].sort());
    expect(lit).toHaveLength(3);
    expect(await page.locator(`#${id(b.document, b.sentences[0])} mark`).innerText()).toBe(
      'incompatible with',
    );
    expect(requests).toEqual([]);
    await page.close();
  }, 60_000);

  it('keeps hostile text as text: markup, scripts, escape sequences and bidi overrides', async () => {
    const a = join(dir, 'hostile-a.txt');
    const b = join(dir, 'hostile-b.txt');
    writeFileSync(
      a,
      'The ministers met in Geneva. <script>document.title = "pwned"; fetch("http://x.invalid/")</script> They agreed on trade.\n' +
        '<img src=x onerror="document.body.dataset.pwned = 1"> The talks \u202eevil\u202c were long. Ter\u001b[31mminal.\n',
    );
    writeFileSync(
      b,
      'The ministers met in Geneva. They did not agree on trade. <b onclick="x()">Bold</b> & "quoted".\n',
    );
    const { url, html } = htmlReport('hostile', a, b);
    expect(html).not.toMatch(/[\u001b\u202e\u202c]/);
    expect(html).toContain('&lt;script&gt;');
    const { page, requests } = await open(browser, url);
    expect(await page.title()).not.toBe('pwned');
    expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
    expect(await page.locator('.document script, .document img, .document b').count()).toBe(0);
    const textA = await page.locator('.document.side-a').innerText();
    expect(textA).toContain('<script>document.title = "pwned";');
    expect(textA).toContain('\\u202eevil\\u202c');
    expect(textA).toContain('Ter\\x1b[31mminal.');
    const { share } = await inked(browser, await page.screenshot({ fullPage: true }));
    // The page is drawn, not blank; the two identical first sentences print once, as one shared pair.
    expect(share).toBeGreaterThan(0.05);
    expect(requests).toEqual([]);
    await page.close();
  }, 60_000);
});
