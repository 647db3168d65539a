using System.Text.Json.Nodes;

namespace Verkostot.Bench.Load;

/// <summary>A personal-chat message as Teams delivers it, from the demo data's coordinator (so her network is known).</summary>
public static class BenchActivity
{
    public const string TenantId = "00000000-0000-0000-0000-0000000000001";
    public const string CoordinatorAadObjectId = "00000000-0000-0000-0000-0000000000020";

    public static string Message(string id, string serviceUrl, string botId, int user, string text) => new JsonObject
    {
        ["type"] = "message",
        ["id"] = id,
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = $"29:bench-user-{user}", ["aadObjectId"] = CoordinatorAadObjectId, ["name"] = "Bench User" },
        ["conversation"] = new JsonObject { ["id"] = $"a:bench-conversation-{user}", ["conversationType"] = "personal", ["tenantId"] = TenantId },
        ["recipient"] = new JsonObject { ["id"] = "28:" + botId, ["name"] = "Verkostot" },
        ["text"] = text,
        ["locale"] = "fi-FI",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    }.ToJsonString();
}
