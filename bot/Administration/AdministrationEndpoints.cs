using Microsoft.Net.Http.Headers;
using Verkostot.Bot.Administration.SignIn;

namespace Verkostot.Bot.Administration;

public static class AdministrationEndpoints
{
    /// <summary>The web app's pages, its sign-in endpoints and its static files (wwwroot: the vendored libraries, CSS and JS).</summary>
    public static WebApplication MapAdministration(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions
        {
            // Pages link every file with ?v=<hash> (asp-append-version), so a versioned URL never changes content.
            OnPrepareResponse = file => file.Context.Response.Headers[HeaderNames.CacheControl] =
                file.Context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "no-cache",
        });
        app.MapRazorPages();
        app.MapAdministrationSignIn();
        return app;
    }
}
