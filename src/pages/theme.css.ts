/**
 * The mood colours and the CJK font faces as a stylesheet, generated from src/schemas/moods.ts and src/art/ so there is one
 * source of truth and no inline style attributes (the CSP forbids them).
 */
import type { APIRoute } from "astro";
import { cjkFontPlan } from "../art/cjk-font-plan";
import { cjkFontFaces } from "../art/cjk-font";
import { themeStylesheet } from "../art/mood-styles";

export const GET: APIRoute = async () =>
  new Response(themeStylesheet(cjkFontFaces(await cjkFontPlan())), {
    headers: { "Content-Type": "text/css; charset=utf-8" },
  });
