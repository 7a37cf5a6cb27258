/**
 * Source classes: which hosts may only add to a profile's facts, never carry them alone.
 *
 * A source is PRIMARY (news and press, broadcasters, labels and music services, chart sites,
 * encyclopedias) unless its host is listed here. Every profile must cite at least one primary
 * source; the secondary hosts below may only add to one.
 *
 * A key is a host suffix: "tistory.com" covers every blog on tistory.com, "fandom.com" covers
 * kpop.fandom.com and drama.fandom.com. A leading "www." (or "www2.") and a trailing dot are
 * ignored, and the longest matching suffix wins ("blog.onehallyu.com" is a blog, the rest of
 * onehallyu.com a forum).
 *
 * The list was built from every host the catalogue cited (sources and milestone sources, 2026-12),
 * each judged by what the cited pages are, plus the well-known hosts of each class named in the
 * editing guide. A host not listed is treated as primary: add a host here when a new source turns
 * out to be a wiki, a forum, a personal blog, a user-edited database or a scraper.
 *
 * This module imports nothing: schemas, the content check and the tests all read it.
 */

export const SOURCE_CLASSES = ["fan wiki", "wiki mirror", "forum", "blog", "user-edited database", "scraper"] as const;
export type SourceClass = (typeof SOURCE_CLASSES)[number];

/** What each class is, for messages and the guide. */
export const SOURCE_CLASS_NOTES: Record<SourceClass, string> = {
  "fan wiki": "a wiki anyone can edit about fandoms or dramas (Fandom, Namu Wiki, dramawiki, TV Tropes)",
  "wiki mirror": "a copy or rewrite of Wikipedia or Namu Wiki (Wikiwand, namu.moe, Kiwix mirrors, AI encyclopedias)",
  forum: "a message board or community (Reddit, Soompi forums, theqoo, instiz, DC Inside, Daum cafés)",
  blog: "a blog or personal fan site (WordPress.com, Blogspot, Tistory, Naver Blog, Medium, K-drama fan sites)",
  "user-edited database": "a database its users fill in (MyDramaList, AsianWiki, IMDb, TMDB, kpopping)",
  scraper: "a site that copies or machine-writes other pages (rssing.com, AI feeds, content farms, album scrapers)",
};

