import request from 'supertest';
import type { TestApp } from './test-app';

export const IJMOND_BODY_ID = 'c0a80101-0000-4000-8000-0000000000b1';

const NAMES: Record<string, string> = { GM0375: 'Beverwijk', GM0396: 'Heemskerk', GM0453: 'Velsen' };

/**
 * Through the API as an admin: registers the municipalities and establishes the regional
 * participation council of the IJmond serving them, as most scenarios need first.
 */
export async function seedIjmond(api: TestApp, codes: readonly string[] = ['GM0375', 'GM0396']): Promise<void> {
  const admin = await api.bearer('admin', [...codes], 'seed-admin');
  const post = (path: string, body: object) =>
    request(api.http).post(`/api/v1${path}`).set('Authorization', admin).send(body).expect(201);
  for (const code of codes) await post('/municipalities', { code, name: NAMES[code] ?? code });
  await post('/participation-bodies', {
    id: IJMOND_BODY_ID,
    name: 'Participatieraad IJmond',
    kind: 'participation-council',
    municipalityCodes: [...codes],
    domains: ['wmo', 'youth'],
  });
}

/**
 * Appoints the logins (`sub`) as current members of the IJmond council: a body-member acts for
 * a body only as a current member of it (api-contract.md, Membership-bound identity).
 */
export async function appointIjmondMembers(
  api: TestApp,
  subjects: readonly string[],
  role: 'member' | 'flexible-shell' = 'member',
): Promise<void> {
  const admin = await api.bearer('admin', ['GM0375'], 'seed-admin');
  for (const subject of subjects) {
    await request(api.http)
      .post(`/api/v1/participation-bodies/${IJMOND_BODY_ID}/members`)
      .set('Authorization', admin)
      .send({ displayName: `Lid ${subject}`, role, expertise: ['lived-experience'], subject })
      .expect(200);
  }
}
