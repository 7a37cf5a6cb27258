/**
 * Source classes: which hosts may carry a profile's facts and which may only add to them.
 *
 * Every host the catalogue cites is listed in SOURCE_HOSTS with its class. PRIMARY classes are the
 * people who publish a fact under their own name and answer for it: the press, broadcasters, labels
 * and agencies, music services and streaming platforms, chart and award organisers, and edited
 * encyclopedias. Every profile must cite at least one primary source, and a song's milestone (a chart
 * or award claim) must cite a primary one. SECONDARY classes (fan wikis, mirrors, forums, blogs,
 * user-edited databases, scrapers, shops, short links, outlets we could not confirm) may only add to a
 * primary source, never carry a profile alone.
 *
 * A host that is not listed is neither: the content check reports it with the URL, so an editor
 * decides its class and adds it here (with a reason when it is not obvious). Nothing unknown ever
 * counts as primary by default. A bare IP address is never primary: nobody stands behind it.
 *
 * A key is a host suffix: "tistory.com" covers every blog on tistory.com, "fandom.com" covers
 * kpop.fandom.com and drama.fandom.com. A leading "www." (or "www2.") and a trailing dot are
 * ignored, and the longest matching suffix wins ("cafe.daum.net" is a forum, "v.daum.net" a news
 * portal; "forums.soompi.com" a forum, the rest of soompi.com press).
 *
 * Judgement calls, each decided once here:
 * - Wikipedia is an encyclopedia (primary): its articles must cite published sources and edits are
 *   reviewed; Namu Wiki and Fandom wikis have no such rule, so they are fan wikis.
 * - MyDramaList, AsianWiki, IMDb, TMDB, kpopping, Discogs: user-edited databases (secondary): any
 *   member can add or change an entry, and entries rarely say where a fact came from.
 * - ManiaDB is a curated music database (primary, as an encyclopedia): its staff enter albums from
 *   the physical releases, with credits as printed.
 * - Daum, ZUM, Yahoo Japan, goo, livedoor and BIGLOBE news pages are news portals (primary): they
 *   carry a named outlet's licensed article word for word, with its byline.
 * - Newspic (newspic.kr) and Cashfeed are scrapers: they repost articles and partners' posts for
 *   reading rewards, and a page does not reliably say who wrote it.
 *
 * This module imports nothing: schemas, the content check and the tests all read it.
 */

export const PRIMARY_SOURCE_CLASSES = [
  "press",
  "broadcaster",
  "label or agency",
  "music service or platform",
  "chart or awards",
  "encyclopedia",
  "news portal",
] as const;
export type PrimarySourceClass = (typeof PRIMARY_SOURCE_CLASSES)[number];

export const SECONDARY_SOURCE_CLASSES = [
  "fan wiki",
  "wiki mirror",
  "forum",
  "blog",
  "user-edited database",
  "scraper",
  "shop",
  "short link",
  "unconfirmed outlet",
  "bare IP address",
] as const;
export type SecondarySourceClass = (typeof SECONDARY_SOURCE_CLASSES)[number];

export type SourceClass = PrimarySourceClass | SecondarySourceClass;

/** What each class is, for messages and the guide. */
export const SOURCE_CLASS_NOTES: Record<SourceClass, string> = {
  press: "a news outlet or magazine with editors, publishing under its own name (Korea Herald, OSEN, Soompi, NME)",
  broadcaster: "a TV or radio broadcaster's own pages, news included (KBS, MBC, SBS, JTBC, MBN, YTN)",
  "label or agency": "a record label's or artist agency's own pages",
  "music service or platform": "a music or streaming service's pages (Melon, Genie, Bugs, Spotify, KOCOWA)",
  "chart or awards": "a chart's or an award ceremony's own pages (Circle Chart, Billboard, Asia Artist Awards)",
  encyclopedia: "an edited reference work whose entries cite sources (Wikipedia, ManiaDB)",
  "news portal": "a portal page carrying a named outlet's licensed article with its byline (Daum, ZUM, Yahoo Japan)",
  "fan wiki": "a wiki anyone can edit about fandoms or dramas (Fandom, Namu Wiki, dramawiki, TV Tropes)",
  "wiki mirror": "a copy or rewrite of Wikipedia or Namu Wiki (Wikiwand, namu.moe, Kiwix mirrors, AI encyclopedias)",
  forum: "a message board or community (Reddit, Soompi forums, theqoo, instiz, DC Inside, Daum cafés)",
  blog: "a blog or personal fan site (WordPress.com, Blogspot, Tistory, Naver Blog, Medium, K-drama fan sites)",
  "user-edited database": "a database its users fill in (MyDramaList, AsianWiki, IMDb, TMDB, kpopping)",
  scraper: "a site that copies or machine-writes other pages (rssing.com, AI feeds, content farms, repost apps)",
  shop: "a shop's or a lesson site's page about a record: details copied from the sleeve or elsewhere",
  "short link": "a link shortener: the page behind it is not known; cite that page itself",
  "unconfirmed outlet": "a site that looks like news but whose publisher and editors we could not confirm",
  "bare IP address": "a URL on an IP address instead of a name: nobody stands behind it",
};

