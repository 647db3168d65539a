using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Verkostot.Core.GraphAccess;
using Verkostot.Core.Messaging;

namespace Verkostot.Core.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// The e-mail lane of the outbox (idempotent; every feature that sends exactly once adds it). Off until the host
    /// registers its own <see cref="IMailer"/>, before or after this call (the last registration wins).
    /// </summary>
    public static IServiceCollection AddEmailFallback(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IMailer, DisabledMailer>();
        services.TryAddSingleton<EmailPreferences>();
        services.TryAddScoped<RecipientLanguage>();
        services.TryAddScoped<EmailFallback>();
        services.AddGraphAccess();
        return services;
    }
}
