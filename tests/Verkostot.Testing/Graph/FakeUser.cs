using System.Text.Json.Nodes;

namespace Verkostot.Testing.Graph;

/// <summary>A user as the fake directory holds it.</summary>
public sealed record FakeUser(string Id, string DisplayName, string? Mail = null, string? UserPrincipalName = null,
    string? JobTitle = null, string UserType = "Member")
{
    public static FakeUser Numbered(int n) =>
        new($"10000000-0000-0000-0000-{n:D12}", $"Henkilö {n}", $"henkilo{n}@kunta.fi", $"henkilo{n}@kunta.fi", "kunnanjohtaja");

    public JsonObject ToJson() => new()
    {
        ["@odata.type"] = "#microsoft.graph.user",
        ["id"] = Id,
        ["displayName"] = DisplayName,
        ["mail"] = Mail,
        ["userPrincipalName"] = UserPrincipalName,
        ["jobTitle"] = JobTitle,
        ["userType"] = UserType,
    };
}
