using Verkostot.Bot.Import;
using Verkostot.Core.Privacy;

namespace Verkostot.Bot.Privacy;

/// <summary>
/// <c>dotnet run --project bot -- export-person &lt;person&gt; &lt;file.json&gt;</c>: everything stored about one person (by id,
/// e-mail address, Entra object id or user name), as JSON, for their access request. Exit code 0 on success, 1 when
/// the person is not found or the file cannot be written, 2 on wrong usage.
/// </summary>
public static class ExportPersonCommand
{
    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, CancellationToken cancellationToken)
    {
        var rest = args.SkipWhile(a => a != "export-person").Skip(1).ToList();
        if (rest.Count != 2 || rest.Any(a => a.StartsWith('-')))
        {
            await output.WriteLineAsync("Usage: export-person <person id | e-mail | Entra object id | user name> <file.json>");
            return 2;
        }
        var (key, path) = (rest[0], rest[1]);
        await using var services = await PersonCommandServices.StartAsync(configuration, cancellationToken);
        if (await PersonCommandServices.FindAsync(services, key, output, cancellationToken) is not { } subject)
        {
            return 1;
        }
        await using var scope = services.CreateAsyncScope();
        var json = await scope.ServiceProvider.GetRequiredService<PersonalDataExport>().ExportAsync(subject, cancellationToken);
        if (json is null)
        {
            await output.WriteLineAsync($"Nothing is stored about {key}. No file was written.");
            return 1;
        }
        if (!await ExportFile.TryWriteAsync(path, json, output, cancellationToken))
        {
            return 1;
        }
        await output.WriteLineAsync($"Exported everything stored about {key} to {path} ({json.Length} bytes).");
        if (subject.PersonId is not null)
        {
            await output.WriteLineAsync($"Log lines name this person {LogPseudonym.Of(subject.PersonId)}.");
        }
        return 0;
    }
}
