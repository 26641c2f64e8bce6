/**
 * A report for the council as plain data: a title, then sections (each a bookmark in the PDF)
 * of facts, paragraphs and lists. Built from public answers only, so it holds no personal data.
 */
export interface Report {
  readonly title: string;
  readonly subtitle: string;
  readonly sections: readonly ReportSection[];
}

export interface ReportSection {
  readonly heading: string;
  readonly blocks: readonly ReportBlock[];
}

export type ReportBlock =
  | { readonly kind: 'facts'; readonly rows: readonly (readonly [label: string, value: string])[] }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'subheading'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] };
