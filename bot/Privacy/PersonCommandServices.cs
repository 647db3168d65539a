using Verkostot.Core.Privacy;
using Verkostot.Core.Storage;

namespace Verkostot.Bot.Privacy;

/// <summary>What the person commands run on: the database, migrated, and core's privacy use cases.</summary>
internal static class PersonCommandServices
{
    public static async Task<ServiceProvider> StartAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection().AddLogging().AddCoreStorage(configuration).AddCorePrivacy(configuration).BuildServiceProvider();
        await StorageInitializer.MigrateAsync(services, cancellationToken);
        return services;
    }

    /// <summary>The one person <paramref name="key"/> names, or null after telling why there is none.</summary>
    public static async Task<DataSubject?> FindAsync(IServiceProvider services, string key, TextWriter output, CancellationToken cancellationToken)
    {
        await using var db = await services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<VerkostotDbContext>>()
            .CreateDbContextAsync(cancellationToken);
        var found = await DataSubject.FindAsync(db, key, cancellationToken);
        switch (found)
        {
            case [var subject]:
                return subject;
            case []:
                await output.WriteLineAsync($"No person has the id, e-mail address, Entra object id or user name {key}. Nothing was done.");
                return null;
            default:
                await output.WriteLineAsync($"{found.Count} people match {key}: {string.Join(", ", found.Select(s => s.PersonId))}. Give one of these ids. Nothing was done.");
                return null;
        }
    }
}
