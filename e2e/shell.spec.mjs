// The app shell, as a person's browser sees the release build. The shared
// `test` (support.mjs) fails any test with a console error, an uncaught page
// error or a request that leaves this machine.
import { test, expect, openStart, axeViolations, sidewaysOverflow } from "./support.mjs";

const PLAN_TITLE = "《武隆区职业技能提升行动实施方案（2019—2021年）》";
const DOCUMENT_NUMBER = "武隆府办发〔2019〕98号";

test("the start page shows what the checker does, the plan title and document number, with no console errors", async ({ page }) => {
  await openStart(page);
  await expect(page).toHaveTitle("看看您可能享受哪些职业技能培训补贴和服务 — 武隆区职业技能提升行动 资格自查");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("看看您可能享受哪些职业技能培训补贴和服务");
  await expect(page.getByText(PLAN_TITLE, { exact: true })).toBeVisible();
  await expect(page.getByText(DOCUMENT_NUMBER, { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "开始自查" })).toBeVisible();
});

test("the start page has no axe violations of WCAG 2.2 A and AA", async ({ page }) => {
  await openStart(page);
  expect(await axeViolations(page)).toEqual([]);
});

test("at 320px wide nothing scrolls sideways and the start button is at least 44px tall", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openStart(page);
  expect(await sidewaysOverflow(page)).toBe(0);
  const button = await page.getByRole("button", { name: "开始自查" }).boundingBox();
  expect(button.height).toBeGreaterThanOrEqual(44);
  expect(button.width).toBeGreaterThanOrEqual(44);
});

// Chromium fetches and decodes a tab icon the page names (<link rel="icon">)
// again on every step of the interview, so the page names none and browsers
// find /favicon.ico by convention.
test("the page names no tab icon, and /favicon.ico is an icon", async ({ page, request }) => {
  await openStart(page);
  await expect(page.locator("link[rel~=icon]")).toHaveCount(0);
  const response = await request.get("/favicon.ico");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/x-icon");
  const body = await response.body();
  // ICONDIR: reserved 0, type 1 (icon), one image.
  expect([...body.subarray(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]);
});

// The build rewrites the stylesheet (without its comments) after Trunk has
// written its integrity hash, and writes the hash again: a stale one would
// make the browser refuse the CSS and show the page unstyled.
test("the stylesheet the build ships is the one the page's integrity hash names, and it applies", async ({ page }) => {
  await openStart(page);
  const accent = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--accent").trim());
  expect(accent).toBe("#0b5cad");
  const sheets = await page.evaluate(() => [...document.styleSheets].map((sheet) => sheet.cssRules.length));
  expect(sheets.some((rules) => rules > 50)).toBe(true);
});
