import { describe, expect, test } from "vitest";
import { LOCAL_SITE, siteFor } from "../../src/site/url";

describe("the site's public address", () => {
  test("a build for deploying without SITE_URL stops with what to do", () => {
    for (const siteUrl of [undefined, "", "  "]) {
      expect(() => siteFor({ siteUrl, command: "build", local: false })).toThrow(
        /SITE_URL is not set\. A build for deploying needs the site's public address[\s\S]*SITE_URL=https:\/\/moodtrack\.example\.org npm run build[\s\S]*npm run build -- --local/,
      );
    }
  });

  test("dev, preview, check and local builds use the placeholder", () => {
    for (const command of ["dev", "preview", "sync"]) {
      expect(siteFor({ siteUrl: undefined, command, local: false })).toBe(LOCAL_SITE);
    }
    expect(siteFor({ siteUrl: undefined, command: "build", local: true })).toBe(LOCAL_SITE);
  });

  test("SITE_URL is used as its origin, whatever the command", () => {
    expect(siteFor({ siteUrl: "https://moodtrack.example.org", command: "build", local: false })).toBe(
      "https://moodtrack.example.org",
    );
    expect(siteFor({ siteUrl: "https://Moodtrack.Example.org/", command: "build", local: true })).toBe(
      "https://moodtrack.example.org",
    );
    expect(siteFor({ siteUrl: "http://127.0.0.1:8080", command: "dev", local: false })).toBe("http://127.0.0.1:8080");
  });

  test("a SITE_URL the site cannot live at is refused with the reason", () => {
    const build = (siteUrl: string) => () => siteFor({ siteUrl, command: "build", local: false });
    expect(build("moodtrack.example.org")).toThrow(
      'SITE_URL must be an absolute address such as https://moodtrack.example.org, got "moodtrack.example.org"',
    );
    expect(build("ftp://moodtrack.example.org")).toThrow(
      'SITE_URL must start with https:// (or http://), got "ftp://moodtrack.example.org"',
    );
    expect(build("https://user.github.io/moodtrack")).toThrow("SITE_URL must be the root of a domain");
    expect(build("https://moodtrack.example.org/?x=1")).toThrow("SITE_URL must be the root of a domain");
  });
});
