using System.Text;
using Microsoft.Extensions.Configuration;
using Verkostot.Bot.Import;
using Verkostot.Bot.Tests.Hosting;
using Verkostot.Core.DemoData;

namespace Verkostot.Bot.Tests.Import;

/// <summary>The import and export commands against a SQLite database of their own, as an administrator runs them.</summary>
public sealed class DataFileCommandsTests : IDisposable
{
    private readonly CommandWorkspace _commands = new();

    public void Dispose() => _commands.Dispose();

    [Fact]
    public async Task Import_WithoutYes_ShowsThePlanAndChangesNothing()
    {
        var demo = await _commands.WriteAsync("demo.json", DemoDataSet.ReadJson());

        var (code, output) = await _commands.RunAsync(ImportCommand.RunAsync, "import", demo);

        Assert.Equal(0, code);
        Assert.Contains("Network: 7 added, 0 changed, 0 removed, 0 kept", output);
        Assert.Contains("nothing was changed", output);
        var (_, exported) = await ExportTextAsync();
        Assert.Contains("\"networks\": []", exported);
    }

    [Fact]
    public async Task Import_WithYes_AppliesAndTheExportImportsBackAsNothingToDo()
    {
        var demo = await _commands.WriteAsync("demo.json", DemoDataSet.ReadJson());

        var (code, output) = await _commands.RunAsync(ImportCommand.RunAsync, "import", demo, "--yes");
        Assert.Equal(0, code);
        Assert.Contains("Imported", output);

        var (path, exported) = await ExportTextAsync();
        Assert.Contains("\"id\": \"pienet-kunnat\"", exported);
        var (again, plan) = await _commands.RunAsync(ImportCommand.RunAsync, "import", path);
        Assert.Equal(0, again);
        Assert.Contains("nothing to import", plan);
    }

    [Fact]
    public async Task Import_BadFile_ListsErrorsWithLinesAndExitsWithOne()
    {
        var bad = await _commands.WriteAsync("bad.json", Encoding.UTF8.GetBytes("{\n  \"people\": [\n    { \"id\": \"Bad Id\", \"name\": \"A\" }\n  ]\n}"));

        var (code, output) = await _commands.RunAsync(ImportCommand.RunAsync, "import", bad, "--yes");

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
        var (code, output) = await _commands.RunAsync(run, args);
        Assert.Equal(2, code);
        Assert.StartsWith("Usage:", output);
    }

    private async Task<(string Path, string Text)> ExportTextAsync()
    {
        var path = _commands.Path("export.json");
        var (code, _) = await _commands.RunAsync(ExportCommand.RunAsync, "export", path);
        Assert.Equal(0, code);
        return (path, await File.ReadAllTextAsync(path));
    }
}
