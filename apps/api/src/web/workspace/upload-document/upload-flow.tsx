import { randomUUID } from 'node:crypto';
import { ForbiddenException, MethodNotAllowedException } from '@nestjs/common';
import type { Request, Response } from 'express';
import { mayRunSomeVariant, type OperationId } from '#application';
import type { CommandAnswer } from '../../api/api-types';
import { IDEMPOTENCY_FIELD, type FormErrors, type FormValues } from '../../forms/form-model';
import type { PageContextFactory } from '../../page/page-context';
import { sendPage } from '../../page/render';
import { isCsrfValid } from '../../session/csrf';
import { signedIn, type SignedInContext } from '../workspace-page';
import { readMultipart, type MultipartBody, type PostedFile } from './multipart-body';
import { UploadDocumentPage } from './upload-document.page';
import { FILE_FIELD, wordsOf, type UploadForm, type UploadFormBuilder } from './upload-form';
import { uploadRefusal } from './upload-refusals';

export interface UploadRequest {
  readonly operation: OperationId;
  readonly id: string;
  readonly build: UploadFormBuilder;
  /** The vault's limit: the page refuses a larger file before it reaches the API. */
  readonly maxBytes: number;
}

/**
 * GET and POST of a document upload. The POST is multipart: it is read (bounded) first, then
 * its CSRF token checked, then what the page can check itself (a kind, a file), then the API
 * judges the bytes and the domain the rest. Kept: 303 to the page that lists the document and
 * offers the next step. Refused: the form again, the refusal in words beside its field.
 */
export async function handleUpload(
  pages: PageContextFactory,
  request: Request,
  response: Response,
  upload: UploadRequest,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'POST') throw new MethodNotAllowedException();
  const context = await signedIn(pages, request, response);
  if (!mayRunSomeVariant(context.session.principal.roles, upload.operation)) throw new ForbiddenException();
  const form = await upload.build(context, context.api, upload.id);
  const page = pageOf(response, context, form, upload.maxBytes);
  if (request.method === 'GET') return page({}, {}, randomUUID(), 200);
  const body = await readMultipart(request, response, upload.maxBytes);
  return submitUpload(request, response, context, form, body, upload.maxBytes, page);
}

type ShowPage = (values: FormValues, errors: FormErrors, idempotencyKey: string, status: number) => void;

async function submitUpload(
  request: Request,
  response: Response,
  context: SignedInContext,
  form: UploadForm,
  body: MultipartBody,
  maxBytes: number,
  page: ShowPage,
): Promise<void> {
  const words = wordsOf(context);
  const values = postedValues(request, form);
  const idempotencyKey = idempotencyKeyOf(request);
  const again = (errors: FormErrors, status: number): void => page(values, errors, idempotencyKey, status);
  if (!isCsrfValid(request)) return again({ '': context.t.forms.csrf }, 403);
  if (body.status !== 'read') {
    const tooLarge = body.status === 'too-large';
    const said = tooLarge ? words.refused.tooLarge(sizeText(maxBytes, context.t.locale)) : words.refused.broken;
    return again({ [FILE_FIELD]: said }, tooLarge ? 413 : 400);
  }
  const local = checkFields(form, values, body.file, context);
  if (Object.keys(local).length > 0) return again(local, 400);
  const file = body.file as PostedFile;
  const fields = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== '')) as Record<
    string,
    string
  >;
  const result = await context.api.postMultipart<CommandAnswer>(
    form.path,
    { fields, file: { field: FILE_FIELD, bytes: file.bytes, fileName: file.fileName } },
    idempotencyKey,
  );
  if (result.ok) return void response.redirect(303, form.doneHref(result.body));
  if (result.status === 401) {
    return void response.redirect(303, `/inloggen?next=${encodeURIComponent(request.originalUrl)}`);
  }
  const names = form.items.map((field) => field.name);
  again(uploadRefusal(result.problem, names, words, context.t, sizeText(maxBytes, context.t.locale)), result.status);
}

function pageOf(response: Response, context: SignedInContext, form: UploadForm, maxBytes: number): ShowPage {
  const words = wordsOf(context);
  return (values, errors, idempotencyKey, status) =>
    sendPage(
      response,
      <UploadDocumentPage
        context={context}
        form={form}
        words={words}
        maxSize={sizeText(maxBytes, context.t.locale)}
        values={values}
        errors={errors}
        idempotencyKey={idempotencyKey}
      />,
      status,
    );
}

/** A kind chosen among those offered, a choice in each select that has options, and a file. */
function checkFields(
  form: UploadForm,
  values: FormValues,
  file: PostedFile | undefined,
  context: SignedInContext,
): FormErrors {
  const errors: Record<string, string> = {};
  for (const field of form.items) {
    const value = typeof values[field.name] === 'string' ? (values[field.name] as string) : '';
    const options = field.options?.map((option) => option.value) ?? [];
    if (value === '' && field.required) errors[field.name] = context.t.forms.requiredChoice;
    else if (value !== '' && !options.includes(value)) errors[field.name] = context.t.forms.invalidValue;
  }
  if (file === undefined) errors[FILE_FIELD] = wordsOf(context).refused.noFile;
  else if (file.bytes.length === 0) errors[FILE_FIELD] = wordsOf(context).refused.empty;
  return errors;
}

/** Only the form's own fields, each one string of bounded length. */
function postedValues(request: Request, form: UploadForm): FormValues {
  const body = (request.body ?? {}) as Record<string, unknown>;
  const values: Record<string, string> = {};
  for (const field of form.items) {
    const raw = body[field.name];
    if (typeof raw === 'string') values[field.name] = raw.trim().slice(0, 2_000);
  }
  return values;
}

function idempotencyKeyOf(request: Request): string {
  const posted = (request.body as Record<string, unknown> | undefined)?.[IDEMPOTENCY_FIELD];
  return typeof posted === 'string' && /^[0-9a-f-]{36}$/.test(posted) ? posted : randomUUID();
}

/** The limit as a person reads it: `20 MB`, `64 kB`, in the page's number format. */
function sizeText(bytes: number, locale: string): string {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024 ? `${number.format(bytes / (1024 * 1024))} MB` : `${number.format(bytes / 1024)} kB`;
}
