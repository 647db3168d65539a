using System.Text.Json;

namespace Verkostot.Playground.Tests.Harness.Json;

internal sealed record LogRequest(JsonElement? Body);
