using System.Text;
using Verkostot.Core.Import;

namespace Verkostot.Core.Tests.Import;

/// <summary>How the comparison pairs elements that share a key (a role of the same person, role and start twice).</summary>
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
