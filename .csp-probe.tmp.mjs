import { spawn } from "node:child_process";
import { chromium } from "@playwright/test";
const port = 4731;
const server = spawn(process.execPath, ["node_modules/astro/bin/astro.mjs", "preview", "--host", "127.0.0.1", "--port", String(port)], { stdio: "ignore" });
try {
  for (let i = 0; i < 100; i++) { try { await fetch(`http://127.0.0.1:${port}/`); break; } catch { await new Promise(r => setTimeout(r, 200)); } }
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
  for (const path of ["/dramas/", "/songs/", "/search/", "/dramas/", "/search/", "/songs/"]) {
    const page = await browser.newPage();
    page.on("console", (m) => { if (m.type() === "error") console.log(path, m.text()); });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`));
    });
    await page.goto(`http://127.0.0.1:${port}${path}`);
    await page.waitForLoadState("networkidle");
    await page.close();
  }
  await browser.close();
} finally { server.kill(); }
