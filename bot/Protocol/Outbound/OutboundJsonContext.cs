using System.Text.Json.Serialization;

namespace Verkostot.Bot.Protocol.Outbound;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(OutgoingActivity))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(PagedMembersResult))]
[JsonSerializable(typeof(TeamDetails))]
[JsonSerializable(typeof(ConversationList))]
[JsonSerializable(typeof(ErrorResponse))]
public sealed partial class OutboundJsonContext : JsonSerializerContext;
