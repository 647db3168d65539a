using System.Text.Json;

namespace Verkostot.Playground.Tests.Harness.Json;

internal sealed record CardActionInvokeAction(string Type, string Verb, JsonElement? Data, string Title);
