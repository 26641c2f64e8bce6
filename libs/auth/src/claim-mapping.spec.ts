import { checkClaimMapping, principalFromMappedClaims } from './claim-mapping';

describe("reading a caller from a provider's claims", () => {
  it('reads the contract claims by default names', () => {
    const mapping = { rolesClaim: 'roles', municipalitiesClaim: 'municipalities' };
    expect(principalFromMappedClaims({ sub: 's', roles: ['official'], municipalities: ['gm0375'] }, mapping)).toEqual({
      id: 's',
      roles: ['official'],
      municipalities: ['GM0375'],
    });
  });

  it("reads Keycloak's realm roles by a dotted path and ignores roles that are not the engine's", () => {
    const mapping = { rolesClaim: 'realm_access.roles', municipalitiesClaim: 'gemeenten' };
    const claims = {
      sub: 'kc-1',
      realm_access: { roles: ['uma_authorization', 'council-member'] },
      gemeenten: 'GM0375',
    };
    expect(principalFromMappedClaims(claims, mapping)).toEqual({
      id: 'kc-1',
      roles: ['council-member'],
      municipalities: ['GM0375'],
    });
  });

  it("reads a claim named by a URI with dots in it (Entra's and others' custom claims)", () => {
    const mapping = { rolesClaim: 'roles', municipalitiesClaim: 'https://gemeente.nl/claims.municipalities' };
    const claims = { sub: 'e', roles: ['evaluator'], 'https://gemeente.nl/claims.municipalities': ['GM0375'] };
    expect(principalFromMappedClaims(claims, mapping).municipalities).toEqual(['GM0375']);
  });

  it("grants roles and municipalities from Entra ID's group ids through the mapping file", () => {
    const mapping = {
      rolesClaim: 'roles',
      municipalitiesClaim: 'municipalities',
      groups: {
        claim: 'groups',
        grants: {
          '4c1a-ambtenaren': { roles: ['official'], municipalities: ['GM0375'] },
          '9e7d-evaluatoren': { roles: ['evaluator'], municipalities: ['GM0375', 'GM0383'] },
        },
      },
    };
    expect(
      principalFromMappedClaims({ sub: 'oid', groups: ['4c1a-ambtenaren', '9e7d-evaluatoren', 'x'] }, mapping),
    ).toEqual({
      id: 'oid',
      roles: ['official', 'evaluator'],
      municipalities: ['GM0375', 'GM0383'],
    });
  });

  it('refuses a caller that holds none of the engine’s roles', () => {
    expect(() =>
      principalFromMappedClaims({ sub: 'x', roles: ['viewer'] }, { rolesClaim: 'roles', municipalitiesClaim: 'm' }),
    ).toThrow(/none of the engine/);
  });

  it('refuses municipalities that are not CBS codes, and a token without sub', () => {
    const mapping = { rolesClaim: 'roles', municipalitiesClaim: 'm' };
    expect(() => principalFromMappedClaims({ sub: 'x', roles: ['official'], m: ['Haarlem'] }, mapping)).toThrow(/CBS/);
    expect(() => principalFromMappedClaims({ roles: ['official'] }, mapping)).toThrow(/no subject/);
  });

  it('refuses at start a group mapping that grants an unknown role, naming the setting', () => {
    const mapping = {
      rolesClaim: 'roles',
      municipalitiesClaim: 'municipalities',
      groups: { claim: 'groups', grants: { g1: { roles: ['superuser'], municipalities: [] } } },
    };
    expect(() => checkClaimMapping(mapping)).toThrow(/OIDC_GROUP_MAPPING_FILE grants group g1 unknown roles superuser/);
  });
});
