using Verkostot.Bot.Protocol;

namespace Verkostot.Bot.Authentication;

public static class AuthenticationPipeline
{
    // ASP.NET Core puts UseAuthentication at the start of the pipeline itself unless this says it is there already.
    private const string AuthenticationMiddlewareSet = "__AuthenticationMiddlewareSet";

    /// <summary>
    /// Authentication for every path but Teams' <see cref="MessagesEndpoint.Path"/>, then authorization. The
    /// authentication middleware offers each request to the web app's OpenID Connect sign-in (is this its callback?),
    /// and the first such offer builds that sign-in's options, loading the XML and Microsoft.Identity.Web stacks: about
    /// 3 MB of memory, and work on every message. Teams' posts need none of it: their policy authenticates the
    /// Bot Connector's token with its own scheme (<see cref="BotConnectorPolicy"/>), as the web app's policy does with
    /// the session cookie.
    /// </summary>
    public static WebApplication UseAuthenticationBesideTeams(this WebApplication app)
    {
        app.UseWhen(context => !context.Request.Path.StartsWithSegments(MessagesEndpoint.Path), web => web.UseAuthentication());
        ((IApplicationBuilder)app).Properties[AuthenticationMiddlewareSet] = true;
        app.UseAuthorization();
        return app;
    }
}
