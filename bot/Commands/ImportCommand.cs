using Microsoft.Extensions.DependencyInjection;
using Verkostot.Core.Catalog;
using Verkostot.Core.Import;
using Verkostot.Core.Storage;

namespace Verkostot.Bot.Commands;

/// <summary>
/// <c>dotnet run --project bot -- import data.json [--dry-run]</c>: checks a data file and, when it has no
/// errors, replaces the network data in the configured database. Exit code 0 on success, 1 on any error
/// (nothing is changed then), 2 on wrong usage.
/// </summary>
public static class ImportCommand
{
    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, CancellationToken cancellationToken)
    {
        var rest = args.SkipWhile(a => a != "import").Skip(1).ToList();
        var dryRun = rest.Remove("--dry-run");
        if (rest.Count != 1 || rest[0].StartsWith('-'))
        {
            await output.WriteLineAsync("Usage: import <data.json> [--dry-run]   (format: core/DemoData/README-format.md)");
            return 2;
        }
        var path = rest[0];
        if (!File.Exists(path))
        {
            await output.WriteLineAsync($"File not found: {path}. Nothing was changed.");
            return 1;
        }

        await using var services = new ServiceCollection().AddLogging().AddCoreStorage(configuration).BuildServiceProvider();
        var outcome = await CatalogImporter.ImportAsync(services, await File.ReadAllBytesAsync(path, cancellationToken), dryRun, cancellationToken);
        if (!outcome.Succeeded)
        {
            await output.WriteLineAsync($"{path}: {outcome.Errors.Count} error(s); nothing was changed.");
            foreach (var error in outcome.Errors) await output.WriteLineAsync($"  {path}:{error.Line}: {error.Path}: {error.Message}");
            return 1;
        }
        await output.WriteLineAsync(dryRun ? $"{path} is valid (dry run: nothing was changed)." : $"Imported {path}.");
        await output.WriteLineAsync(Summary(outcome.Content!));
        if (outcome.Replaced is { } replaced)
        {
            await output.WriteLineAsync($"  Earlier meetings removed: {replaced.MeetingsRemoved}; meetings entered in the bot and kept: {replaced.MeetingsKept}.");
        }
        return 0;
    }

    private static string Summary(CatalogContent content)
    {
        var terms = content.Bodies.SelectMany(b => b.Terms).ToList();
        return $"  {content.Networks.Count} networks, {content.Bodies.Count} bodies, {terms.Count} terms, {terms.Sum(t => t.Seats.Count)} seats, " +
            $"{content.People.Count} people, {content.Municipalities.Count} municipalities, {content.Regions.Count} regions, " +
            $"{content.Roles.Count} roles, {content.Memberships.Count} memberships, {content.Meetings.Count} meetings, " +
            $"{content.PriorityDocuments.Count} priority documents.";
    }
}
