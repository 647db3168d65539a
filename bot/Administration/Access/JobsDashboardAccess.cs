using Hangfire.Dashboard;

namespace Verkostot.Bot.Administration.Access;

/// <summary>
/// The Hangfire dashboard behind the web app's sign-in (its endpoint requires the signed-in session): administrators
/// see and act on every job, coordinators only look (the dashboard is read-only for them), anyone else gets 403.
/// </summary>
public sealed class JobsDashboardAccess : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var access = http.RequestServices.GetRequiredService<AdministrationAccess>();
        var user = await access.UserAsync(http.User, http.RequestAborted);
        http.Items[typeof(JobsDashboardAccess)] = user;
        return user.MayUseApp;
    }

    /// <summary>For <c>DashboardOptions.IsReadOnlyFunc</c>; runs after <see cref="AuthorizeAsync"/>.</summary>
    public static bool IsReadOnly(DashboardContext context) =>
        context.GetHttpContext().Items[typeof(JobsDashboardAccess)] is not AdminUser { IsAdministrator: true };
}
