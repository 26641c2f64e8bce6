/**
 * The record pages' layout (the workspace's section menu, the search forms), and the print
 * stylesheet a griffier relies on: a trajectory or a council proposal printed for the council
 * shows the record only — no menus, forms or buttons — with tables whole and unclipped.
 */
export const RECORDS_STYLESHEET = `
.workspace-nav { margin-block: 0 1rem; padding-block: 0.5rem; border-block-end: 1px solid #8c8c8c; }
.workspace-nav a[aria-current='page'] { font-weight: bold; }
.filter-form__fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr)); gap: 0 1rem; }
.as-of-form { display: flex; flex-wrap: wrap; align-items: end; gap: 0.5rem 1rem; }
@media print {
  .site-header, .utrecht-page-footer, .utrecht-skip-link, .no-print, main form, .trajectory-actions { display: none !important; }
  .utrecht-page { max-inline-size: none; padding: 0; }
  .utrecht-table-container--overflow-inline { overflow: visible; }
  a.utrecht-link { color: inherit; text-decoration: none; }
  h1, h2, h3 { break-after: avoid; }
  tr, li { break-inside: avoid; }
  .utrecht-table__row--overdue { background: none; }
}
`;
