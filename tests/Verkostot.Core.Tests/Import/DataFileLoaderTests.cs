using System.Text;
using Verkostot.Core.Catalog;
using Verkostot.Core.DemoData;
using Verkostot.Core.Domain;
using Verkostot.Core.Import;
using Verkostot.Core.Time;

namespace Verkostot.Core.Tests.Import;

public sealed class DataFileLoaderTests
{
    private const string Valid = """
        {
          "people": [ { "id": "juha-herrala", "name": "Juha Herrala" } ],
          "networks": [
            {
              "id": "pienet-kunnat",
              "name": { "fi": "Pienten kuntien verkosto" },
              "bodies": [
                {
                  "id": "puheenjohtajisto", "kind": "Presidium", "name": { "fi": "Puheenjohtajisto" },
                  "terms": [ { "start": "2026-01-01", "end": "2026-12-31", "seats": [
                    { "regionId": "lansi-suomi", "regionName": { "fi": "Länsi-Suomi" }, "memberId": "juha-herrala" }
                  ] } ]
                }
              ]
            }
          ],
          "meetings": [
            { "networkId": "pienet-kunnat", "start": "2026-12-08T09:00", "duration": "PT2H" }
          ]
        }
        """;

    [Fact]
    public void Load_DemoFile_Succeeds()
    {
        var result = DataFileLoader.Load(DemoDataSet.ReadJson());
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
    }

