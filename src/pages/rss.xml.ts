/** A feed of recently added profiles: dramas, songs and artists, newest first. */
import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { loadCatalog } from "../catalog/load-catalog";
import { SITE_NAME } from "../site/names";

const FEED_LENGTH = 100;

export const GET: APIRoute = async ({ site }) => {
  const catalog = await loadCatalog();
  const items = [
    ...catalog.dramas.map((drama) => ({
      title: `Drama: ${drama.data.title} (${drama.data.titleHangul})`,
      link: `/dramas/${drama.id}/`,
      added: drama.data.added,
      description: `${drama.data.year} · ${drama.data.network} · ${drama.data.episodes} episodes`,
    })),
    ...catalog.songs.map((song) => ({
      title: `Song: ${song.data.title}`,
      link: `/songs/${song.id}/`,
      added: song.data.added,
      description: `By ${catalog
        .artistsOfSong(song)
        .map((artist) => artist.data.name)
        .join(" & ")}, from ${catalog.drama(song.data.drama).data.title}`,
    })),
    ...catalog.artists.map((artist) => ({
      title: `Artist: ${artist.data.name} (${artist.data.nameHangul})`,
      link: `/artists/${artist.id}/`,
      added: artist.data.added,
      description: `${catalog.songsOfArtist(artist.id).length} soundtrack songs`,
    })),
  ]
    .sort((a, b) => (a.added < b.added ? 1 : a.added > b.added ? -1 : a.link.localeCompare(b.link)))
    .slice(0, FEED_LENGTH);

  return rss({
    title: `${SITE_NAME}: new profiles`,
    description: "Dramas, soundtrack songs and singers recently added to Moodtrack.",
    site: site ?? "https://moodtrack.example",
    trailingSlash: true,
    items: items.map((item) => ({
      title: item.title,
      link: item.link,
      pubDate: new Date(`${item.added}T00:00:00Z`),
      description: item.description,
    })),
  });
};
