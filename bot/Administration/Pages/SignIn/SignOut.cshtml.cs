using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostot.Bot.Administration.SignIn;

namespace Verkostot.Bot.Administration.Pages.SignIn;

/// <summary>POST /hallinta/kirjaudu/ulos: ends the web app's session (not the Microsoft account's).</summary>
public sealed class SignOutModel : PageModel
{
    public IActionResult OnGet() => Redirect(SignInSetup.LoginPath);

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(AdministrationSchemes.Cookie);
        return Redirect(SignInSetup.LoginPath);
    }
}
