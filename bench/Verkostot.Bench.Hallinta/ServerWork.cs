using System.Diagnostics;

namespace Verkostot.Bench.Hallinta;

/// <summary>
/// What a stretch of requests cost the process, whatever the machine's load: CPU time, bytes allocated and database
/// commands run (counted from EF Core's diagnostic events). The bot runs in the bench's own process, so this is the
/// server's work plus the small part of the client's.
/// </summary>
internal sealed class ServerWork : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
{
    private long _commands;

    private ServerWork()
    {
    }

    public static ServerWork Process { get; } = Listen();

    private static ServerWork Listen()
    {
        var work = new ServerWork();
        DiagnosticListener.AllListeners.Subscribe(work);
        return work;
    }

    public Mark Now() => new(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalAllocatedBytes(), Interlocked.Read(ref _commands));

    /// <summary>Per request, from <paramref name="start"/> to now.</summary>
    public (double CpuMs, double AllocatedKb, double Commands) Since(Mark start, int requests)
    {
        var end = Now();
        return ((end.Cpu - start.Cpu).TotalMilliseconds / requests, (end.Allocated - start.Allocated) / 1024.0 / requests, (double)(end.Commands - start.Commands) / requests);
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == "Microsoft.EntityFrameworkCore") listener.Subscribe(this);
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted") Interlocked.Increment(ref _commands);
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    internal readonly record struct Mark(TimeSpan Cpu, long Allocated, long Commands);
}
