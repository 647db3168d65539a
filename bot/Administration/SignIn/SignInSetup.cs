using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Verkostot.Bot.Configuration;

namespace Verkostot.Bot.Administration.SignIn;

/// <summary>
/// The web app's sign-in: a session cookie, entered by Teams single sign-on or OpenID Connect in a browser (both
/// Microsoft.Identity.Web, when an Entra app is configured) or, in Development only, by the developer sign-in.
/// </summary>
public static partial class SignInSetup
{
    public const string LoginPath = "/hallinta/kirjaudu";
    public const string OpenIdCallbackPath = "/hallinta/kirjaudu/oidc";
    public const string RefusedParameter = "hylatty";

    public static IServiceCollection AddAdministrationSignIn(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var entra = EntraSignIn.From(configuration);
        var authentication = services.AddAuthentication();
        if (entra is null)
        {
            authentication.AddCookie(AdministrationSchemes.Cookie, cookie => ConfigureCookie(cookie, environment));
        }
        else
        {
            services.AddSingleton(entra);
            authentication.AddMicrosoftIdentityWebApp(identity => Apply(identity, entra), cookie => ConfigureCookie(cookie, environment),
                AdministrationSchemes.OpenIdConnect, AdministrationSchemes.Cookie);
            authentication.AddMicrosoftIdentityWebApi(_ => { }, identity => Apply(identity, entra), AdministrationSchemes.TeamsSso);
            // Configure, not PostConfigure: the handlers' own post-configuration already refuses plain-HTTP metadata.
            services.AddSingleton<IConfigureOptions<OpenIdConnectOptions>>(new BrowserSignIn(entra));
            services.Configure<JwtBearerOptions>(AdministrationSchemes.TeamsSso, jwt =>
            {
                jwt.RequireHttpsMetadata = !entra.IsLoopback;
                jwt.TokenValidationParameters.ValidAudiences = entra.Audiences;
                jwt.TokenValidationParameters.ValidIssuers = entra.Issuers;
            });
        }
        services.AddAuthorizationBuilder().AddPolicy(AdministrationSchemes.SignedInPolicy, policy => policy
            .AddAuthenticationSchemes(AdministrationSchemes.Cookie)
            .RequireAuthenticatedUser());
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "verkostot-hallinta-af";
            CrossSite(antiforgery.Cookie, environment);
        });
        return services;
    }

    private static void Apply(MicrosoftIdentityOptions identity, EntraSignIn entra)
    {
        // Here and not on the OpenIdConnectOptions: Microsoft.Identity.Web hands the handler the correlation and nonce
        // cookie builders of its own merged options, which put the cookies on *its* callback path. Set only on the
        // handler, the cookies stayed on /signin-oidc, the browser never sent them to our callback, and every
        // browser sign-in failed with "Correlation failed".
        identity.CallbackPath = OpenIdCallbackPath;
        identity.Instance = entra.Instance;
        identity.TenantId = entra.TenantId;
        identity.ClientId = entra.ClientId;
        identity.ClientSecret = entra.ClientSecret;
    }

    private static void ConfigureCookie(CookieAuthenticationOptions cookie, IHostEnvironment environment)
    {
        cookie.Cookie.Name = "verkostot-hallinta";
        cookie.LoginPath = LoginPath;
        cookie.ReturnUrlParameter = "paluu";
        cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        cookie.SlidingExpiration = true;
        CrossSite(cookie.Cookie, environment);
    }

    /// <summary>
    /// Teams shows the tab in a frame of another site, so outside Development the cookies are SameSite=None and
    /// Secure (and partitioned, as browsers now ask of cookies in frames); Development on plain HTTP keeps Lax.
    /// </summary>
    private static void CrossSite(CookieBuilder cookie, IHostEnvironment environment)
    {
        cookie.HttpOnly = true;
        if (environment.IsDevelopment())
        {
            cookie.SameSite = SameSiteMode.Lax;
            cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            return;
        }
        cookie.SameSite = SameSiteMode.None;
        cookie.SecurePolicy = CookieSecurePolicy.Always;
        cookie.Extensions.Add("Partitioned");
    }

    /// <summary>Sign-in only (an ID token posted back), on the web app's own callback path, into the session principal.</summary>
    private sealed class BrowserSignIn(EntraSignIn entra) : IConfigureNamedOptions<OpenIdConnectOptions>
    {
        public void Configure(OpenIdConnectOptions options) => Configure(Options.DefaultName, options);

        public void Configure(string? name, OpenIdConnectOptions options)
        {
            if (name != AdministrationSchemes.OpenIdConnect)
            {
                return;
            }
            options.RequireHttpsMetadata = !entra.IsLoopback;
            if (entra.IsLoopback)
            {
                // Tests run Entra and the app on 127.0.0.1 over plain HTTP, where a browser keeps no Secure cookie.
                foreach (var cookie in new[] { options.CorrelationCookie, options.NonceCookie })
                {
                    cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                    cookie.SameSite = SameSiteMode.Lax;
                }
            }
            options.ResponseType = OpenIdConnectResponseType.IdToken;
            options.ResponseMode = OpenIdConnectResponseMode.FormPost;
            // The issuers as templates, as for Teams single sign-on: without them Microsoft.Identity.Web's issuer
            // validator reads them from the instance's metadata, which it fetches over HTTPS only.
            options.TokenValidationParameters.ValidIssuers = entra.Issuers;
            var validated = options.Events.OnTokenValidated;
            options.Events.OnTokenValidated = async context =>
            {
                await validated(context);
                var tenants = context.HttpContext.RequestServices.GetRequiredService<IOptions<VerkostotOptions>>().Value;
                var session = context.Principal is null ? null : SessionPrincipal.FromToken(context.Principal, SessionPrincipal.Browser);
                if (session is null || !tenants.AllowsTenant(session.FindFirst(AdministrationClaims.TenantId)?.Value))
                {
                    context.Fail("The signed-in account has no object id or its tenant is not allowed.");
                    return;
                }
                context.Principal = session;
            };
            // A refused account, a bad or replayed token, or Entra reporting an error: back to the sign-in page with
            // a message, never an error page; no session is started.
            options.Events.OnRemoteFailure = context =>
            {
                SignInRefused(context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SignInSetup)),
                    context.Failure?.Message);
                context.Response.Redirect($"{LoginPath}?{RefusedParameter}=true");
                context.HandleResponse();
                return Task.CompletedTask;
            };
        }
    }

    // IdentityModel keeps personal data out of its messages unless told otherwise (it is not).
    [LoggerMessage(Level = LogLevel.Warning, Message = "Browser sign-in refused: {Reason}")]
    private static partial void SignInRefused(ILogger logger, string? reason);
}
