import type { VNode } from 'preact';
import type { Page } from '../../api/api-types';
import { formatInstant } from '../../page/format';
import type { PageContext } from '../../page/page-context';
import { AdminList } from '../admin-list/admin-list';
import { messagesNl as text } from './messages.text.nl';

export const MESSAGES_PATH = '/werkruimte/berichten';

/** One mail as ListOutboxMessages answers it. */
export interface OutboxMessage {
  readonly id: string;
  readonly kind: string;
  readonly audience: string;
  readonly recipient: string;
  readonly subject: string;
  readonly body: string;
  readonly status: string;
  readonly attempts: number;
  readonly lastError?: string;
  readonly createdAt: string;
}

interface MessagesPageProps {
  readonly context: PageContext;
  readonly messages: Page<OutboxMessage>;
  readonly status: string | undefined;
}

/** The outbox for the admin: kept mails to read, failed ones with their last error. */
export function MessagesPage({ context, messages, status }: MessagesPageProps): VNode {
  const { t } = context;
  return (
    <AdminList
      context={context}
      text={text}
      path={MESSAGES_PATH}
      fields={[{ kind: 'select', name: 'status', label: text.status, options: Object.entries(text.statuses) }]}
      values={{ status }}
      page={messages}
    >
      {messages.items.map((message) => (
        <article class="message" aria-labelledby={`bericht-${message.id}`}>
          <h2 class="utrecht-heading-2" id={`bericht-${message.id}`}>
            {message.subject}
          </h2>
          <dl>
            <dt>{text.to}</dt>
            <dd>{message.audience === 'staff' ? message.recipient : text.resident}</dd>
            <dt>{text.kind}</dt>
            <dd>{message.kind}</dd>
            <dt>{text.when}</dt>
            <dd>
              <time dateTime={message.createdAt}>{formatInstant(t.locale, message.createdAt)}</time>
            </dd>
            <dt>{text.status}</dt>
            <dd>
              <span class={`utrecht-status-badge utrecht-status-badge--${text.badges[message.status] ?? 'neutral'}`}>
                {text.statuses[message.status] ?? message.status}
              </span>{' '}
              {text.attempts(message.attempts)}
            </dd>
            {message.lastError === undefined ? null : (
              <>
                <dt>{text.lastError}</dt>
                <dd>{message.lastError}</dd>
              </>
            )}
          </dl>
          <div class="word-break">
            {message.body.split(/\n{2,}/).map((paragraph) => (
              <p class="utrecht-paragraph">
                {paragraph.split('\n').flatMap((line, index) => (index === 0 ? [line] : [<br />, line]))}
              </p>
            ))}
          </div>
        </article>
      ))}
    </AdminList>
  );
}
