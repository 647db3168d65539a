using System.Text;
using System.Text.Json.Nodes;

namespace Verkostot.Bench.Inbound;

/// <summary>Personal-chat messages as Teams posts them; each person is a conversation of their own.</summary>
internal static class Activities
{
    public static JsonObject Message(int person, string serviceUrl, string text)
    {
        var aad = $"00000000-0000-0000-0000-{person:D12}";
        return new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["serviceUrl"] = serviceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = $"29:{aad}", ["aadObjectId"] = aad },
            ["conversation"] = new JsonObject { ["id"] = $"a:bench-{person}", ["conversationType"] = "personal", ["tenantId"] = "bench-tenant" },
            ["recipient"] = new JsonObject { ["id"] = "28:verkostot-bot", ["name"] = "Verkostot" },
            ["text"] = text,
            ["locale"] = "fi-FI",
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "bench-tenant" } },
        };
    }

    public static string IdOf(JsonObject activity) => activity["id"]!.GetValue<string>();

    public static StringContent Body(JsonObject activity) => new(activity.ToJsonString(), Encoding.UTF8, "application/json");
}
