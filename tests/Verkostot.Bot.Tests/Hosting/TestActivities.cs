using System.Text.Json.Nodes;

namespace Verkostot.Bot.Tests.Hosting;

/// <summary>Activities as Teams sends them, for the demo tenant (the Agents Playground's ids).</summary>
public static class TestActivities
{
    public const string TenantId = "00000000-0000-0000-0000-0000000000001";
    public const string BotId = "28:verkostot-bot";
    public const string CoordinatorAad = "00000000-0000-0000-0000-0000000000020";
    public const string ChairAad = "00000000-0000-0000-0000-0000000000021";
    public const string DeputyAad = "00000000-0000-0000-0000-0000000000022";
    public const string TeamId = "team-id";
    public const string ChannelId = "channel-announcements-id";
    public const string ChannelConversationId = "channel-announcements-id;messageid=1700000000000";

    public static string PersonalConversationId(string? aadObjectId) => $"a:personal-{aadObjectId ?? "anonymous"}";

    public static JsonObject PersonalMessage(string serviceUrl, string text, string? aadObjectId, string locale) => new()
    {
        ["type"] = "message",
        ["id"] = NewId(),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = $"29:{aadObjectId}", ["aadObjectId"] = aadObjectId, ["name"] = "Test User" },
        ["conversation"] = new JsonObject { ["id"] = PersonalConversationId(aadObjectId), ["conversationType"] = "personal", ["tenantId"] = TenantId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "Verkostot" },
        ["text"] = text,
        ["locale"] = locale,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    };

    /// <summary>
    /// A press of an Action.Execute button in a personal chat: Teams merges the card's inputs into the action's data
    /// and names the message that holds the card in replyToId.
    /// </summary>
    public static JsonObject CardAction(string serviceUrl, string verb, JsonObject data, string replyToId, string? aadObjectId, string locale = "fi-FI")
    {
        var invoke = PersonalMessage(serviceUrl, "", aadObjectId, locale);
        invoke.Remove("text");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["replyToId"] = replyToId;
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data.DeepClone() },
            ["trigger"] = "manual",
        };
        return invoke;
    }

    public static JsonObject ChannelMessage(string serviceUrl, string question) => new()
    {
        ["type"] = "message",
        ["id"] = NewId(),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = $"29:{CoordinatorAad}", ["aadObjectId"] = CoordinatorAad },
        ["conversation"] = new JsonObject { ["id"] = ChannelConversationId, ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = TenantId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "Verkostot" },
        ["text"] = $"<at>Verkostot</at> {question}",
        ["locale"] = "fi-FI",
        ["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>Verkostot</at>",
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "Verkostot" },
        }),
        ["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = TenantId },
            ["team"] = new JsonObject { ["id"] = TeamId },
            ["channel"] = new JsonObject { ["id"] = ChannelId },
        },
    };

    public static JsonObject BotAddedToTeam(string serviceUrl) => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = NewId(),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = $"29:{CoordinatorAad}", ["aadObjectId"] = CoordinatorAad },
        ["conversation"] = new JsonObject { ["id"] = ChannelId, ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = TenantId },
        ["recipient"] = new JsonObject { ["id"] = BotId },
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId }),
        ["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = TenantId },
            ["team"] = new JsonObject { ["id"] = TeamId },
            ["channel"] = new JsonObject { ["id"] = ChannelId },
            ["eventType"] = "teamMemberAdded",
        },
    };

    private static string NewId() => Guid.NewGuid().ToString("N");
}
