import type { Response } from 'express';
import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';

/** Sends a rendered page; preact escapes every text and attribute it renders. */
export function sendPage(response: Response, page: VNode, status = 200): void {
  response
    .status(status)
    .type('text/html; charset=utf-8')
    .setHeader('Cache-Control', 'no-store')
    .send(`<!DOCTYPE html>${render(page)}`);
}
