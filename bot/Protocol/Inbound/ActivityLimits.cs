using System.Text.Json;

namespace Verkostot.Bot.Protocol.Inbound;

/// <summary>
/// What an activity must be, beyond valid JSON, before anything else sees it: the fields the bot needs; ids of a sane
/// length and alphabet (they go into connector URLs, the database and the log); lists without holes; strings that are
/// well-formed UTF-16. Teams never sends anything else, so a refusal names the field and costs nobody an answer.
/// </summary>
public static class ActivityLimits
{
    /// <summary>Teams' longest conversation ids (channel threads, meeting chats) are a few hundred characters.</summary>
    public const int MaxConversationIdLength = 1024;
    public const int MaxIdLength = 512;
    public const int MaxServiceUrlLength = 2048;
    public const int MaxShortFieldLength = 128;
    public const int MaxNameLength = 1024;
    public const int MaxMembers = 1000;

    /// <summary>
    /// How much of a message's text the bot keeps: far more than any question or command, far less than the 256 KB a
    /// body may carry. A longer text is still answered, from its beginning; an accepted activity waiting for its turn
    /// then never holds more than this.
    /// </summary>
    public const int MaxKeptTextLength = 4000;
    public const int MaxEntities = 256;

    /// <summary>Why the activity is refused, naming the field; null when it is acceptable.</summary>
    public static string? Problem(Activity activity) =>
        Required(activity)
        ?? Id("conversation.id", activity.Conversation?.Id, MaxConversationIdLength)
        ?? Id("id", activity.Id, MaxIdLength)
        ?? Id("replyToId", activity.ReplyToId, MaxIdLength)
        ?? Id("serviceUrl", activity.ServiceUrl, MaxServiceUrlLength)
        ?? Id("type", activity.Type, MaxShortFieldLength)
        ?? Id("name", activity.Name, MaxShortFieldLength)
        ?? Id("channelId", activity.ChannelId, MaxShortFieldLength)
        ?? Id("action", activity.Action, MaxShortFieldLength)
        ?? Id("locale", activity.Locale, MaxShortFieldLength)
        ?? Id("conversation.tenantId", activity.Conversation?.TenantId, MaxShortFieldLength)
        ?? Id("conversation.conversationType", activity.Conversation?.ConversationType, MaxShortFieldLength)
        ?? Text("conversation.name", activity.Conversation?.Name, MaxNameLength)
        ?? Account("from", activity.From)
        ?? Account("recipient", activity.Recipient)
        ?? Id("channelData.tenant.id", activity.ChannelData?.Tenant?.Id, MaxShortFieldLength)
        ?? Id("channelData.team.id", activity.ChannelData?.Team?.Id, MaxConversationIdLength)
        ?? Id("channelData.team.aadGroupId", activity.ChannelData?.Team?.AadGroupId, MaxShortFieldLength)
        ?? Text("channelData.team.name", activity.ChannelData?.Team?.Name, MaxNameLength)
        ?? Id("channelData.channel.id", activity.ChannelData?.Channel?.Id, MaxConversationIdLength)
        ?? Text("channelData.channel.name", activity.ChannelData?.Channel?.Name, MaxNameLength)
        ?? Id("channelData.eventType", activity.ChannelData?.EventType, MaxShortFieldLength)
        ?? Members("membersAdded", activity.MembersAdded)
        ?? Members("membersRemoved", activity.MembersRemoved)
        ?? Entities(activity.Entities)
        ?? Text("text", activity.Text, int.MaxValue)
        ?? Json("value", activity.Value);

    /// <summary>The activity as the bot keeps it: the text cut to <see cref="MaxKeptTextLength"/>.</summary>
    public static Activity Kept(Activity activity)
    {
        if (activity.Text is not { Length: > MaxKeptTextLength } text)
        {
            return activity;
        }

        // Never between the two halves of a surrogate pair.
        var length = char.IsHighSurrogate(text[MaxKeptTextLength - 1]) ? MaxKeptTextLength - 1 : MaxKeptTextLength;
        return activity with { Text = text[..length] };
    }

    private static string? Required(Activity activity) => activity switch
    {
        { Type: null or "" } => "The activity has no type.",
        { ServiceUrl: null or "" } => "The activity has no serviceUrl.",
        { Conversation.Id: null or "" } or { Conversation: null } => "The activity has no conversation id.",
        _ when !IsHttpUrl(activity.ServiceUrl) => "The activity's serviceUrl is not an http(s) URL.",
        _ => null,
    };