    [Fact]
    public void Load_ValidFile_ConvertsHelsinkiTimeToUtc()
    {
        var meeting = Load(Valid).Content!.Meetings.Single();
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 7, 0, 0, TimeSpan.Zero), meeting.StartsAt);
        Assert.Equal(TimeSpan.FromHours(2), meeting.EndsAt - meeting.StartsAt);
    }

    [Fact]
    public void Load_SourceNameAndAsOf_AreKeptWithTheirPrecision()
    {
        var text = Valid.Replace(
            "\"terms\": [ { \"start\"",
            "\"sourceName\": { \"fi\": \"Kuntaliitto\", \"sv\": \"Kommunförbundet\" }, \"asOf\": \"2019-11\",\n \"terms\": [ { \"start\"");
        var body = Load(text).Content!.Bodies.Single();
        Assert.Equal(("Kuntaliitto", "Kommunförbundet"), (body.Attribution.Name!.Fi, body.Attribution.Name.Sv));
        Assert.Equal((new DateOnly(2019, 11, 1), DatePrecision.Month), (body.Attribution.AsOf, body.Attribution.AsOfPrecision));
    }

    [Fact]
    public void Load_BadAsOf_ReportsItsLine()
    {
        var text = Valid.Replace("\"name\": \"Juha Herrala\"", "\"name\": \"Juha Herrala\", \"asOf\": \"viime vuonna\"");
        var error = Assert.Single(Load(text).Errors);
        Assert.Equal("$.people[0].asOf", error.Path);
        Assert.Contains("viime vuonna", error.Message);
    }

    [Fact]
    public void Load_SyntaxError_ReportsItsLine()
    {
        var result = Load("{\n  \"people\": [\n    { \"id\": \"a\" \"name\": \"A\" }\n  ]\n}");
        Assert.Null(result.Content);
        Assert.Equal(3, Assert.Single(result.Errors).Line);
    }

    [Fact]
    public void Load_UnknownPersonInSeat_ReportsTheSeatLine()
    {
        var result = Load(Valid.Replace("\"memberId\": \"juha-herrala\"", "\"memberId\": \"juha-herala\""));
        var error = Assert.Single(result.Errors);
        Assert.Equal(LineOf(Valid, "\"regionId\": \"lansi-suomi\""), error.Line);
        Assert.Contains("juha-herala", error.Message);
        Assert.Null(result.Content);
    }

    [Fact]
    public void Load_UnknownProperty_ReportsItsLine()
    {
        var text = Valid.Replace("\"duration\": \"PT2H\"", "\"duration\": \"PT2H\",\n \"duraton\": 3");
        var error = Assert.Single(Load(text).Errors);
        Assert.Equal(LineOf(text, "duraton"), error.Line);
    }

    [Fact]
    public void Load_BadEnumValue_ReportsItsLine()
    {
        var text = Valid.Replace("\"Presidium\"", "\"Presidum\"");
        var error = Assert.Single(Load(text).Errors);
        Assert.Equal(LineOf(text, "Presidum"), error.Line);
        Assert.Contains("Presidium, AdvisoryBoard", error.Message);
    }

    [Fact]
    public void Load_TimeInSpringForwardGap_IsAnError()
    {
        var text = Valid.Replace("2026-12-08T09:00", "2027-03-28T03:30");
        var error = Assert.Single(Load(text).Errors);
        Assert.Equal(LineOf(text, "2027-03-28T03:30"), error.Line);
    }

    [Fact]
    public void Load_MissingFinnishName_IsAnError()
    {
        var text = Valid.Replace("\"name\": { \"fi\": \"Puheenjohtajisto\" }", "\"name\": { \"sv\": \"Presidiet\" }");
        var error = Assert.Single(Load(text).Errors);
        Assert.EndsWith("bodies[0].name.fi", error.Path);
        Assert.Equal(LineOf(text, "Presidiet"), error.Line);
    }

    [Fact]
    public void Load_DuplicatePersonId_IsAnError()
    {
        var text = Valid.Replace("\"name\": \"Juha Herrala\" }", "\"name\": \"Juha Herrala\" }, { \"id\": \"juha-herrala\", \"name\": \"Toinen\" }");
        Assert.Contains(Load(text).Errors, e => e.Message.Contains("used twice"));
    }

    [Fact]
    public void Load_RecurringMeeting_ExpandsToEachOccurrence()
    {
        var text = Valid.Replace("\"duration\": \"PT2H\"", "\"duration\": \"PT2H\", \"recurrence\": \"FREQ=MONTHLY;BYDAY=2TU;COUNT=5\"");
        var starts = Load(text).Content!.Meetings.Select(m => HelsinkiTime.ToLocal(m.StartsAt)).ToList();
        Assert.Equal(
            [new(2026, 12, 8, 9, 0, 0), new(2027, 1, 12, 9, 0, 0), new(2027, 2, 9, 9, 0, 0), new(2027, 3, 9, 9, 0, 0), new(2027, 4, 13, 9, 0, 0)],
            starts);
    }

    [Fact]
    public void Load_UnboundedRecurrence_IsAnError()
    {
        var text = Valid.Replace("\"duration\": \"PT2H\"", "\"duration\": \"PT2H\", \"recurrence\": \"FREQ=WEEKLY\"");
        Assert.Contains("COUNT or UNTIL", Assert.Single(Load(text).Errors).Message);
    }

    [Fact]
    public void Load_RoleInOtherNetworksBody_IsAnError()
    {
        var text = Valid.Replace("\"bodies\": [", "\"roles\": [ { \"personId\": \"juha-herrala\", \"role\": \"Chair\", \"bodyId\": \"muu\" } ],\n \"bodies\": [");
        Assert.Contains("not a body of network", Assert.Single(Load(text).Errors).Message);
    }

    [Fact]
    public void Load_MeetingIds_AreKeptAndTheOthersNumberedAfterThem()
    {
        var text = Valid.Replace("{ \"networkId\": \"pienet-kunnat\", \"start\"",
            "{ \"id\": 40, \"networkId\": \"pienet-kunnat\", \"start\": \"2026-12-15T09:00\", \"duration\": \"PT1H\" },\n { \"networkId\": \"pienet-kunnat\", \"start\"");
        var result = Load(text);
        Assert.Equal([40, 41], result.Content!.Meetings.Select(m => m.Id));
        Assert.Equal([40], result.MeetingIdsFromFile);
    }

    [Fact]
    public void Load_MeetingIdTwice_IsAnErrorOnItsLine()
    {
        var text = Valid.Replace("{ \"networkId\": \"pienet-kunnat\", \"start\"",
            "{ \"id\": 7, \"networkId\": \"pienet-kunnat\", \"start\": \"2026-12-15T09:00\", \"duration\": \"PT1H\" },\n { \"id\": 7, \"networkId\": \"pienet-kunnat\", \"start\"");
        var error = Assert.Single(Load(text).Errors);
        Assert.Equal(LineOf(text, "{ \"id\": 7, \"networkId\": \"pienet-kunnat\", \"start\": \"2026-12-08"), error.Line);
        Assert.Contains("used twice", error.Message);
    }

    [Fact]
    public void Load_MeetingWithIdAndRecurrence_IsAnError()
    {
        var text = Valid.Replace("\"duration\": \"PT2H\"", "\"id\": 3, \"duration\": \"PT2H\", \"recurrence\": \"FREQ=WEEKLY;COUNT=2\"");
        Assert.EndsWith(".recurrence", Assert.Single(Load(text).Errors).Path);
    }

    [Fact]
    public void Load_OffsetInTheRepeatedAutumnHour_PicksThatHour()
    {
        var summer = Load(Valid.Replace("2026-12-08T09:00", "2026-10-25T03:30+03:00")).Content!.Meetings.Single();
        var winter = Load(Valid.Replace("2026-12-08T09:00", "2026-10-25T03:30+02:00")).Content!.Meetings.Single();
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), summer.StartsAt);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 1, 30, 0, TimeSpan.Zero), winter.StartsAt);
    }

    [Fact]
    public void Load_OffsetHelsinkiDoesNotUse_IsAnError()
    {
        var text = Valid.Replace("2026-12-08T09:00", "2026-12-08T09:00+03:00");
        Assert.Contains("ahead of UTC", Assert.Single(Load(text).Errors).Message);
    }

    [Fact]
    public void Load_TwoTermsOfABodyStartingTheSameDay_IsAnError()
    {
        var text = Valid.Replace("\"terms\": [ {", "\"terms\": [ { \"start\": \"2026-01-01\", \"end\": \"2026-06-30\" }, {");
        var error = Assert.Single(Load(text).Errors);
        Assert.EndsWith("terms[1].start", error.Path);
    }

    [Fact]
    public void Load_MemberInGroup_IsRead()
    {
        var text = Valid.Replace("\"bodies\": [", "\"members\": [ { \"personId\": \"juha-herrala\", \"inGroup\": true } ],\n \"bodies\": [");
        Assert.True(Load(text).Content!.Memberships.Single().InGroup);
    }

    [Fact]
    public void Load_SourcesCitedByATermAndAPersonsLanguage_AreRead()
    {
        var text = Valid
            .Replace("\"name\": { \"fi\": \"Pienten kuntien verkosto\" },", "\"name\": { \"fi\": \"Pienten kuntien verkosto\" },\n \"sources\": [ { \"id\": \"kuntaliitto\", \"name\": { \"fi\": \"Kuntaliitto\" }, \"url\": \"https://www.kuntaliitto.fi\", \"updated\": \"2024-05-13\" } ],")
            .Replace("\"start\": \"2026-01-01\",", "\"start\": \"2026-01-01\", \"sourceId\": \"kuntaliitto\",")
            .Replace("\"name\": \"Juha Herrala\"", "\"name\": \"Juha Herrala\", \"language\": \"Swedish\"");
        var content = Load(text).Content!;
        Assert.Equal(new FactSource("kuntaliitto", new LocalizedText("Kuntaliitto"), "https://www.kuntaliitto.fi", new DateOnly(2024, 5, 13)), content.Networks.Single().Sources.Single());
        Assert.Equal("kuntaliitto", content.Bodies.Single().Terms.Single().SourceId);
        Assert.Equal(Language.Swedish, content.People.Single().Language);
    }

    [Fact]
    public void Load_TermCitingAnUnknownSource_IsAnErrorOnItsLine()
    {
        var text = Valid.Replace("\"start\": \"2026-01-01\",", "\"start\": \"2026-01-01\", \"sourceId\": \"kuntaliito\",");
        var error = Assert.Single(Load(text).Errors);
        Assert.EndsWith("terms[0].sourceId", error.Path);
        Assert.Contains("kuntaliito", error.Message);
    }

    [Fact]
    public void Load_PeopleBeforeTheirMunicipalities_FindsTheMunicipalities()
    {
        var text = Valid.Replace("\"name\": \"Juha Herrala\"", "\"name\": \"Juha Herrala\", \"municipalityId\": \"espoo\"")
            .Replace("\"networks\": [", "\"municipalities\": [ { \"id\": \"espoo\", \"nameFi\": \"Espoo\" } ],\n \"networks\": [");
        var result = Load(text);
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        Assert.Equal("espoo", result.Content!.People.Single().MunicipalityId);
    }

    [Fact]
    public void Load_UnknownFormatVersionAfterOtherErrorsOnTheLine_IsReportedFirst()
    {
        var errors = Load("{ \"people\": [ { \"id\": \"Juha\" } ], \"formatVersion\": 2 }").Errors;
        Assert.Equal("$.formatVersion", errors[0].Path);
        Assert.Equal(3, errors.Count);
    }

    [Fact]
    public void Load_WithTheCatalogOfTheSameFile_HoldsTheCatalogsPersonMembershipAndMeeting()
    {
        // Written as an export writes it: the meeting with its id.
        var json = DataFileWriter.Write(Load(Valid.Replace("\"bodies\": [", "\"members\": [ { \"personId\": \"juha-herrala\" } ],\n \"bodies\": [")).Content!);
        var catalog = NetworkCatalog.Create(DataFileLoader.Load(json).Content!);

        var result = DataFileLoader.Load(json, catalog);

        Assert.Same(catalog.Content, result.SharesEntitiesOf);
        Assert.Same(catalog.People.Single(), result.Content!.People.Single());
        Assert.Same(catalog.Memberships.Single(), result.Content.Memberships.Single());
        Assert.Same(catalog.Content.Meetings.Single(), result.Content.Meetings.Single());
    }

    [Fact]
    public void Load_WithACatalogThatHasAPersonOtherwise_HoldsTheFilesPerson()
    {
        var catalog = NetworkCatalog.Create(Load(Valid).Content!);

        var person = DataFileLoader.Load(Encoding.UTF8.GetBytes(Valid.Replace("Juha Herrala", "Juha Uusinimi")), catalog).Content!.People.Single();

        Assert.NotSame(catalog.People.Single(), person);
        Assert.Equal("Juha Uusinimi", person.Name);
    }

    private static DataLoadResult Load(string json) => DataFileLoader.Load(Encoding.UTF8.GetBytes(json));

    private static int LineOf(string text, string fragment) =>
        text[..text.IndexOf(fragment, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
