using Verkostot.Bot.Administration.Pages.Data;
using Verkostot.Core.Import;
using Verkostot.Testing.Time;

namespace Verkostot.Bot.Tests.Administration;

/// <summary>The data files previewed on /hallinta/tiedot, waiting on the server for their confirmation.</summary>
public sealed class PreviewedFilesTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Find_ByTheOneWhoPreviewedIt_TheFile()
    {
        var files = new PreviewedFiles(_clock);
        var key = files.Keep("iira-ainiala", [1, 2, 3]);

        Assert.Equal([1, 2, 3], files.Find(key, "iira-ainiala"));
    }

    [Fact]
    public void Find_BySomeoneElseOrWithAnotherKey_Nothing()
    {
        var files = new PreviewedFiles(_clock);
        var key = files.Keep("iira-ainiala", [1, 2, 3]);

        Assert.Null(files.Find(key, "juha-herrala"));
        Assert.Null(files.Find(key[..^1] + (key[^1] == '0' ? '1' : '0'), "iira-ainiala"));
        Assert.Null(files.Find(null, "iira-ainiala"));
    }

    [Fact]
    public void Find_AfterHalfAnHour_Nothing()
    {
        var files = new PreviewedFiles(_clock);
        var key = files.Keep("iira-ainiala", [1, 2, 3]);

        _clock.Advance(PreviewedFiles.MaxAge + TimeSpan.FromSeconds(1));

        Assert.Null(files.Find(key, "iira-ainiala"));
    }

    [Fact]
    public void Keep_BeyondTheMemoryLimit_DropsTheOldestFirst()
    {
        var files = new PreviewedFiles(_clock);
        var oldest = files.Keep("iira-ainiala", new byte[PreviewedFiles.MaxBytes / 2]);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var middle = files.Keep("juha-herrala", new byte[PreviewedFiles.MaxBytes / 2]);
        _clock.Advance(TimeSpan.FromMinutes(1));

        var newest = files.Keep("iira-ainiala", new byte[PreviewedFiles.MaxBytes / 4]);

        Assert.Null(files.Find(oldest, "iira-ainiala"));
        Assert.NotNull(files.Find(middle, "juha-herrala"));
        Assert.NotNull(files.Find(newest, "iira-ainiala"));
    }

    [Fact]
    public void TakeLoaded_Twice_HandsWhatThePreviewLoadedOverOnce()
    {
        var files = new PreviewedFiles(_clock);
        var loaded = DataFileLoader.Load("{}"u8);
        var key = files.Keep("iira-ainiala", [1, 2, 3], loaded);

        Assert.Same(loaded, files.TakeLoaded(key, "iira-ainiala"));
        Assert.Null(files.TakeLoaded(key, "iira-ainiala"));
        Assert.Equal([1, 2, 3], files.Find(key, "iira-ainiala"));
    }

    [Fact]
    public void TakeLoaded_BySomeoneElse_Nothing()
    {
        var files = new PreviewedFiles(_clock);
        var key = files.Keep("iira-ainiala", [1, 2, 3], DataFileLoader.Load("{}"u8));

        Assert.Null(files.TakeLoaded(key, "juha-herrala"));
        Assert.NotNull(files.TakeLoaded(key, "iira-ainiala"));
    }

    [Fact]
    public void Forget_AfterTheImport_Nothing()
    {
        var files = new PreviewedFiles(_clock);
        var key = files.Keep("iira-ainiala", [1, 2, 3]);

        files.Forget(key);

        Assert.Null(files.Find(key, "iira-ainiala"));
    }
}
