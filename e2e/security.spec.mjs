// The app under the strict Content-Security-Policy the server sends: the
// header is there, and a whole journey, the catalogue and the about page run
// with no violation (inline script or style, another origin, eval).
import { answerInterview, begin, expect, seeResults, test } from "./support.mjs";

const POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

test("the server sends the strict policy and the page holds no inline script or style", async ({ page }) => {
  const response = await page.goto("/");
  const header = response.headers()["content-security-policy"];
  for (const directive of POLICY) expect(header).toContain(directive);
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  const html = await response.text();
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html).not.toMatch(/\sstyle=/);
});

test("a journey, the catalogue and the about page cause no policy violation", async ({ page }) => {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      window.__violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
    );
  });
  await begin(page);
  await answerInterview(page, { wulong_tie: "yes", school_leaver: "yes", hukou: "rural" });
  await seeResults(page);
  await page.locator("details.clause summary").first().click();
  await page.goto("/#/catalogue");
  await expect(page.locator("main article.institution").first()).toBeVisible();
  await page.goto("/#/about");
  await expect(page.locator("table.annex tbody tr")).toHaveCount(26);
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
});
