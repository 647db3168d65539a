using System.Text.Json.Nodes;

namespace Verkostot.Testing.Graph;

/// <summary>An Outlook event in a fake organizer mailbox, as the bot made it and attendees answered it.</summary>
public sealed class FakeEvent(string id, string mailbox)
{
    public string Id { get; } = id;
    public string Mailbox { get; } = mailbox;
    public string? TransactionId { get; set; }
    public string Subject { get; set; } = "";
    public string BodyHtml { get; set; } = "";
    public DateTimeOffset Start { get; set; }
    public DateTimeOffset End { get; set; }
    public string? Location { get; set; }
    public bool IsOnlineMeeting { get; set; }
    public string? JoinUrl { get; set; }
    public List<FakeAttendee> Attendees { get; } = [];
    /// <summary>Cancelled by the organizer (attendees got a cancellation) or deleted in Outlook.</summary>
    public bool Removed { get; set; }
    public string? CancelComment { get; set; }
    public int Updates { get; set; }
    public int Version { get; set; }

    public JsonObject ToJson() => Removed
        ? new JsonObject { ["@odata.type"] = "#microsoft.graph.event", ["id"] = Id, ["@removed"] = new JsonObject { ["reason"] = "deleted" } }
        : new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.event",
            ["id"] = Id,
            ["subject"] = Subject,
            ["start"] = new JsonObject { ["dateTime"] = Start.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", System.Globalization.CultureInfo.InvariantCulture), ["timeZone"] = "UTC" },
            ["end"] = new JsonObject { ["dateTime"] = End.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", System.Globalization.CultureInfo.InvariantCulture), ["timeZone"] = "UTC" },
            ["isOnlineMeeting"] = IsOnlineMeeting,
            ["onlineMeeting"] = JoinUrl is null ? null : new JsonObject { ["joinUrl"] = JoinUrl },
            ["attendees"] = new JsonArray([.. Attendees.Select(a => (JsonNode)a.ToJson())]),
        };
}

/// <summary>An attendee of a fake event and their answer.</summary>
public sealed class FakeAttendee(string address, string? name)
{
    public string Address { get; } = address;
    public string? Name { get; } = name;
    /// <summary>"none", "accepted", "tentativelyAccepted" or "declined", as Graph writes them.</summary>
    public string Response { get; set; } = "none";
    public DateTimeOffset? At { get; set; }

    public JsonObject ToJson() => new()
    {
        ["type"] = "required",
        ["emailAddress"] = new JsonObject { ["address"] = Address, ["name"] = Name },
        ["status"] = new JsonObject { ["response"] = Response, ["time"] = (At ?? DateTimeOffset.MinValue).ToString("O") },
    };
}
