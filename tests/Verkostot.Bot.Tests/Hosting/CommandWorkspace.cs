using Microsoft.Extensions.Configuration;

namespace Verkostot.Bot.Tests.Hosting;

/// <summary>
/// A folder with a SQLite database of its own in which the bot's administrator commands (import, export,
/// export-person, erase-person) run as from the command line, their output captured.
/// </summary>
public sealed class CommandWorkspace : IDisposable
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "verkostot-commands", Guid.NewGuid().ToString("N"));
    private readonly IConfiguration _configuration;

    public CommandWorkspace()
    {
        Directory.CreateDirectory(_folder);
        // Pooling off: the folder is deleted at the end, and a pooled connection would keep the file open.
        _configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = $"Data Source={Path("verkostot.db")};Pooling=False",
        }).Build();
    }

    public string Path(string name) => System.IO.Path.Combine(_folder, name);

    public async Task<string> WriteAsync(string name, byte[] content)
    {
        var path = Path(name);
        await File.WriteAllBytesAsync(path, content);
        return path;
    }

    public async Task<(int Code, string Output)> RunAsync(
        Func<string[], IConfiguration, TextWriter, CancellationToken, Task<int>> command, params string[] args)
    {
        var output = new StringWriter();
        var code = await command(args, _configuration, output, CancellationToken.None);
        return (code, output.ToString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
