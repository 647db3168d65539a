using Microsoft.Extensions.Configuration;
using Verkostot.Bot.Import;
using Verkostot.Bot.Privacy;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Core.DemoData;

namespace Verkostot.Bot.Tests.Privacy;

/// <summary>The export-person and erase-person commands against a SQLite database of their own, as an administrator runs them.</summary>
public sealed class PersonCommandsTests : IDisposable
{
    private readonly CommandWorkspace _commands = new();

    public void Dispose() => _commands.Dispose();

    [Fact]
    public async Task ExportPerson_ByObjectId_WritesTheirRowsAsJson()
    {
        await ImportDemoAsync();
        var path = _commands.Path("juha.json");

        var (code, output) = await _commands.RunAsync(ExportPersonCommand.RunAsync, "export-person", "00000000-0000-0000-0000-0000000000021", path);

        Assert.Equal(0, code);
        Assert.Contains($"to {path}", output);
        var json = await File.ReadAllTextAsync(path);
        Assert.Contains("\"name\": \"Juha Herrala\"", json);
        Assert.Contains("\"roleAssignments\": [", json);
        Assert.Contains("\"Role\": \"Chair\"", json);
    }

    [Fact]
    public async Task ErasePerson_WithoutYes_ShowsTheRowsAndChangesNothing()
    {
        await ImportDemoAsync();

        var (code, output) = await _commands.RunAsync(ErasePersonCommand.RunAsync, "erase-person", "juha-herrala");

        Assert.Equal(0, code);
        Assert.Contains("people: 1", output);
        Assert.Contains("nothing was changed", output);
        var (again, _) = await _commands.RunAsync(ExportPersonCommand.RunAsync, "export-person", "juha-herrala", _commands.Path("still.json"));
        Assert.Equal(0, again);
    }

    [Fact]
    public async Task ErasePerson_WithYes_ErasesAndTheExportThenFindsNoOne()
    {
        await ImportDemoAsync();

        var (code, output) = await _commands.RunAsync(ErasePersonCommand.RunAsync, "erase-person", "juha-herrala", "--yes");

        Assert.Equal(0, code);
        Assert.Contains("people: 1 deleted, 0 anonymized", output);
        Assert.Contains("seats: 0 deleted, 1 anonymized", output);
        var (again, message) = await _commands.RunAsync(ExportPersonCommand.RunAsync, "export-person", "juha-herrala", _commands.Path("gone.json"));
        Assert.Equal(1, again);
        Assert.Contains("No person has", message);
        Assert.False(File.Exists(_commands.Path("gone.json")));
    }

    [Theory]
    [InlineData("export-person")]
    [InlineData("export-person", "juha-herrala")]
    [InlineData("export-person", "juha-herrala", "a.json", "b.json")]
    [InlineData("erase-person")]
    [InlineData("erase-person", "a", "b")]
    [InlineData("erase-person", "--yes")]
    public async Task WrongUsage_ExitsWithTwo(params string[] args)
    {
        var run = args[0] == "export-person"
            ? (Func<string[], IConfiguration, TextWriter, CancellationToken, Task<int>>)ExportPersonCommand.RunAsync
            : ErasePersonCommand.RunAsync;
        var (code, output) = await _commands.RunAsync(run, args);
        Assert.Equal(2, code);
        Assert.StartsWith("Usage:", output);
    }

    private async Task ImportDemoAsync()
    {
        var demo = await _commands.WriteAsync("demo.json", DemoDataSet.ReadJson());
        var (code, _) = await _commands.RunAsync(ImportCommand.RunAsync, "import", demo, "--yes");
        Assert.Equal(0, code);
    }
}
