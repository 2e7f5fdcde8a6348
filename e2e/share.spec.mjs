// Share and hand over: the share link carries the answers in its fragment and
// opens the same results anywhere (also offline, on a device that has the
// app cached); its QR code decodes to the same link; a damaged or foreign
// code says so and opens an empty interview.
import jsQR from "jsqr";
import { answerInterview, begin, expect, expectQuestion, openShare, seeResults, test, text } from "./support.mjs";

const VETERAN = { wulong_tie: "yes", veteran: "yes", hukou: "rural", school_leaver: "yes" };

/** The headings of every result group and benefit, in order: what "the same results" means. */
async function resultHeadings(page) {
  // The institution list loads after the results appear; its section comes with it.
  await expect(page.locator("main section.institutions")).toBeVisible();
  return page.locator("main section.group h2, main section.group h3").allTextContents();
}

/** Draws the QR code's SVG on a canvas and decodes it with jsQR. */
async function decodeQr(page) {
  const { width, height, pixels } = await page.locator("svg.qr").evaluate(async (svg) => {
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = 400;
    canvas.height = 400;
    const context = canvas.getContext("2d");
    context.imageSmoothingEnabled = false;
    context.drawImage(image, 0, 0, 400, 400);
    const data = context.getImageData(0, 0, 400, 400);
    return { width: data.width, height: data.height, pixels: Array.from(data.data) };
  });
  return jsQR(Uint8ClampedArray.from(pixels), width, height)?.data ?? null;
}

test("a share link and its QR code open the same results on another device, offline too", async ({
  page,
  browser,
}) => {
  await begin(page);
  await answerInterview(page, VETERAN);
  await seeResults(page);
  const results = await resultHeadings(page);
  await openShare(page);
  const link = await page.getByRole("textbox", { name: text("zh", "share.link_label") }).inputValue();
  // The answers are in the fragment, which browsers never send to a server.
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/s\/1~wulong-2019~[a-zA-Z0-9.,~_-]+$/);
  expect(await decodeQr(page)).toBe(link);

  // A staff device that has opened the app once, now without a network.
  const staff = await browser.newContext();
  try {
    const desk = await staff.newPage();
    await desk.goto("/");
    await desk.evaluate(() => navigator.serviceWorker.ready);
    await desk.reload();
    await expect.poll(() => desk.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await staff.setOffline(true);
    await desk.goto(link);
    await expect(desk.getByRole("heading", { level: 1 })).toHaveText(text("zh", "results.heading"));
    // The share address is replaced by the results' own, so the code does not linger.
    await expect(desk).toHaveURL(/#\/results$/);
    expect(await resultHeadings(desk)).toEqual(results);
    // Nothing was stored on the staff device.
    expect(await desk.evaluate(() => Object.keys(localStorage).length + Object.keys(sessionStorage).length)).toBe(0);
  } finally {
    await staff.close();
  }
});

test("a damaged share link says so and opens an empty interview", async ({ page }) => {
  await page.goto("/#/s/1~wulong-2019~a!!");
  await expect(page.getByRole("status").filter({ hasText: text("zh", "notice.share_unreadable") })).toBeVisible();
  await expectQuestion(page, "wulong_tie");
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);

  // Answering goes on as usual and the notice goes.
  await page.getByRole("radio", { name: "是" }).check();
  await page.getByRole("button", { name: "继续", exact: true }).click();
  await expectQuestion(page, "veteran");
  await expect(page.getByText(text("zh", "notice.share_unreadable"))).toHaveCount(0);
});

test("a share link made for another rule pack says so, opens nothing, and puts none of the link's words on the page", async ({ page }) => {
  const warnings = [];
  page.on("console", (message) => message.type() === "warning" && warnings.push(message.text()));
  await page.goto("/#/s/1~call-4008123456-for-your-refund~ay");
  const notice = page.getByRole("status").filter({ hasText: text("zh", "notice.share_other_pack") });
  await expect(notice).toBeVisible();
  await expect(page.locator("body")).not.toContainText("4008123456");
  expect(warnings.some((line) => line.includes("call-4008123456-for-your-refund"))).toBe(true);
  await expectQuestion(page, "wulong_tie");
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);
});

test("a share link with certificates typed in words and brackets opens with every answer", async ({ page, browser }) => {
  await begin(page);
  await answerInterview(page, {
    wulong_tie: "yes",
    enterprise_employee: "yes",
    monthly_pension: "no",
    certificates_this_year: {
      choice: "some",
      certificates: [{ occupation: "elderly carer", level: "junior" }],
    },
    planned_certificate: { choice: "some", certificates: [{ occupation: "电工(中级)", level: "intermediate" }] },
  });
  await seeResults(page);
  const results = await resultHeadings(page);
  await openShare(page);
  const link = await page.getByRole("textbox", { name: text("zh", "share.link_label") }).inputValue();

  const other = await browser.newContext();
  try {
    const desk = await other.newPage();
    await desk.goto(link);
    await expect(desk.getByRole("heading", { level: 1 })).toHaveText(text("zh", "results.heading"));
    await expect(desk.getByText(text("zh", "notice.share_unreadable"))).toHaveCount(0);
    expect(await resultHeadings(desk)).toEqual(results);
    await desk.getByRole("link", { name: text("zh", "results.check_answers") }).click();
    await expect(desk.getByText("elderly carer（初级工）", { exact: true })).toBeVisible();
    await expect(desk.getByText("电工(中级)（中级工）", { exact: true })).toBeVisible();
  } finally {
    await other.close();
  }
});

test("a share link opened over answers on screen asks first, and linked answers are not remembered", async ({
  page,
  browser,
}) => {
  await begin(page);
  await answerInterview(page, VETERAN);
  await seeResults(page);
  await openShare(page);
  const link = await page.getByRole("textbox", { name: text("zh", "share.link_label") }).inputValue();

  const other = await browser.newContext();
  try {
    const desk = await other.newPage();
    await begin(desk);
    await desk.getByRole("checkbox", { name: text("zh", "privacy.remember") }).check();
    await answerInterview(desk, { wulong_tie: "yes", enterprise_employee: "yes" }, { until: "apprentice" });
    await desk.goto(link);
    await expect(desk.getByRole("heading", { level: 1 })).toHaveText(text("zh", "share_confirm.heading"));
    // Keeping one's own answers leaves the link unopened.
    await desk.getByRole("button", { name: text("zh", "share_confirm.keep") }).click();
    await expectQuestion(desk, "apprentice");

    await desk.goto(link);
    await desk.getByRole("button", { name: text("zh", "share_confirm.replace") }).click();
    await expect(desk.getByRole("heading", { level: 1 })).toHaveText(text("zh", "results.heading"));
    await expect(desk.getByText(text("zh", "privacy.from_link"))).toBeVisible();
    const stored = await desk.evaluate(() => localStorage.getItem("skillcheck.answers"));
    expect(stored, "answers from a link are not saved").toBeNull();
    await desk.getByRole("button", { name: text("zh", "privacy.keep_linked") }).click();
    await expect.poll(() => desk.evaluate(() => localStorage.getItem("skillcheck.answers"))).toMatch(/^1~wulong-2019~/);
  } finally {
    await other.close();
  }
});
