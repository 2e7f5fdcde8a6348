// The institution catalogue as a person and a deployment see it: browsing and
// filtering, the matches on the results page, the district's own list replacing
// the sample, a broken list falling back to the sample, and accessibility.
import { readFileSync } from "node:fs";
import {
  answerInterview,
  axeViolations,
  begin,
  expect,
  seeResults,
  sidewaysOverflow,
  test,
  text,
} from "./support.mjs";

const SAMPLE = JSON.parse(readFileSync(new URL("../catalogue/wulong-sample.json", import.meta.url), "utf8"));

/** Opens the catalogue screen directly and waits for the list. */
async function openCatalogue(page, lang = "zh") {
  await page.goto(`/?lang=${lang === "zh" ? "zh-CN" : "en"}#/catalogue`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text(lang, "catalogue.heading"));
  await expect(page.getByRole("status").filter({ hasText: /\d/ })).toBeVisible();
}

function institutions(page) {
  return page.locator("main article.institution");
}

/** A catalogue object like the sample, not marked as sample, with these institutions. */
function districtList(institutionsList) {
  return {
    ...SAMPLE,
    title: "武隆区职业技能培训和评价机构目录（测试用）",
    issuer: "测试发布单位",
    sample: false,
    institutions: institutionsList,
  };
}

test("the catalogue lists every sample institution and says it is sample data", async ({ page }) => {
  await openCatalogue(page);
  await expect(institutions(page)).toHaveCount(SAMPLE.institutions.length);
  await expect(page.getByText(text("zh", "catalogue.sample"))).toBeVisible();
  await expect(page.getByText(text("zh", "catalogue.count", { n: SAMPLE.institutions.length }))).toBeVisible();
});

test("filters by field, level, certificate, township and kind narrow the list, and clearing restores it", async ({
  page,
}) => {
  await openCatalogue(page);
  await page.getByLabel(text("zh", "catalogue.occupation")).selectOption({ label: "电工" });
  await expect(institutions(page)).toHaveCount(4);
  await page.getByLabel(text("zh", "q.level"), { exact: true }).selectOption({ label: "高级工" });
  await expect(institutions(page)).toHaveCount(1);
  await expect(institutions(page).first()).toContainText("职业技能等级认定中心");
  await page.getByRole("button", { name: text("zh", "catalogue.clear") }).click();
  await expect(institutions(page)).toHaveCount(SAMPLE.institutions.length);
  await page.getByLabel(text("zh", "catalogue.certificate")).selectOption({ label: "特种作业操作证书" });
  await expect(institutions(page)).toHaveCount(1);
  await page.getByRole("button", { name: text("zh", "catalogue.clear") }).click();
  await page.getByLabel(text("zh", "catalogue.township")).selectOption({ label: "江口镇" });
  await expect(institutions(page)).toHaveCount(1);
  await page.getByRole("button", { name: text("zh", "catalogue.clear") }).click();
  await page.getByLabel(text("zh", "catalogue.kind")).selectOption({ label: "技能评价机构" });
  await expect(institutions(page)).toHaveCount(1);
});

test("search finds institutions by name and by an occupation's everyday name", async ({ page }) => {
  await openCatalogue(page);
  const search = page.getByLabel(text("zh", "catalogue.search"));
  await search.fill("育婴员");
  await expect(institutions(page)).toHaveCount(1);
  await expect(institutions(page).first()).toContainText("芙蓉养老托育培训中心");
  await search.fill("保安");
  await expect(institutions(page)).toHaveCount(1);
  await search.fill("没有这样的机构");
  await expect(institutions(page)).toHaveCount(0);
  await expect(page.getByText(text("zh", "catalogue.count", { n: 0 }))).toBeVisible();
});

