/**
 * Listening and watching links are search URLs on each service, never guessed track ids, so they
 * cannot break when a service renumbers its catalogue.
 */

export interface ServiceLink {
  service: string;
  url: string;
}

export function listenLinks(title: string, artistNames: readonly string[]): ServiceLink[] {
  const query = [title, ...artistNames].join(" ");
  const encoded = encodeURIComponent(query);
  return [
    { service: "Spotify", url: `https://open.spotify.com/search/${encoded}` },
    { service: "Apple Music", url: `https://music.apple.com/us/search?term=${encoded}` },
    { service: "YouTube", url: `https://www.youtube.com/results?search_query=${encoded}` },
  ];
}

/** Where nothing is known about US availability, a JustWatch search instead of a guess. */
export function justWatchSearch(title: string): ServiceLink {
  return { service: "JustWatch", url: `https://www.justwatch.com/us/search?q=${encodeURIComponent(title)}` };
}
