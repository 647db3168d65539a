using Microsoft.Extensions.Options;
using Verkostot.Bot.Configuration;
using Verkostot.Bot.Links;

namespace Verkostot.Bot.Tests.Hosting;

/// <summary>Signed links as Development makes them (http://localhost:3978/, the development key), on a given clock.</summary>
public static class TestLinks
{
    public static SignedLinks Signed(TimeProvider clock, string? publicBaseUrl = null, string key = VerkostotOptions.DevelopmentLinkSigningKey) =>
        new(Options.Create(new VerkostotOptions
        {
            PublicBaseUrl = publicBaseUrl is null ? VerkostotOptions.DevelopmentPublicBaseUrl : new Uri(publicBaseUrl),
            LinkSigningKey = key,
        }), clock);
}
