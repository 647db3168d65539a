using System.Text;
using Verkostot.Core.Import;

namespace Verkostot.Core.Tests.Import;

/// <summary>
/// How the comparison pairs elements: those that share a key (a role of the same person, role and start twice), meetings by
/// their ids in whatever order, seats by region within their term.
/// </summary>
public sealed class CatalogDiffTests
{
    private const string Role = "{ \"personId\": \"anna\", \"role\": \"Coordinator\" }";
    private const string RoleUntil = "{ \"personId\": \"anna\", \"role\": \"Coordinator\", \"until\": \"2027-12-31\" }";

    [Fact]
    public void Plan_SecondElementWithAKeyTheCatalogHasOnce_IsAddedAsKeyHash2()
    {
        var plan = Diff(stored: [Role], incoming: [Role, Role]).Plan();

        var change = Assert.Single(plan.Changes);
        Assert.Equal((DataKind.Role, PlannedAction.Add, "n/-/anna/Coordinator/#2"), (change.Kind, change.Action, change.Key));
    }

    [Fact]
    public void Plan_SecondOfTwoElementsWithOneKeyChanged_IsChangedAsKeyHash2()
    {
        var plan = Diff(stored: [Role, Role], incoming: [Role, RoleUntil]).Plan();

        var change = Assert.Single(plan.Changes);
        Assert.Equal((DataKind.Role, PlannedAction.Change, "n/-/anna/Coordinator/#2", "until"), (change.Kind, change.Action, change.Key, string.Join(",", change.Fields)));
    }

    [Fact]
    public void Plan_MeetingsInTheCatalogsOrderWithOneChanged_ChangesThatOneByItsId()
    {
        var plan = CatalogDiff.Compute(LoadMeetings(Meeting(1, "Kuntatalo"), Meeting(2, "Kuntatalo")).Content!,
            LoadMeetings(Meeting(1, "Kuntatalo"), Meeting(2, "Kaupungintalo")), new HashSet<int>()).Plan();

        var change = Assert.Single(plan.Changes);
        Assert.Equal((DataKind.Meeting, PlannedAction.Change, "2", "place"), (change.Kind, change.Action, change.Key, string.Join(",", change.Fields)));
    }

    [Fact]
    public void Plan_MeetingsInAnotherOrderWithOneChanged_ChangesThatOneByItsId()
    {
        var plan = CatalogDiff.Compute(LoadMeetings(Meeting(1, "Kuntatalo"), Meeting(2, "Kuntatalo")).Content!,
            LoadMeetings(Meeting(2, "Kaupungintalo"), Meeting(1, "Kuntatalo")), new HashSet<int>()).Plan();

        var change = Assert.Single(plan.Changes);
        Assert.Equal((DataKind.Meeting, PlannedAction.Change, "2", "place"), (change.Kind, change.Action, change.Key, string.Join(",", change.Fields)));
    }

    [Fact]
    public void Plan_SeatChangedInAnUnchangedTerm_ChangedUnderTheTermsKeyAndItsRegion()
    {
        var plan = CatalogDiff.Compute(LoadSeats("anna").Content!, LoadSeats("ben"), new HashSet<int>()).Plan();

        var change = Assert.Single(plan.Changes);
        Assert.Equal((DataKind.Seat, PlannedAction.Change, "n-pj/2025-01-01/uusimaa", "memberId"), (change.Kind, change.Action, change.Key, string.Join(",", change.Fields)));
        Assert.Equal("n", change.NetworkId);
    }

    private static string Meeting(int id, string place) =>
        $$"""{ "id": {{id}}, "networkId": "n", "start": "2026-12-0{{id}}T09:00", "duration": "PT2H", "place": "{{place}}" }""";

    private static DataLoadResult LoadMeetings(params string[] meetings) => LoadFile($$"""
        {
          "networks": [ { "id": "n", "name": { "fi": "Verkosto" } } ],
          "meetings": [ {{string.Join(", ", meetings)}} ]
        }
        """);

    private static DataLoadResult LoadSeats(string memberId) => LoadFile($$"""
        {
          "people": [ { "id": "anna", "name": "Anna Virtanen" }, { "id": "ben", "name": "Ben Lindqvist" } ],
          "networks": [ { "id": "n", "name": { "fi": "Verkosto" }, "bodies": [ { "id": "n-pj", "kind": "Presidium", "name": { "fi": "Puheenjohtajisto" },
            "terms": [ { "start": "2025-01-01", "end": "2026-12-31", "seats": [
              { "regionId": "pirkanmaa", "regionName": { "fi": "Pirkanmaa" }, "memberId": "anna" },
              { "regionId": "uusimaa", "regionName": { "fi": "Uusimaa" }, "memberId": "{{memberId}}" } ] } ] } ] } ]
        }
        """);

    private static DataLoadResult LoadFile(string json)
    {
        var result = DataFileLoader.Load(Encoding.UTF8.GetBytes(json));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result;
    }

    private static CatalogDiff Diff(string[] stored, string[] incoming) =>
        CatalogDiff.Compute(Load(stored).Content!, Load(incoming), new HashSet<int>());

    private static DataLoadResult Load(string[] roles)
    {
        var result = DataFileLoader.Load(Encoding.UTF8.GetBytes($$"""
            {
              "people": [ { "id": "anna", "name": "Anna Virtanen" } ],
              "networks": [ { "id": "n", "name": { "fi": "Verkosto" }, "roles": [ {{string.Join(", ", roles)}} ] } ]
            }
            """));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result;
    }
}
