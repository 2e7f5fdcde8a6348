// The print view: the results on one A4 page, with clauses, contacts, the date,
// the rule-pack version and the note that departments decide; no buttons or navigation.
import { answerInterview, begin, expect, seeResults, test, text } from "./support.mjs";

test("the results print on one A4 page with clauses, contacts, date and version, and no buttons", async ({ page }) => {
  await begin(page);
  await answerInterview(page, { wulong_tie: "yes", veteran: "yes", rural_migrant: "yes", wants_business: "yes" });
  await seeResults(page);
  await expect(page.getByRole("button", { name: text("zh", "results.print") })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  const summary = page.locator(".print-summary");
  await expect(summary).toBeVisible();
  await expect(summary).toContainText(text("zh", "results.disclaimer"));
  await expect(summary).toContainText("wulong-2019");
  await expect(summary).toContainText("本方案的实施期已于 2021年12月31日 结束");
  await expect(summary).toContainText(/判断日期：\d{4}年\d{1,2}月\d{1,2}日/);
  await expect(summary.locator("tbody tr").first()).toContainText("四（一）");
  await expect(summary).toContainText("区退役军人事务局");
  await expect(page.locator("header.masthead")).toBeHidden();
  await expect(page.getByRole("button", { name: text("zh", "results.start_again") })).toBeHidden();
  await expect(page.locator("main article.benefit").first()).toBeHidden();
  await page.screenshot({ path: test.info().outputPath("print.png"), fullPage: true });
  const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
  const pages = pdf.match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length, "the print fits one A4 page").toBe(1);
});
