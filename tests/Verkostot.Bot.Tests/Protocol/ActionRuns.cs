namespace Verkostot.Bot.Tests.Protocol;

/// <summary>What <see cref="CountingAction"/> shares across hosts: how often it ran, and a gate that holds it (open unless given).</summary>
internal sealed class ActionRuns(CommandGate? gate = null)
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var run = Interlocked.Increment(ref _count);
        if (gate is not null)
        {
            gate.Entered.TrySetResult();
            await gate.Open.Task.WaitAsync(cancellationToken);
        }
        return run;
    }
}
