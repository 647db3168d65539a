using Verkostot.Core.Administration;
using Verkostot.Core.ChangeLog;
using Verkostot.Core.Import;
using Verkostot.Core.Storage;

namespace Verkostot.Bot.Import;

/// <summary>
/// <c>dotnet run --project bot -- import data.json [--yes]</c>: checks a data file and shows what importing it would
/// add, change, remove and keep; with <c>--yes</c> it then does that in one transaction. <c>--dry-run</c> (the
/// default) only shows. Exit code 0 on success, 1 on any error (nothing is changed then), 2 on wrong usage.
/// </summary>
public static class ImportCommand
{
    private const int ShownPerKind = 40;

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, CancellationToken cancellationToken)
    {
        var rest = args.SkipWhile(a => a != "import").Skip(1).ToList();
        var apply = rest.Remove("--yes");
        var dryRun = rest.Remove("--dry-run");
        if (rest.Count != 1 || rest[0].StartsWith('-') || (apply && dryRun))
        {
            await output.WriteLineAsync("Usage: import <data.json> [--yes | --dry-run]   (format: core/DemoData/README-format.md)");
            return 2;
        }
        var path = rest[0];
        if (!File.Exists(path))
        {
            await output.WriteLineAsync($"File not found: {path}. Nothing was changed.");
            return 1;
        }

        await using var services = new ServiceCollection().AddLogging().AddCoreStorage(configuration).AddCoreAdministration().BuildServiceProvider();
        await StorageInitializer.MigrateAsync(services, cancellationToken);
        var import = services.GetRequiredService<CatalogImport>();
        var json = await File.ReadAllBytesAsync(path, cancellationToken);
        var outcome = apply
            ? await import.ApplyAsync(json, ChangeActor.ImportCommand(Environment.UserName), expectedFingerprint: null, cancellationToken)
            : await import.PreviewAsync(json, cancellationToken);
        if (outcome.Status == ImportStatus.Invalid)
        {
            await output.WriteLineAsync($"{path}: {outcome.Errors.Count} error(s); nothing was changed.");
            foreach (var error in outcome.Errors) await output.WriteLineAsync($"  {path}:{error.Line}: {error.Path}: {error.Message}");
            return 1;
        }
        await WritePlanAsync(output, outcome.Plan!);
        await output.WriteLineAsync(outcome.Status == ImportStatus.Applied
            ? $"Imported {path}."
            : outcome.Plan!.IsEmpty
                ? $"{path} is valid and matches the data: nothing to import."
                : $"{path} is valid; nothing was changed. To import it: import {path} --yes");
        return 0;
    }

    private static async Task WritePlanAsync(TextWriter output, ImportPlan plan)
    {
        foreach (var counts in plan.Counts)
        {
            await output.WriteLineAsync($"{counts.Kind}: {counts.Added} added, {counts.Changed} changed, {counts.Removed} removed, {counts.Kept} kept");
            var changes = plan.Changes.Where(c => c.Kind == counts.Kind).ToList();
            foreach (var change in changes.Take(ShownPerKind)) await output.WriteLineAsync("  " + Line(change));
            if (changes.Count > ShownPerKind) await output.WriteLineAsync($"  … and {changes.Count - ShownPerKind} more");
        }
    }

    private static string Line(PlannedChange change) => change.Action switch
    {
        PlannedAction.Add => $"+ {change.Label}",
        PlannedAction.Change => $"~ {change.Label}: {string.Join(", ", change.Fields)}",
        PlannedAction.Remove => $"- {change.Label}",
        _ => $"= {change.Label} (kept: {Reason(change.Reason)})",
    };

    private static string Reason(KeepReason? reason) => reason switch
    {
        KeepReason.BoundToTeam => "bound to its Team",
        KeepReason.KnownToTeams => "known to Teams",
        KeepReason.InTeam => "in the Team, by roster sync",
        KeepReason.HasAnswers => "has answers",
        _ => "in use by kept data",
    };
}
