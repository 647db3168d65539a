using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Verkostot.Bot.Administration.Localization;

namespace Verkostot.Bot.Administration.Access;

/// <summary>
/// Runs before every page handler, reads and writes alike: a signed-in person who is neither an administrator nor a
/// coordinator gets 403 and sees nothing; a page of one network (route value <c>network</c>) is open only to those
/// who edit that network, a page marked <see cref="AdministratorsOnlyAttribute"/> only to administrators. The user
/// is then available to the page as <see cref="Current"/>.
/// </summary>
public sealed class AdministrationAccessFilter(AdministrationAccess access) : IAsyncPageFilter
{
    public const string NetworkRouteValue = "network";

    public static AdminUser Current(HttpContext context) =>
        context.Items[typeof(AdminUser)] as AdminUser ?? throw new InvalidOperationException("The page is not behind AdministrationAccessFilter.");

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        RequestLanguage.Remember(http);
        if (context.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any())
        {
            await next();
            return;
        }
        var user = await access.UserAsync(http.User, http.RequestAborted);
        http.Items[typeof(AdminUser)] = user;
        var networkId = context.RouteData.Values[NetworkRouteValue] as string;
        if (user.IsAdministrator && networkId is not null && !user.MayEdit(networkId))
        {
            context.Result = new NotFoundResult();
            return;
        }
        var administratorsOnly = context.ActionDescriptor.EndpointMetadata.OfType<AdministratorsOnlyAttribute>().Any();
        if (!user.MayUseApp || (networkId is not null && !user.MayEdit(networkId)) || (administratorsOnly && !user.IsAdministrator))
        {
            context.Result = Denied();
            return;
        }
        await next();
    }

    /// <summary>The 403 page, which shows nothing of the data.</summary>
    public static PartialViewResult Denied() => new()
    {
        ViewName = "_Denied",
        StatusCode = StatusCodes.Status403Forbidden,
        ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary()),
    };
}
