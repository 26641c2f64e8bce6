import { ForbiddenException, MethodNotAllowedException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { mayRunSomeVariant, type OperationId } from '#application';
import type { FormDefinition } from '../forms/form-model';
import { showForm, submitForm } from '../forms/form-flow';
import { SignInRequired } from '../page/answer-of';
import type { PageContext, PageContextFactory } from '../page/page-context';
import type { Session } from '../session/session';

export type SignedInContext = PageContext & { readonly session: Session };

/** The page's context for a signed-in visitor; anyone else is sent to the sign-in page. */
export async function signedIn(
  pages: PageContextFactory,
  request: Request,
  response: Response,
): Promise<SignedInContext> {
  const context = await pages.create(request, response);
  if (context.session === undefined) throw new SignInRequired();
  return context as SignedInContext;
}

/**
 * GET and POST of a workspace form, built per request from what the visitor may choose. A form
 * is shown only to a role that may run its command (the role table); the API still decides.
 */
export async function handleForm(
  pages: PageContextFactory,
  request: Request,
  response: Response,
  operation: OperationId,
  build: (context: SignedInContext) => Promise<FormDefinition> | FormDefinition,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'POST') throw new MethodNotAllowedException();
  const context = await signedIn(pages, request, response);
  if (!mayRunSomeVariant(context.session.principal.roles, operation)) throw new ForbiddenException();
  const form = await build(context);
  if (request.method === 'POST') return submitForm(request, response, context, form);
  showForm(response, context, form);
}
