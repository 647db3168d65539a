namespace Verkostot.Bot.Administration.SignIn;

/// <summary>
/// ASP.NET Core's data protection (the sign-in and antiforgery cookies) reads its key ring, XML files, in a hosted
/// service at start. The bot's first answer needs no cookie, so the ring is read when the first cookie is protected or
/// read instead, as data protection does anyway when the ring is not loaded yet: the XML libraries stay out of a bot
/// nobody has signed in to (3 MB of mapped code at start, bench/Verkostot.Bench.Startup).
/// </summary>
public static class KeyRingOnFirstUse
{
    private const string HostedServiceName = "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService";

    public static IServiceCollection AddKeyRingOnFirstUse(this IServiceCollection services)
    {
        var loader = services.SingleOrDefault(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.FullName == HostedServiceName);
        if (loader is not null)
        {
            services.Remove(loader);
        }
        return services;
    }
}
