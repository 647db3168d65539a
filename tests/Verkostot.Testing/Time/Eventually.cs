namespace Verkostot.Testing.Time;

/// <summary>
/// Waits for what another thread, host or process makes true (a delivery at a fake, a row in the database), polling
/// on the wall clock because that other party runs on it; fails with what was awaited and the state seen last.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    public static Task TrueAsync(Func<bool> condition, TimeSpan timeout, Func<string> what) =>
        TrueAsync(() => Task.FromResult(condition()), timeout, what);

    public static async Task TrueAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<string> what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not within {timeout.TotalSeconds} s: {what()}");
            }
            await Task.Delay(PollInterval);
        }
    }
}
