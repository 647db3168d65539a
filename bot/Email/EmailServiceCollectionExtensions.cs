using Microsoft.Extensions.DependencyInjection.Extensions;
using Verkostot.Bot.Graph;
using Verkostot.Bot.Links;
using Verkostot.Core.Email;

namespace Verkostot.Bot.Email;

public static class EmailServiceCollectionExtensions
{
    /// <summary>
    /// E-mail to people Teams cannot reach, through Microsoft Graph (section <c>Email</c>; off while Email:Mailbox is
    /// empty): the mailer, its renderers (each feature registers its own <see cref="IEmailRenderer"/>) and the signed
    /// links. Map the opt-out page with <see cref="EmailOptOutEndpoint.MapEmailOptOut"/>.
    /// </summary>
    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        // Every feature with e-mail renderers calls this; the first call registers.
        if (services.Any(d => d.ServiceType == typeof(EmailLinks)))
        {
            return services;
        }
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.Section))
            .Validate(o => !o.IsEnabled || System.Net.Mail.MailAddress.TryCreate(o.Mailbox, out _), "Email:Mailbox must be an e-mail address (or empty to keep e-mail off).")
            .Validate(o => o.MessagesPerMinute is > 0 and <= 10_000, "Email:MessagesPerMinute must be 1–10 000.")
            .Validate(o => o.LinkLifetime > TimeSpan.Zero, "Email:LinkLifetime must be positive.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.SenderName), "Email:SenderName must not be empty.")
            .ValidateOnStart();
        services.AddGraph(configuration);
        services.TryAddSingleton<SignedLinks>();
        services.AddSingleton<EmailLinks>();
        services.AddSingleton<EmailRenderers>();
        services.Replace(ServiceDescriptor.Singleton<IMailer, GraphMailer>());
        services.AddEmailFallback();
        return services;
    }
}
