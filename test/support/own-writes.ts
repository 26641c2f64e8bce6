import request from 'supertest';
import type { TestApp } from './test-app';

/**
 * GET and POST against `/api/v1` as one writer reading its own writes: each command's position
 * becomes the `minPosition` of the queries after it, and a refused command fails the test with
 * its path and answer. `app` is read on each call, so the helpers can be made before `beforeAll`
 * starts the app.
 */
export function ownWrites(app: () => TestApp) {
  let position = 0;
  const get = (path: string, token?: string) => {
    const call = request(app().http).get(`/api/v1${path}${path.includes('?') ? '&' : '?'}minPosition=${position}`);
    return token ? call.set('Authorization', token) : call;
  };
  const post = async (path: string, token: string, body: object): Promise<void> => {
    const answer = await request(app().http).post(`/api/v1${path}`).set('Authorization', token).send(body);
    expect({ path, status: answer.status, body: answer.ok ? 'ok' : answer.body }).toMatchObject({ body: 'ok' });
    position = (answer.body as { position: number }).position;
  };
  return { get, post };
}
