using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.Extensions.WebEncoders;
using Verkostot.Bot.Administration.Access;
using Verkostot.Bot.Administration.Localization;
using Verkostot.Bot.Administration.SignIn;
using Verkostot.Core.Administration;
using Verkostot.Core.Announcements;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Verkostot.Bot.Administration;

public static class AdministrationServiceCollectionExtensions
{
    /// <summary>
    /// The coordinators' web app under /hallinta (Razor Pages in Administration/Pages), its sign-in and access rules
    /// (sections <c>Hallinta</c> and <c>AzureAd</c>), and the public privacy and terms pages.
    /// </summary>
    public static IServiceCollection AddAdministration(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<AdministrationOptions>().Bind(configuration.GetSection(AdministrationOptions.Section)).ValidateOnStart();
        services.AddAdministrationSignIn(configuration, environment);
        services.AddHttpContextAccessor();
        // Finnish and Swedish letters as they are, not as &#xE4; entities.
        services.Configure<WebEncoderOptions>(encoder => encoder.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddScoped<PageText>();
        services.AddSingleton<AdministrationAccess>();
        services.AddSingleton<Pages.Data.PreviewedFiles>();
        services.TryAddSingleton<AnnouncementListQuery>();
        services.AddCoreAdministration();
        services.AddScoped<AdministrationAccessFilter>();
        services.AddRazorPages(pages =>
        {
            pages.RootDirectory = "/Administration/Pages";
            pages.Conventions.AuthorizeFolder("/", AdministrationSchemes.SignedInPolicy);
            pages.Conventions.AllowAnonymousToFolder("/Public");
            pages.Conventions.AllowAnonymousToFolder("/SignIn");
            // "Uusi kausi" and an existing term share one page and form.
            pages.Conventions.AddPageRoute("/Network/Bodies/Term", "hallinta/{network}/toimielimet/{body}/kausi/{termId:int}");
            if (!environment.IsDevelopment())
            {
                // The developer sign-in exists nowhere but Development: outside it the page has no route at all.
                pages.Conventions.AddPageRouteModelConvention("/SignIn/Developer", route => route.Selectors.Clear());
            }
        })
        .AddMvcOptions(mvc => mvc.Filters.AddService<AdministrationAccessFilter>())
        // Pages only, no controllers: without this MVC inspects every type of every application part at start-up
        // looking for controllers, which loads libraries (Graph's, the token library) the first answer never needs.
        .ConfigureApplicationPartManager(parts =>
        {
            foreach (var controllers in parts.FeatureProviders.OfType<ControllerFeatureProvider>().ToList())
            {
                parts.FeatureProviders.Remove(controllers);
            }
        });
        return services;
    }
}
