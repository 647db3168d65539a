using Verkostot.Core.Administration;
using Verkostot.Core.Import;
using Verkostot.Core.Storage;

namespace Verkostot.Bot.Import;

/// <summary>
/// <c>dotnet run --project bot -- export data.json</c>: writes the whole network data as a data file that
/// <see cref="ImportCommand"/> loads back without loss. Exit code 0 on success, 1 when the file cannot be written,
/// 2 on wrong usage.
/// </summary>
public static class ExportCommand
{
    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, CancellationToken cancellationToken)
    {
        var rest = args.SkipWhile(a => a != "export").Skip(1).ToList();
        if (rest.Count != 1 || rest[0].StartsWith('-'))
        {
            await output.WriteLineAsync("Usage: export <data.json>   (format: core/DemoData/README-format.md)");
            return 2;
        }
        var path = rest[0];
        await using var services = new ServiceCollection().AddLogging().AddCoreStorage(configuration).AddCoreAdministration().BuildServiceProvider();
        await StorageInitializer.MigrateAsync(services, cancellationToken);
        var json = await services.GetRequiredService<CatalogExport>().ExportAsync(cancellationToken);
        if (!await ExportFile.TryWriteAsync(path, json, output, cancellationToken))
        {
            return 1;
        }
        await output.WriteLineAsync($"Exported the network data to {path} ({json.Length} bytes).");
        return 0;
    }
}
