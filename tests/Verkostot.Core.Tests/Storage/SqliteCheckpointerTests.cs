using System.Buffers.Binary;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Verkostot.Core.Inbox;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Tests.Storage;

/// <summary>
/// SQLite's write-ahead log is copied into the database beside the inbox's commits and started over, so that no commit
/// has to copy it while requests wait; written to without a pause, it stays within its bound. The log file is never
/// shortened, so its length is the most pages the log ever held.
/// </summary>
public sealed class SqliteCheckpointerTests : IAsyncLifetime
{
    private const int RowsPerCommit = 16;
    private const int PayloadBytes = 4_000;
    private const int PageBytes = 4_096;
    private const int CommitsPerRound = 5;
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 8, 0, 0, TimeSpan.Zero);

    private readonly SqliteStorageFixture _fixture = new();

    private InboxStore Store => _fixture.Services.GetRequiredService<InboxStore>();

    private WriteTurns Turns => _fixture.Services.GetRequiredService<WriteTurns>();

    private IOptions<StorageOptions> Storage => _fixture.Services.GetRequiredService<IOptions<StorageOptions>>();

    public async Task InitializeAsync()
    {
        await _fixture.InitializeAsync();
        await StorageInitializer.InitializeAsync(_fixture.Services, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        await _fixture.DisposeAsync();
    }

    [Fact]
    public async Task CheckpointAsync_CommitsGoingOnBesideEveryRound_TheLogStaysWithinItsBound()
    {
        var checkpointer = _fixture.Services.GetRequiredService<SqliteCheckpointer>();
        var rounds = 3 * SqliteConnectionSetup.AutocheckpointPages * PageBytes / (RowsPerCommit * PayloadBytes * CommitsPerRound);

        for (var round = 0; round < rounds; round++)
        {
            var beside = Task.Run(async () =>
            {
                for (var i = 0; i < CommitsPerRound; i++)
                {
                    await CommitAsync();
                }
            });
            await checkpointer.CheckpointAsync(CancellationToken.None);
            await beside;
        }

        // Three bounds' worth was written; the log was started over by the rounds, before a commit had to.
        Assert.InRange(LogPages(), 1, SqliteConnectionSetup.AutocheckpointPages / 2);
    }

    [Fact]
    public async Task RunAsync_CommitsWithoutAPause_TheLogIsStartedOver()
    {
        await using var checkpointer = new SqliteCheckpointer(Storage, Turns, TimeProvider.System, NullLogger<SqliteCheckpointer>.Instance);
        using var stop = new CancellationTokenSource();
        var running = checkpointer.RunAsync(stop.Token);
        var payloadPages = 6 * SqliteConnectionSetup.AutocheckpointPages;
        var commits = payloadPages * PageBytes / (RowsPerCommit * PayloadBytes);

        for (var i = 0; i < commits; i++)
        {
            await CommitAsync();
            checkpointer.Written();
        }
        await stop.CancelAsync();
        await running;

        // Each row takes two pages and its key a place in the index: a log never started over would hold over twice this.
        Assert.InRange(LogPages(), 1, payloadPages);
    }

    /// <summary>One inbox commit, in the writers' turn as the inbox takes it.</summary>
    private Task CommitAsync() => Turns.RunAsync(
        () => Store.WriteAsync(Enumerable.Range(0, RowsPerCommit).Select(_ => Row()).ToList(), [], Now, CancellationToken.None),
        CancellationToken.None, goesFirst: true);

    private static InboxActivity Row() => new()
    {
        Key = InboxKey.Of("a:conversation", Guid.NewGuid().ToString("N")),
        ActivityId = "activity",
        ReceivedAt = Now,
        Payload = new byte[PayloadBytes],
        Owner = Guid.NewGuid(),
        ClaimedUntil = Now.AddMinutes(1),
    };

    /// <summary>The most pages the log has held: its file's length in frames (a 32-byte header, then 24 bytes and a page each).</summary>
    private long LogPages()
    {
        var path = SqliteFile.Of(Storage.Value) + "-wal";
        if (!File.Exists(path) || new FileInfo(path).Length < 32)
        {
            return 0;
        }
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        Span<byte> header = stackalloc byte[32];
        file.ReadExactly(header);
        var pageSize = BinaryPrimitives.ReadInt32BigEndian(header[8..]);
        return (file.Length - 32) / (24 + pageSize);
    }
}
