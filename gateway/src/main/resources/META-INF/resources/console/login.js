// A Swagger UI plugin for the gateway's console (quarkus.swagger-ui.plugins).
//
// Quarkus writes a nonce into the console page when the gateway is built, so every login of every user sent the
// same one. The console logs in with the authorization code flow and PKCE: Keycloak asks for a nonce only when it
// returns an ID token from the authorization endpoint (implicit and hybrid flows), and Swagger UI never reads the
// ID token, so the console sends no nonce at all; PKCE and the state parameter protect the login.
// The OAuth settings are filtered where the Authorize dialog reads them: Swagger UI's initOAuth keeps the
// configureAuth action of before the plugins were added, so wrapping that action would not take effect.
window.ConsoleLoginWithoutFixedNonce = function () {
  return {
    statePlugins: {
      auth: {
        wrapSelectors: {
          getConfigs: (getConfigs) => (state, ...args) => {
            const settings = getConfigs(...args);
            if (!settings || !settings.additionalQueryStringParams) {
              return settings;
            }
            const { nonce, ...queryParameters } = settings.additionalQueryStringParams;
            return { ...settings, additionalQueryStringParams: queryParameters };
          },
        },
      },
    },
  };
};