    private static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    // Field names are put together only for a refusal: every activity has at least two accounts to check.
    private static string? Account(string field, ChannelAccount? account) =>
        AccountProblem(account) is { } problem ? field + problem : null;

    private static string? AccountProblem(ChannelAccount? account) =>
        account is null
            ? null
            : Member(".id", IdProblem(account.Id, MaxIdLength))
              ?? Member(".aadObjectId", IdProblem(account.AadObjectId, MaxShortFieldLength))
              ?? Member(".role", IdProblem(account.Role, MaxShortFieldLength))
              ?? Member(".name", TextProblem(account.Name, MaxNameLength));

    private static string? Member(string member, string? problem) => problem is null ? null : $"{member} {problem}";

    private static string? Members(string field, List<ChannelAccount>? members)
    {
        if (members is null)
        {
            return null;
        }

        if (members.Count > MaxMembers)
        {
            return $"{field} has more than {MaxMembers} entries.";
        }

        for (var i = 0; i < members.Count; i++)
        {
            if (members[i] is not { } member)
            {
                return $"{field}[{i}] is null.";
            }

            if (AccountProblem(member) is { } problem)
            {
                return $"{field}[{i}]{problem}";
            }
        }

        return null;
    }

    private static string? Entities(List<Entity>? entities)
    {
        if (entities is null)
        {
            return null;
        }

        if (entities.Count > MaxEntities)
        {
            return $"entities has more than {MaxEntities} entries.";
        }

        for (var i = 0; i < entities.Count; i++)
        {
            if (entities[i] is not { } entity)
            {
                return $"entities[{i}] is null.";
            }

            var problem = Member(".type", IdProblem(entity.Type, MaxShortFieldLength))
                ?? Member(".text", TextProblem(entity.Text, MaxNameLength))
                ?? Account(".mentioned", entity.Mentioned);
            if (problem is not null)
            {
                return $"entities[{i}]{problem}";
            }
        }

        return null;
    }

    private static string? Id(string field, string? value, int maxLength) => IdProblem(value, maxLength) is { } p ? $"{field} {p}" : null;

    private static string? Text(string field, string? value, int maxLength) => TextProblem(value, maxLength) is { } p ? $"{field} {p}" : null;

    // An id is printable: it ends up in a URL path, a database key and the log.
    private static string? IdProblem(string? value, int maxLength) =>
        value is null ? null
        : value.Length > maxLength ? $"is longer than {maxLength} characters."
        : value.AsSpan().IndexOfAnyInRange('\0', '\u001F') >= 0 || value.Contains('\u007F') ? "contains control characters."
        : !IsWellFormed(value) ? "is not well-formed UTF-16 (a lone surrogate)."
        : null;

    private static string? TextProblem(string? value, int maxLength) =>
        value is null ? null
        : value.Length > maxLength ? $"is longer than {maxLength} characters."
        : !IsWellFormed(value) ? "is not well-formed UTF-16 (a lone surrogate)."
        : null;

    // The value of an invoke is free-form; each string in it must still be readable (a lone surrogate escape makes
    // JsonElement.GetString throw wherever a handler reads it).
    private static string? Json(string field, JsonElement? value)
    {
        if (value is not { } element)
        {
            return null;
        }

        return element.ValueKind switch
        {
            JsonValueKind.String => CanRead(element) ? null : $"{field} contains a string that is not well-formed UTF-16.",
            JsonValueKind.Array => element.EnumerateArray().Select(e => Json(field, e)).FirstOrDefault(p => p is not null),
            JsonValueKind.Object => element.EnumerateObject()
                .Select(p => CanReadName(p) ? Json(field, p.Value) : $"{field} contains a property name that is not well-formed UTF-16.")
                .FirstOrDefault(p => p is not null),
            _ => null,
        };
    }

    private static bool CanRead(JsonElement element)
    {
        try
        {
            return IsWellFormed(element.GetString()!);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool CanReadName(JsonProperty property)
    {
        try
        {
            return IsWellFormed(property.Name);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool IsWellFormed(string value)
    {
        var text = value.AsSpan();
        var at = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        while (at >= 0)
        {
            if (!char.IsHighSurrogate(text[at]) || at + 1 >= text.Length || !char.IsLowSurrogate(text[at + 1]))
            {
                return false;
            }

            text = text[(at + 2)..];
            at = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        }

        return true;
    }
}
