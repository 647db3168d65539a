using Verkostot.Bot.Tests.Hosting;

namespace Verkostot.Bot.Tests.Configuration;

/// <summary>
/// SQLite serves one instance: a second bot process on the same file refuses to start with a clear line, and the lock
/// goes with the process that held it, however it ends (kill -9 included). Real processes.
/// </summary>
[Trait("Category", "Process")]
public sealed class SqliteSingleInstanceTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("verkostot-instance-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Start_SecondInstanceOnSameSqliteFile_RefusedWithClearMessage()
    {
        var settings = ProductionSettings.In(_folder.FullName);
        await using var first = BotProcess.Start(settings, _folder.FullName);
        await first.WaitUntilListeningAsync(Limit);

        await using var second = BotProcess.Start(settings, _folder.FullName);

        Assert.Equal(1, await second.ExitCodeAsync(Limit));
        var database = ProductionSettings.DatabaseFile(_folder.FullName);
        Assert.Contains(second.ErrorLines, l => l.StartsWith($"Storage: another Verkostot.Bot is already running on the SQLite database {database}", StringComparison.Ordinal)
            && l.Contains("Storage:Provider=PostgreSql", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", second.StandardError);
        Assert.False(first.HasExited, "the first instance must keep running");
    }

    [Fact]
    public async Task Start_AfterTheHolderWasKilled_Starts()
    {
        var settings = ProductionSettings.In(_folder.FullName);
        await using (var killed = BotProcess.Start(settings, _folder.FullName))
        {
            await killed.WaitUntilListeningAsync(Limit);
            await killed.KillAsync();
        }

        await using var next = BotProcess.Start(settings, _folder.FullName);

        await next.WaitUntilListeningAsync(Limit);
    }

    [Fact]
    public async Task Start_AnotherSqliteFile_BothRun()
    {
        var other = Directory.CreateDirectory(Path.Combine(_folder.FullName, "other"));
        await using var first = BotProcess.Start(ProductionSettings.In(_folder.FullName), _folder.FullName);
        await using var second = BotProcess.Start(ProductionSettings.In(other.FullName), other.FullName);

        await first.WaitUntilListeningAsync(Limit);
        await second.WaitUntilListeningAsync(Limit);
    }
}
