/**
 * Sorting and filtering for comparison tables, as a progressive enhancement: the table
 * reads well without it. On a page of the comparison table, a filter or a sort covers the
 * whole catalog: the rows of the full table are read once, when the reader first reaches
 * for a control. State lives in the URL query (?sort=multiple&dir=desc&
 * category=…&status=…&idp=…&provenance=…) so a view can be shared; changes are announced to screen
 * readers through a polite live region.
 */
type Direction = 'ascending' | 'descending';

const FILTERS = ['category', 'status', 'idp', 'provenance'] as const;

function readState(): URLSearchParams {
  return new URLSearchParams(window.location.search);
}

function writeState(params: URLSearchParams): void {
  const query = params.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`);
}

/** The rows of the full table, read from its page once, for a table that shows only some. */
function fetchRows(href: string): Promise<HTMLTableRowElement[]> {
  return fetch(href)
    .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${href}: ${response.status}`))))
    .then((html) => {
      const page = new DOMParser().parseFromString(html, 'text/html');
      const body = page.querySelector<HTMLTableElement>('table.compare-table')?.tBodies[0];
      return Array.from(body?.rows ?? []).map((row) => document.importNode(row, true));
    });
}

function enhance(root: HTMLElement): void {
  const table = root.querySelector('table');
  const body = table?.tBodies[0];
  if (!table || !body) return;
  // The rows this page was built with; on a page of the table, only some of the catalog.
  const pageRows = Array.from(body.rows);
  const complete = root.dataset.complete !== 'false';
  const allHref = root.dataset.allRows;
  // A page of the table shows at most a page of matches at once; the full table shows them all.
  const pageLimit = complete ? Infinity : Number(root.dataset.limit ?? 100);
  let allRows: Promise<HTMLTableRowElement[]> | undefined = complete || !allHref ? Promise.resolve(pageRows) : undefined;
  const everyRow = () => (allRows ??= fetchRows(allHref!).catch(() => pageRows));
  const headers = Array.from(table.querySelectorAll<HTMLTableCellElement>('th[data-sort-key]'));
  const form = root.querySelector<HTMLFormElement>('form[data-filters]');
  const announce = root.querySelector<HTMLElement>('[data-announce]');
  const limitNote = root.querySelector<HTMLElement>('[data-limit-note]');
  const showAll = root.querySelector<HTMLButtonElement>('[data-show-all]');
  const pagers = Array.from(document.querySelectorAll<HTMLElement>('[data-pager]'));
  let limit = pageLimit;
  let run = 0;

  // Reading the other rows starts as soon as the reader reaches for a control.
  for (const target of [form, table.tHead]) target?.addEventListener('pointerover', () => void everyRow(), { once: true });
  form?.addEventListener('focusin', () => void everyRow(), { once: true });

  // Each sortable header gets a real button, so it is reachable and operable by keyboard.
  for (const header of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = header.textContent?.trim() ?? '';
    header.textContent = '';
    header.append(button);
    button.addEventListener('focus', () => void everyRow(), { once: true });
    button.addEventListener('click', () => {
      const params = readState();
      const key = header.dataset.sortKey!;
      const sameKey = params.get('sort') === key;
      params.set('sort', key);
      params.set('dir', sameKey && params.get('dir') !== 'desc' ? 'desc' : 'asc');
      writeState(params);
      void apply();
    });
  }

  if (form) {
    const controls = form.querySelector<HTMLFieldSetElement>('[data-filter-controls]');
    if (controls) controls.disabled = false;
    form.addEventListener('change', () => {
      const params = readState();
      for (const name of FILTERS) {
        const value = (form.elements.namedItem(name) as HTMLSelectElement | null)?.value ?? '';
        if (value) params.set(name, value);
        else params.delete(name);
      }
      writeState(params);
      limit = pageLimit;
      void apply();
    });
    form.addEventListener('reset', () => {
      const params = readState();
      for (const name of FILTERS) params.delete(name);
      writeState(params);
      limit = pageLimit;
      // The reset event fires before the fields clear.
      setTimeout(() => void apply(), 0);
    });
  }
  showAll?.addEventListener('click', () => {
    limit = Infinity;
    void apply();
  });

  async function apply(): Promise<void> {
    const current = ++run;
    // Busy until this run's rows are in place; a newer run takes over the flag.
    root.setAttribute('aria-busy', 'true');
    const params = readState();
    const sortKey = params.get('sort');
    const direction: Direction = params.get('dir') === 'desc' ? 'descending' : 'ascending';
    const filters = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? '']));
    const active = Boolean(sortKey) || FILTERS.some((name) => filters[name]);

    if (form) {
      for (const name of FILTERS) {
        const select = form.elements.namedItem(name) as HTMLSelectElement | null;
        if (select && select.value !== filters[name]) select.value = filters[name]!;
      }
    }

    // With no filter and no sort, the page shows its own rows and its pager.
    const source = active ? await everyRow() : pageRows;
    if (current !== run) return;
    const matches = source.filter(
      (row) =>
        (!filters.category || row.dataset.category === filters.category) &&
        (!filters.status || row.dataset.status === filters.status) &&
        (!filters.idp || (row.dataset.idps ?? '').split(' ').includes(filters.idp)) &&
        (!filters.provenance || row.dataset.provenance === filters.provenance),
    );

    const header = headers.find((candidate) => candidate.dataset.sortKey === sortKey);
    for (const candidate of headers) candidate.removeAttribute('aria-sort');
    if (header && sortKey) {
      header.setAttribute('aria-sort', direction);
      const numeric = header.dataset.sortType !== 'text';
      const attribute = `sort${sortKey.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()).replace(/^./, (c) => c.toUpperCase())}`;
      const value = (row: HTMLTableRowElement) => row.dataset[attribute] ?? '';
      matches.sort((a, b) => {
        const [x, y] = [value(a), value(b)];
        // Rows without a value (no multiple, say) go last in either direction.
        if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
        const order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
        return direction === 'ascending' ? order : -order;
      });
    }
    // Only the rows shown are in the document: a thousand detached rows cost nothing to sort.
    const shown = matches.slice(0, limit);
    body!.replaceChildren(...shown);
    for (const pager of pagers) pager.hidden = active;
    if (limitNote) {
      limitNote.hidden = shown.length === matches.length;
      limitNote.textContent = `The first ${shown.length} of ${matches.length} matching apps are shown.`;
    }
    if (showAll) {
      showAll.hidden = shown.length === matches.length;
      showAll.textContent = `Show all ${matches.length}`;
    }
    if (announce) {
      const sortText = header ? `, sorted by ${header.textContent?.trim()} ${direction}` : '';
      announce.textContent = `Showing ${shown.length} of ${active ? source.length : pageRows.length} apps${shown.length < matches.length ? ` (${matches.length} match)` : ''}${sortText}.`;
    }
    root.setAttribute('aria-busy', 'false');
  }

  if (readState().toString()) void apply();
}

export function enhanceCompareTables(): void {
  document.querySelectorAll<HTMLElement>('[data-compare-table]').forEach(enhance);
}
