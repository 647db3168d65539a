using System.Text;
using System.Text.Json;
using Verkostot.Core.DemoData;
using Verkostot.Core.Import;

namespace Verkostot.Core.Tests.Import;

/// <summary>The data file's own reader gives exactly what the converter makes of the serializer's entries, or leaves the file to it.</summary>
public sealed class DataFileReaderTests
{
    // Every property of every kind, with escapes, comments, trailing commas, nulls and null items.
    private const string EveryProperty = """
        {
          // A comment
          "formatVersion": 1, "source": "testi",
          "regions": [ { "name": { "fi": "Uusimaa", "sv": "Nyland", "en": "Uusimaa" }, "source": "s" }, null ],
          "municipalities": [ { "id": "espoo", "nameFi": "Espoo", "nameSv": "Esbo", "maakunta": "Uusimaa", "language": "BilingualSwedishMajority", "source": null } ],
          "people": [
            { "id": "anna", "name": "Anna \"Ansku\" Virtanen \u00e4", "title": { "fi": "johtaja", "sv": "direktör", "en": "director" }, "municipalityId": "espoo",
              "organisation": "Espoon kaupunki", "email": "anna@example.org", "phones": ["+358 40 1", null],
              "entraObjectId": "00000000-0000-0000-0000-000000000001", "userPrincipalName": "anna@example.org", "language": "Swedish",
              "responsibilities": [ { "fi": "talous" } ], "isGuest": true, "isDemo": false,
              "sourceName": { "fi": "Kuntaliitto" }, "asOf": "2019-11", "source": "x", },
            { "id": "vain-suomeksi", "name": "Ville", "title": { "fi": "sihteeri" } },
            { "id": "null-kaikki", "name": null, "title": null, "phones": null, "language": null, "isGuest": null }
          ],
          "networks": [
            { "id": "n", "name": { "fi": "Verkosto" }, "kind": "Sector", "description": { "fi": "d" }, "membershipCriteria": { "fi": "m" },
              "membersRole": { "fi": "r" }, "municipalityCount": 3, "residents": -5, "residentsApproximate": true, "founded": "2019",
              "meetingCadence": { "fi": "c" }, "themes": [ { "fi": "t" }, null ], "channels": [], "details": [ { "fi": "d", "sv": "d" } ],
              "sources": [ { "id": "s1", "name": { "fi": "Lähde" }, "url": "https://example.org", "updated": "2024-02-29" } ],
              "teamId": "team", "channelId": "channel", "groupId": "group", "isDemo": true,
              "bodies": [ { "id": "b", "kind": "Presidium", "name": { "fi": "Puheenjohtajisto" }, "description": { "fi": "d" },
                "membersRole": { "fi": "m" }, "termLengthYears": 2, "meetingsPerYear": 4, "meetingCadence": { "fi": "c" }, "sinceYear": 2010,
                "appointedBy": { "fi": "hallitus" }, "memberCount": 5, "deputyCount": 5, "sourceName": { "fi": "s" }, "asOf": "2024", "source": "s",
                "terms": [ { "start": "2026-01-01", "end": "2027-12-31", "isDemo": true, "sourceId": "s1", "sourceName": { "fi": "s" }, "asOf": "2024-01-02", "source": "s",
                  "seats": [ { "regionId": "uusimaa", "regionName": { "fi": "Uusimaa" }, "maakunnat": ["Uusimaa"], "memberId": "anna", "deputyId": null, "source": "s" } ] } ] } ],
              "roles": [ { "personId": "anna", "role": "FirstViceChair", "bodyId": "b", "from": "2026-01-01", "until": "2026-12-31", "isDemo": true,
                "sourceName": { "fi": "s" }, "asOf": "2024", "source": "s" } ],
              "members": [ { "personId": "anna", "joinedOn": "2020-01-01", "leftOn": null, "inGroup": true, "source": "s" } ],
              "sourceName": { "fi": "s" }, "asOf": "2024", "source": "s" }
          ],
          "priorityDocuments": [ { "id": "p", "title": { "fi": "Painopisteet" }, "networkId": "n", "approvedOn": "2025-05-05", "approvedBy": { "fi": "kokous" },
            "description": { "fi": "d" }, "items": [ { "category": "talous", "heading": { "fi": "h" }, "points": ["a", "b"] } ],
            "sourceName": { "fi": "s" }, "asOf": "2025", "source": "s" } ],
          "meetings": [
            { "id": 7, "networkId": "n", "bodyId": "b", "kind": "PresidiumMeeting", "title": { "fi": "Kokous" }, "start": "2026-12-08T09:00",
              "duration": "PT2H", "place": "Sali", "teamsLink": "https://teams.example.org", "agenda": ["a"], "materials": ["m"],
              "invited": { "fi": "kaikki" }, "jointWithNetworkId": "n", "isCancelled": false, "isDemo": true, "source": "s" },
            { "networkId": "n", "start": "2027-01-12T09:00", "duration": "PT1H", "recurrence": "FREQ=MONTHLY;BYDAY=2TU;COUNT=3" },
          ],
        }
        """;

