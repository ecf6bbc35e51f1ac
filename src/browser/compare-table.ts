/**
 * Sorting and filtering for comparison tables, as a progressive enhancement: the table
 * is complete without it. State lives in the URL query (?sort=multiple&dir=desc&
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

function enhance(root: HTMLElement): void {
  const table = root.querySelector('table');
  const body = table?.tBodies[0];
  if (!table || !body) return;
  const rows = Array.from(body.rows);
  const headers = Array.from(table.querySelectorAll<HTMLTableCellElement>('th[data-sort-key]'));
  const form = root.querySelector<HTMLFormElement>('form[data-filters]');
  const announce = root.querySelector<HTMLElement>('[data-announce]');

  // Each sortable header gets a real button, so it is reachable and operable by keyboard.
  for (const header of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = header.textContent?.trim() ?? '';
    header.textContent = '';
    header.append(button);
    button.addEventListener('click', () => {
      const params = readState();
      const key = header.dataset.sortKey!;
      const sameKey = params.get('sort') === key;
      params.set('sort', key);
      params.set('dir', sameKey && params.get('dir') !== 'desc' ? 'desc' : 'asc');
      writeState(params);
      apply();
    });
  }

  if (form) {
    form.hidden = false;
    form.addEventListener('change', () => {
      const params = readState();
      for (const name of FILTERS) {
        const value = (form.elements.namedItem(name) as HTMLSelectElement | null)?.value ?? '';
        if (value) params.set(name, value);
        else params.delete(name);
      }
      writeState(params);
      apply();
    });
    form.addEventListener('reset', () => {
      const params = readState();
      for (const name of FILTERS) params.delete(name);
      writeState(params);
      // The reset event fires before the fields clear.
      setTimeout(apply, 0);
    });
  }

  function apply(): void {
    const params = readState();
    const sortKey = params.get('sort');
    const direction: Direction = params.get('dir') === 'desc' ? 'descending' : 'ascending';
    const filters = Object.fromEntries(FILTERS.map((name) => [name, params.get(name) ?? '']));

    if (form) {
      for (const name of FILTERS) {
        const select = form.elements.namedItem(name) as HTMLSelectElement | null;
        if (select && select.value !== filters[name]) select.value = filters[name]!;
      }
    }

    let shown = 0;
    for (const row of rows) {
      const visible =
        (!filters.category || row.dataset.category === filters.category) &&
        (!filters.status || row.dataset.status === filters.status) &&
        (!filters.idp || (row.dataset.idps ?? '').split(' ').includes(filters.idp)) &&
        (!filters.provenance || row.dataset.provenance === filters.provenance);
      row.hidden = !visible;
      if (visible) shown++;
    }

    const header = headers.find((candidate) => candidate.dataset.sortKey === sortKey);
    for (const candidate of headers) candidate.removeAttribute('aria-sort');
    if (header && sortKey) {
      header.setAttribute('aria-sort', direction);
      const numeric = header.dataset.sortType !== 'text';
      const attribute = `sort${sortKey.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()).replace(/^./, (c) => c.toUpperCase())}`;
      const value = (row: HTMLTableRowElement) => row.dataset[attribute] ?? '';
      const sorted = [...rows].sort((a, b) => {
        const [x, y] = [value(a), value(b)];
        // Rows without a value (no multiple, say) go last in either direction.
        if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
        const order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
        return direction === 'ascending' ? order : -order;
      });
      body!.append(...sorted);
    }

    if (announce) {
      const sortText = header ? `, sorted by ${header.textContent?.trim()} ${direction}` : '';
      announce.textContent = `Showing ${shown} of ${rows.length} apps${sortText}.`;
    }
  }

  apply();
}

export function enhanceCompareTables(): void {
  document.querySelectorAll<HTMLElement>('[data-compare-table]').forEach(enhance);
}
