using Verkostot.Bot.Hosting;

namespace Verkostot.Bot.Tests.Hosting;

/// <summary>After a busy spell a quiet bot gives back the heap it no longer uses; under load it never pauses for that.</summary>
public sealed class IdleMemoryTrimTests
{
    private const long Mb = 1024 * 1024;

    [Fact]
    public void ShouldTrim_QuietAndHoldingMuchMoreThanAfterLastTrim_True() =>
        Assert.True(IdleMemoryTrim.ShouldTrim(allocatedBytesPerSecond: 1 * Mb, committedBytes: 150 * Mb, committedAfterLastTrim: 60 * Mb));

    [Fact]
    public void ShouldTrim_Busy_False() =>
        Assert.False(IdleMemoryTrim.ShouldTrim(allocatedBytesPerSecond: 50 * Mb, committedBytes: 300 * Mb, committedAfterLastTrim: 60 * Mb));

    [Fact]
    public void ShouldTrim_QuietButLittleGainedSinceLastTrim_False() =>
        Assert.False(IdleMemoryTrim.ShouldTrim(allocatedBytesPerSecond: 0, committedBytes: 80 * Mb, committedAfterLastTrim: 60 * Mb));

    [Fact]
    public void ShouldTrim_JustAtTheRateThatCountsAsBusy_False() =>
        Assert.False(IdleMemoryTrim.ShouldTrim(IdleMemoryTrim.QuietBytesPerSecond, 500 * Mb, 0));
}
