/**
 * `npm run new -- drama "Title"` (or song, artist): writes src/content/<collection>/<slug>.mdx with
 * every field present. Refuses to overwrite an existing profile.
 */
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { profileTemplate, slugify } from "../src/catalog/profile-template";

const KINDS = { drama: "dramas", song: "songs", artist: "artists" } as const;

async function main(argv: string[]): Promise<number> {
  const [kind, ...words] = argv;
  const title = words.join(" ").trim();
  if (!kind || !(kind in KINDS) || !title) {
    console.error('Usage: npm run new -- <drama|song|artist> "Title or name"');
    return 2;
  }
  const collection = KINDS[kind as keyof typeof KINDS];
  const slug = slugify(title);
  if (!slug) {
    console.error(`Cannot make a file name from "${title}": use the English title or name (ASCII letters or digits).`);
    return 2;
  }
  const root = process.env.MOODTRACK_ROOT ?? process.cwd();
  const file = path.join("src/content", collection, `${slug}.mdx`);
  if (existsSync(path.join(root, file))) {
    console.error(`${file} already exists; edit it instead, or choose another title.`);
    return 1;
  }
  await mkdir(path.join(root, "src/content", collection), { recursive: true });
  await writeFile(path.join(root, file), profileTemplate(collection, title, new Date().toISOString().slice(0, 10)), {
    flag: "wx",
  });
  console.log(`Created ${file}. Fill in every TODO; \`npm run build\` names each one still missing.`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
