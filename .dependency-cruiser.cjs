// @ts-check
/**
 * The house rules for imports (README, "Layout"): rooms depend downward only, and what ships to the
 * browser never reaches build-only code. `npm run check` runs it (`depcruise --config`); a wrong
 * import fails the check with the rule's name and comment.
 *
 * Lower to higher: schemas ← catalog ← match, art, cms, site ← integrations, stores, components ← pages.
 * .astro files are not read: dependency-cruiser cannot parse them yet
 * (https://github.com/sverweij/dependency-cruiser/issues/1007). They are pages and views, the top
 * layer, so no rule below could be broken by them; modules only they import are listed in no-orphans.
 */

/** Everything of ours that is a view or an entry point: nothing below them may import them. */
const VIEWS = "^src/(components|layouts|pages|stores|integrations)/";

/** Code that runs in the browser: islands, stores, the share page's script, the editor's module. */
const BROWSER_CODE = [
  "^src/stores/",
  "^src/components/.*\\.tsx$",
  "^src/components/share/",
  "^src/cms/editor\\.tsx$",
  "^src/cms/form-types\\.ts$",
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "Two modules that import each other are one idea in two files: give the shared part its own module.",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-orphans",
      severity: "error",
      comment: "A module nothing imports is dead code, or an entry point that belongs on this list.",
      from: {
        orphan: true,
        pathNot: [
          "\\.d\\.ts$",
          "(^|/)\\.[^/]+\\.(js|cjs|mjs|ts)$",
          "^src/pages/",
          "^src/content\\.config\\.ts$",
          // Loaded by src/cms/index.html as a module.
          "^src/cms/editor\\.tsx$",
          // Imported only by .astro files, which dependency-cruiser cannot read.
          "^src/catalog/load-catalog\\.ts$",
          "^src/art/(cjk-font-plan|mood-styles)\\.ts$",
          "^src/site/names\\.ts$",
          // Config files and test entry points are run by their tools.
          "^(astro|vitest|playwright|playwright\\.admin)\\.config\\.(mjs|ts)$",
          "^tests/.*\\.(test|spec)\\.ts$",
          "^(scripts|bench)/",
        ],
      },
      to: {},
    },
    {
      name: "schemas-import-only-schemas",
      severity: "error",
      comment:
        "src/schemas is the content model: the vocabularies and rules everything else reads. It imports nothing of ours outside itself.",
      from: { path: "^src/schemas/" },
      to: { path: "^src/", pathNot: "^src/schemas/" },
    },
    {
      name: "catalog-imports-only-schemas",
      severity: "error",
      comment: "src/catalog reads the content with the model of src/schemas and nothing else of ours.",
      from: { path: "^src/catalog/" },
      to: { path: "^src/", pathNot: "^src/(catalog|schemas)/" },
    },
    {
      name: "match-browser-stays-pure",
      severity: "error",
      comment:
        "src/match (outside build/) ships to the browser: it imports only src/match and src/schemas, never build-only code.",
      from: { path: "^src/match/", pathNot: "^src/match/build/" },
      to: { path: ["^src/match/build/", "^src/(catalog|art|cms|site|integrations|components|layouts|pages|stores)/"] },
    },
    {
      name: "match-browser-no-node",
      severity: "error",
      comment: "src/match (outside build/) ships to the browser: no node:* modules.",
      from: { path: "^src/match/", pathNot: "^src/match/build/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "match-browser-no-astro-or-renderer",
      severity: "error",
      comment:
        "src/match (outside build/) ships to the browser: no astro:* virtual modules, no Astro, no image renderer.",
      from: { path: "^src/match/", pathNot: "^src/match/build/" },
      to: { path: ["^astro:", "node_modules/(astro|@takumi-rs|subset-font|fontverter|harfbuzzjs)/"] },
    },
    {
      name: "browse-stays-pure",
      comment:
        "src/browse (list order, pages, filters) runs in the browser and at build time: it imports only src/browse and src/schemas; src/browse/build/ may also read the catalogue.",
      severity: "error",
      from: { path: "^src/browse/", pathNot: "^src/browse/build/" },
      to: {
        path: ["^src/browse/build/", "^src/(catalog|match|art|cms|site|integrations|components|layouts|pages|stores)/"],
      },
    },
    {
      name: "browse-no-node",
      severity: "error",
      comment: "src/browse (outside build/) ships to the browser: no node:* modules.",
      from: { path: "^src/browse/", pathNot: "^src/browse/build/" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "browse-no-astro",
      severity: "error",
      comment: "src/browse (outside build/) ships to the browser: no astro:* virtual modules, no Astro.",
      from: { path: "^src/browse/", pathNot: "^src/browse/build/" },
      to: { path: ["^astro:", "node_modules/astro/"] },
    },
    {
      name: "browse-no-zod",
      severity: "error",
      comment:
        "src/browse (outside build/) ships to the browser: read the schemas' types only, never their Zod schemas (Zod's eval probe breaks the CSP and weighs ~50 KB); plain lists live in modules without Zod (networks.ts, moods.ts).",
      from: { path: "^src/browse/", pathNot: "^src/browse/build/" },
      to: {
        path: [
          "^src/schemas/(drama|song|artist|fields|mood-weights|person|story-tag-list|story-tags)\\.ts$",
          "node_modules/zod/",
        ],
        dependencyTypesNot: ["type-only"],
      },
    },
    {
      name: "browser-code-no-build-code",
      severity: "error",
      comment:
        "Islands, stores and the share page's script run in the browser: no node:*, no index builder, no catalogue reader, no renderer.",
      from: { path: BROWSER_CODE },
      to: {
        path: [
          "^src/match/build/",
          "^src/browse/build/",
          "^src/(catalog|integrations|site)/",
          "^src/art/share-images/",
          "^src/cms/(dev-server|editor-check|form-model|profile-edit)\\.ts$",
          "^astro:",
          "node_modules/@takumi-rs/",
        ],
      },
    },
    {
      name: "browser-code-no-node",
      severity: "error",
      comment: "Islands, stores and the share page's script run in the browser: no node:* modules.",
      from: { path: BROWSER_CODE },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "rooms-never-import-views",
      severity: "error",
      comment:
        "schemas, catalog, match, art, cms and site serve the views; they never import components, layouts, pages, stores or integrations.",
      from: { path: "^src/(schemas|catalog|match|browse|art|cms|site)/" },
      to: { path: VIEWS },
    },
    {
      name: "art-cms-site-stay-in-their-lane",
      severity: "error",
      comment:
        "src/art draws from the catalogue and the model; src/cms and src/site read the model only. None reads the quiz engine.",
      from: { path: "^src/(art|cms|site)/" },
      to: { path: "^src/match/" },
    },
    {
      name: "site-imports-nothing-of-ours",
      severity: "error",
      comment: "src/site (the deployed site's name, address and headers) stands alone.",
      from: { path: "^src/site/" },
      to: { path: "^src/", pathNot: "^src/site/" },
    },
    {
      name: "integrations-are-hooks",
      severity: "error",
      comment: "src/integrations are Astro hooks that call the rooms; they never import views.",
      from: { path: "^src/integrations/" },
      to: { path: "^src/(components|layouts|pages|stores)/" },
    },
    {
      name: "src-not-to-dev-dependencies",
      severity: "error",
      comment: "What src/ needs to build or run is a dependency; devDependencies are for tests, the bench and tools.",
      from: { path: "^src/", pathNot: "\\.d\\.ts$" },
      to: { dependencyTypes: ["npm-dev"], dependencyTypesNot: ["type-only"] },
    },
    {
      name: "no-unresolvable",
      severity: "error",
      comment: "An import that resolves to nothing (astro:* virtual modules are Astro's).",
      from: {},
      to: { couldNotResolve: true, pathNot: "^astro:" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: ["^src/content/", "^tests/fixtures/", "^dist/", "^\\.astro/"] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".mjs", ".js", ".cjs", ".d.ts"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
