import type { Request } from 'express';
import { internalCallHeaders } from '../../http/internal-call';
import type { ProblemDetails } from '../../http/problem-details';
import { CORRELATION_HEADER, correlationIdOf } from '../../observability/correlation-id';

export type ApiResult<T> =
  | { readonly ok: true; readonly status: number; readonly body: T }
  | { readonly ok: false; readonly status: number; readonly problem: ProblemDetails };

type Query = Record<string, string | number | boolean | undefined>;

/** What a multipart post carries: plain fields and, when one was chosen, one file. */
export interface MultipartUpload {
  readonly fields: Readonly<Record<string, string>>;
  readonly file?: { readonly field: string; readonly bytes: Uint8Array; readonly fileName: string };
}

/**
 * The pages are a client of the JSON API: they call `/api/v1` over the connection the request
 * came in on, with the visitor's own token (or none), so tenancy, roles, personal-data rules
 * and domain refusals are decided in one place only.
 */
export class ApiClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string | undefined,
    private readonly correlationId?: string,
  ) {}

  /** A client for the server that received `request`, acting with `token`. */
  static for(request: Request, token: string | undefined): ApiClient {
    const address = (request.socket.localAddress ?? '127.0.0.1').replace(/^::ffff:/, '');
    const host = address.includes(':') ? `[${address}]` : address;
    const baseUrl = `http://${host}:${request.socket.localPort ?? 80}/api/v1`;
    // The page's correlation id travels on, so the events a form records carry it too.
    return new ApiClient(baseUrl, token, correlationIdOf(request));
  }

  get<T>(path: string, query: Query = {}): Promise<ApiResult<T>> {
    return this.send<T>('GET', path, query, undefined, {});
  }

  /** A `text/*` answer (the CSV export) as a string. */
  async getText(path: string): Promise<ApiResult<string>> {
    const response = await fetch(this.url(path, {}), { headers: this.headers({}) });
    if (!response.ok) return { ok: false, status: response.status, problem: await problemOf(response) };
    return { ok: true, status: response.status, body: await response.text() };
  }

  post<T>(path: string, body: object, idempotencyKey?: string): Promise<ApiResult<T>> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (idempotencyKey !== undefined) headers['Idempotency-Key'] = idempotencyKey;
    return this.send<T>('POST', path, {}, JSON.stringify(body), headers);
  }

  /**
   * A multipart upload (a document): the form fields and one file, as the browser would send
   * them. The API judges the file by its bytes; the name travels as given.
   */
  postMultipart<T>(path: string, upload: MultipartUpload, idempotencyKey?: string): Promise<ApiResult<T>> {
    const form = new FormData();
    for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
    if (upload.file !== undefined) {
      const { bytes, fileName } = upload.file;
      form.append(upload.file.field, new Blob([new Uint8Array(bytes)], { type: 'application/octet-stream' }), fileName);
    }
    // fetch sets the multipart Content-Type with its boundary itself.
    const headers: Record<string, string> = {};
    if (idempotencyKey !== undefined) headers['Idempotency-Key'] = idempotencyKey;
    return this.send<T>('POST', path, {}, form, headers);
  }

  /** An idempotent PUT without a body (FollowTrajectory): a 204 answer carries none either. */
  put(path: string, query: Query = {}): Promise<ApiResult<undefined>> {
    return this.sendWithoutBody('PUT', path, query);
  }

  /** An idempotent DELETE (UnfollowTrajectory): a 204 answer carries no body. */
  delete(path: string, query: Query = {}): Promise<ApiResult<undefined>> {
    return this.sendWithoutBody('DELETE', path, query);
  }

  private async sendWithoutBody(method: 'PUT' | 'DELETE', path: string, query: Query): Promise<ApiResult<undefined>> {
    const response = await fetch(this.url(path, query), { method, headers: this.headers({}) });
    if (!response.ok) return { ok: false, status: response.status, problem: await problemOf(response) };
    await response.body?.cancel();
    return { ok: true, status: response.status, body: undefined };
  }

  private async send<T>(
    method: string,
    path: string,
    query: Query,
    body: string | FormData | undefined,
    extraHeaders: Record<string, string>,
  ): Promise<ApiResult<T>> {
    const response = await fetch(this.url(path, query), {
      method,
      headers: this.headers(extraHeaders),
      ...(body === undefined ? {} : { body }),
    });
    if (!response.ok) return { ok: false, status: response.status, problem: await problemOf(response) };
    return { ok: true, status: response.status, body: (await response.json()) as T };
  }

  private url(path: string, query: Query): string {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) if (value !== undefined) search.set(name, String(value));
    const suffix = search.size > 0 ? `?${search.toString()}` : '';
    return `${this.baseUrl}${path}${suffix}`;
  }

  private headers(extra: Record<string, string>): Record<string, string> {
    return {
      Accept: 'application/json, application/problem+json, text/csv',
      ...internalCallHeaders(),
      ...(this.correlationId === undefined ? {} : { [CORRELATION_HEADER]: this.correlationId }),
      ...(this.token === undefined ? {} : { Authorization: `Bearer ${this.token}` }),
      ...extra,
    };
  }
}

async function problemOf(response: Response): Promise<ProblemDetails> {
  const text = await response.text();
  try {
    return JSON.parse(text) as ProblemDetails;
  } catch {
    return { type: 'about:blank', title: response.statusText, status: response.status, detail: text.slice(0, 200) };
  }
}