    [Theory]
    [InlineData("demo")]
    [InlineData("every property")]
    public void TryRead_PlainFile_GivesWhatTheConverterMakesOfTheSerializersEntries(string which)
    {
        var json = which == "demo" ? DemoDataSet.ReadJson() : Encoding.UTF8.GetBytes(EveryProperty);
        var converter = new DataFileConverter();

        var read = DataFileReader.TryRead(json, converter);

        var serialized = new DataFileConverter();
        var expected = serialized.Convert(JsonSerializer.Deserialize(json, DataFileJsonContext.Default.DataFile)!);
        Assert.NotNull(read);
        Assert.Equal(Encoding.UTF8.GetString(DataFileWriter.Write(expected)), Encoding.UTF8.GetString(DataFileWriter.Write(read)));
        Assert.Equal(serialized.Errors, converter.Errors);
        Assert.Equal(serialized.MeetingIdsFromFile, converter.MeetingIdsFromFile);
    }

    [Fact]
    public void Clear_APersonEntryWithEveryProperty_LeavesNone()
    {
        // The reader reads every person into one entry: a property Clear forgot would pass to the next person.
        var entry = new PersonEntry();
        var properties = typeof(PersonEntry).GetProperties();
        foreach (var property in properties)
        {
            var type = property.PropertyType;
            property.SetValue(entry, type == typeof(string) ? "x" : Activator.CreateInstance(Nullable.GetUnderlyingType(type) ?? type));
        }

        entry.Clear();

        Assert.All(properties, p => Assert.Null(p.GetValue(entry)));
    }

    [Theory]
    [InlineData("\"kind\": \"Presidium\"", "\"kind\": \"presidium\"")]
    [InlineData("\"kind\": \"Presidium\"", "\"kind\": 0")]
    [InlineData("\"sinceYear\": 2010", "\"sinceYear\": \"2010\"")]
    [InlineData("\"start\": \"2026-01-01\"", "\"start\": \"2026-01-01T00:00\"")]
    [InlineData("\"residents\": -5", "\"residents\": 1.5")]
    [InlineData("\"isGuest\": true", "\"isGuest\": \"true\"")]
    [InlineData("\"source\": \"testi\"", "\"source\": \"testi\", \"tuntematon\": 1")]
    [InlineData("\"themes\": [", "\"themes\": 5, \"x\": [")]
    public void TryRead_AnythingButThePlainForm_LeavesTheFileToTheSerializer(string plain, string other)
    {
        Assert.Contains(plain, EveryProperty);

        Assert.Null(DataFileReader.TryRead(Encoding.UTF8.GetBytes(EveryProperty.Replace(plain, other)), new DataFileConverter()));
    }

    [Fact]
    public void TryRead_SomethingAfterTheObject_LeavesTheFileToTheSerializer()
    {
        Assert.Null(DataFileReader.TryRead("{ \"people\": [] } []"u8, new DataFileConverter()));
        Assert.NotNull(DataFileReader.TryRead("{ \"people\": [] } // loppu\n"u8, new DataFileConverter()));
    }

    [Theory]
    [InlineData("{ \"people\": [], \"municipalities\": [] }")]
    [InlineData("{ \"meetings\": [], \"networks\": [] }")]
    [InlineData("{ \"people\": [], \"people\": [] }")]
    public void TryRead_SectionsOutOfTheConvertersOrderOrTwice_LeaveTheFileToTheSerializer(string json)
    {
        Assert.Null(DataFileReader.TryRead(Encoding.UTF8.GetBytes(json), new DataFileConverter()));
    }

    [Fact]
    public void TryRead_SectionsLeftOut_ReadsTheRestInOrder()
    {
        Assert.NotNull(DataFileReader.TryRead("{ \"people\": [], \"meetings\": [], \"formatVersion\": 1 }"u8, new DataFileConverter()));
    }
}
