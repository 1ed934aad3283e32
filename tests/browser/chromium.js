// SPDX-License-Identifier: ISC
// What the browser tests share: Debian's chromium started through
// puppeteer-core (which downloads no browser and uses the one it is
// given), and a page that shows one HTML document and lets it load
// nothing else.
//
// Chromium refuses to run as root with its sandbox, and CI runs as
// root, hence --no-sandbox; the profile is a folder of its own, removed
// once the browser is closed, so a run never reads or leaves a
// person's browsing data.  No GPU, no QUIC, no background fetches: the
// tests must not depend on a network.
//
// Plain CommonJS for Debian 12's nodejs 18: nothing newer than ES2020.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const puppeteer = require("puppeteer-core");

// withChromium(CHROMIUM, FN): FN(browser) with a fresh headless chromium,
// which is closed and its profile removed however FN ends.
async function withChromium(chromium, fn) {
	const userData = fs.mkdtempSync(path.join(os.tmpdir(), "heelrx-chromium-"));
	const browser = await puppeteer.launch({
		executablePath: chromium,
		headless: true, // puppeteer passes --headless
		args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
			"--disable-background-networking", "--disable-component-update",
			"--disable-sync", "--user-data-dir=" + userData],
	});
	try {
		return await fn(browser);
	} finally {
		await browser.close();
		fs.rmSync(userData, { recursive: true, force: true });
	}
}

// A page WIDTH px wide showing HTML for MEDIA ("screen" or "print"),
// with every request but the document's own refused and counted in
// requests: a self-contained document makes none.
async function openPage(browser, html, width, media) {
	const page = await browser.newPage();
	const requests = [];
	await page.setRequestInterception(true);
	page.on("request", (r) => {
		if (r.isNavigationRequest() && r.url().startsWith("data:")) r.continue();
		else {
			requests.push(r.url());
			r.abort();
		}
	});
	await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
	await page.emulateMediaType(media);
	await page.goto("data:text/html;charset=utf-8;base64," + Buffer.from(html).toString("base64"),
		{ waitUntil: "load" });
	return { page, requests };
}

module.exports = { withChromium, openPage };
