/**
 * Search links on music services: they never break, unlike guessed track ids. One component for the
 * static pages (rendered by Astro, no JavaScript shipped) and the quiz's results island.
 */
import { listenLinks } from "./listen-links";

export default function ListenLinks({ title, artistNames }: { title: string; artistNames: readonly string[] }) {
  return (
    <ul class="link-row" aria-label={`Listen to ${title}`}>
      {listenLinks(title, artistNames).map((link) => (
        <li>
          <a href={link.url} rel="noopener noreferrer external" target="_blank">
            {link.service}
            <span class="visually-hidden"> (search, opens in a new tab)</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
