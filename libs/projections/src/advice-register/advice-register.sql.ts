/*
 * The advice register's terms as SQL over a row `r`, each with one `?` for today's date
 * (YYYY-MM-DD, Europe/Amsterdam). They filter a page in the database; the answer's items are
 * judged by the domain's own rules (advice-register.terms.ts), and the query spec holds the two
 * to the same verdicts.
 */

/** Every municipality the advice is addressed to; rows from before the second version name only their own. */
export const ADDRESSED_TO = `COALESCE(r.doc->'addressedTo', jsonb_build_array(r.doc->'municipalityCode'))`;

/**
 * The date whose passing makes the row overdue, or NULL: for an open trajectory not answered by
 * every addressed college, the college's response date once advice is issued, else the body's
 * advice date (the domain's `overdueSide`).
 */
const OVERDUE_FROM = `CASE
    WHEN r.doc->>'status' IN ('closed', 'withdrawn') OR r.doc->>'respondedOn' IS NOT NULL THEN NULL
    WHEN r.doc->'advice' IS NULL THEN r.doc->>'adviceDueOn'
    ELSE r.doc->>'responseDueOn' END`;

export const OVERDUE = `COALESCE((${OVERDUE_FROM}) COLLATE "C" < ?, false)`;

/**
 * An open trajectory with a follow-up checkpoint due before today and no progress report on or
 * after its due date (the domain's `overdueCheckpoints`).
 */
export const FOLLOW_UP_OVERDUE = `(r.doc->>'status' NOT IN ('closed', 'withdrawn') AND EXISTS (
    SELECT 1 FROM jsonb_array_elements(COALESCE(r.doc->'followUp', '[]'::jsonb)) c
    WHERE (c->>'dueOn') COLLATE "C" < ? AND NOT EXISTS (
      SELECT 1 FROM jsonb_array_elements(COALESCE(r.doc#>'{advice,recommendations}', '[]'::jsonb)) x
      WHERE (x#>>'{implementation,reportedOn}') COLLATE "C" >= (c->>'dueOn') COLLATE "C")))`;
