// A real OpenID Connect provider (the npm package `oidc-provider`, as used by
// many identity products) for rathaus's sign-in tests. Started by the tests:
//   node provider.mjs PORT REDIRECT_URI
// Any login name is accepted by the provider's built-in development login
// form; the account's e-mail is the login name (verified), its name "Test <login>".
import Provider from "oidc-provider";

const [port, redirectUri] = process.argv.slice(2);
const issuer = `http://127.0.0.1:${port}`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: "rathaus",
    client_secret: "rathaus-test-secret",
    redirect_uris: [redirectUri],
    grant_types: ["authorization_code"],
    response_types: ["code"],
    token_endpoint_auth_method: "client_secret_basic",
  }],
  claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
  pkce: { required: () => true },
  features: { devInteractions: { enabled: true } },
  async findAccount(ctx, id) {
    return {
      accountId: id,
      async claims() {
        return { sub: id, email: id, email_verified: !id.startsWith("unverified"), name: `Test ${id}` };
      },
    };
  },
  async loadExistingGrant(ctx) { // no consent screen: the test town trusts its own provider
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope("openid email profile");
    await grant.save();
    return grant;
  },
});
provider.proxy = false;
provider.listen(Number(port), "127.0.0.1", () => console.log(`ready ${issuer}`));
