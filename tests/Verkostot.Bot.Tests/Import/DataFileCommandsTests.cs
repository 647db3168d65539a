using System.Text;
using Microsoft.Extensions.Configuration;
using Verkostot.Bot.Import;
using Verkostot.Core.DemoData;

namespace Verkostot.Bot.Tests.Import;

/// <summary>The import and export commands against a SQLite database of their own, as an administrator runs them.</summary>
public sealed class DataFileCommandsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "verkostot-commands", Guid.NewGuid().ToString("N"));
    private readonly IConfiguration _configuration;

    public DataFileCommandsTests()
    {
        Directory.CreateDirectory(_folder);
        _configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = $"Data Source={Path.Combine(_folder, "verkostot.db")};Pooling=False",
        }).Build();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Import_WithoutYes_ShowsThePlanAndChangesNothing()
    {
        var demo = await WriteAsync("demo.json", DemoDataSet.ReadJson());

        var (code, output) = await RunAsync(ImportCommand.RunAsync, "import", demo);

        Assert.Equal(0, code);
        Assert.Contains("Network: 7 added, 0 changed, 0 removed, 0 kept", output);
        Assert.Contains("nothing was changed", output);
        var (_, exported) = await ExportTextAsync();
        Assert.Contains("\"networks\": []", exported);
    }

    [Fact]
    public async Task Import_WithYes_AppliesAndTheExportImportsBackAsNothingToDo()
    {
        var demo = await WriteAsync("demo.json", DemoDataSet.ReadJson());

        var (code, output) = await RunAsync(ImportCommand.RunAsync, "import", demo, "--yes");
        Assert.Equal(0, code);
        Assert.Contains("Imported", output);

        var (path, exported) = await ExportTextAsync();
        Assert.Contains("\"id\": \"pienet-kunnat\"", exported);
        var (again, plan) = await RunAsync(ImportCommand.RunAsync, "import", path);
        Assert.Equal(0, again);
        Assert.Contains("nothing to import", plan);
    }

    [Fact]
    public async Task Import_BadFile_ListsErrorsWithLinesAndExitsWithOne()
    {
        var bad = await WriteAsync("bad.json", Encoding.UTF8.GetBytes("{\n  \"people\": [\n    { \"id\": \"Bad Id\", \"name\": \"A\" }\n  ]\n}"));

        var (code, output) = await RunAsync(ImportCommand.RunAsync, "import", bad, "--yes");

        Assert.Equal(1, code);
        Assert.Contains($"{bad}:3: $.people[0].id:", output);
        Assert.Contains("nothing was changed", output);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import", "a.json", "--yes", "--dry-run")]
    [InlineData("export")]
    [InlineData("export", "a.json", "b.json")]
    public async Task WrongUsage_ExitsWithTwo(params string[] args)
    {
        var run = args[0] == "import" ? (Func<string[], IConfiguration, TextWriter, CancellationToken, Task<int>>)ImportCommand.RunAsync : ExportCommand.RunAsync;
        var (code, output) = await RunAsync(run, args);
        Assert.Equal(2, code);
        Assert.StartsWith("Usage:", output);
    }

    private async Task<(string Path, string Text)> ExportTextAsync()
    {
        var path = Path.Combine(_folder, "export.json");
        var (code, _) = await RunAsync(ExportCommand.RunAsync, "export", path);
        Assert.Equal(0, code);
        return (path, await File.ReadAllTextAsync(path));
    }

    private async Task<string> WriteAsync(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        await File.WriteAllBytesAsync(path, content);
        return path;
    }

    private async Task<(int Code, string Output)> RunAsync(Func<string[], IConfiguration, TextWriter, CancellationToken, Task<int>> command, params string[] args)
    {
        var output = new StringWriter();
        var code = await command(args, _configuration, output, CancellationToken.None);
        return (code, output.ToString());
    }
}