test("an institution's page lists its projects and the lead department of each field", async ({ page }) => {
  await openCatalogue(page);
  await page.getByRole("link", { name: "（示例）芙蓉养老托育培训中心" }).click();
  await expect(page).toHaveURL(/#\/catalogue\/sample-care-training$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("（示例）芙蓉养老托育培训中心");
  await expect(page.getByText(text("zh", "catalogue.sample"))).toBeVisible();
  const rows = page.locator("table.projects tbody tr");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText("养老");
  await expect(rows.nth(0)).toContainText("区民政局");
  await expect(rows.nth(1)).toContainText("区卫生健康委");
  await page.getByRole("link", { name: text("zh", "institution.back") }).click();
  await expect(page).toHaveURL(/#\/catalogue$/);
});

test("while only the sample is loaded, the results list no institutions and say whom to ask", async ({ page }) => {
  await begin(page);
  await answerInterview(page, {
    wulong_tie: "yes",
    enterprise_employee: "yes",
    monthly_pension: "no",
    certificates_this_year: "none",
  });
  await seeResults(page);
  const section = page.getByRole("region", { name: text("zh", "results.institutions") });
  await expect(section.getByText(text("zh", "results.institutions_sample"))).toBeVisible();
  await expect(section.locator("article.institution")).toHaveCount(0);
  // The catalogue screen still shows the labelled sample.
  await section.getByRole("link", { name: text("zh", "results.all_institutions") }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("zh", "catalogue.heading"));
  await expect(page.getByText(text("zh", "catalogue.sample"))).toBeVisible();
});

test.describe("with the district's own list", () => {
  // page.route sees only the page's own requests: without a service worker,
  // the later load of catalogue.json is the page's.
  test.use({ serviceWorkers: "block" });

test("with the district's own list, a planned elderly-care certificate puts elderly-care training at the top of the matches", async ({
  page,
}) => {
  const body = JSON.stringify(districtList(SAMPLE.institutions));
  await page.route("**/catalogue.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body }),
  );
  await begin(page);
  await answerInterview(page, {
    wulong_tie: "yes",
    monthly_pension: "no",
    certificates_this_year: { choice: "some", certificates: [{ occupation: "电工", level: "junior" }] },
    planned_certificate: { choice: "some", certificates: [{ occupation: "养老护理员", level: "junior" }] },
  });
  await seeResults(page);
  const section = page.getByRole("region", { name: text("zh", "results.institutions") });
  await expect(section.getByText(text("zh", "results.institutions_sample"))).toHaveCount(0);
  const first = section.locator("article.institution").first();
  await expect(first).toContainText("芙蓉养老托育培训中心");
  await expect(first).toContainText(text("zh", "results.fit_planned_level", { occupation: "养老" }).slice(0, 6));
  await expect(section.getByRole("link", { name: text("zh", "results.all_institutions") })).toBeVisible();
});
});

test("a deployment's own catalogue.json replaces the sample, and bad entries are listed with their lines", async ({
  page,
}) => {
  const good = { ...SAMPLE.institutions[0], id: "district-school", name_zh: "武隆区测试职业学校" };
  const bad = { ...SAMPLE.institutions[1], id: "district-bad", kind: "night_school" };
  const body = JSON.stringify(districtList([good, bad]), null, 2);
  await page.route("**/catalogue.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body }),
  );
  await openCatalogue(page);
  await expect(institutions(page)).toHaveCount(1);
  await expect(institutions(page).first()).toContainText("武隆区测试职业学校");
  await expect(page.getByText(text("zh", "catalogue.sample"))).toHaveCount(0);
  await page.getByText(text("zh", "catalogue.problems", { n: 1 })).click();
  const badLine = body.split("\n").findIndex((line) => line.includes("night_school")) + 1;
  const lineText = text("zh", "catalogue.problem_line", { line: badLine, message: 'institution "district-bad"' });
  await expect(page.getByText(lineText)).toBeVisible();
});

test("a broken catalogue file falls back to the sample shipped with the build and says why", async ({ page }) => {
  await page.route("**/catalogue.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: '{"format": 1, "title": ' }),
  );
  await openCatalogue(page);
  await expect(page.getByText(text("zh", "catalogue.fallback"))).toBeVisible();
  await expect(page.getByText(text("zh", "catalogue.sample"))).toBeVisible();
  await expect(institutions(page)).toHaveCount(SAMPLE.institutions.length);
});

test("a catalogue URL on another origin is refused without any request leaving the page", async ({ page }) => {
  await page.goto("/?catalogue=https%3A%2F%2Fexample.invalid%2Flist.json#/catalogue");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(text("zh", "catalogue.heading"));
  await expect(page.getByText(text("zh", "catalogue.fallback"))).toBeVisible();
  await expect(page.getByText(text("zh", "catalogue.fallback_other_origin"))).toBeVisible();
  // The address itself is never repeated on screen: anyone can write a query.
  await expect(page.locator("main")).not.toContainText("example.invalid");
  await expect(institutions(page)).toHaveCount(SAMPLE.institutions.length);
});

test("a same-origin ?catalogue= URL from the embedding page is loaded", async ({ page }) => {
  const body = JSON.stringify(districtList([{ ...SAMPLE.institutions[2], id: "portal-list", name_zh: "门户指定目录机构" }]));
  await page.route("**/lists/portal.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body }),
  );
  await page.goto("/?catalogue=%2Flists%2Fportal.json#/catalogue");
  await expect(institutions(page)).toHaveCount(1);
  await expect(institutions(page).first()).toContainText("门户指定目录机构");
});

for (const lang of ["zh", "en"]) {
  for (const width of [320, 1280]) {
    test(`the catalogue screens have no axe violations in ${lang} at ${width}px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await openCatalogue(page, lang);
      expect(await axeViolations(page)).toEqual([]);
      expect(await sidewaysOverflow(page)).toBe(0);
      await page.goto(`/?lang=${lang === "zh" ? "zh-CN" : "en"}#/catalogue/sample-assessment-centre`);
      await expect(page.locator("table.projects tbody tr")).toHaveCount(4);
      expect(await axeViolations(page)).toEqual([]);
      expect(await sidewaysOverflow(page)).toBe(0);
    });
  }
}
