import type { VNode } from 'preact';
import { Paragraph } from '../../components/messages';
import type { PageContext } from '../../page/page-context';
import { recordsText } from '../../workspace/records/records-layout';

/**
 * Under a trajectory: show it as it stood on a chosen date, print it (the print stylesheet leaves
 * menus and forms out), or download it as a PDF for the council.
 */
export function CouncilTools({
  context,
  trajectoryId,
  asOf,
}: {
  readonly context: PageContext;
  readonly trajectoryId: string;
  readonly asOf?: string;
}): VNode {
  const text = recordsText(context);
  const pdf = `/trajecten/${trajectoryId}/verslag${asOf ? `?op=${asOf}` : ''}`;
  return (
    <div class="no-print" lang={context.language === 'nl' ? undefined : 'nl'}>
      <h2 class="utrecht-heading-2">{text.print.heading}</h2>
      <Paragraph>{text.print.printHint}</Paragraph>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={pdf} download>
          {text.print.pdfTrajectory}
        </a>
      </p>
      <form class="as-of-form" method="get" action={`/trajecten/${trajectoryId}/stand`}>
        <div class="utrecht-form-field">
          <div class="utrecht-form-field__label">
            <label class="utrecht-form-label" for="as-of-date">
              {text.asOf.label}
            </label>
          </div>
          <div class="utrecht-form-field__input">
            <input
              class="utrecht-textbox utrecht-textbox--html-input"
              type="date"
              id="as-of-date"
              name="op"
              value={asOf ?? ''}
              required
            />
          </div>
        </div>
        <p class="utrecht-button-group">
          <button type="submit" class="utrecht-button utrecht-button--secondary-action">
            {text.asOf.show}
          </button>
        </p>
      </form>
    </div>
  );
}