const PRIMARY = new Set<string>(PRIMARY_SOURCE_CLASSES);

/** Whether a class may carry a profile's facts alone. */
export function isPrimaryClass(sourceClass: SourceClass): sourceClass is PrimarySourceClass {
  return PRIMARY.has(sourceClass);
}

/** Host suffix → class: every host the catalogue cites, and the well-known hosts of each class. */
export const SOURCE_HOSTS: Readonly<Record<string, SourceClass>> = {
  // encyclopedias
  "wikipedia.org": "encyclopedia",
  "britannica.com": "encyclopedia",
  "maniadb.com": "encyclopedia", // curated: entered by its staff from the physical releases

  // chart and award organisers
  "circlechart.kr": "chart or awards",
  "gaonchart.co.kr": "chart or awards",
  "billboard.com": "chart or awards",
  "asiaartistawards.com": "chart or awards",

  // music services and platforms
  "melon.com": "music service or platform",
  "genie.co.kr": "music service or platform",
  "bugs.co.kr": "music service or platform",
  "vibe.naver.com": "music service or platform",
  "music.apple.com": "music service or platform",
  "open.spotify.com": "music service or platform",
  "kocowa.com": "music service or platform", // blog.kocowa.com is the platform's own editorial page
  "dramafever.com": "music service or platform",
  "netflix.com": "music service or platform",
  "viki.com": "music service or platform",

  // labels and agencies
  "bigoceanenm.com": "label or agency",

  // broadcasters (their news sites included)
  "kbs.co.kr": "broadcaster",
  "imbc.com": "broadcaster",
  "sbs.co.kr": "broadcaster",
  "jtbc.co.kr": "broadcaster",
  "tving.com": "broadcaster",
  "mbn.co.kr": "broadcaster",
  "ytn.co.kr": "broadcaster",
  "wowtv.co.kr": "broadcaster", // Korea Economic TV
  "obsnews.co.kr": "broadcaster", // OBS Gyeongin TV's newsroom
  "ktv.go.kr": "broadcaster",
  "abs-cbn.com": "broadcaster",
  "onetvasia.com": "broadcaster",
  "pramborsfm.com": "broadcaster", // Prambors FM, a Jakarta radio station
  "mtvk.com": "broadcaster", // MTV K, MTV's Korean-American channel

  // news portals (a named outlet's licensed article, byline included)
  "v.daum.net": "news portal",
  "v.media.daum.net": "news portal",
  "news.zum.com": "news portal",
  "news.zumst.com": "news portal",
  "n.news.naver.com": "news portal",
  "entertain.naver.com": "news portal",
  "news.yahoo.co.jp": "news portal",
  "news.goo.ne.jp": "news portal",
  "news.livedoor.com": "news portal",
  "news.biglobe.ne.jp": "news portal",
  "inkl.com": "news portal",
  "magzter.com": "news portal",

  // press: Korean news outlets
  "ajunews.com": "press",
  "alphabiz.co.kr": "press",
  "ancnews.net": "press",
  "asiae.co.kr": "press",
  "asiatoday.co.kr": "press",
  "bbangyanews.com": "press",
  "beautyhankook.com": "press",
  "beffreport.com": "press",
  "breaknews.com": "press",
  "bntnews.co.kr": "press",
  "bntnews.co.uk": "press",
  "busan.com": "press",
  "castko.com": "press",
  "celuvmedia.com": "press",
  "chosun.com": "press",
  "chosunonline.com": "press",
  "cine21.com": "press",
  "consumernews.co.kr": "press",
  "dailiang.co.kr": "press",
  "dailysportshankook.co.kr": "press",
  "dgy.co.kr": "press",
  "dipe.co.kr": "press",
  "dispatch.co.kr": "press",
  "donga.com": "press",
  "econovill.com": "press",
  "edaily.co.kr": "press",
  "ekn.kr": "press",
  "esquirekorea.co.kr": "press",
  "etnews.com": "press",
  "etoday.co.kr": "press",
  "fnnews.com": "press",
  "gukjenews.com": "press",
  "hankooki.com": "press",
  "hankookilbo.com": "press",
  "hankyung.com": "press",
  "healthtomato.com": "press",
  "heraldk.com": "press",
  "heraldm.com": "press",
  "hubnews.co.kr": "press",
  "hyundaenews.com": "press",
  "idaegu.co.kr": "press",
  "imaeil.com": "press",
  "insight.co.kr": "press",
  "intronews.net": "press",
  "isnews.co.kr": "press",
  "isplus.com": "press",
  "issuetoday.co.kr": "press",
  "jkn.co.kr": "press",
  "joins.com": "press",
  "joongang.co.kr": "press",
  "joynews24.com": "press",
  "kbmaeil.com": "press",
  "kclassicnews.com": "press",
  "kmib.co.kr": "press",
  "koreaherald.com": "press",
  "korean-vibe.com": "press",
  "koreatimes.co.kr": "press",
  "kpinews.kr": "press",
  "kukinews.com": "press",
  "kyeongin.com": "press",
  "mediapaper.kr": "press",
  "mediapen.com": "press",
  "mhns.co.kr": "press",
  "mk.co.kr": "press",
  "mksports.co.kr": "press",
  "mt.co.kr": "press", // Money Today, OSEN's and Star News's old home (osen.mt.co.kr, star.mt.co.kr)
  "munhwa.com": "press",
  "mydaily.co.kr": "press",
  "nbnnews.co.kr": "press",
  "newdaily.co.kr": "press",
  "news1.kr": "press",
  "newsbell.co.kr": "press",
  "newscani.com": "press",
  "newsis.com": "press",
  "newspim.com": "press",
  "newsprime.co.kr": "press",
  "newsway.co.kr": "press",
  "newsworks.co.kr": "press",
  "nextdaily.co.kr": "press",
  "nocutnews.co.kr": "press",
  "nspna.com": "press",
  "ohfun.net": "press", // 오펀: its own newsroom (news@ohfun.net) and copyright line on each article
  "ohmynews.com": "press",
  "osen.co.kr": "press",
  "pickcon.co.kr": "press",
  "raonnews.com": "press",
  "readersnews.com": "press",
  "sayart.net": "press",
  "sedaily.com": "press",
  "segye.com": "press",
  "sejongtimes.kr": "press",
  "seoul.co.kr": "press",
  "sisatoday.co.kr": "press",
  "sisunnews.co.kr": "press",
  "slist.kr": "press",
  "spasdemarques.com": "press",
  "speconomy.com": "press",
  "sportalkorea.com": "press",
  "sportschosun.com": "press",
  "sportsq.co.kr": "press",
  "sportsseoul.com": "press",
  "sportsworldi.com": "press",
  "starinnews.com": "press",
  "starnewskorea.com": "press",
  "tenasia.co.kr": "press",
  "tenasia.com": "press",
  "tf.co.kr": "press",
  "theviewers.co.kr": "press",
  "topstarnews.net": "press",
  "trustnews.co.kr": "press",
  "tvdaily.co.kr": "press",
  "tvreport.co.kr": "press",
  "vegannews.co.kr": "press",
  "wikitree.co.kr": "press", // a registered internet newspaper, not a wiki
  "xportsnews.com": "press",
  "yna.co.kr": "press",
  "국민문화신문.한국": "press",

  // press: outlets elsewhere writing about Korean dramas and music
  "allkpop.com": "press",
  "antaranews.com": "press",
  "asiapacificarts.org": "press", // an online magazine of the University of Southern California
  "asiastarz.com": "press",
  "clickthecity.com": "press",
  "collider.com": "press",
  "freepressjournal.in": "press",
  "gulfnews.com": "press",
  "hellokpop.com": "press",
  "hindustantimes.com": "press",
  "hiyorimedia.com": "press",
  "hype.my": "press",
  "ibtimes.sg": "press",
  "idntimes.com": "press",
  "indiatimes.com": "press",
  "indiatoday.in": "press",
  "inquirer.net": "press",
  "intipseleb.com": "press",
  "intoday.in": "press", // India Today's article feed host
  "k-entame.jp": "press",
  "kdramastars.com": "press",
  "korepo.com": "press",
  "koreaboo.com": "press",
  "koreadaily.com": "press",
  "koreatimes.com": "press", // The Korea Times US edition
  "koreatimesus.com": "press",
  "kpopstarz.com": "press",
  "kstars.kr": "press",
  "kstyle.com": "press",
  "magdalene.co": "press",
  "mb.com.ph": "press",
  "navicon.jp": "press",
  "newsbytesapp.com": "press",
  "nme.com": "press",
  "okezone.com": "press",
  "oppagram.com": "press",
  "panorama.it": "press",
  "philstarlife.com": "press",
  "pinkvilla.com": "press",
  "rbbtoday.com": "press",
  "readysteadycut.com": "press",
  "rollingstoneindia.com": "press",
  "saostar.vn": "press",
  "scmp.com": "press",
  "slashfilm.com": "press",
  "soompi.com": "press",
  "sportskeeda.com": "press",
  "straitstimes.com": "press",
  "tempo.co": "press",
  "thediarist.ph": "press",
  "thenews.com.pk": "press",
  "thestatesman.com": "press",
  "times.co.id": "press",
  "verafiles.org": "press",
  "wowkorea.jp": "press",
  "wowkorea.live": "press",
  "yahoo.com": "press", // Yahoo's own entertainment desk and the wire articles it carries

  // ——— secondary: may only add to a primary source ———

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

  // more scrapers and repost apps
  "newspic.kr": "scraper", // reposts partners' articles and posts for reading rewards
  "cashfeed.co.kr": "scraper", // the same kind of reading-reward feed
  "viewus.co.kr": "scraper", // covers feed. and nateview-dev. (a feed's staging copy)
  "ndsoftnews.com": "scraper", // a newspaper CMS vendor's staging copy of a paper's article
  "twig24.com": "scraper", // copies Sports World articles under its own address
  "k-snapp.com": "scraper",

  // shops and lesson sites
  "kimook.com": "shop",
  "applemusic.co.kr": "shop", // a Korean CD shop, not Apple Music
  "doyac.com": "shop", // a music-lesson site

  // link shorteners
  "naver.me": "short link",
  "bit.ly": "short link",

  // sites that look like news but whose publisher and editors we could not confirm
  "celebconfirmed.com": "unconfirmed outlet",
  "gotit.co.kr": "unconfirmed outlet",
  "goobnejapan.jp": "unconfirmed outlet",
  "hotn.kr": "unconfirmed outlet",
  "idgj.kr": "unconfirmed outlet",
  "its-new.co.kr": "unconfirmed outlet",
  "koogle.tv": "unconfirmed outlet",
  "kpopjuice.com": "unconfirmed outlet",
  "newsbox.co.kr": "unconfirmed outlet",
  "newssports25.com": "unconfirmed outlet",
  "pigeonweek.com": "unconfirmed outlet",
  "poptokki.com": "unconfirmed outlet",
  "theindex.rweb.kr": "unconfirmed outlet",
  "youthpress.net": "unconfirmed outlet", // student reporters' site
  "einpresswire.com": "unconfirmed outlet", // a paid press-release wire: anyone may post
  "publicnow.com": "unconfirmed outlet", // reposts releases of any issuer
};

