import { RECORDS_STYLESHEET } from './records-stylesheet';

/**
 * The little layout the NL Design System components leave to the site: header and menu that
 * wrap on narrow screens (200% zoom), highlighted overdue rows, and room for the charts.
 * Served as `/assets/site.css`; kept here so the build ships it with the code.
 */
export const SITE_STYLESHEET = `
.utrecht-page { max-inline-size: 72rem; margin-inline: auto; padding-inline: 1rem; box-sizing: border-box; }
.site-header { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 2rem; padding-block: 1rem; }
.site-name { font-weight: bold; margin: 0; }
.site-nav__list { display: flex; flex-direction: row; flex-wrap: wrap; gap: 0.25rem 1.5rem; margin: 0; padding: 0; list-style: none; }
.site-session { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; margin-inline-start: auto; }
.site-session p { margin: 0; }
main:focus { outline: none; }
/* Fields show the focus however it arrived; a date field's focus sits inside its segments. */
.utrecht-textbox:focus, .utrecht-textarea:focus, .utrecht-select:focus, .utrecht-textbox:focus-within {
  outline: 3px solid #1f5fa8; outline-offset: 2px;
}
.utrecht-page-content { padding-block: 1rem 2rem; }
.utrecht-page-footer { padding-block: 1rem; border-block-start: 1px solid currentColor; }
.utrecht-table-container--overflow-inline { overflow-x: auto; max-inline-size: 100%; }
.utrecht-table__row--overdue { background-color: #fff4e5; }
.utrecht-table__row--overdue > :first-child { border-inline-start: 4px solid #b45309; }
main .utrecht-heading-2 { margin-block: 2rem 0.75rem; }
main .utrecht-heading-3 { margin-block: 1.5rem 0.5rem; }
.timeline { padding-inline-start: 1.5rem; }
.chart-figure { margin: 1.5rem 0; }
.chart-canvas { position: relative; inline-size: 100%; block-size: 22rem; min-inline-size: 0; overflow: hidden; }
.chart-canvas canvas { max-inline-size: 100%; }
main .utrecht-form-field, main .utrecht-form-fieldset { margin-block-end: 1.25rem; }
main .utrecht-form-fieldset .utrecht-form-field--checkbox { margin-block-end: 0; }
.form-actions { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; margin-block: 1.5rem; }
.utrecht-textbox, .utrecht-textarea, .utrecht-select { max-inline-size: 100%; box-sizing: border-box; }
.utrecht-form-field__error-message { color: #a4000f; font-weight: bold; }
.fieldset-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr)); gap: 0.5rem 1rem; }
.word-break { overflow-wrap: anywhere; }
.visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
${RECORDS_STYLESHEET}`;
