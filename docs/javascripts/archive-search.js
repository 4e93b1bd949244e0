/* Archive search: Material's search box backed by Pagefind's chunked index.
 *
 * Vietnamese readers type with or without diacritics, in NFC or NFD, in any case. Pagefind
 * folds diacritics but not "đ": the quick index holds folded text (đ as d) and is searched
 * with the folded query, once; in the full index every syllable typed with "d" is also
 * searched with "đ" and the results merged. A result whose title is the query (a person's page) comes first;
 * "quoted phrases" must appear as written (diacritics folded). Filters: congress, year, person.
 *
 * Two indexes, built by hooks/pagefind_index.py: a quick one (one short record of metadata per
 * page: title, date, people, meeting, organizer) answers first (data-state="first"); the full
 * text index then adds what only the article text contains (data-state="done"). While the
 * reader types, the quick index's chunks for the words so far are fetched (Pagefind's
 * preload), so the search after the typing pause finds them already loaded.
 */
(function () {
  "use strict";

  const root = document.querySelector("[data-archive-search]");
  if (!root) return;
  const input = root.querySelector("[data-archive-search-input]");
  const list = root.querySelector("[data-archive-search-results]");
  const meta = root.querySelector("[data-archive-search-meta]");
  const filterBox = root.querySelector("[data-archive-search-filters]");
  const toggle = document.getElementById("__search");
  const config = JSON.parse(document.getElementById("__config").textContent);
  const base = new URL(config.base.replace(/\/?$/, "/"), location.href);
  let pagefind = null;
  let generation = 0;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D")
      .toLowerCase().replace(/\s+/g, " ").trim();
  }

  function parse(query) {
    const text = query.normalize("NFC").toLowerCase();
    const phrases = [...text.matchAll(/"([^"]+)"/g)].map((m) => fold(m[1])).filter(Boolean);
    const words = text.replace(/"/g, " ").split(/\s+/).filter(Boolean);
    return { words, phrases };
  }

  /* "dai hoi dang" -> also "đai hoi dang", "dai hoi đang", … (at most 16 queries). */
  function variants(words) {
    let out = [[]];
    for (const word of words) {
      const options = word.startsWith("d") ? [word, "đ" + word.slice(1)] : [word];
      out = out.flatMap((prefix) => options.map((w) => prefix.concat(w)));
      if (out.length > 16) out = out.slice(0, 16);
    }
    return out.map((ws) => ws.join(" "));
  }

  const QUICK = "pagefind-nhanh";
  const FULL = "pagefind";
  const engines = {};
  let filtersFilled = null;

  function engine(bundle) {
    if (!engines[bundle]) {
      engines[bundle] = (async () => {
        const pf = await import(new URL(bundle + "/pagefind.js", base).href);
        await pf.options({ excerptLength: 24 });
        await pf.init();
        return pf;
      })();
    }
    return engines[bundle];
  }

  /* Filter values come from the quick index, loaded after the first results are shown. */
  async function fillFilters() {
    const available = await (await engine(QUICK)).filters();
    for (const select of filterBox.querySelectorAll("select")) {
      const values = Object.keys(available[select.dataset.filter] || {});
      values.sort((a, b) => a.localeCompare(b, "vi"));
      for (const value of values) {
        const option = document.createElement("option");
        option.value = value;
        option.textContent = value;
        select.appendChild(option);
      }
      select.addEventListener("change", () => run(input.value));
    }
    filterBox.hidden = false;
  }

  function chosenFilters() {
    const filters = {};
    for (const select of filterBox.querySelectorAll("select")) {
      if (select.value) filters[select.dataset.filter] = select.value;
    }
    return filters;
  }

  function titleBonus(item, query) {
    const title = fold(item.data.meta.title || "");
    if (title === query) return (item.data.meta.loai || "") === "nguoi" ? 2 : 1;
    return title.includes(query) ? 0.5 : 0;
  }

  /* The best ``count`` results of every variant query in one index, with their data; null
   * when a newer search started meanwhile (its fragments are not worth fetching). */
  async function best(bundle, queries, filters, phrases, count, current) {
    const pf = await engine(bundle);
    const searches = await Promise.all(queries.map((q) => pf.search(q, { filters })));
    if (current !== generation) return null;
    const merged = new Map();
    for (const search of searches) {
      for (const result of search.results) {
        const seen = merged.get(result.id);
        if (!seen || seen.score < result.score) merged.set(result.id, result);
      }
    }
    /* Fragments cost a request each: load only the best few. */
    const top = [...merged.values()].sort((a, b) => b.score - a.score).slice(0, count);
    const loaded = await Promise.all(top.map(async (r) => ({ score: r.score, data: await r.data() })));
    const kept = loaded.filter((item) => phrases.every((p) => fold(item.data.content).includes(p)));
    return { items: kept, total: merged.size };
  }

  /* Exact title first (a person's page before an article of that title), then metadata
   * matches from the quick index, then full-text matches; by score within each. */
  function order(lists, query) {
    const byUrl = new Map();
    lists.forEach((list, tier) => {
      for (const item of list) {
        if (!byUrl.has(item.data.url)) byUrl.set(item.data.url, { ...item, tier });
      }
    });
    return [...byUrl.values()].sort((a, b) =>
      titleBonus(b, query) - titleBonus(a, query) || a.tier - b.tier || b.score - a.score);
  }

  async function run(query) {
    const current = ++generation;
    list.dataset.state = "searching";
    const { words, phrases } = parse(query);
    if (!words.length) {
      list.replaceChildren();
      meta.textContent = "Gõ từ khóa để tìm kiếm";
      list.dataset.state = "idle";
      return;
    }
    const filters = chosenFilters();
    const queries = variants(words);
    const folded = fold(query.replace(/"/g, " "));
    const quick = await best(QUICK, [fold(words.join(" "))], filters, phrases, 10, current);
    if (!quick || current !== generation) return;
    render(order([quick.items], folded), quick.total);
    list.dataset.firstAt = String(performance.now());
    list.dataset.query = query;
    list.dataset.state = "first";
    if (!filtersFilled) filtersFilled = fillFilters().catch(showError);
    const full = await best(FULL, queries, filters, phrases, 20, current);
    if (!full || current !== generation) return;
    render(order([quick.items, full.items], folded), Math.max(quick.total, full.total));
    list.dataset.doneAt = String(performance.now());
    list.dataset.state = "done";
  }

  function render(items, total) {
    meta.textContent = total ? `${total} kết quả` : "Không tìm thấy kết quả nào";
    list.replaceChildren(...items.map((item) => {
      const li = document.createElement("li");
      li.className = "md-search-result__item";
      const link = document.createElement("a");
      link.className = "md-search-result__link";
      link.href = new URL(item.data.url.replace(/^\//, ""), base).href;
      const article = document.createElement("article");
      article.className = "md-search-result__article md-typeset";
      const title = document.createElement("h1");
      title.textContent = item.data.meta.title || item.data.url;
      const excerpt = document.createElement("p");
      if (item.tier === 0) {
        excerpt.textContent = item.data.meta.tomtat || ""; /* quick index: its text is folded */
      } else {
        excerpt.innerHTML = item.data.excerpt; /* Pagefind escapes page text; only <mark> is markup */
      }
      article.append(title);
      if (item.data.meta.ngay) {
        const day = document.createElement("p");
        day.className = "archive-search__date";
        day.textContent = item.data.meta.ngay;
        article.append(day);
      }
      article.append(excerpt);
      link.append(article);
      li.append(link);
      return li;
    }));
  }

  /* Search once the reader pauses: 150 ms is longer than the gap between keystrokes of a
   * quick typist (8 a second), so typing a query starts one search, not one per letter. */
  const TYPING_PAUSE = 150;
  let timer = null;
  input.addEventListener("input", () => {
    const typed = fold(input.value.replace(/"/g, " "));
    if (typed) {
      engine(QUICK).then((pf) => pf.preload(typed, { filters: chosenFilters() })).catch(() => {});
    }
    clearTimeout(timer);
    generation++; /* a search still running for the previous keystroke stops where it is */
    timer = setTimeout(() => run(input.value).catch(showError), TYPING_PAUSE);
  });
  input.addEventListener("focus", () => {
    if (toggle) toggle.checked = true;
    engine(QUICK).catch(showError);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      const first = list.querySelector("a");
      if (first) location.href = first.href;
    } else if (event.key === "Escape" && toggle) {
      toggle.checked = false;
      input.blur();
    }
  });

  function showError(error) {
    meta.textContent = "Không tải được chỉ mục tìm kiếm (" + error + ")";
    list.dataset.state = "error";
  }
})();
