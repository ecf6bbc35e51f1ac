/**
 * The /search/ page: a query box, facets with counts, sorting and a browse mode with no
 * query. The state is the URL query (?q=…&category=…&status=…&sort=…), so a search can
 * be shared and survives a reload.
 */
import { element } from './dom.ts';
import { loadPagefind, matchesWholeWords, searchWithExactNames, type PagefindFilters, type PagefindResultData } from './pagefind.ts';

export const FACETS = [
  ['category', 'Category'],
  ['status', 'SCIM status'],
  ['tier', 'Plan SCIM needs'],
  ['idp', 'Full SCIM through'],
  ['protocol', 'SSO protocol'],
  ['checked', 'How it was checked'],
] as const;
const SORTS: Record<string, { sort?: Record<string, 'asc' | 'desc'>; label: string }> = {
  relevance: { label: 'Best match' },
  name: { sort: { name: 'asc' }, label: 'Name' },
  'multiple-desc': { sort: { multiple: 'desc' }, label: 'Highest price multiple' },
  'multiple-asc': { sort: { multiple: 'asc' }, label: 'Lowest price multiple' },
  verified: { sort: { verified: 'desc' }, label: 'Recently verified' },
};
// Each result shown downloads its own fragment of the index, so the first page is short.
const PAGE = 10;

interface State {
  q: string;
  filters: Record<string, string[]>;
  sort: string;
}

function readState(): State {
  const params = new URLSearchParams(window.location.search);
  const filters: Record<string, string[]> = {};
  for (const [name] of FACETS) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length) filters[name] = values;
  }
  return { q: params.get('q')?.trim() ?? '', filters, sort: params.get('sort') ?? '' };
}

function writeState(state: State): void {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [name] of FACETS) for (const value of state.filters[name] ?? []) params.append(name, value);
  if (state.sort) params.set('sort', state.sort);
  const query = params.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}`);
}

function renderResult(data: PagefindResultData, withExcerpt: boolean): HTMLLIElement {
  const item = element('li', { className: 'search-result' });
  const monogram = element('span', { className: 'result-monogram', textContent: data.meta.monogram ?? '' });
  monogram.setAttribute('aria-hidden', 'true');
  const link = element('a', { href: data.url, textContent: data.meta.title ?? data.url });
  const heading = element('h3', {}, link);
  const badge = element('span', { className: `badge badge--${data.meta.tone ?? 'muted'}`, textContent: data.meta.status ?? '' });
  const body = element('div', {}, heading, badge);
  if (data.meta.summary) body.append(element('p', { textContent: data.meta.summary }));
  if (withExcerpt && data.excerpt) {
    const excerpt = element('p', { className: 'note' });
    // pagefind marks matches with <mark>; keep only that markup from its excerpt.
    const template = document.createElement('template');
    template.innerHTML = data.excerpt;
    for (const node of Array.from(template.content.childNodes)) {
      if (node.nodeType === Node.TEXT_NODE) excerpt.append(node.textContent ?? '');
      else if (node.nodeName === 'MARK') excerpt.append(element('mark', { textContent: node.textContent ?? '' }));
      else excerpt.append(node.textContent ?? '');
    }
    body.append(excerpt);
  }
  item.append(monogram, body);
  return item;
}

export async function startSearchPage(root: HTMLElement): Promise<void> {
  const form = root.querySelector<HTMLFormElement>('form[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const app = root.querySelector<HTMLElement>('[data-search-app]')!;
  const facetsBox = app.querySelector<HTMLElement>('[data-facets]')!;
  const sortSelect = app.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const summary = app.querySelector<HTMLElement>('[data-search-summary]')!;
  const list = app.querySelector<HTMLOListElement>('[data-results]')!;
  const more = app.querySelector<HTMLButtonElement>('[data-more]')!;
  app.hidden = false;

  for (const [value, { label }] of Object.entries(SORTS)) sortSelect.append(element('option', { value, textContent: label }));

  const pagefind = await loadPagefind();
  const totals = await pagefind.filters();
  let state = readState();
  let run = 0;

  // Facets are built once, then only their counts and checks change, so keyboard focus
  // stays on the checkbox the reader just toggled.
  for (const [name, label] of FACETS) {
    const values = Object.keys(totals[name] ?? {}).sort((a, b) => a.localeCompare(b));
    if (!values.length) continue;
    const fieldset = element('fieldset', { className: 'facet' }, element('legend', { textContent: label }));
    fieldset.dataset.facet = name;
    for (const value of values) {
      const checkbox = element('input', { type: 'checkbox', name, value });
      const labelNode = element('label', {}, checkbox, ` ${value} `, element('span', { className: 'count' }));
      labelNode.dataset.value = value;
      fieldset.append(labelNode);
    }
    facetsBox.append(fieldset);
  }

  function renderFacets(counts: PagefindFilters): void {
    for (const labelNode of facetsBox.querySelectorAll<HTMLLabelElement>('label[data-value]')) {
      const checkbox = labelNode.querySelector('input')!;
      const count = counts[checkbox.name]?.[checkbox.value] ?? 0;
      checkbox.checked = state.filters[checkbox.name]?.includes(checkbox.value) ?? false;
      labelNode.dataset.count = String(count);
      labelNode.querySelector('.count')!.textContent = `(${count})`;
    }
  }

  async function update(): Promise<void> {
    const current = ++run;
    // Busy until this run's results are on the page; a newer run takes over the flag.
    list.setAttribute('aria-busy', 'true');
    writeState(state);
    input.value = state.q;
    sortSelect.value = state.sort || (state.q ? 'relevance' : 'name');
    const filters = Object.fromEntries(Object.entries(state.filters).map(([name, values]) => [name, { any: values }]));
    const sortKey = state.sort || (state.q ? 'relevance' : 'name');
    const sort = SORTS[sortKey]?.sort;
    const search = await searchWithExactNames(pagefind, state.q || null, { filters, ...(sort && { sort }) }, PAGE);
    if (current !== run || !search) return;
    renderFacets(search.filters);
    const results = search.results;
    const what = state.q ? `for “${state.q}”` : 'in the catalog';
    summary.textContent = `${results.length} ${results.length === 1 ? 'app' : 'results'} ${what}${Object.keys(state.filters).length ? ', filtered' : ''}.`;
    list.replaceChildren();
    let shown = 0;
    const showMore = async () => {
      const page = await Promise.all(results.slice(shown, shown + PAGE).map((result) => result.data()));
      if (current !== run) return;
      // The first page was checked by searchWithExactNames; later ones are checked here.
      const wanted = shown === 0 || !state.q ? page : page.filter((data) => matchesWholeWords(data, state.q));
      list.append(...wanted.map((data) => renderResult(data, Boolean(state.q))));
      shown += page.length;
      more.hidden = shown >= results.length;
    };
    more.onclick = () => void showMore();
    await showMore();
    if (current === run) list.setAttribute('aria-busy', 'false');
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state = { ...state, q: input.value.trim() };
    void update();
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      state = { ...state, q: input.value.trim() };
      void update();
    }, 200);
  });
  facetsBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const values = new Set(state.filters[box.name] ?? []);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    const filters = { ...state.filters, [box.name]: [...values] };
    if (!values.size) delete filters[box.name];
    state = { ...state, filters };
    void update();
  });
  sortSelect.addEventListener('change', () => {
    state = { ...state, sort: sortSelect.value };
    void update();
  });
  await update();
}
