using System.Text;
using System.Text.Json.Nodes;

namespace Verkostot.Bench.Fuzz;

/// <summary>
/// Malformed and hostile activities of the kinds a fuzzer found trouble with: null list entries, lone UTF-16
/// surrogates, huge ids, control characters meant for the log, non-JSON content types, broken JSON, wrong types,
/// many new conversations, and conversations whose serviceUrl refuses connections. Deterministic for a seed.
/// </summary>
public sealed class FuzzCases
{
    /// <summary>Text that must never start a line of the bot's log (it follows a newline in user input).</summary>
    public const string ForgedLogLine = "FORGED-LOG-LINE";

    private const string TenantId = "00000000-0000-0000-0000-0000000000001";
    private const string BotId = "28:verkostot-bot";
    private const string CoordinatorAad = "00000000-0000-0000-0000-0000000000020";
    private static readonly string Injection = $"x\r\n{ForgedLogLine} warn: Verkostot[0] fake\u001b[31m\u0007\u2028";

    private readonly string _live;
    private readonly string _dead;
    private readonly Random _random;
    private readonly (string Kind, Func<int, FuzzRequest> Make)[] _cases;

    public FuzzCases(string liveServiceUrl, string deadServiceUrl, int seed = 1)
    {
        _live = liveServiceUrl;
        _dead = deadServiceUrl;
        _random = new Random(seed);
        _cases =
        [
            ("null in membersAdded", i => Json("null in membersAdded", MembersAddedWithNull(i))),
            ("lone surrogate in card verb", i => Raw("lone surrogate in card verb", CardAction(i, "VERB").ToJsonString().Replace("VERB", "\\ud800x"))),
            ("lone surrogate in text", i => Raw("lone surrogate in text", Message(i, _live, "TEXT").ToJsonString().Replace("TEXT", "kuka \\udc00 johtaa"))),
            ("255 KB conversation id", i => Json("255 KB conversation id", Message(i, _live, "moi", conversationId: "a:" + new string('c', 255 * 1024)))),
            ("huge activity id", i => Json("huge activity id", With(Message(i, _live, "moi"), "id", new string('9', 100 * 1024)))),
            ("text/plain body", i => new FuzzRequest("text/plain body", Utf8(Message(i, _live, "moi").ToJsonString()), "text/plain")),
            ("no content type", i => new FuzzRequest("no content type", Utf8(Message(i, _live, "moi").ToJsonString()), null)),
            ("form content type", i => new FuzzRequest("form content type", Utf8("type=message&text=moi"), "application/x-www-form-urlencoded")),
            ("control characters in verb", i => Json("control characters in verb", CardAction(i, Injection))),
            ("control characters in tenant", i => Json("control characters in tenant", WithTenant(Message(i, _live, "moi"), Injection))),
            ("control characters in eventType", i => Json("control characters in eventType", WithEventType(MembersAdded(i), Injection))),
            ("control characters in ids", i => Json("control characters in ids", Message(i, _live, "moi", conversationId: "a:" + Injection))),
            ("control characters in text", i => Json("control characters in text", Message(i, _live, Injection))),
            ("truncated JSON", i => Raw("truncated JSON", Message(i, _live, "moi").ToJsonString()[..40])),
            ("not JSON", _ => Raw("not JSON", "<activity type='message'/>")),
            ("wrong types", i => Raw("wrong types", $$"""{"type":["message"],"id":{{i}},"serviceUrl":{"a":1},"conversation":"x","from":7}""")),
            ("null objects", i => Raw("null objects", $$"""{"type":"message","id":"n{{i}}","serviceUrl":"{{_live}}","conversation":{"id":"a:n{{i}}"},"from":null,"recipient":null,"entities":[null,{"type":null}],"channelData":{"tenant":null},"membersRemoved":[null]}""")),
            ("deep nesting", i => Raw("deep nesting", CardAction(i, "DEEP").ToJsonString().Replace("\"DEEP\"", "\"x\",\"data\":" + new string('[', 5000) + new string(']', 5000)))),
            ("big text", i => Json("big text", Message(i, _live, new string('k', 200 * 1024)))),
            ("unknown type", i => Json("unknown type", With(Message(i, _live, "moi"), "type", "fuzz" + i))),
            ("unknown invoke", i => Json("unknown invoke", With(CardAction(i, "x"), "name", "fuzz/" + i))),
            ("bad serviceUrl", i => Json("bad serviceUrl", Message(i, "javascript:alert(1)", "moi"))),
            ("new conversation", i => Json("new conversation", Message(i, _live, "kuka johtaa pienten kuntien verkostoa", conversationId: $"a:fuzz-new-{i}"))),
            ("dead conversation", i => Json("dead conversation", Message(i, _dead, "moi", conversationId: "a:fuzz-dead"))),
            ("many dead conversations", i => Json("many dead conversations", Message(i, _dead, "moi", conversationId: $"a:fuzz-dead-{i}"))),
            ("mention without text", i => Json("mention without text", With(Message(i, _live, "<at>Verkostot</at>"), "entities", new JsonArray(new JsonObject { ["type"] = "mention", ["mentioned"] = null, ["text"] = null })))),
        ];
    }

