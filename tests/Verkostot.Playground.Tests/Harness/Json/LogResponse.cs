using System.Text.Json;

namespace Verkostot.Playground.Tests.Harness.Json;

internal sealed record LogResponse(int? StatusCode, JsonElement? Body);