/** How a source URL counts. */
export type SourceVerdict =
  | { kind: "primary"; class: PrimarySourceClass; host: string }
  | { kind: "secondary"; class: SecondarySourceClass; host: string }
  /** A host SOURCE_HOSTS does not list: an editor must classify it. */
  | { kind: "unknown"; host: string }
  /** Not an http(s) URL with a host (the URL field reports it). */
  | { kind: "unreadable" };

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** The URL's host as written, lower case, without "www."/"www2.", a port or a trailing dot. */
export function sourceHost(url: string): string | undefined {
  const match = /^https?:\/\/(?:[^/?#@]*@)?(\[[^\]]*\]|[^/?#:]+)/i.exec(url.trim());
  if (!match) return undefined;
  return match[1]!
    .toLowerCase()
    .replace(/\.$/, "")
    .replace(/^www\d*\./, "");
}

/**
 * The class of a source URL: the longest listed suffix of its host decides. A bare IP address is
 * secondary whatever it serves; a host not listed is "unknown", never primary.
 */
export function sourceClass(url: string): SourceVerdict {
  const host = sourceHost(url);
  if (!host) return { kind: "unreadable" };
  if (IPV4.test(host) || host.startsWith("[")) return { kind: "secondary", class: "bare IP address", host };
  let best: string | undefined;
  for (const suffix of Object.keys(SOURCE_HOSTS)) {
    if ((host === suffix || host.endsWith(`.${suffix}`)) && (!best || suffix.length > best.length)) best = suffix;
  }
  if (!best) return { kind: "unknown", host };
  const found = SOURCE_HOSTS[best]!;
  return isPrimaryClass(found)
    ? { kind: "primary", class: found, host: best }
    : { kind: "secondary", class: found, host: best };
}
