using Microsoft.Extensions.Options;

namespace Verkostot.Bot.Configuration;

/// <summary>In Development an unset public address and link key fall back to fixed ones, so the bot runs out of the box.</summary>
internal sealed class DevelopmentLinkDefaults(IHostEnvironment? environment = null) : IPostConfigureOptions<VerkostotOptions>
{
    public void PostConfigure(string? name, VerkostotOptions options)
    {
        if (environment?.IsDevelopment() != true)
        {
            return;
        }
        options.PublicBaseUrl ??= VerkostotOptions.DevelopmentPublicBaseUrl;
        if (string.IsNullOrEmpty(options.LinkSigningKey))
        {
            options.LinkSigningKey = VerkostotOptions.DevelopmentLinkSigningKey;
        }
    }
}
