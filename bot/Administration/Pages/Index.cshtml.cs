using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostot.Bot.Administration.Access;
using Verkostot.Bot.Administration.Localization;

namespace Verkostot.Bot.Administration.Pages;

/// <summary>/hallinta: the networks the signed-in person edits; one network goes straight to its page.</summary>
public sealed class IndexModel : PageModel
{
    [BindProperty(SupportsGet = true, Name = "haku")]
    public string? Search { get; set; }

    public AdminUser AdminUser => AdministrationAccessFilter.Current(HttpContext);

    public IReadOnlyList<Core.Domain.Network> Networks { get; private set; } = [];

    public IActionResult OnGet()
    {
        if (!AdminUser.IsAdministrator && AdminUser.Networks.Count == 1 && Search is null)
        {
            return Redirect($"/hallinta/{Uri.EscapeDataString(AdminUser.Networks[0].Id)}");
        }
        var language = RequestLanguage.Of(HttpContext);
        var query = Search?.Trim();
        Networks = [.. AdminUser.Networks
            .Where(n => string.IsNullOrEmpty(query) || n.Name.In(language).Contains(query, StringComparison.CurrentCultureIgnoreCase)
                || n.Id.Contains(query, StringComparison.OrdinalIgnoreCase))
            .OrderBy(n => n.Name.In(language), StringComparer.Create(Finnish, ignoreCase: true))];
        return Page();
    }

    private static readonly System.Globalization.CultureInfo Finnish = System.Globalization.CultureInfo.GetCultureInfo("fi-FI");
}
