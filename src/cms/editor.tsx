/**
 * The content editor's page (/admin/, dev server only): lists the profiles, and a form for each kind
 * generated from the schemas (the dev server sends the form model, form-model.ts). While the editor
 * types, the dev server runs the build's own checks on the draft and the form shows each message
 * beside its field; Publish stays off until the build would accept the profile. The dev server then
 * writes only what changed (profile-edit.ts). Everything stays on this machine: the page talks to its
 * own dev server only.
 */
import { render, type ComponentChildren } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type {
  CheckResult,
  Choice,
  Collection,
  CollectionForm,
  FieldProblem,
  FormField,
  FormModel,
  ProfileDraft,
  ProfileSummary,
} from "./form-types";

type Path = (string | number)[];
type Profiles = Partial<Record<Collection, ProfileSummary[]>>;

async function api<T>(url: string, body?: unknown): Promise<{ status: number; value: T }> {
  const response = await fetch(url, {
    method: body === undefined ? "GET" : "POST",
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, value: (await response.json()) as T };
}

const getIn = (data: unknown, path: Path): unknown =>
  path.reduce<unknown>(
    (node, key) => (node === null || typeof node !== "object" ? undefined : (node as never)[key]),
    data,
  );

/** `data` with `value` at `path` (undefined removes it); the objects on the way are copied. */
function setIn(data: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [key, ...rest] = path;
  if (Array.isArray(data) || (typeof key === "number" && data === undefined)) {
    const copy = [...((data as unknown[] | undefined) ?? [])];
    if (rest.length === 0 && value === undefined) copy.splice(key as number, 1);
    else copy[key as number] = setIn(copy[key as number], rest, value);
    return copy;
  }
  const copy: Record<string, unknown> = { ...((data as Record<string, unknown> | undefined) ?? {}) };
  const next = setIn(copy[key as string], rest, value);
  if (next === undefined) delete copy[key as string];
  else copy[key as string] = next;
  return copy;
}

const idOf = (path: Path) => `field-${path.join("-")}`;
const pathKey = (path: Path) => path.join(".");

interface FieldContext {
  data: Record<string, unknown>;
  change: (path: Path, value: unknown) => void;
  problemsAt: (path: Path) => FieldProblem[];
  profiles: Profiles;
}

function Problems({ id, problems }: { id: string; problems: FieldProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul class="problems" id={`${id}-problems`}>
      {problems.map((problem) => (
        <li key={problem.message} class={problem.blocking ? "problem" : "note"}>
          {problem.message}
        </li>
      ))}
    </ul>
  );
}

/** Label, help and the build's messages around one input. */
function Labelled(props: {
  id: string;
  label: string;
  help?: string;
  required?: boolean;
  problems: FieldProblem[];
  children: ComponentChildren;
}) {
  return (
    <div class={`field${props.problems.some((p) => p.blocking) ? " invalid" : ""}`}>
      <label for={props.id}>
        {props.label}
        {props.required ? <span class="required"> (required)</span> : null}
      </label>
      {props.help ? (
        <p class="help" id={`${props.id}-help`}>
          {props.help}
        </p>
      ) : null}
      {props.children}
      <Problems id={props.id} problems={props.problems} />
    </div>
  );
}

const describedBy = (id: string, help: string | undefined, problems: FieldProblem[]) =>
  [help ? `${id}-help` : "", problems.length ? `${id}-problems` : ""].filter(Boolean).join(" ") || undefined;

/** One input for a single value: text, number, date, checkbox, choice or a picker of profiles. */
function ScalarInput({
  field,
  path,
  context,
  label,
}: {
  field: FormField;
  path: Path;
  context: FieldContext;
  label?: string;
}) {
  const id = idOf(path);
  const value = getIn(context.data, path);
  const problems = context.problemsAt(path);
  const common = {
    id,
    "aria-invalid": problems.some((p) => p.blocking) ? ("true" as const) : undefined,
    "aria-describedby": describedBy(id, field.help, problems),
    "aria-label": label,
  };
  const text = value === undefined || value === null ? "" : String(value);
  const setText = (raw: string) => context.change(path, raw === "" ? undefined : raw);
  switch (field.kind) {
    case "number":
      return (
        <input
          {...common}
          type="text"
          inputMode="numeric"
          value={text}
          onInput={(event) => {
            const raw = event.currentTarget.value.trim();
            context.change(path, raw === "" ? undefined : /^-?\d+$/.test(raw) ? Number(raw) : raw);
          }}
        />
      );
    case "boolean":
      return (
        <input
          {...common}
          type="checkbox"
          checked={value === true}
          onChange={(event) => context.change(path, event.currentTarget.checked)}
        />
      );
    case "date":
      return <input {...common} type="date" value={text} onInput={(event) => setText(event.currentTarget.value)} />;
    case "select":
    case "reference": {
      const options: Choice[] =
        field.kind === "select"
          ? field.options
          : (context.profiles[field.collection] ?? []).map((profile) => ({
              value: profile.slug,
              label: profile.label,
            }));
      const known = options.some((option) => option.value === text);
      return (
        <select {...common} value={text} onChange={(event) => setText(event.currentTarget.value)}>
          <option value="">— choose —</option>
          {!known && text ? <option value={text}>{text} (not found)</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      );
    }
    default:
      return (
        <input
          {...common}
          type={field.kind === "text" && field.url ? "url" : "text"}
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
        />
      );
  }
}

function FieldView({ field, path, context }: { field: FormField; path: Path; context: FieldContext }) {
  const id = idOf(path);
  const problems = context.problemsAt(path);
  switch (field.kind) {
    case "group":
      return (
        <fieldset class="group" id={id}>
          <legend>{field.label}</legend>
          {field.help ? <p class="help">{field.help}</p> : null}
          {field.fields.map((inner) => (
            <FieldView key={inner.name} field={inner} path={[...path, inner.name]} context={context} />
          ))}
          <Problems id={id} problems={problems} />
        </fieldset>
      );
    case "checkboxes": {
      const chosen = (getIn(context.data, path) as string[] | undefined) ?? [];
      return (
        <fieldset class="group" id={id}>
          <legend>
            {field.label}
            {field.required ? <span class="required"> (required)</span> : null}
          </legend>
          {field.help ? <p class="help">{field.help}</p> : null}
          <div class="checkboxes">
            {field.options.map((option) => (
              <label key={option.value} class="inline">
                <input
                  type="checkbox"
                  checked={chosen.includes(option.value)}
                  onChange={(event) =>
                    context.change(
                      path,
                      event.currentTarget.checked
                        ? [...chosen, option.value]
                        : chosen.filter((value) => value !== option.value),
                    )
                  }
                />
                {option.label}
              </label>
            ))}
          </div>
          <Problems id={id} problems={problems} />
        </fieldset>
      );
    }
    case "list":
    case "rows": {
      const items = (getIn(context.data, path) as unknown[] | undefined) ?? [];
      return (
        <fieldset class="group" id={id}>
          <legend>
            {field.label}
            {field.required ? <span class="required"> (required)</span> : null}
          </legend>
          {field.help ? <p class="help">{field.help}</p> : null}
          {items.map((_, index) => {
            const itemPath = [...path, index];
            const itemLabel = `${field.label} ${index + 1}`;
            return (
              <div class="row" key={index}>
                {field.kind === "list" ? (
                  <div class="field">
                    <ScalarInput field={field.item} path={itemPath} context={context} label={itemLabel} />
                    <Problems id={idOf(itemPath)} problems={context.problemsAt(itemPath)} />
                  </div>
                ) : (
                  <fieldset class="rowfields" aria-label={itemLabel}>
                    {field.fields.map((inner) => (
                      <FieldView key={inner.name} field={inner} path={[...itemPath, inner.name]} context={context} />
                    ))}
                    <Problems id={idOf(itemPath)} problems={context.problemsAt(itemPath)} />
                  </fieldset>
                )}
                <button type="button" class="remove" onClick={() => context.change(itemPath, undefined)}>
                  Remove {itemLabel}
                </button>
              </div>
            );
          })}
          <button
            type="button"
            onClick={() => context.change([...path, items.length], field.kind === "list" ? "" : {})}
          >
            Add to {field.label}
          </button>
          <Problems id={id} problems={problems} />
        </fieldset>
      );
    }
    case "moods":
      return (
        <fieldset class="group" id={id}>
          <legend>
            {field.label}
            {field.required ? <span class="required"> (required)</span> : null}
          </legend>
          <p class="help">
            Pick {field.min}–{field.max} moods: a weight and one sentence of at most {field.reasonMax} characters each.
            Leave the others empty.
          </p>
          <Problems id={id} problems={problems} />
          {field.moods.map((mood) => {
            const moodPath = [...path, mood.value];
            const weightPath = [...moodPath, "weight"];
            const whyPath = [...moodPath, "why"];
            const weight = getIn(context.data, weightPath);
            return (
              <div class="mood" key={mood.value}>
                <p class="mood-name">
                  <strong>{mood.label}</strong> <span class="help">{mood.help}</span>
                </p>
                <div class="mood-inputs">
                  <div class="field">
                    <select
                      id={idOf(weightPath)}
                      aria-label={`${mood.label}: weight`}
                      value={weight === undefined ? "" : String(weight)}
                      onChange={(event) => {
                        const raw = event.currentTarget.value;
                        context.change(weightPath, raw === "" ? undefined : Number(raw));
                      }}
                    >
                      <option value="">not this mood</option>
                      {field.weights.map((choice) => (
                        <option key={choice.value} value={choice.value}>
                          {choice.label}
                        </option>
                      ))}
                    </select>
                    <Problems id={idOf(weightPath)} problems={context.problemsAt(weightPath)} />
                  </div>
                  <div class="field grow">
                    <input
                      id={idOf(whyPath)}
                      type="text"
                      aria-label={`${mood.label}: why (shown to visitors)`}
                      placeholder="Why (shown to visitors)"
                      value={String(getIn(context.data, whyPath) ?? "")}
                      onInput={(event) => {
                        const raw = event.currentTarget.value;
                        context.change(whyPath, raw === "" ? undefined : raw);
                      }}
                    />
                    <Problems id={idOf(whyPath)} problems={context.problemsAt(whyPath)} />
                  </div>
                </div>
                <Problems id={idOf(moodPath)} problems={context.problemsAt(moodPath)} />
              </div>
            );
          })}
        </fieldset>
      );
    case "tags": {
      const entries = (getIn(context.data, path) as { tag?: string; why?: string }[] | undefined) ?? [];
      const definitions = new Map(field.groups.flatMap((group) => group.options.map((o) => [o.value, o] as const)));
      return (
        <fieldset class="group" id={id}>
          <legend>
            {field.label}
            {field.required ? <span class="required"> (required)</span> : null}
          </legend>
          <p class="help">
            {field.min > 0 ? `Pick ${field.min}–${field.max} tags` : `Up to ${field.max} tags, when they fit`}: what the
            story is about, each with one sentence of at most {field.reasonMax} characters on how it carries the tag.
            Each tag's definition shows when you choose it.
          </p>
          <Problems id={id} problems={problems} />
          {entries.map((entry, index) => {
            const rowPath = [...path, index];
            const tagPath = [...rowPath, "tag"];
            const whyPath = [...rowPath, "why"];
            const chosen = entry?.tag ? definitions.get(entry.tag) : undefined;
            const label = `Story tag ${index + 1}`;
            return (
              <div class="row" key={index}>
                <div class="rowfields">
                  <div class="field">
                    <select
                      id={idOf(tagPath)}
                      aria-label={label}
                      aria-describedby={`${idOf(tagPath)}-definition`}
                      value={entry?.tag ?? ""}
                      onChange={(event) => context.change(tagPath, event.currentTarget.value || undefined)}
                    >
                      <option value="">— choose a tag —</option>
                      {entry?.tag && !chosen ? <option value={entry.tag}>{entry.tag} (not in the list)</option> : null}
                      {field.groups.map((group) => (
                        <optgroup key={group.label} label={group.label}>
                          {group.options.map((option) => (
                            <option key={option.value} value={option.value} title={option.help}>
                              {option.label}
                            </option>
                          ))}
                        </optgroup>
                      ))}
                    </select>
                    <p class="help definition" id={`${idOf(tagPath)}-definition`}>
                      {chosen ? chosen.help : "Choose a tag to see what it means."}
                    </p>
                    <Problems id={idOf(tagPath)} problems={context.problemsAt(tagPath)} />
                  </div>
                  <div class="field">
                    <input
                      id={idOf(whyPath)}
                      type="text"
                      aria-label={`${label}: why (shown to visitors)`}
                      placeholder="Why (shown to visitors)"
                      value={entry?.why ?? ""}
                      onInput={(event) => context.change(whyPath, event.currentTarget.value || undefined)}
                    />
                    <Problems id={idOf(whyPath)} problems={context.problemsAt(whyPath)} />
                  </div>
                </div>
                <button type="button" class="remove" onClick={() => context.change(rowPath, undefined)}>
                  Remove {label}
                </button>
              </div>
            );
          })}
          <button type="button" onClick={() => context.change([...path, entries.length], {})}>
            Add a story tag
          </button>
        </fieldset>
      );
    }
    default:
      return (
        <Labelled id={id} label={field.label} help={field.help} required={field.required} problems={problems}>
          <ScalarInput field={field} path={path} context={context} />
        </Labelled>
      );
  }
}

/** The fields a new profile starts with: today for dates, "no" for yes/no questions. */
function newProfileData(form: CollectionForm): Record<string, unknown> {
  const today = new Date().toISOString().slice(0, 10);
  const data: Record<string, unknown> = {};
  for (const field of form.fields) {
    if (field.kind === "date" && field.required) data[field.name] = today;
    if (field.kind === "boolean") data[field.name] = false;
  }
  return data;
}

type Status = { kind: "idle" | "saving" | "saved" | "error"; text: string };

function EditorForm({
  form,
  initial,
  profiles,
  onSaved,
}: {
  form: CollectionForm;
  initial: ProfileDraft;
  profiles: Profiles;
  onSaved: (slug: string) => void;
}) {
  const [draft, setDraft] = useState(initial);
  const [check, setCheck] = useState<CheckResult | undefined>();
  const [checking, setChecking] = useState(true);
  const [status, setStatus] = useState<Status>({ kind: "idle", text: "" });
  const sequence = useRef(0);
  const isNew = initial.revision === undefined;

  useEffect(() => {
    const mine = ++sequence.current;
    setChecking(true);
    const timer = setTimeout(async () => {
      const { status: code, value } = await api<CheckResult & { error?: string }>("/admin/api/check.json", draft);
      if (mine !== sequence.current) return;
      if (code !== 200) setStatus({ kind: "error", text: value.error ?? `check failed (${code})` });
      else setCheck(value);
      setChecking(false);
    }, 250);
    return () => clearTimeout(timer);
  }, [draft]);

  // Unsaved work is not lost to a closed tab or a reload by mistake: the browser asks first.
  const snapshot = (value: ProfileDraft) => JSON.stringify([value.slug, value.data, value.body]);
  const savedSnapshot = useRef(snapshot(initial));
  useEffect(() => {
    if (status.kind === "saved") savedSnapshot.current = snapshot(draft);
    if (snapshot(draft) === savedSnapshot.current) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    addEventListener("beforeunload", warn);
    return () => removeEventListener("beforeunload", warn);
  }, [draft, status.kind]);

  const problems = check?.problems ?? [];
  const blocking = problems.filter((problem) => problem.blocking);
  const byField = useMemo(() => {
    const map = new Map<string, FieldProblem[]>();
    for (const problem of problems) map.set(problem.field, [...(map.get(problem.field) ?? []), problem]);
    return map;
  }, [problems]);
  const context: FieldContext = {
    data: draft.data,
    profiles,
    problemsAt: (path) => byField.get(pathKey(path)) ?? [],
    change: (path, value) => {
      setStatus({ kind: "idle", text: "" });
      setDraft((current) => ({ ...current, data: setIn(current.data, path, value) as Record<string, unknown> }));
    },
  };

  async function publish() {
    setStatus({ kind: "saving", text: "Saving…" });
    const { status: code, value } = await api<CheckResult & { error?: string; slug?: string; revision?: string }>(
      "/admin/api/save.json",
      draft,
    );
    if (code === 200) {
      setCheck(value);
      setDraft((current) => ({ ...current, slug: value.slug ?? current.slug, revision: value.revision }));
      setStatus({ kind: "saved", text: `Saved ${value.file}. Review it with git diff, then commit.` });
      onSaved(value.slug ?? draft.slug);
    } else if (code === 422) {
      setCheck(value);
      setStatus({ kind: "error", text: "Not saved: the build would refuse it (see the problems)." });
    } else setStatus({ kind: "error", text: `Not saved: ${value.error ?? code}` });
  }

  const bodyProblems = byField.get("(body)") ?? [];
  const placed = new Set<string>();
  const visit = (fields: FormField[], prefix: string) => {
    for (const field of fields) placed.add(prefix + field.name);
  };
  visit(form.fields, "");
  const ready = !checking && check !== undefined && blocking.length === 0;

  return (
    <form
      class="editor"
      onSubmit={(event) => {
        event.preventDefault();
        if (ready) void publish();
      }}
    >
      <h1>{isNew ? `New ${form.singular.toLowerCase()}` : String(draft.data[form.titleField] ?? draft.slug)}</h1>
      <p class="file">
        {check ? `File: ${check.file}` : "…"}
        {isNew ? (
          <label class="inline">
            {" "}
            File name (optional, made from the {form.titleField} when empty):{" "}
            <input
              type="text"
              value={draft.slug}
              onInput={(event) => setDraft((current) => ({ ...current, slug: event.currentTarget.value.trim() }))}
            />
          </label>
        ) : null}
      </p>
      <section class="summary" aria-live="polite" aria-label="What the build says">
        {checking && !check ? <p>Checking…</p> : null}
        {check && problems.length === 0 ? <p class="ok">The build accepts this profile.</p> : null}
        {problems.length > 0 ? (
          <>
            <p>
              {blocking.length > 0
                ? `The build would refuse this profile: ${blocking.length} problem${blocking.length === 1 ? "" : "s"} to fix before publishing.`
                : "The build accepts this profile, with a note:"}
            </p>
            <ol>
              {problems.map((problem) => (
                <li
                  key={`${problem.file}${problem.field}${problem.message}`}
                  class={problem.blocking ? "problem" : "note"}
                >
                  {problem.file !== check?.file ? `${problem.file} › ` : ""}
                  {placed.has(problem.field.split(".")[0]!) ? (
                    <a href={`#${idOf(problem.field.split("."))}`}>{problem.field}</a>
                  ) : (
                    problem.field
                  )}
                  : {problem.message}
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </section>
      {form.fields.map((field) => (
        <FieldView key={field.name} field={field} path={[field.name]} context={context} />
      ))}
      <Labelled id="field-body" label={form.body.label} help={form.body.help} problems={bodyProblems}>
        <textarea
          id="field-body"
          rows={8}
          value={draft.body}
          aria-describedby={describedBy("field-body", form.body.help, bodyProblems)}
          onInput={(event) => {
            const body = event.currentTarget.value;
            setStatus({ kind: "idle", text: "" });
            setDraft((current) => ({ ...current, body }));
          }}
        />
      </Labelled>
      <div class="actions">
        <button type="submit" class="publish" disabled={!ready || status.kind === "saving"}>
          Publish
        </button>
        <span class={`status ${status.kind}`} role="status">
          {status.text || (checking ? "Checking…" : blocking.length > 0 ? "Fix the problems above to publish." : "")}
        </span>
      </div>
    </form>
  );
}

interface Route {
  collection?: Collection;
  slug?: string;
  isNew: boolean;
}

function readRoute(): Route {
  const [collection, slug] = location.hash.replace(/^#\/?/, "").split("/");
  return {
    collection: (collection || undefined) as Collection | undefined,
    slug: slug && slug !== "new" ? decodeURIComponent(slug) : undefined,
    isNew: slug === "new",
  };
}

function App() {
  const [model, setModel] = useState<FormModel>();
  const [profiles, setProfiles] = useState<Profiles>({});
  const [route, setRoute] = useState(readRoute);
  const [draft, setDraft] = useState<ProfileDraft>();
  const [failure, setFailure] = useState<string>();

  const loadProfiles = () => api<Profiles>("/admin/api/profiles.json").then(({ value }) => setProfiles(value));
  useEffect(() => {
    void api<FormModel>("/admin/api/form.json").then(({ value }) => setModel(value));
    void loadProfiles();
    const onHash = () => setRoute(readRoute());
    addEventListener("hashchange", onHash);
    return () => removeEventListener("hashchange", onHash);
  }, []);

  const form = model?.collections.find((each) => each.name === route.collection);
  useEffect(() => {
    setDraft(undefined);
    setFailure(undefined);
    if (!form) return;
    if (route.isNew) {
      setDraft({ collection: form.name, slug: "", data: newProfileData(form), body: "" });
    } else if (route.slug) {
      const url = `/admin/api/profile.json?collection=${form.name}&slug=${encodeURIComponent(route.slug)}`;
      void api<ProfileDraft & { error?: string }>(url).then(({ status, value }) =>
        status === 200 ? setDraft(value) : setFailure(value.error ?? `could not open it (${status})`),
      );
    }
  }, [form, route.slug, route.isNew]);

  if (!model) return <p>Loading the editor…</p>;
  return (
    <div class="layout">
      <nav aria-label="Profiles">
        <p class="brand">Moodtrack editor</p>
        <ul>
          {model.collections.map((each) => (
            <li key={each.name}>
              <a href={`#/${each.name}`} aria-current={each.name === route.collection ? "page" : undefined}>
                {each.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main>
        {!form ? (
          <p>Choose Dramas, Songs or Artists to add or correct a profile.</p>
        ) : route.isNew || route.slug ? (
          failure ? (
            <p class="problem">{failure}</p>
          ) : draft ? (
            <EditorForm
              key={`${form.name}/${route.slug ?? "new"}`}
              form={form}
              initial={draft}
              profiles={profiles}
              onSaved={(slug) => {
                void loadProfiles();
                if (route.isNew) history.replaceState(null, "", `#/${form.name}/${slug}`);
              }}
            />
          ) : (
            <p>Opening…</p>
          )
        ) : (
          <>
            <h1>{form.label}</h1>
            <p>
              <a class="button" href={`#/${form.name}/new`}>
                New {form.singular.toLowerCase()}
              </a>
            </p>
            <ul class="profiles">
              {(profiles[form.name] ?? []).map((profile) => (
                <li key={profile.slug}>
                  <a href={`#/${form.name}/${profile.slug}`}>{profile.label}</a>
                </li>
              ))}
            </ul>
          </>
        )}
      </main>
    </div>
  );
}

// The dev server reloads every open page when a profile changes, so the site's pages show the edit at
// once. The editor reads profiles through its own API and may hold unsaved work (or the "Saved" line of
// the save that caused the reload): it stays as it is. Vite skips the reload of a page when the payload
// names another .html page, which is the only say a listener has.
import.meta.hot?.on("vite:beforeFullReload", (payload: { path?: string }) => {
  payload.path = "/admin/not-this-page.html";
});

render(<App />, document.getElementById("editor")!);
