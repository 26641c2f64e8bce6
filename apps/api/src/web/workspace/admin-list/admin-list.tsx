import type { Request, Response } from 'express';
import type { ComponentChildren, VNode } from 'preact';
import type { Query } from '../../api/all-pages';
import type { Page } from '../../api/api-types';
import { FilterForm, type FilterField } from '../../components/filter-form';
import { Paragraph } from '../../components/messages';
import { PageCount } from '../../components/page-count';
import { Pager } from '../../components/pager';
import { answerOf } from '../../page/answer-of';
import type { PageContext, PageContextFactory } from '../../page/page-context';
import { sendPage } from '../../page/render';
import { RecordsLayout } from '../records/records-layout';
import { pageOfQuery, queryOf } from '../registers/register-query';
import { signedIn } from '../workspace-page';

/** The words every admin list says: its title and intro, its filter form, its count. */
export interface AdminListText {
  readonly title: string;
  readonly intro: string;
  readonly filterHeading: string;
  readonly any: string;
  readonly apply: string;
  readonly reset: string;
  readonly none: string;
  readonly shown: (from: number, to: number, total: number) => string;
}

interface AdminListProps<T> {
  readonly context: PageContext;
  readonly text: AdminListText;
  /** The page's own path: the filter form's action. */
  readonly path: string;
  readonly fields: readonly FilterField[];
  readonly values: Readonly<Record<string, string | undefined>>;
  readonly page: Page<T>;
  /** Said between the filter and the count (a filter value that could not be used). */
  readonly notice?: ComponentChildren;
  /** The rows, when there are any. */
  readonly children: ComponentChildren;
}

/**
 * An admin's list page: intro, a GET filter form, the count ("x tot en met y van N"), the rows
 * or the words for none, and the pager. The API decides who may read it.
 */
export function AdminList<T>({
  context,
  text,
  path,
  fields,
  values,
  page,
  notice,
  children,
}: AdminListProps<T>): VNode {
  return (
    <RecordsLayout context={context} title={text.title}>
      <Paragraph lead>{text.intro}</Paragraph>
      <FilterForm
        heading={text.filterHeading}
        action={path}
        fields={fields}
        values={values}
        anyLabel={text.any}
        applyLabel={text.apply}
        resetLabel={text.reset}
      />
      {notice}
      <PageCount page={page} text={text.shown} />
      {page.items.length === 0 ? <Paragraph>{text.none}</Paragraph> : children}
      <Pager context={context} page={page} />
    </RecordsLayout>
  );
}

interface AdminListRoute<T, F> {
  /** The API's list (`/outbox-messages`). */
  readonly apiPath: string;
  /** What the page's query asks for, as the page understands it. */
  readonly filterOf: (query: Record<string, unknown>) => F;
  /** The API's filter parameters for it (the page's slice is added). */
  readonly apiQueryOf: (filter: F) => Query;
  readonly render: (context: PageContext, page: Page<T>, filter: F) => VNode;
}

/** GET of an admin list page: signed in, the filter read, one page of the API's list, the page sent. */
export async function showAdminList<T, F>(
  pages: PageContextFactory,
  request: Request,
  response: Response,
  route: AdminListRoute<T, F>,
): Promise<void> {
  const query = queryOf(request);
  const context = await signedIn(pages, request, response);
  const filter = route.filterOf(query);
  const page = answerOf(
    await context.api.get<Page<T>>(route.apiPath, { ...pageOfQuery(query), ...route.apiQueryOf(filter) }),
  );
  sendPage(response, route.render(context, page, filter));
}
