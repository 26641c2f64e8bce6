import type { VNode } from 'preact';
import { Paragraph } from '../../components/messages';
import type { PageContext } from '../../page/page-context';
import { CSRF_FIELD } from '../../session/csrf';
import { FOLLOW_FIELD } from './following-form';
import { followingTexts } from './following.texts';

/** One thing the visitor may follow: what the page says of it, and the fields its form posts. */
export interface FollowChoice {
  readonly following: boolean;
  readonly text: string;
  /** Hidden fields beside the CSRF token and the wanted state (the proposal's municipality). */
  readonly fields?: Readonly<Record<string, string>>;
}

/**
 * "Volgen" or "Niet meer volgen" for a signed-in visitor: a form that posts the session's CSRF
 * token and the state wanted, so it works without script and by keyboard alone.
 */
export function FollowSection({
  context,
  action,
  choices,
}: {
  context: PageContext;
  action: string;
  choices: readonly FollowChoice[];
}): VNode | null {
  if (choices.length === 0) return null;
  const t = followingTexts(context.language);
  return (
    <section id="volgen" aria-labelledby="volgen-kop" class="no-print">
      <h2 class="utrecht-heading-2" id="volgen-kop">
        {t.heading}
      </h2>
      {choices.map((choice) => (
        <form method="post" action={action}>
          <Paragraph>{choice.text}</Paragraph>
          <input type="hidden" name={CSRF_FIELD} value={context.csrfToken} />
          {Object.entries(choice.fields ?? {}).map(([name, value]) => (
            <input type="hidden" name={name} value={value} />
          ))}
          <input type="hidden" name={FOLLOW_FIELD} value={choice.following ? 'nee' : 'ja'} />
          <button type="submit" class="utrecht-button utrecht-button--secondary-action">
            {choice.following ? t.unfollow : t.follow}
          </button>
        </form>
      ))}
    </section>
  );
}
