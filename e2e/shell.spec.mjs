// The app shell, as a person's browser sees the release build.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

const PLAN_TITLE = "《武隆区职业技能提升行动实施方案（2019—2021年）》";
const DOCUMENT_NUMBER = "武隆府办发〔2019〕98号";

/**
 * Opens the start page and waits for the app to render, collecting console
 * errors, uncaught page errors and any request that leaves this machine.
 */
async function openStartPage(page) {
  const problems = { consoleErrors: [], pageErrors: [], outsideRequests: [] };
  page.on("console", (message) => {
    if (message.type() === "error") problems.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => problems.pageErrors.push(error.message));
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.hostname !== "127.0.0.1") {
      problems.outsideRequests.push(request.url());
    }
  });
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  return problems;
}

test("the start page shows what the checker does, the plan title and document number, with no console errors", async ({ page }) => {
  const problems = await openStartPage(page);
  await expect(page).toHaveTitle("看看您可能享受哪些职业技能培训补贴和服务 — 武隆区职业技能提升行动 资格自查");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("看看您可能享受哪些职业技能培训补贴和服务");
  await expect(page.getByText(PLAN_TITLE, { exact: true })).toBeVisible();
  await expect(page.getByText(DOCUMENT_NUMBER, { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "开始自查" })).toBeVisible();
  expect(problems).toEqual({ consoleErrors: [], pageErrors: [], outsideRequests: [] });
});

test("the start page has no axe violations of WCAG 2.2 A and AA", async ({ page }) => {
  await openStartPage(page);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const violations = results.violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    nodes: violation.nodes.map((node) => node.target.join(" ")),
  }));
  expect(violations).toEqual([]);
});

test("at 320px wide nothing scrolls sideways and the start button is at least 44px tall", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openStartPage(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  const button = await page.getByRole("button", { name: "开始自查" }).boundingBox();
  expect(button.height).toBeGreaterThanOrEqual(44);
  expect(button.width).toBeGreaterThanOrEqual(44);
});
