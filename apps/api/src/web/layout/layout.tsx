import type { ComponentChildren, VNode } from 'preact';
import { ASSET_PATHS } from '../assets/asset-files';
import type { PageContext } from '../page/page-context';
import { CSRF_FIELD } from '../session/csrf';

interface LayoutProps {
  readonly context: PageContext;
  readonly title: string;
  readonly scripts?: readonly string[];
  readonly children: ComponentChildren;
}

/** The NL Design System page frame: skip link, header with menu and language, main, footer. */
export function Layout({ context, title, scripts = [], children }: LayoutProps): VNode {
  const { t, language, session } = context;
  const separator = context.path.includes('?') ? '&' : '?';
  const roles = session?.principal.roles ?? [];
  const mayEvaluate = roles.some((role) => role === 'evaluator' || role === 'admin');
  return (
    <html lang={language} class="utrecht-theme utrecht-theme--media-query">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} · ${t.common.siteName}`}</title>
        <link rel="icon" href={ASSET_PATHS.icon} type="image/svg+xml" />
        <link rel="stylesheet" href={ASSET_PATHS.tokens} />
        <link rel="stylesheet" href={ASSET_PATHS.components} />
        <link rel="stylesheet" href={ASSET_PATHS.site} />
        {scripts.map((src) => (
          <script src={src} defer />
        ))}
      </head>
      <body class="utrecht-document utrecht-surface utrecht-body">
        <a class="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">
          {t.common.skipLink}
        </a>
        <div class="utrecht-page">
          <header class="utrecht-page-header site-header">
            <p class="utrecht-paragraph site-name">
              <a class="utrecht-link" href="/">
                {t.common.siteName}
              </a>
            </p>
            <nav class="site-nav" aria-label={t.common.mainNavigation}>
              <ul class="utrecht-link-list utrecht-link-list--html-ul site-nav__list">
                <li class="utrecht-link-list__item">
                  <a class="utrecht-link utrecht-link-list__link" href="/">
                    {t.common.home}
                  </a>
                </li>
                {session ? (
                  <li class="utrecht-link-list__item">
                    <a class="utrecht-link utrecht-link-list__link" href="/werkruimte">
                      {t.common.workspace}
                    </a>
                  </li>
                ) : null}
                {mayEvaluate ? (
                  <li class="utrecht-link-list__item">
                    <a class="utrecht-link utrecht-link-list__link" href="/evaluatie">
                      {t.common.dashboard}
                    </a>
                  </li>
                ) : null}
                <li class="utrecht-link-list__item">
                  <a
                    class="utrecht-link utrecht-link-list__link"
                    href={`${context.path}${separator}lang=${t.common.otherLanguageCode}`}
                    lang={t.common.otherLanguageCode}
                    hreflang={t.common.otherLanguageCode}
                  >
                    {t.common.otherLanguage}
                  </a>
                </li>
                {session ? null : (
                  <li class="utrecht-link-list__item">
                    <a class="utrecht-link utrecht-link-list__link" href="/inloggen">
                      {t.common.signIn}
                    </a>
                  </li>
                )}
              </ul>
            </nav>
            {session ? (
              <form class="site-session" method="post" action="/uitloggen">
                <p class="utrecht-paragraph utrecht-paragraph--small">
                  {t.common.signedInAs(
                    session.principal.roles.map((role) => t.labels.role[role]).join(', '),
                    session.principal.municipalities.join(', '),
                  )}
                </p>
                <input type="hidden" name={CSRF_FIELD} value={context.csrfToken} />
                <button type="submit" class="utrecht-button utrecht-button--secondary-action">
                  {t.common.signOut}
                </button>
              </form>
            ) : null}
          </header>
          <main id="main" class="utrecht-page-content" tabindex={-1}>
            {children}
          </main>
          <footer class="utrecht-page-footer">
            <p class="utrecht-paragraph">{t.common.footer}</p>
          </footer>
        </div>
      </body>
    </html>
  );
}
