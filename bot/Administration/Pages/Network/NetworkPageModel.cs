using Microsoft.AspNetCore.Mvc.RazorPages;
using Verkostot.Bot.Administration.Access;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Domain;

namespace Verkostot.Bot.Administration.Pages.Network;

/// <summary>A page of one network: by the time a handler runs, the access filter has let through only those who edit it.</summary>
public abstract class NetworkPageModel : PageModel
{
    public AdminUser AdminUser => AdministrationAccessFilter.Current(HttpContext);

    public Core.Domain.Network Network =>
        AdminUser.Networks.First(n => n.Id == (string?)RouteData.Values[AdministrationAccessFilter.NetworkRouteValue]);

    public Language Language => Localization.RequestLanguage.Of(HttpContext);

    /// <summary>The signed-in user as the change log records their changes.</summary>
    protected ChangeActor Actor => new(AdminUser.Person?.Id, AdminUser.Person?.Name ?? AdminUser.Name, ChangeChannel.Web);
}
