import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportCharts } from '../../src/cli/report/charts';
import { buildReportModel, renderReportHtml } from '../../src/cli/report/index';
import { assessHousehold, parseHousehold, standardForReview, summarize } from '../../src/index';
import { cli } from '../cli/helpers';
import { currentItems, previousItems } from '../cli/report-fixture';

// The HTML report and the playground in a real headless Chromium: Debian's `chromium` package,
// driven by playwright-core (no browser download). Screenshots are kept in test-artifacts/.
// Without Chromium the tests fail in CI (.ci/run installs it); elsewhere they say so and skip.

const root = resolve(import.meta.dirname, '../..');
const artifacts = resolve(root, 'test-artifacts');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(executablePath);
const inCi = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';

if (!available && !inCi) {
  console.warn(
    `\n*** Browser tests SKIPPED: no Chromium at ${executablePath}. Install Debian's chromium ` +
      '(apt-get install chromium) or set CHROMIUM_PATH. In CI they fail instead. ***\n',
  );
}

// The flags of the machine's notes: no sandbox as root, and no background connections, which the
// closed network would refuse.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let browser: Browser;

/** The page's document, as functions run in the page see it (the tests compile without DOM types). */
declare const document: {
  querySelectorAll(selector: string): ArrayLike<{ querySelector(selector: string): unknown }>;
  getElementById(id: string): { dispatchEvent(event: Event): boolean } | null;
};

/** A page that records console errors and page errors, and refuses every request off the disk. */
async function openPage(
  url: string,
): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.route('**/*', (route) => {
    const requested = route.request().url();
    if (requested.startsWith('file:')) return route.continue();
    requests.push(requested);
    return route.abort();
  });
  await page.goto(url);
  return { page, errors, requests };
}