/** Host suffix → class. Hosts not listed are primary. */
export const SECONDARY_SOURCE_HOSTS: Readonly<Record<string, SourceClass>> = {
  // fan wikis
  "fandom.com": "fan wiki",
  "namu.wiki": "fan wiki",
  "wiki.d-addicts.com": "fan wiki",
  "tvtropes.org": "fan wiki",
  "unisquads.io": "fan wiki",

  // wiki mirrors (copies or rewrites of Wikipedia / Namu Wiki)
  "wikiwand.com": "wiki mirror",
  "namu.moe": "wiki mirror",
  "mir.pe": "wiki mirror",
  "wiki.av1.space": "wiki mirror",
  "piglix.com": "wiki mirror",
  "infogalactic.com": "wiki mirror",
  "askwikinow.com": "wiki mirror",
  "wikisum.wiki": "wiki mirror",
  "grokipedia.com": "wiki mirror",
  "sivegame.netlify.app": "wiki mirror",
  "dbpedia.org": "wiki mirror",

  // forums and communities
  "reddit.com": "forum",
  "forums.soompi.com": "forum",
  "forum.allkpop.com": "forum",
  "onehallyu.com": "forum",
  "beautysay.co.kr": "forum",
  "dcinside.com": "forum",
  "theqoo.net": "forum",
  "instiz.net": "forum",
  "cafe.daum.net": "forum",
  "cafe.naver.com": "forum",
  "pann.nate.com": "forum",
  "livejournal.com": "forum",
  "vingle.net": "forum",
  "cyfren.com": "forum",
  "udcy.me": "forum",

  // blog platforms
  "wordpress.com": "blog",
  "blogspot.com": "blog",
  "tistory.com": "blog",
  "blog.naver.com": "blog",
  "medium.com": "blog",
  "storymoti.com": "blog",
  "bloghaunt.com": "blog",
  "blog.delivered.co.kr": "blog",
  "blog.inspiremekorea.com": "blog",
  "blog.ojj.kr": "blog",
  "blog.onehallyu.com": "blog",
  // personal and fan sites: K-drama and K-pop reviews, recaps, OST round-ups
  "afangirlsfeels.com": "blog",
  "ahgasewatchtv.com": "blog",
  "ahjummamshies.com": "blog",
  "ajummascorner.com": "blog",
  "anneviolet.com": "blog",
  "annyeongoppa.com": "blog",
  "asianaddictsanonymous.com": "blog",
  "asianjunkie.com": "blog",
  "asianromancedramas.com": "blog",
  "auntkokeko.com": "blog",
  "brazilkorea.com.br": "blog",
  "channel-korea.com": "blog",
  "ciaokpop.com": "blog",
  "cindrama.com": "blog",
  "daebak.tokyo": "blog",
  "dearmylife.com": "blog",
  "destinationkpop.com": "blog",
  "dkpopnews.net": "blog",
  "dramabeans.com": "blog",
  "dramacaps.com": "blog",
  "dramaforreal.com": "blog",
  "dramaio.com": "blog",
  "dramatic-eye.com": "blog",
  "en.kepoper.com": "blog",
  "fivetilago.com": "blog",
  "foxyseoul.com": "blog",
  "gizpress.com": "blog",
  "gokpop.co": "blog",
  "hallyubeat.com": "blog",
  "hallyudorama.com": "blog",
  "hallyuism.com": "blog",
  "heart-n-seoul.com": "blog",
  "is.park2306.com": "blog",
  "jaehakim.com": "blog",
  "jichangwookkitchen.com": "blog",
  "jimcarrey.co.kr": "blog",
  "k-drama.de": "blog",
  "k-popped.com": "blog",
  "kafenook.com": "blog",
  "kasioda.com": "blog",
  "kdramachat.com": "blog",
  "kdramaclicks.com": "blog",
  "kdramacrazy.com": "blog",
  "kdramadiary.com": "blog",
  "kdramalive.com": "blog",
  "kdramalove.com": "blog",
  "kdramapal.com": "blog",
  "kndraost.jp": "blog",
  "koalasplayground.com": "blog",
  "korea-paradise.com": "blog",
  "korean-binge.com": "blog",
  "koreandrama.com": "blog",
  "koreandrama.org": "blog",
  "koreanwavestory.com": "blog",
  "kpop.musicagatto.com": "blog",
  "kpopchingu.com": "blog",
  "kpoplife.com": "blog",
  "kpopupdates.com": "blog",
  "kstartrend.com": "blog",
  "leosigh.com": "blog",
  "lookatkorea.com": "blog",
  "marymekpop.com": "blog",
  "mashitafandia.com": "blog",
  "modernevent.co.kr": "blog",
  "newgravite.com": "blog",
  "oppanoona.kr": "blog",
  "scene-note.com": "blog",
  "sharala-music.com": "blog",
  "starseeker.co.kr": "blog",
  "thedramacorner.com": "blog",
  "thekatcafe.com": "blog",
  "toplistkdrama.com": "blog",
  "traveltodrama.com": "blog",
  "unitedbypop.com": "blog",
  "unitedkpop.com": "blog",
  "viewofthearts.com": "blog",
  "vir.aladingogo.com": "blog",
  "witheyeseast.com": "blog",
  "xenews.net": "blog",
  "yoursay.suara.com": "blog",
  "yunistar.com": "blog",
  "zapzee.net": "blog",

  // user-edited databases
  "mydramalist.com": "user-edited database",
  "asianwiki.com": "user-edited database",
  "imdb.com": "user-edited database",
  "themoviedb.org": "user-edited database",
  "kpopping.com": "user-edited database",
  "discogs.com": "user-edited database",
  "dramalist.org": "user-edited database",

  // scrapers, AI feeds and content farms
  "rssing.com": "scraper",
  "livecast24.net": "scraper",
  "launchdog.kr": "scraper",
  "dctrend.ai": "scraper",
  "feed.viewus.co.kr": "scraper",
  "1yinyue.com": "scraper",
  "90t8.com": "scraper",
  "kantan-douga.site": "scraper",
  "thereviewgeekah.pages.dev": "scraper",
  "dos.pw": "scraper",
  "kpopnews.atsit.in": "scraper",
  "facilityfun.com": "scraper",
  "kbizoom.com": "scraper",
  "mdaily.net": "scraper", // machine-written rewrites of agency press releases
  "mottokorea.co.kr": "scraper", // English copies of Maeil Business Star Today articles
  "celebrilla.com": "scraper",
};

export interface SecondarySource {
  class: SourceClass;
  /** The listed host suffix the URL matched. */
  host: string;
}

function hostOf(url: string): string | undefined {
  const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?([^/?#:]+)/i.exec(url.trim());
  if (!match) return undefined;
  return match[1]
    .toLowerCase()
    .replace(/\.$/, "")
    .replace(/^www\d*\./, "");
}

/**
 * "primary" unless the URL's host is, or is a subdomain of, a listed secondary host; then the class
 * and the listed host. An unreadable URL counts as primary here (the URL field rejects it already).
 */
export function sourceClass(url: string): "primary" | SecondarySource {
  const host = hostOf(url);
  if (!host) return "primary";
  let best: string | undefined;
  for (const suffix of Object.keys(SECONDARY_SOURCE_HOSTS)) {
    if ((host === suffix || host.endsWith(`.${suffix}`)) && (!best || suffix.length > best.length)) best = suffix;
  }
  return best ? { class: SECONDARY_SOURCE_HOSTS[best], host: best } : "primary";
}
