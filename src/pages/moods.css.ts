/**
 * The mood colours as a stylesheet, generated from src/lib/moods.ts so there is one source of truth
 * and no inline style attributes (the CSP forbids them).
 */
import type { APIRoute } from "astro";
import { moodStylesheet } from "../lib/mood-styles";

export const GET: APIRoute = () =>
  new Response(moodStylesheet(), { headers: { "Content-Type": "text/css; charset=utf-8" } });