describe.skipIf(!available && !inCi)('in headless Chromium', () => {
  beforeAll(async () => {
    if (!available) {
      throw new Error(
        `Chromium is not at ${executablePath}: the browser tests cannot run. .ci/run installs Debian's chromium; install it (apt-get install chromium) or set CHROMIUM_PATH.`,
      );
    }
    mkdirSync(artifacts, { recursive: true });
    browser = await chromium.launch({ executablePath, args: FLAGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  describe('the HTML report', () => {
    it('draws its charts offline, without errors, and shows the summary’s totals', async () => {
      const items = currentItems();
      const model = await buildReportModel(items, { previous: previousItems(), synthetic: true });
      const file = resolve(artifacts, 'report-vi.html');
      writeFileSync(file, renderReportHtml(model));
      const { page, errors, requests } = await openPage(pathToFileURL(file).href);

      // Every chart drawn: each canvas has painted pixels.
      const painted = await page.$$eval('canvas', (canvases) =>
        canvases.map((canvas) => {
          const { width, height } = canvas;
          const pixels = canvas.getContext('2d')?.getImageData(0, 0, width, height).data ?? [];
          let inked = 0;
          for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] ?? 0) > 0) inked++;
          return { id: canvas.id, width, inked };
        }),
      );
      expect(painted.map((c) => c.id)).toEqual(reportCharts(model, 'vi').map((c) => c.canvas));
      for (const canvas of painted) expect(canvas.inked, canvas.id).toBeGreaterThan(1000);

      // The totals shown are the library's summary of the same items, as data and as text.
      const summary = summarize(items);
      const cells = new Map(
        await page.$$eval('[data-figure]', (nodes) =>
          nodes.map((node) => [
            node.getAttribute('data-figure') ?? '',
            { value: Number(node.getAttribute('data-value')), text: node.textContent },
          ]),
        ),
      );
      const shown = (figure: string) => cells.get(figure);
      const vi = (n: number) => n.toLocaleString('vi-VN');
      for (const [figure, expected] of [
        ['households.total', summary.households.total],
        ['households.poor.count', summary.households.poor.count],
        ['households.poor.atMost', summary.households.poor.atMost],
        ['households.nearPoor.count', summary.households.nearPoor.count],
        ['households.undetermined.count', summary.households.undetermined.count],
        ['people.total', summary.people.total],
        ['people.poor.count', summary.people.poor.count],
      ] as const) {
        expect(shown(figure), figure).toEqual({ value: expected, text: vi(expected) });
      }
      // 2 of 6 households surely poor: 33.33%, up to 3 of 6 with the undetermined one.
      expect(shown('households.poor.rate')?.text).toBe('33,33%');
      expect(shown('households.poor.rateAtMost')?.text).toBe('50,00%');
      await expect(page.locator('.synthetic').textContent()).resolves.toContain('DỮ LIỆU GIẢ LẬP');
      await page.screenshot({ path: resolve(artifacts, 'report-vi.png'), fullPage: true });

      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      await page.close();
    }, 60_000);

    it('as the command writes it for the synthetic sample: the totals its summary printed', async () => {
      const file = resolve(artifacts, 'report-sample.html');
      const run = await cli([
        'report',
        resolve(root, 'examples/data/thai-nguyen-synthetic.households.csv'),
        '--review-year',
        '2024',
        '--html',
        file,
        '--errors',
        resolve(artifacts, 'report-sample.errors.csv'),
        '--synthetic',
      ]);
      expect(run.code).toBe(1); // the sample carries a few refused rows on purpose
      const printed = /Bản ghi: ([\d.]+); đánh giá được ([\d.]+); bị từ chối ([\d.]+)/.exec(
        run.out,
      );
      const poor = /Hộ nghèo: ([\d.]+) /.exec(run.out);
      const number = (text: string | undefined) => Number((text ?? '').replace(/\./g, ''));
      const { page, errors, requests } = await openPage(pathToFileURL(file).href);
      const figure = (name: string) =>
        page.locator(`[data-figure="${name}"]`).first().getAttribute('data-value');
      await expect(figure('households.total')).resolves.toBe(String(number(printed?.[2])));
      await expect(figure('households.poor.count')).resolves.toBe(String(number(poor?.[1])));
      expect(number(printed?.[1])).toBe(number(printed?.[2]) + number(printed?.[3]));
      const inked = await page.$$eval('canvas', (canvases) =>
        canvases.map((canvas) => {
          const pixels =
            canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? [];
          let count = 0;
          for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] ?? 0) > 0) count++;
          return count;
        }),
      );
      expect(inked.length).toBeGreaterThan(3);
      for (const count of inked) expect(count).toBeGreaterThan(1000);
      await page.screenshot({ path: resolve(artifacts, 'report-sample.png') });
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      await page.close();
    }, 60_000);

    it('is in English when asked', async () => {
      const model = await buildReportModel(currentItems());
      const file = resolve(artifacts, 'report-en.html');
      writeFileSync(file, renderReportHtml(model, 'en'));
      const { page, errors } = await openPage(pathToFileURL(file).href);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
      await expect(page.locator('h1').textContent()).resolves.toBe('Poverty review report');
      await expect(
        page.locator('[data-figure="households.poor.rate"]').textContent(),
      ).resolves.toBe('33.33%');
      await expect(page.locator('#transitions').count()).resolves.toBe(0);
      await page.screenshot({ path: resolve(artifacts, 'report-en.png') }); // the top is enough
      expect(errors).toEqual([]);
      await page.close();
    }, 60_000);
  });

  describe('the playground', () => {
    let url: string;
    beforeAll(() => {
      const out = resolve(artifacts, 'playground');
      execFileSync(process.execPath, [resolve(root, 'scripts/build-playground.mjs'), out]);
      url = pathToFileURL(resolve(out, 'playground.html')).href;
    }, 60_000);

    /** The record the test types into the form, written out independently of the page. */
    const typed = {
      id: 'HH-7',
      area: 'rural',
      income: { annualTotal: 40_000_000 },
      members: [
        {
          id: 'me',
          sex: 'female',
          birthDate: '1975-04-02',
          ethnicity: 'Mông',
          relation: 'head',
          work: 'self-employed',
          healthInsurance: false,
          usesInternet: false,
        },
        {
          id: 'son',
          sex: 'male',
          birthDate: '2010',
          ethnicity: 'Mông',
          relation: 'child',
          nutrition: 'normal',
          healthInsurance: true,
          usesInternet: false,
          schooling: { attending: false },
        },
      ],
      dwelling: { foundation: 'durable', walls: 'non-durable', roof: 'durable', floorAreaM2: 24 },
      water: 'unprotected-spring',
      latrine: 'simple-pit',
      devices: ['basic-phone'],
    };

    async function fill(page: Page): Promise<void> {
      const household = page.locator('#household-fields');
      await household.locator('[data-path="id"]').fill('HH-7');
      await page.locator('#income-form').selectOption('annualTotal');
      await page.locator('#income-amount').fill('40000000');
      await household.locator('[data-path="dwelling.walls"]').selectOption('non-durable');
      await household.locator('[data-path="dwelling.floorAreaM2"]').fill('24');
      await household.locator('[data-path="water"]').selectOption('unprotected-spring');
      await household.locator('[data-path="latrine"]').selectOption('simple-pit');
      await household.locator('[data-path="devices"] input[value="television"]').uncheck();
      await household.locator('[data-path="devices"] input[value="basic-phone"]').check();
      // Two members: remove the example's last two, then answer for the remaining two.
      await page.locator('button[data-remove="3"]').click();
      await page.locator('button[data-remove="2"]').click();
      // The members' answers at once (each control as a person leaves it), then one change event.
      await page.evaluate(
        (members) => {
          const fieldsets = document.querySelectorAll('fieldset.member');
          members.forEach((answers, i) => {
            for (const [path, value] of Object.entries(answers)) {
              const control = fieldsets[i]?.querySelector(`[data-path="${path}"]`) as unknown as {
                value: string;
              };
              control.value = value;
            }
          });
          document.getElementById('household-form')?.dispatchEvent(new Event('change'));
        },
        [
          {
            id: 'me',
            sex: 'female',
            birthDate: '1975-04-02',
            ethnicity: 'Mông',
            relation: 'head',
            work: 'self-employed',
            healthInsurance: 'false',
            usesInternet: 'false',
          },
          {
            id: 'son',
            sex: 'male',
            birthDate: '2010',
            ethnicity: 'Mông',
            relation: 'child',
            work: '',
            nutrition: 'normal',
            healthInsurance: 'true',
            usesInternet: 'false',
            'schooling.attending': 'false',
            'schooling.level': '',
          },
        ],
      );
    }

    it('gives the library’s answer for a filled form, and its link restores the form', async () => {
      const { page, errors, requests } = await openPage(url);
      await expect(page.locator('#result').getAttribute('data-category')).resolves.toBe('poor');
      await fill(page);

      const parsed = parseHousehold(typed, { on: '2025-10-01' });
      if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
      const expected = assessHousehold(parsed.data, {
        on: '2025-10-01',
        standard: standardForReview(2025),
      });
      const answer = async (p: Page) => ({
        category: await p.locator('#result').getAttribute('data-category'),
        statuses: await p.$$eval('#indicators tbody tr', (rows) =>
          rows.map((row) => [row.getAttribute('data-indicator'), row.getAttribute('data-status')]),
        ),
        json: JSON.parse((await p.locator('#assessment-json').textContent()) ?? 'null'),
      });
      const shown = await answer(page);
      // 40,000,000 ÷ 12 ÷ 2 = 1,666,667 a month: above the line of 1,500,000, within 2,250,000.
      expect(expected.category).toBe('middle');
      expect(shown.category).toBe(expected.category);
      expect(shown.statuses).toEqual(expected.indicators.map((i) => [i.id, i.status]));
      expect(shown.json).toEqual(expected);
      await expect(
        page.locator('#indicators tr[data-indicator="healthInsurance"] .basis').textContent(),
      ).resolves.toContain('07/2021/NĐ-CP');
      await page.screenshot({ path: resolve(artifacts, 'playground-vi.png'), fullPage: true });

      // The shared link, opened anew, fills the form and gives the same answer.
      const link = await page.locator('#share-link').inputValue();
      expect(link).toContain('#case=');
      const opened = await openPage(link);
      expect(await answer(opened.page)).toEqual(shown);
      // Every control's value, in order (checkboxes as true/false).
      const formOf = (p: Page) =>
        p.$$eval('#household-form input, #household-form select', (nodes) =>
          nodes.map((node) => {
            const control = node as unknown as { type?: string; checked: boolean; value: string };
            return control.type === 'checkbox' ? String(control.checked) : control.value;
          }),
        );
      expect(await formOf(opened.page)).toEqual(await formOf(page));

      // English, from the same case.
      await opened.page.locator('#language').click();
      await expect(opened.page.locator('html').getAttribute('lang')).resolves.toBe('en');
      await expect(opened.page.locator('#category').textContent()).resolves.toBe(
        'Middle-living-standard household',
      );
      await opened.page.screenshot({ path: resolve(artifacts, 'playground-en.png') });

      expect([...errors, ...opened.errors]).toEqual([]);
      expect([...requests, ...opened.requests]).toEqual([]);
      await opened.page.close();
      await page.close();
    }, 60_000);

    it('says what is missing, and survives a broken link', async () => {
      const { page, errors } = await openPage(`${url}#case=not-base64!!`);
      // Falls back to the example household.
      await expect(page.locator('#result').getAttribute('data-category')).resolves.toBe('poor');
      await page.locator('#income-amount').fill('');
      await expect(page.locator('#problems').textContent()).resolves.toContain('income');
      // A review after every standard (2031 uses 2032's): said in words, the page goes on.
      await page.locator('#income-amount').fill('72000000');
      await page.locator('#on').fill('2031-06-01');
      await expect(page.locator('#category').textContent()).resolves.toBe('Không đánh giá được');
      await expect(page.locator('#problems').textContent()).resolves.toMatch(/203[12]/);
      expect(errors).toEqual([]);
      await page.close();
    }, 60_000);
  });
});
