using System.Text.Json.Serialization;

namespace Verkostot.Playground.Tests.Harness.Json;

// The Playground's own HTTP and WebSocket API (not the Bot Framework protocol): what a user does in its web page.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(UserMessage))]
[JsonSerializable(typeof(PostedMessage))]
[JsonSerializable(typeof(ConversationEvent))]
[JsonSerializable(typeof(TestConfigResponse))]
[JsonSerializable(typeof(CardActionInvoke))]
[JsonSerializable(typeof(CardActionAnswer))]
[JsonSerializable(typeof(LogFrame))]
internal sealed partial class PlaygroundJsonContext : JsonSerializerContext;
