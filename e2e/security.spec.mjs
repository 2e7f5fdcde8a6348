// The app under the strict Content-Security-Policy the server sends: the
// header is there, and a whole journey, the catalogue and the about page run
// with no violation (inline script or style, another origin, eval). The test
// server sends the headers README.md documents (e2e/nginx.spec.mjs holds the
// shipped nginx configuration to the same list).
import { documentedHeaders } from "./sites.mjs";
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

test("the server sends every header README.md documents, Cross-Origin-Opener-Policy among them", async ({ page }) => {
  const response = await page.goto("/");
  const headers = response.headers();
  const documented = documentedHeaders();
  expect(documented["cross-origin-opener-policy"]).toBe("same-origin");
  for (const [name, value] of Object.entries(documented)) {
    // The test server names its own portal in frame-ancestors (FRAME_ANCESTORS).
    const expected = name === "content-security-policy" ? value.replace(/frame-ancestors [^;]*/, "") : value;
    const sent = name === "content-security-policy" ? headers[name].replace(/frame-ancestors [^;]*/, "") : headers[name];
    expect(sent, name).toBe(expected);
  }
});
