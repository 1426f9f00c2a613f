// The generated HTML site in a real browser (Chromium, driven through puppeteer-core):
// at 390 px and 1280 px no page scrolls sideways and no table cell breaks a word; the search
// box finds 530 by number, by "login" and by "passive"; every section anchor exists; the
// language switch lands on the same page. `.ci/run` installs Chromium and puppeteer-core and
// runs it on a freshly generated site:
//
//   node check.js SITE_DIR [SCREENSHOT_DIR]
const fs = require("fs");
const path = require("path");
const puppeteer = require("puppeteer-core");

const site = path.resolve(process.argv[2]);
const shots = process.argv[3];
const failures = [];
const fail = (message) => failures.push(message);

/// Every HTML page under `dir`, relative to it.
function pages(dir, prefix = "") {
  return fs.readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(prefix, entry.name);
    if (entry.isDirectory()) return pages(dir, relative);
    return entry.name.endsWith(".html") ? [relative] : [];
  });
}

/// In the page: whether it scrolls sideways, and the words of table cells that are broken
/// across lines (words of Latin letters and digits; Japanese wraps between characters).
function layout() {
  const wide = document.documentElement.scrollWidth > window.innerWidth;
  const broken = [];
  for (const cell of document.querySelectorAll("td, th")) {
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.data.matchAll(/[\p{Script=Latin}\p{Nd}]+/gu)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
  }
  const anchors = Array.from(document.querySelectorAll('a[href^="#"]'), (a) => a.getAttribute("href").slice(1));
  const missing = anchors.filter((id) => !document.getElementById(id));
  return { wide, broken, missing };
}

(async () => {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--allow-file-access-from-files"],
  });
  const page = await browser.newPage();
  // Pages that only send the reader on (comparisons in the other order) are left out.
  const all = pages(site).filter(
    (relative) => !fs.readFileSync(path.join(site, relative), "utf8").includes('http-equiv="refresh"'),
  );
  const url = (relative) => "file://" + path.join(site, relative);
  let checked = 0;

  for (const width of [390, 1280]) {
    await page.setViewport({ width, height: 900 });
    for (const relative of all) {
      await page.goto(url(relative));
      const { wide, broken, missing } = await page.evaluate(layout);
      if (wide) fail(`${relative} at ${width} px scrolls sideways`);
      if (broken.length) fail(`${relative} at ${width} px breaks ${broken.slice(0, 3).join(", ")}`);
      if (missing.length) fail(`${relative} links to missing anchors ${missing.join(", ")}`);
      checked++;
    }
  }

  // Search on the index of each language.
  await page.setViewport({ width: 390, height: 900 });
  for (const language of ["en", "ja", "vi"]) {
    await page.goto(url(`${language}/index.html`));
    for (const [query, expected] of [["530", "530"], ["login", "530"], ["passive", "227"], ["passive", "229"]]) {
      await page.$eval("#search", (box, value) => {
        box.value = value;
        box.dispatchEvent(new Event("input"));
      }, query);
      const found = await page.$$eval("tr[data-keys]", (rows, code) =>
        rows.some((row) => !row.hidden && row.querySelector(`a[href="codes/${code}.html"]`)), expected);
      const hidden = await page.$$eval("tr[data-keys]", (rows) => rows.filter((row) => row.hidden).length);
      if (!found) fail(`${language}: searching "${query}" does not show ${expected}`);
      if (hidden === 0) fail(`${language}: searching "${query}" hides nothing`);
    }
  }

  // The language switch lands on the same page in the other language.
  for (const relative of ["en/codes/530.html", "ja/commands/pasv.html", "vi/compare/425-vs-426.html", "en/index.html"]) {
    const [language, ...rest] = relative.split("/");
    for (const other of ["en", "ja", "vi"].filter((tag) => tag !== language)) {
      await page.goto(url(relative));
      await Promise.all([page.waitForNavigation(), page.click(`nav.languages a[hreflang="${other}"]`)]);
      const landed = decodeURIComponent(new URL(page.url()).pathname);
      if (landed !== path.join(site, other, ...rest)) fail(`${relative} → ${other} lands on ${landed}`);
    }
  }

  if (shots) {
    fs.mkdirSync(shots, { recursive: true });
    for (const [width, name] of [[390, "phone"], [1280, "desktop"]]) {
      await page.setViewport({ width, height: width === 390 ? 844 : 900 });
      for (const language of ["en", "ja", "vi"]) {
        for (const relative of ["index.html", "codes/530.html"]) {
          await page.goto(url(`${language}/${relative}`));
          const file = `${name}-${language}-${relative.replace(/[/.]/g, "-")}.png`;
          await page.screenshot({ path: path.join(shots, file), fullPage: false });
        }
      }
    }
  }

  await browser.close();
  console.log(`browser: ${checked} page loads at 390 and 1280 px, ${failures.length} problems`);
  for (const message of failures.slice(0, 40)) console.log("  " + message);
  process.exit(failures.length ? 1 : 0);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
