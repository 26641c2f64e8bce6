// A real OpenID Provider (`oidc-provider`) for the test run, in a process of its own: the
// package and its dependencies are ES modules, which jest's CommonJS sandbox does not load.
// Reads its settings as JSON from argv[2]; prints `{"issuer": "..."}` once it listens.
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const { clientId, clientSecret, redirectUri, postLogoutRedirectUri, accounts } = JSON.parse(process.argv[2]);

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [redirectUri],
      post_logout_redirect_uris: [postLogoutRedirectUri],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_post',
    },
  ],
  // The test accounts: any password, claims as configured. Login is the account id.
  async findAccount(_ctx, id) {
    const account = accounts[id];
    if (!account) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, ...account }) };
  },
  claims: { openid: ['sub'], profile: ['roles', 'municipalities', 'realm_access', 'email', 'name'] },
  // The ID token carries the claims, as the engine reads them from it (Entra and Keycloak can).
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  // The municipality's provider has consent settled for its own application.
  async loadExistingGrant(ctx) {
    const grant = new provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid profile');
    await grant.save();
    return grant;
  },
  features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
});
provider.on('server_error', (_ctx, error) => process.stderr.write(`oidc-provider: ${error.stack}\n`));
server.on('request', provider.callback());
process.stdout.write(`${JSON.stringify({ issuer })}\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
