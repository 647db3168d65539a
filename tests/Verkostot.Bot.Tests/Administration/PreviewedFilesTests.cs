using Verkostot.Bot.Administration.Pages.Data;
using Verkostot.Core.Import;
using Verkostot.Testing.Time;

namespace Verkostot.Bot.Tests.Administration;

/// <summary>The data files previewed on /hallinta/tiedot, waiting on the server for their confirmation.</summary>
public sealed class PreviewedFilesTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Take_ByTheOneWhoPreviewedIt_TheFile()
    {
        var files = new PreviewedFiles(_clock);
        var key = files.Keep("iira-ainiala", File([1, 2, 3]));

        Assert.Equal([1, 2, 3], files.Take(key, "iira-ainiala")!.File.Bytes.ToArray());
    }

    [Fact]
    public void Take_BySomeoneElseOrWithAnotherKey_Nothing()
    {
        var files = new PreviewedFiles(_clock);
        var key = files.Keep("iira-ainiala", File([1, 2, 3]));

        Assert.Null(files.Take(key, "juha-herrala"));
        Assert.Null(files.Take(key[..^1] + (key[^1] == '0' ? '1' : '0'), "iira-ainiala"));
        Assert.Null(files.Take(null, "iira-ainiala"));
        Assert.NotNull(files.Take(key, "iira-ainiala"));
    }

    [Fact]
    public void Take_Twice_HandsTheFileOverOnce()
    {
        var files = new PreviewedFiles(_clock);
        var key = files.Keep("iira-ainiala", File([1, 2, 3]));

        Assert.NotNull(files.Take(key, "iira-ainiala"));
        Assert.Null(files.Take(key, "iira-ainiala"));
    }

    [Fact]
    public void Take_AfterHalfAnHour_NothingAndTheFileReleased()
    {
        var files = new PreviewedFiles(_clock);
        var file = File([1, 2, 3]);
        var key = files.Keep("iira-ainiala", file);

        _clock.Advance(PreviewedFiles.MaxAge + TimeSpan.FromSeconds(1));

        Assert.Null(files.Take(key, "iira-ainiala"));
        Assert.True(file.Disposed);
    }

    [Fact]
    public void Keep_AfterAnotherFilesHalfHour_ReleasesThatFile()
    {
        var files = new PreviewedFiles(_clock);
        var old = File([1, 2, 3]);
        files.Keep("iira-ainiala", old);
        _clock.Advance(PreviewedFiles.MaxAge + TimeSpan.FromSeconds(1));

        files.Keep("juha-herrala", File([4, 5, 6]));

        Assert.True(old.Disposed);
    }

    [Fact]
    public void Keep_BeyondTheMemoryLimit_DropsAndReleasesTheOldestFirst()
    {
        var files = new PreviewedFiles(_clock);
        var oldestFile = File(new byte[PreviewedFiles.MaxBytes / 2]);
        var oldest = files.Keep("iira-ainiala", oldestFile);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var middle = files.Keep("juha-herrala", File(new byte[PreviewedFiles.MaxBytes / 2]));
        _clock.Advance(TimeSpan.FromMinutes(1));

        var newest = files.Keep("iira-ainiala", File(new byte[PreviewedFiles.MaxBytes / 4]));

        Assert.Null(files.Take(oldest, "iira-ainiala"));
        Assert.True(oldestFile.Disposed);
        Assert.NotNull(files.Take(middle, "juha-herrala"));
        Assert.NotNull(files.Take(newest, "iira-ainiala"));
    }

    [Fact]
    public void Keep_BeyondTheMemoryLimit_LeavesAFileTakenOutAlone()
    {
        var files = new PreviewedFiles(_clock);
        var key = files.Keep("iira-ainiala", File(new byte[PreviewedFiles.MaxBytes / 2]));
        var taken = files.Take(key, "iira-ainiala")!;
        _clock.Advance(TimeSpan.FromMinutes(1));

        files.Keep("juha-herrala", File(new byte[PreviewedFiles.MaxBytes]));

        Assert.False(taken.File.Disposed);
    }

    [Fact]
    public void Take_WithWhatThePreviewLoaded_ThatToo()
    {
        var files = new PreviewedFiles(_clock);
        var loaded = DataFileLoader.Load("{}"u8);
        var key = files.Keep("iira-ainiala", File([1, 2, 3]), loaded);

        Assert.Same(loaded, files.Take(key, "iira-ainiala")!.Loaded);
    }

    [Fact]
    public void Return_AfterARefusal_TheSameFileAgainWithoutWhatWasLoaded()
    {
        var files = new PreviewedFiles(_clock);
        var key = files.Keep("iira-ainiala", File([1, 2, 3]), DataFileLoader.Load("{}"u8));
        var taken = files.Take(key, "iira-ainiala")!;

        files.Return(key, taken);

        var again = files.Take(key, "iira-ainiala")!;
        Assert.Same(taken.File, again.File);
        Assert.Null(again.Loaded);
    }

    [Fact]
    public void Return_AfterHalfAnHourFromThePreview_Nothing()
    {
        var files = new PreviewedFiles(_clock);
        var key = files.Keep("iira-ainiala", File([1, 2, 3]));
        var taken = files.Take(key, "iira-ainiala")!;
        _clock.Advance(PreviewedFiles.MaxAge + TimeSpan.FromSeconds(1));

        files.Return(key, taken);

        Assert.Null(files.Take(key, "iira-ainiala"));
        Assert.True(taken.File.Disposed);
    }

    private static PooledFile File(byte[] bytes) => new(bytes);
}
