using Verkostot.Core.Domain;
using Verkostot.Core.Localization;

namespace Verkostot.Bot.Administration.Localization;

/// <summary>
/// Texts of the web app's pages, written beside the markup that shows them: <c>@L["Kokoukset", "Möten", "Meetings"]</c>
/// picks the request's language.
/// </summary>
public sealed class PageText(IHttpContextAccessor accessor)
{
    public Language Language => accessor.HttpContext is { } context ? RequestLanguage.Of(context) : Language.Finnish;

    public string Tag => RequestLanguage.Tag(Language);

    public string this[string fi, string sv, string en] => Language.Pick(fi, sv, en);
}
