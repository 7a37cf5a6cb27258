/**
 * The mood colours and the Hangul font faces as a stylesheet, generated from src/lib/ so there is one
 * source of truth and no inline style attributes (the CSP forbids them).
 */
import type { APIRoute } from "astro";
import { themeStylesheet } from "../lib/mood-styles";

export const GET: APIRoute = () =>
  new Response(themeStylesheet(), { headers: { "Content-Type": "text/css; charset=utf-8" } });
