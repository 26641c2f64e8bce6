import { Body, Controller, Get, Header, Inject, Post, Query } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { optOut, personOfStopToken, stopLinkKey } from '#notifications';
import type { Storage } from '#runtime';
import { Public } from '../auth/public.decorator';
import { STORAGE } from '../storage.tokens';

/**
 * The stop link at the end of every mail to a resident (ADR 0034). Opening it asks; only the
 * button records the choice, so a mail scanner that follows links stops nothing.
 */
@ApiExcludeController()
@Public()
@Controller('werkruimte/berichten/afmelden')
export class StopMailController {
  constructor(@Inject(STORAGE) private readonly storage: Storage) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async ask(@Query('t') token: unknown): Promise<string> {
    if (!(await this.personOf(token))) return page('Deze link werkt niet', 'De link is onvolledig of niet van ons.');
    return page(
      'Geen berichten meer ontvangen?',
      'U krijgt dan geen e-mail meer over wat er met uw signaal gebeurt.',
      `<form method="post"><input type="hidden" name="t" value="${escapeHtml(String(token))}">` +
        '<button type="submit">Stop de berichten</button></form>',
    );
  }

  @Post()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async stop(@Body() body: Record<string, unknown>): Promise<string> {
    const personId = await this.personOf(body['t']);
    if (!personId) return page('Deze link werkt niet', 'De link is onvolledig of niet van ons.');
    await optOut(this.storage.database, personId);
    return page('U krijgt geen berichten meer', 'We sturen u geen e-mail meer over uw signaal.');
  }

  private async personOf(token: unknown): Promise<string | null> {
    if (typeof token !== 'string' || token.length > 500) return null;
    return personOfStopToken(await stopLinkKey(this.storage.database), token);
  }
}

function page(title: string, text: string, form = ''): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${title}</title></head>
<body><main><h1>${title}</h1><p>${text}</p>${form}</main></body></html>`;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
