using Verkostot.Bot.Connector;

namespace Verkostot.Bot.Tests.Connector;

/// <summary>Teams' per-conversation windows, on explicit times: exact, independent per conversation, and forgetful.</summary>
public sealed class ConversationSendWindowsTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    private static ConversationSendWindows TeamsWindows() => new((7, Second), (60, TimeSpan.FromSeconds(30)));

    private static TimeSpan Ms(int milliseconds) => TimeSpan.FromMilliseconds(milliseconds);

    [Fact]
    public void TryTake_EighthSendWithinASecond_WaitsUntilTheFirstLeavesTheWindow()
    {
        var windows = TeamsWindows();
        for (var i = 0; i < 7; i++)
        {
            Assert.Equal(TimeSpan.Zero, windows.TryTake("a:1", Ms(10 * i)));
        }

        Assert.Equal(Ms(900), windows.TryTake("a:1", Ms(100)));
        Assert.Equal(Ms(1), windows.TryTake("a:1", Ms(999)));
        Assert.Equal(TimeSpan.Zero, windows.TryTake("a:1", Ms(1000)));
        Assert.Equal(Ms(10), windows.TryTake("a:1", Ms(1000)));
    }

    [Fact]
    public void TryTake_SixtyFirstSendWithinThirtySeconds_WaitsForTheThirtySecondWindow()
    {
        var windows = TeamsWindows();
        for (var i = 0; i < 60; i++)
        {
            // Five a second: never the per-second limit.
            Assert.Equal(TimeSpan.Zero, windows.TryTake("a:1", Ms(200 * i)));
        }

        Assert.Equal(TimeSpan.FromSeconds(18), windows.TryTake("a:1", TimeSpan.FromSeconds(12)));
        Assert.Equal(TimeSpan.Zero, windows.TryTake("a:1", TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public void TryTake_OneConversationAtItsLimit_LeavesOthersFree()
    {
        var windows = TeamsWindows();
        for (var i = 0; i < 7; i++)
        {
            windows.TryTake("a:1", TimeSpan.Zero);
        }

        Assert.True(windows.TryTake("a:1", TimeSpan.Zero) > TimeSpan.Zero);
        Assert.Equal(TimeSpan.Zero, windows.TryTake("a:2", TimeSpan.Zero));
    }

    [Fact]
    public void Tracked_ConversationsQuietForTheLongestWindow_AreForgotten()
    {
        var windows = TeamsWindows();
        for (var i = 0; i < 2_000; i++)
        {
            windows.TryTake($"a:{i}", Ms(i));
        }
        Assert.Equal(2_000, windows.Tracked);

        windows.TryTake("a:later", TimeSpan.FromSeconds(32));

        Assert.Equal(1, windows.Tracked);
        // A forgotten conversation starts with a clean slate, as its window has passed.
        Assert.Equal(TimeSpan.Zero, windows.TryTake("a:0", TimeSpan.FromSeconds(32)));
    }
}
