/**
 * The mood colours and the CJK font faces as a stylesheet, generated from src/lib/ so there is one
 * source of truth and no inline style attributes (the CSP forbids them).
 */
import type { APIRoute } from "astro";
import { cjkFontPlan } from "../fonts";
import { cjkFontFaces } from "../lib/cjk-font";
import { themeStylesheet } from "../lib/mood-styles";

export const GET: APIRoute = async () =>
  new Response(themeStylesheet(cjkFontFaces(await cjkFontPlan())), {
    headers: { "Content-Type": "text/css; charset=utf-8" },
  });
