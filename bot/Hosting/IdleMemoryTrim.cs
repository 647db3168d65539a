namespace Verkostot.Bot.Hosting;

/// <summary>
/// Gives memory back to the machine once a burst of work is over. The GC collects only when something allocates, so
/// after a busy spell a quiet bot would keep for hours the heap that spell needed (measured: +150 MB after 30 000
/// hostile requests, unchanged after a minute's rest). When the bot has been quiet since the last look and the GC
/// holds clearly more than after the last trim, one full compacting collection returns the free part
/// (<see cref="GCCollectionMode.Aggressive"/>), and the native heap gives back its free pages (<see cref="GlibcHeap"/>).
/// Under load it never runs: a full collection pauses every request.
/// </summary>
internal sealed partial class IdleMemoryTrim(TimeProvider time, ILogger<IdleMemoryTrim> logger) : BackgroundService
{
    public static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(15);

    /// <summary>Below this allocation rate the bot is quiet: a few answers a second allocate about that much.</summary>
    public const long QuietBytesPerSecond = 4L * 1024 * 1024;

    /// <summary>A trim is worth its pause only when the GC holds at least this much more than after the last one.</summary>
    public const long WorthReturningBytes = 32L * 1024 * 1024;

    // The heap is the process's: with several hosts in one process (tests) one of them looks after it.
    private static int _running;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (Interlocked.CompareExchange(ref _running, 1, 0) != 0)
        {
            return;
        }
        try
        {
            await WatchAsync(stoppingToken);
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    private async Task WatchAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(CheckEvery, time);
        var allocated = GC.GetTotalAllocatedBytes();
        var afterLastTrim = 0L;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var now = GC.GetTotalAllocatedBytes();
                var perSecond = (long)((now - allocated) / CheckEvery.TotalSeconds);
                allocated = now;
                var committed = GC.GetGCMemoryInfo().TotalCommittedBytes;
                if (ShouldTrim(perSecond, committed, afterLastTrim))
                {
                    afterLastTrim = Trim(committed);
                    allocated = GC.GetTotalAllocatedBytes();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>True when the bot is quiet and the GC holds enough more than after the last trim.</summary>
    public static bool ShouldTrim(long allocatedBytesPerSecond, long committedBytes, long committedAfterLastTrim) =>
        allocatedBytesPerSecond < QuietBytesPerSecond && committedBytes - committedAfterLastTrim >= WorthReturningBytes;

    private long Trim(long before)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GlibcHeap.Trim();
        var after = GC.GetGCMemoryInfo().TotalCommittedBytes;
        LogTrimmed(logger, before / (1024 * 1024), after / (1024 * 1024));
        return after;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Quiet after a busy spell: the managed heap went from {BeforeMb} MB to {AfterMb} MB")]
    private static partial void LogTrimmed(ILogger logger, long beforeMb, long afterMb);
}
