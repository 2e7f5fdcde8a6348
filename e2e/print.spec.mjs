// The print view: every disclosure of the results open, each clause's text
// printed once at the end, contacts, the date, the rule-pack version and the
// note that departments decide; no buttons or navigation; at most two A4 pages.
import { answerInterview, begin, expect, seeResults, test, text } from "./support.mjs";

test("the results print with every disclosure open on at most two A4 pages, with clauses, contacts, date and version, and no buttons", async ({
  page,
}) => {
  await begin(page);
  await answerInterview(page, { wulong_tie: "yes", veteran: "yes", rural_migrant: "yes", wants_business: "yes" });
  await seeResults(page);
  await expect(page.getByRole("button", { name: text("zh", "results.print") })).toBeVisible();
  // Before printing, every entry's details are closed and not rendered.
  await expect(page.locator("main .details-body")).toHaveCount(0);
  // What Ctrl+P or the browser's menu does: beforeprint, then the print media.
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  const entries = await page.locator("main article.benefit").count();
  expect(entries).toBeGreaterThan(0);
  await expect(page.locator("main article.benefit .details-body")).toHaveCount(entries);
  const main = page.locator("main");
  await expect(main).toContainText(text("zh", "results.disclaimer"));
  await expect(main).toContainText("wulong-2019");
  await expect(main.locator(".tally")).toContainText("方案实施期已于 2021年12月31日 结束");
  await expect(main).toContainText(/判断日期：\d{4}年\d{1,2}月\d{1,2}日/);
  const clauses = page.getByRole("region", { name: text("zh", "results.clauses_text") });
  await expect(clauses.getByRole("heading", { level: 3 }).first()).toContainText("四（一）");
  await expect(clauses.getByRole("blockquote").first()).toBeVisible();
  await expect(page.getByRole("region", { name: text("zh", "results.all_contacts") })).toContainText("区退役军人事务局");
  await expect(page.locator("header.masthead")).toBeHidden();
  await expect(page.getByRole("button", { name: text("zh", "results.start_again") })).toBeHidden();
  await page.screenshot({ path: test.info().outputPath("print.png"), fullPage: true });
  const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
  const pages = pdf.match(/\/Type\s*\/Page[^s]/g) ?? [];
  console.log(`print: ${pages.length} A4 page(s)`);
  expect(pages.length, "the print fits two A4 pages").toBeLessThanOrEqual(2);
  // After printing, the details close again.
  await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
  await page.emulateMedia({ media: "screen" });
  await expect(page.locator("main .details-body")).toHaveCount(0);
});