    public IReadOnlyList<string> Kinds => [.. _cases.Select(c => c.Kind)];

    public FuzzRequest Next(int index)
    {
        int pick;
        lock (_random)
        {
            pick = _random.Next(_cases.Length);
        }

        return _cases[pick].Make(index);
    }

    /// <summary>An ordinary question in an ordinary chat, for warm-up.</summary>
    public FuzzRequest Valid(int index) =>
        Json("valid", Message(index, _live, "kuka johtaa pienten kuntien verkostoa", conversationId: $"a:warm-{index % 200}"));

    private JsonObject Message(int i, string serviceUrl, string text, string? conversationId = null) => new()
    {
        ["type"] = "message",
        ["id"] = $"fuzz-{i}",
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = $"29:fuzz-user-{i % 500}", ["aadObjectId"] = CoordinatorAad, ["name"] = "Fuzz" },
        ["conversation"] = new JsonObject { ["id"] = conversationId ?? $"a:fuzz-{i % 500}", ["conversationType"] = "personal", ["tenantId"] = TenantId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "Verkostot" },
        ["text"] = text,
        ["locale"] = "fi-FI",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
    };

    private JsonObject CardAction(int i, string verb)
    {
        var invoke = Message(i, _live, "");
        invoke.Remove("text");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["replyToId"] = "1700000000000";
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = new JsonObject() },
            ["trigger"] = "manual",
        };
        return invoke;
    }

    private JsonObject MembersAdded(int i)
    {
        var update = Message(i, _live, "", conversationId: $"19:fuzz-team-{i % 50}@thread.tacv2");
        update.Remove("text");
        update["type"] = "conversationUpdate";
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId });
        update["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = TenantId },
            ["team"] = new JsonObject { ["id"] = $"19:fuzz-team-{i % 50}@thread.tacv2" },
            ["eventType"] = "teamMemberAdded",
        };
        return update;
    }

    private JsonObject MembersAddedWithNull(int i)
    {
        var update = MembersAdded(i);
        update["membersAdded"] = new JsonArray(null, new JsonObject { ["id"] = "29:someone" }, null);
        return update;
    }

    private static JsonObject With(JsonObject activity, string property, JsonNode? value)
    {
        activity[property] = value;
        return activity;
    }

    private static JsonObject WithTenant(JsonObject activity, string tenant)
    {
        activity["channelData"]!["tenant"]!["id"] = tenant;
        activity["conversation"]!["tenantId"] = tenant;
        return activity;
    }

    private static JsonObject WithEventType(JsonObject activity, string eventType)
    {
        activity["channelData"]!["eventType"] = eventType;
        return activity;
    }

    private static FuzzRequest Json(string kind, JsonObject activity) => Raw(kind, activity.ToJsonString());

    private static FuzzRequest Raw(string kind, string json) => new(kind, Utf8(json), "application/json");

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
