using Microsoft.Extensions.Configuration;
using Verkostot.Bot.Import;
using Verkostot.Bot.Privacy;
using Verkostot.Core.DemoData;

namespace Verkostot.Bot.Tests.Privacy;

/// <summary>The export-person and erase-person commands against a SQLite database of their own, as an administrator runs them.</summary>
public sealed class PersonCommandsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "verkostot-person-commands", Guid.NewGuid().ToString("N"));
    private readonly IConfiguration _configuration;

    public PersonCommandsTests()
    {
        Directory.CreateDirectory(_folder);
        _configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(_folder, "verkostot.db")};Pooling=False",
        }).Build();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ExportPerson_ByObjectId_WritesTheirRowsAsJson()
    {
        await ImportDemoAsync();
        var path = Path.Combine(_folder, "juha.json");

        var (code, output) = await RunAsync(ExportPersonCommand.RunAsync, "export-person", "00000000-0000-0000-0000-0000000000021", path);

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

        var (code, output) = await RunAsync(ErasePersonCommand.RunAsync, "erase-person", "juha-herrala");

        Assert.Equal(0, code);
        Assert.Contains("people: 1", output);
        Assert.Contains("nothing was changed", output);
        var (again, _) = await RunAsync(ExportPersonCommand.RunAsync, "export-person", "juha-herrala", Path.Combine(_folder, "still.json"));
        Assert.Equal(0, again);
    }

    [Fact]
    public async Task ErasePerson_WithYes_ErasesAndTheExportThenFindsNoOne()
    {
        await ImportDemoAsync();

        var (code, output) = await RunAsync(ErasePersonCommand.RunAsync, "erase-person", "juha-herrala", "--yes");

        Assert.Equal(0, code);
        Assert.Contains("people: 1 deleted, 0 anonymized", output);
        Assert.Contains("seats: 0 deleted, 1 anonymized", output);
        var (again, message) = await RunAsync(ExportPersonCommand.RunAsync, "export-person", "juha-herrala", Path.Combine(_folder, "gone.json"));
        Assert.Equal(1, again);
        Assert.Contains("No person has", message);
        Assert.False(File.Exists(Path.Combine(_folder, "gone.json")));
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
        var (code, output) = await RunAsync(run, args);
        Assert.Equal(2, code);
        Assert.StartsWith("Usage:", output);
    }

    private async Task ImportDemoAsync()
    {
        var demo = Path.Combine(_folder, "demo.json");
        await File.WriteAllBytesAsync(demo, DemoDataSet.ReadJson());
        var (code, _) = await RunAsync(ImportCommand.RunAsync, "import", demo, "--yes");
        Assert.Equal(0, code);
    }

    private async Task<(int Code, string Output)> RunAsync(Func<string[], IConfiguration, TextWriter, CancellationToken, Task<int>> command, params string[] args)
    {
        var output = new StringWriter();
        var code = await command(args, _configuration, output, CancellationToken.None);
        return (code, output.ToString());
    }
}
