import type { VNode } from 'preact';
import { Layout } from '../layout/layout';
import type { PageContext } from '../page/page-context';
import { Paragraph } from './messages';

/** A page that says, in the visitor's language, that something is missing or went wrong. */
export function ErrorPage({ context, title, text }: { context: PageContext; title: string; text: string }): VNode {
  return (
    <Layout context={context} title={title}>
      <h1 class="utrecht-heading-1">{title}</h1>
      <Paragraph>{text}</Paragraph>
      <Paragraph>
        <a class="utrecht-link" href="/">
          {context.t.common.home}
        </a>
      </Paragraph>
    </Layout>
  );
}
