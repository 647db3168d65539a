using System.Text;
using Verkostot.Core.DemoData;
using Verkostot.Core.Domain;
using Verkostot.Core.Import;
using Verkostot.Core.Tests.DemoData;

namespace Verkostot.Core.Tests.Import;

public sealed class WrittenDataFileTests
{
    [Fact]
    public void Write_ContentSharingListsWithThePreviousFile_IsTheSameAsWrittenWhole()
    {
        var content = DemoDataSet.Load(DemoToday.Clock);
        var previous = WrittenDataFile.Write(content);
        var moved = content.Meetings[0];
        var edited = content with
        {
            Meetings = [new Meeting { Id = moved.Id, NetworkId = moved.NetworkId, StartsAt = moved.StartsAt.AddHours(1), EndsAt = moved.EndsAt.AddHours(1) }, .. content.Meetings.Skip(1)],
            People = [.. content.People.Where(p => p.Id != "juha-herrala")],
        };

        var written = WrittenDataFile.Write(edited, previous);

        Assert.Equal(Encoding.UTF8.GetString(DataFileWriter.Write(edited)), Encoding.UTF8.GetString(written.ToArray()));
    }

    [Fact]
    public void IsOf_ContentWithAListReplaced_IsFalse()
    {
        var content = DemoDataSet.Load(DemoToday.Clock);
        var written = WrittenDataFile.Write(content);

        Assert.True(written.IsOf(content with { }));
        Assert.False(written.IsOf(content with { Roles = [.. content.Roles] }));
    }

    [Fact]
    public void Open_ReadInSmallPieces_IsTheFile()
    {
        var written = WrittenDataFile.Write(DemoDataSet.Load(DemoToday.Clock));
        using var stream = written.Open();
        var read = new List<byte>();
        var buffer = new byte[7];
        for (var count = stream.Read(buffer); count > 0; count = stream.Read(buffer)) read.AddRange(buffer.AsSpan(0, count));

        Assert.Equal(written.ToArray(), read);
        Assert.Equal(read.Count, stream.Length);
    }

    [Fact]
    public async Task Open_CopiedFromTheMiddle_IsTheRestOfTheFile()
    {
        var written = WrittenDataFile.Write(DemoDataSet.Load(DemoToday.Clock));
        await using var stream = written.Open();
        stream.Position = 1000;
        using var copy = new MemoryStream();

        await stream.CopyToAsync(copy);

        Assert.Equal(written.ToArray()[1000..], copy.ToArray());
    }
}
