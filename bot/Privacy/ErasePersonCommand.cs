using Microsoft.EntityFrameworkCore;
using Verkostot.Core.Privacy;
using Verkostot.Core.Storage;

namespace Verkostot.Bot.Privacy;

/// <summary>
/// <c>dotnet run --project bot -- erase-person &lt;person&gt; [--yes]</c>: shows how many rows concern the person (by id,
/// e-mail address, Entra object id or user name); with <c>--yes</c> erases them in one transaction (deleted, or
/// anonymized where counts and reports rest on them). Exit code 0 on success, 1 when the person is not found, 2 on
/// wrong usage.
/// </summary>
public static class ErasePersonCommand
{
    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, CancellationToken cancellationToken)
    {
        var rest = args.SkipWhile(a => a != "erase-person").Skip(1).ToList();
        var apply = rest.Remove("--yes");
        if (rest.Count != 1 || rest[0].StartsWith('-'))
        {
            await output.WriteLineAsync("Usage: erase-person <person id | e-mail | Entra object id | user name> [--yes]");
            return 2;
        }
        var key = rest[0];
        await using var services = await PersonCommandServices.StartAsync(configuration, cancellationToken);
        if (await PersonCommandServices.FindAsync(services, key, output, cancellationToken) is not { } subject)
        {
            return 1;
        }
        if (!apply)
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<VerkostotDbContext>>().CreateDbContextAsync(cancellationToken);
            var rows = await SubjectRows.LoadAsync(db, subject, cancellationToken);
            foreach (var (table, _, list) in rows.Tables.Where(t => t.Rows.Count > 0))
            {
                await output.WriteLineAsync($"{table}: {list.Count}");
            }
            await output.WriteLineAsync($"{rows.Count} rows concern {key}; nothing was changed. Export them first (export-person {key} <file.json>), then erase: erase-person {key} --yes");
            return 0;
        }
        await using var scope = services.CreateAsyncScope();
        var erased = await scope.ServiceProvider.GetRequiredService<PersonalDataErasure>().EraseAsync(subject, cancellationToken);
        foreach (var table in erased.Where(t => t.Deleted + t.Anonymized > 0))
        {
            await output.WriteLineAsync($"{table.Table}: {table.Deleted} deleted, {table.Anonymized} anonymized");
        }
        await output.WriteLineAsync($"Erased {key}. A running bot forgets the person within Storage:CatalogRefreshSeconds (60 s by default).");
        return 0;
    }
}
