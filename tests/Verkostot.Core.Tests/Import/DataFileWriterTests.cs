using System.Text;
using Verkostot.Core.Catalog;
using Verkostot.Core.DemoData;
using Verkostot.Core.Domain;
using Verkostot.Core.Import;
using Verkostot.Core.Tests.DemoData;

namespace Verkostot.Core.Tests.Import;

public sealed class DataFileWriterTests
{
    [Fact]
    public void Write_DemoContent_LoadsBackAndWritesTheSameBytes()
    {
        var written = DataFileWriter.Write(DemoDataSet.Load(DemoToday.Clock));
        var loaded = DataFileLoader.Load(written);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        Assert.Equal(Encoding.UTF8.GetString(written), Encoding.UTF8.GetString(DataFileWriter.Write(loaded.Content!)));
    }

    [Fact]
    public void Write_MeetingsOneByOne_WithTheirIds()
    {
        var content = DemoDataSet.Load(DemoToday.Clock);
        var loaded = DataFileLoader.Load(DataFileWriter.Write(content)).Content!;
        Assert.Equal(content.Meetings.Select(m => (m.Id, m.StartsAt)).Order(), loaded.Meetings.Select(m => (m.Id, m.StartsAt)).Order());
    }

    [Fact]
    public void Write_MeetingInTheRepeatedAutumnHour_KeepsWhichHourWithAnOffset()
    {
        var winter = new DateTimeOffset(2026, 10, 25, 1, 30, 0, TimeSpan.Zero);
        var content = CatalogContent.Empty with
        {
            Networks = [new Network { Id = "n", Name = new LocalizedText("N") }],
            Meetings = [new Meeting { Id = 5, NetworkId = "n", StartsAt = winter, EndsAt = winter.AddHours(1) }],
        };
        var written = DataFileWriter.Write(content);
        Assert.Contains("\"start\": \"2026-10-25T03:30+02:00\"", Encoding.UTF8.GetString(written));
        Assert.Equal(winter, DataFileLoader.Load(written).Content!.Meetings.Single().StartsAt);
    }

    [Fact]
    public void Write_SourcesTermSourceAndLanguage_LoadBack()
    {
        var content = DemoDataSet.Load(DemoToday.Clock);
        var network = content.Networks.Single(n => n.Id == "pienet-kunnat");
        network.Sources = [new FactSource("kuntaliitto", new LocalizedText("Kuntaliitto", "Kommunförbundet"), "https://www.kuntaliitto.fi", new DateOnly(2024, 5, 13))];
        content.Bodies.Single(b => b.Id == "pienet-kunnat-puheenjohtajisto").Terms[0].SourceId = "kuntaliitto";
        content.People.Single(p => p.Id == "juha-herrala").Language = Language.Swedish;

        var loaded = DataFileLoader.Load(DataFileWriter.Write(content)).Content!;

        Assert.Equal(network.Sources, loaded.Networks.Single(n => n.Id == "pienet-kunnat").Sources);
        Assert.Equal("kuntaliitto", loaded.Bodies.Single(b => b.Id == "pienet-kunnat-puheenjohtajisto").Terms[0].SourceId);
        Assert.Equal(Language.Swedish, loaded.People.Single(p => p.Id == "juha-herrala").Language);
    }

    [Fact]
    public void Write_SourcesResponsibilitiesAndDetails_LoadBackUnchanged()
    {
        var content = DemoDataSet.Load(DemoToday.Clock);
        var loaded = DataFileLoader.Load(DataFileWriter.Write(content)).Content!;
        Assert.Equal(
            content.People.OrderBy(p => p.Id).Select(p => (p.Id, p.Attribution, string.Join("|", p.Responsibilities.Select(r => r.Fi)))),
            loaded.People.OrderBy(p => p.Id).Select(p => (p.Id, p.Attribution, string.Join("|", p.Responsibilities.Select(r => r.Fi)))));
        Assert.Equal(content.Networks.OrderBy(n => n.Id).Select(n => (n.Id, n.Attribution, n.Details.Count)), loaded.Networks.OrderBy(n => n.Id).Select(n => (n.Id, n.Attribution, n.Details.Count)));
        Assert.Equal(
            content.Roles.OrderBy(r => r.PersonId).ThenBy(r => r.Role).Select(r => (r.PersonId, r.Attribution)),
            loaded.Roles.OrderBy(r => r.PersonId).ThenBy(r => r.Role).Select(r => (r.PersonId, r.Attribution)));
        Assert.Equal(
            content.Bodies.SelectMany(b => b.Terms).OrderBy(t => t.BodyId).ThenBy(t => t.Start).Select(t => t.SourceId),
            loaded.Bodies.SelectMany(b => b.Terms).OrderBy(t => t.BodyId).ThenBy(t => t.Start).Select(t => t.SourceId));
        Assert.Equal(content.PriorityDocuments.OrderBy(d => d.Id).Select(d => d.Attribution), loaded.PriorityDocuments.OrderBy(d => d.Id).Select(d => d.Attribution));
    }

    [Fact]
    public void Write_FinnishLetters_StayReadable()
    {
        var text = Encoding.UTF8.GetString(DataFileWriter.Write(DemoDataSet.Load(DemoToday.Clock)));
        Assert.Contains("Etelä-Pohjanmaa", text);
    }
}
