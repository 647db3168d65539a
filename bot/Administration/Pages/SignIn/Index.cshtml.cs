using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostot.Bot.Administration.SignIn;

namespace Verkostot.Bot.Administration.Pages.SignIn;

/// <summary>
/// /hallinta/kirjaudu: inside Teams the page signs in by itself with Teams single sign-on; in a browser it offers
/// Microsoft sign-in and, in Development only, the developer sign-in.
/// </summary>
public sealed class IndexModel(IServiceProvider services, IHostEnvironment environment) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "paluu")]
    public string? ReturnUrl { get; set; }

    /// <summary>Set when Microsoft sign-in came back refused (see <see cref="SignInSetup.RefusedParameter"/>).</summary>
    [BindProperty(SupportsGet = true, Name = SignInSetup.RefusedParameter)]
    public bool Refused { get; set; }

    public string ReturnPath => SignInEndpoints.LocalPath(ReturnUrl);

    public bool HasEntraSignIn => services.GetService<EntraSignIn>() is not null;

    public bool HasDeveloperSignIn => environment.IsDevelopment();

    public IActionResult OnGet() =>
        User.Identity?.IsAuthenticated == true && User.Identities.Any(i => i.AuthenticationType == AdministrationSchemes.Cookie)
            ? Redirect(ReturnPath)
            : Page();
}
